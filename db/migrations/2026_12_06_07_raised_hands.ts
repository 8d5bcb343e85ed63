// The open call (issue K): a volunteer's raised hand for one slot of an open request, and her weekly digest choice. Never edited.
import { type Kysely, sql } from "kysely";
import { generatedId } from "../dialect";

export async function up(db: Kysely<any>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.schema
      .createTable("raised_hands")
      .addColumn("id", "integer", generatedId(trx))
      .addColumn("request_id", "integer", (c) => c.notNull().references("requests.id").onDelete("cascade"))
      .addColumn("person_id", "integer", (c) => c.notNull().references("people.id").onDelete("cascade"))
      .addColumn("slot_id", "integer", (c) => c.notNull().references("request_slots.id").onDelete("cascade"))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addUniqueConstraint("raised_hands_request_person", ["request_id", "person_id"])
      .execute();
    await trx.schema.createIndex("raised_hands_person").on("raised_hands").columns(["person_id"]).execute();
    // Everyone gets the weekly digest until they turn it off; the time says which requests are new since the last one.
    await trx.schema
      .alterTable("people")
      .addColumn("open_call_digest", "integer", (c) =>
        c
          .notNull()
          .defaultTo(1)
          .check(sql`open_call_digest in (0, 1)`),
      )
      .execute();
    await trx.schema.alterTable("people").addColumn("open_call_digest_at", "text").execute();
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.schema.alterTable("people").dropColumn("open_call_digest_at").execute();
    await trx.schema.alterTable("people").dropColumn("open_call_digest").execute();
    await trx.schema.dropTable("raised_hands").execute();
  });
}

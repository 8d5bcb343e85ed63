// The e-mail outbox and each user's reminder opt-outs: frozen in time, never edited after it lands.
import { type Kysely, sql } from "kysely";
import { generatedId } from "../dialect";

const REMINDER_KINDS = ["offer_deadline", "assignment_tomorrow", "feedback_request"];

export async function up(db: Kysely<any>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.schema
      .createTable("outbox")
      .addColumn("id", "integer", generatedId(trx))
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("recipient_email", "text", (c) => c.notNull())
      .addColumn("recipient_user_id", "integer", (c) => c.references("users.id").onDelete("set null"))
      .addColumn("subject", "text", (c) => c.notNull())
      .addColumn("body_text", "text", (c) => c.notNull())
      .addColumn("body_html", "text", (c) => c.notNull())
      .addColumn("dedupe_key", "text", (c) => c.unique())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("next_attempt_at", "text", (c) => c.notNull())
      .addColumn("claimed_by", "text")
      .addColumn("claimed_until", "text")
      .addColumn("sent_at", "text")
      .addColumn("failed_at", "text")
      .addColumn("last_error", "text")
      .execute();
    await trx.schema.createIndex("outbox_due").on("outbox").columns(["sent_at", "failed_at", "next_attempt_at"]).execute();
    await trx.schema.createIndex("outbox_created").on("outbox").columns(["created_at"]).execute();

    await trx.schema
      .createTable("reminder_opt_outs")
      .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
      .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in (${sql.join(REMINDER_KINDS.map((k) => sql.lit(k)))})`))
      .addPrimaryKeyConstraint("reminder_opt_outs_pk", ["user_id", "kind"])
      .execute();
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.schema.dropTable("reminder_opt_outs").execute();
    await trx.schema.dropTable("outbox").execute();
  });
}

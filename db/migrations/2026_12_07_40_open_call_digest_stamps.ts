// Issue N: when the weekly digest last looked for a person moves out of `people` into a table no read model reads.
// Stamping thousands of people a week moved the read models' version once per person, so on PostgreSQL every page
// built from `people` was rebuilt on almost every request while the digest ran (measured: the request page and the
// goal dashboard fell to 4–5 requests/s). The stamp is bookkeeping, like the outbox it writes to. Never edited.
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.schema
      .createTable("open_call_digest_stamps")
      .addColumn("person_id", "integer", (c) => c.primaryKey().references("people.id").onDelete("cascade"))
      .addColumn("looked_at", "text", (c) => c.notNull())
      .execute();
    await sql`insert into open_call_digest_stamps (person_id, looked_at)
      select id, open_call_digest_at from people where open_call_digest_at is not null`.execute(trx);
    await trx.schema.alterTable("people").dropColumn("open_call_digest_at").execute();
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.schema.alterTable("people").addColumn("open_call_digest_at", "text").execute();
    await sql`update people set open_call_digest_at =
      (select looked_at from open_call_digest_stamps s where s.person_id = people.id)`.execute(trx);
    await trx.schema.dropTable("open_call_digest_stamps").execute();
  });
}

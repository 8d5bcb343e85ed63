// Issue N: a failed message is retried once by itself when sending works again; this records that it was, so a
// message that fails for good (an address that does not exist) is not retried forever.
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("outbox").addColumn("auto_retried_at", "text").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("outbox").dropColumn("auto_retried_at").execute();
}

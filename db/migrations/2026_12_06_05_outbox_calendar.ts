// A message can carry one calendar invitation (.ics, METHOD:REQUEST or CANCEL) for the assignment it is about (issue J). Never edited.
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.schema.alterTable("outbox").addColumn("attachment_ics", "text").execute();
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.schema.alterTable("outbox").dropColumn("attachment_ics").execute();
  });
}

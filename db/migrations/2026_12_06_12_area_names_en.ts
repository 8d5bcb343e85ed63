// An optional English name for each experience area, shown on English pages; the Swedish name stays the fallback. Never edited.
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.schema.alterTable("experience_areas").addColumn("name_en", "text").execute();
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.schema.alterTable("experience_areas").dropColumn("name_en").execute();
  });
}

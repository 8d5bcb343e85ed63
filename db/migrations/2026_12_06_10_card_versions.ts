// Each person's card version, bumped by the database itself on every change to what the catalogue shows of them
// (issue I): the catalogue's read model reloads only the cards that changed, whichever process or import wrote. Never edited.
import { sql, type Kysely } from "kysely";

/** The tables a catalogue card is read from, each with its `person_id` column. */
export const CARD_TABLES = [
  "person_roles",
  "training_records",
  "person_experience_areas",
  "person_formats",
  "person_languages",
  "person_service_areas",
  "availability_windows",
] as const;

/** The columns of `people` that decide whether and how a card is shown (eligibility, approval, digital). */
const CARD_COLUMNS = "status, paused_until, joined_on, left_on, anonymised_at, approved_at, serves_digital";

const bump = (who: string) => sql.raw(`update people set card_version = card_version + 1 where id = ${who};`);

export async function up(db: Kysely<any>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.schema.alterTable("people").addColumn("card_version", "integer", (c) => c.notNull().defaultTo(0)).execute();
    for (const table of CARD_TABLES) {
      await sql`create trigger ${sql.raw(`card_version_${table}_insert`)} after insert on ${sql.table(table)} begin ${bump("new.person_id")} end`.execute(trx);
      await sql`create trigger ${sql.raw(`card_version_${table}_delete`)} after delete on ${sql.table(table)} begin ${bump("old.person_id")} end`.execute(trx);
      await sql`create trigger ${sql.raw(`card_version_${table}_update`)} after update on ${sql.table(table)} begin ${bump("old.person_id")} ${bump("new.person_id")} end`.execute(trx);
    }
    await sql`create trigger card_version_people_update after update of ${sql.raw(CARD_COLUMNS)} on people begin ${bump("new.id")} end`.execute(trx);
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`drop trigger card_version_people_update`.execute(trx);
    for (const table of CARD_TABLES) {
      for (const event of ["insert", "delete", "update"]) await sql`drop trigger ${sql.raw(`card_version_${table}_${event}`)}`.execute(trx);
    }
    await trx.schema.alterTable("people").dropColumn("card_version").execute();
  });
}

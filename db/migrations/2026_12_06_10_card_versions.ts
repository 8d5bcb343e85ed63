// Each person's card version, bumped by the database itself on every change to what the catalogue shows of them
// (issue I): the catalogue's read model reloads only the cards that changed, whichever process or import wrote. Never edited.
import { sql, type Kysely } from "kysely";
import { isPostgres } from "../dialect";

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

/** PostgreSQL runs a trigger's body as a function: the same bumps as SQLite's trigger bodies below. */
async function createPostgresTriggers(trx: Kysely<any>) {
  await sql`create function card_version_bump() returns trigger language plpgsql as $$
    begin
      if tg_table_name = 'people' then
        update people set card_version = card_version + 1 where id = new.id;
        return null;
      end if;
      if tg_op in ('DELETE', 'UPDATE') then update people set card_version = card_version + 1 where id = old.person_id; end if;
      if tg_op in ('INSERT', 'UPDATE') then update people set card_version = card_version + 1 where id = new.person_id; end if;
      return null;
    end $$`.execute(trx);
  for (const table of CARD_TABLES) {
    await sql`create trigger ${sql.raw(`card_version_${table}`)} after insert or update or delete on ${sql.table(table)} for each row execute function card_version_bump()`.execute(trx);
  }
  await sql`create trigger card_version_people_update after update of ${sql.raw(CARD_COLUMNS)} on people for each row execute function card_version_bump()`.execute(trx);
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.schema.alterTable("people").addColumn("card_version", "integer", (c) => c.notNull().defaultTo(0)).execute();
    if (isPostgres(trx)) return createPostgresTriggers(trx);
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
    if (isPostgres(trx)) {
      await sql`drop function card_version_bump() cascade`.execute(trx);
      await trx.schema.alterTable("people").dropColumn("card_version").execute();
      return;
    }
    await sql`drop trigger card_version_people_update`.execute(trx);
    for (const table of CARD_TABLES) {
      for (const event of ["insert", "delete", "update"]) await sql`drop trigger ${sql.raw(`card_version_${table}_${event}`)}`.execute(trx);
    }
    await trx.schema.alterTable("people").dropColumn("card_version").execute();
  });
}

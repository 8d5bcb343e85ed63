// Issue N: the read models' version on PostgreSQL. SQLite tells every connection when another one committed (its
// data_version pragma); PostgreSQL has no such counter, so a one-row table is bumped, in the writing transaction, by
// every statement that changes a table a read model reads. Nothing changes in SQLite. Never edited.
import { type Kysely, sql } from "kysely";
import { isPostgres } from "../dialect";
import { bumpDataVersionOn } from "./data-version-trigger";

/** The tables no read model reads, as app/utils/data-version.server.ts listed them when this ran. */
const UNREAD = ["outbox", "sessions", "audit_log", "login_failures", "password_resets"];

export async function up(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  await db.transaction().execute(async (trx) => {
    await sql`create table data_version (id integer primary key check (id = 1), version bigint not null)`.execute(trx);
    await sql`insert into data_version (id, version) values (1, 0)`.execute(trx);
    // Once per statement, and only when it changed a row: an UPDATE that matched nothing leaves every cache valid.
    await sql`create function data_version_bump() returns trigger language plpgsql as $$
      begin
        -- Two tests: a TRUNCATE has no \`changed\` table, and naming it even in an OR would fail.
        if tg_op = 'TRUNCATE' then
          update data_version set version = version + 1 where id = 1;
        elsif exists (select 1 from changed) then
          update data_version set version = version + 1 where id = 1;
        end if;
        return null;
      end $$`.execute(trx);
    const { rows } = await sql<{ name: string }>`select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name not like 'kysely_%' and table_name <> 'data_version'`.execute(trx);
    for (const { name } of rows) if (!UNREAD.includes(name)) await bumpDataVersionOn(trx, name);
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  await db.transaction().execute(async (trx) => {
    await sql`drop function data_version_bump() cascade`.execute(trx);
    await sql`drop table data_version`.execute(trx);
  });
}

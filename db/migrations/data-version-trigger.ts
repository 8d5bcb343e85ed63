// For migrations from 39 on: a table a read model reads bumps data_version on PostgreSQL (see migration 39). A
// migration that creates such a table calls this after creating it; tests/db/data-version.test.ts checks every table.
import { type Kysely, sql } from "kysely";
import { isPostgres } from "../dialect";

export async function bumpDataVersionOn(trx: Kysely<any>, table: string): Promise<void> {
  if (!isPostgres(trx)) return;
  const name = (event: string) => sql.raw(`data_version_${table}_${event}`);
  // PostgreSQL allows a transition table only on a trigger for one event: the function reads it as `changed`.
  await sql`create trigger ${name("insert")} after insert on ${sql.table(table)} referencing new table as changed for each statement execute function data_version_bump()`.execute(trx);
  await sql`create trigger ${name("update")} after update on ${sql.table(table)} referencing new table as changed for each statement execute function data_version_bump()`.execute(trx);
  await sql`create trigger ${name("delete")} after delete on ${sql.table(table)} referencing old table as changed for each statement execute function data_version_bump()`.execute(trx);
  await sql`create trigger ${name("truncate")} after truncate on ${sql.table(table)} for each statement execute function data_version_bump()`.execute(trx);
}

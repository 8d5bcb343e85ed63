// The app's tables (not Kysely's migration bookkeeping nor PostgreSQL's data_version row), on either engine.
import { sql } from "kysely";
import { isPostgres } from "../../db/dialect";
import type { DB } from "~/utils/db.server";

export async function tableNames(db: DB): Promise<string[]> {
  const { rows } = isPostgres(db)
    ? await sql<{ name: string }>`select table_name as name from information_schema.tables
        where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name not like 'kysely_%' and table_name <> 'data_version'`.execute(db)
    : await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'`.execute(db);
  return rows.map((r) => r.name).sort();
}

/** Row counts of every table, so "nothing written" and "nothing changed" are checked everywhere at once. */
export async function tableCounts(db: DB): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const name of await tableNames(db)) counts[name] = Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(name)}`.execute(db)).rows[0].n);
  return counts;
}

/** Every row of every table but `except`, in an order that does not depend on the engine, so "unchanged" means unchanged. */
export async function everyRow(db: DB, except: string[] = []): Promise<string> {
  const parts: string[] = [];
  for (const name of await tableNames(db)) {
    if (except.includes(name)) continue;
    const rows = (await sql`select * from ${sql.table(name)}`.execute(db)).rows.map((row) => JSON.stringify(row)).sort();
    parts.push(`${name}:${rows.join(",")}`);
  }
  return parts.join("\n");
}

// The one place where SQL differs between SQLite (the embedded default) and PostgreSQL (the scale-out path).
import { PostgresAdapter, sql, type ColumnDefinitionBuilder, type Kysely, type RawBuilder } from "kysely";

export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** An integer primary key the database numbers: AUTOINCREMENT in SQLite, an identity column in PostgreSQL. */
export function generatedId(db: Kysely<any>) {
  return (c: ColumnDefinitionBuilder) => (isPostgres(db) ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement());
}

/** A CHECK that a text column holds a date written YYYY-MM-DD. */
export function isLocalDateText(db: Kysely<any>, column: string): RawBuilder<unknown> {
  return isPostgres(db)
    ? sql`${sql.ref(column)} ~ '^[0-9]{4}-[0-1][0-9]-[0-3][0-9]$'`
    : sql`${sql.ref(column)} glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`;
}

/**
 * Whether a text column contains what the user typed, ignoring case, with %, _ and \ taken literally. Both sides are
 * lowered, because LIKE ignores ASCII case in SQLite and no case at all in PostgreSQL.
 */
export function containsText(column: string, typed: string): RawBuilder<boolean> {
  const pattern = `%${typed.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<boolean>`lower(coalesce(${sql.ref(column)}, '')) like ${pattern} escape '\\'`;
}

/**
 * Runs `job` unless another server runs it now: on PostgreSQL under a session advisory lock tried without waiting (the
 * schedules run once per cluster, whichever server's turn it is); SQLite serves one server per file, which just runs it.
 * Gives whether it ran.
 */
export async function onceAcrossServers(db: Kysely<any>, lock: number, job: () => Promise<void>): Promise<boolean> {
  if (!isPostgres(db)) {
    await job();
    return true;
  }
  return db.connection().execute(async (connection) => {
    const { rows } = await sql<{ held: boolean }>`select pg_try_advisory_lock(${lock}) as held`.execute(connection);
    if (!rows[0].held) return false;
    try {
      await job();
      return true;
    } finally {
      await sql`select pg_advisory_unlock(${lock})`.execute(connection);
    }
  });
}

/**
 * Runs `work` on one connection throughout, for what lives on a connection (a temporary table). SQLite has only the
 * one; PostgreSQL's pool would hand each query any of its connections, so one is held for the whole of `work`.
 */
export async function onOneConnection<DB extends Kysely<any>, T>(db: DB, work: (db: DB) => Promise<T>): Promise<T> {
  if (!isPostgres(db)) return work(db);
  return db.connection().execute((connection) => work(connection as DB));
}

// The one place where SQL differs between SQLite (the embedded default) and PostgreSQL (the scale-out path).
import { PostgresAdapter, sql, type ColumnDefinitionBuilder, type Kysely, type RawBuilder } from "kysely";

/** SQLite's lower case for every letter, which db/create-db.ts registers on each connection. */
export const UNICODE_LOWER = "unicode_lower";

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
 * Whether a text column contains what the user typed, ignoring case in every letter (Å and å too), with %, _ and \
 * taken literally. SQLite's own lower() and LIKE fold ASCII only, so SQLite lowers with unicode_lower (registered by
 * db/create-db.ts, JavaScript's Swedish lower case); PostgreSQL's lower() folds by the database's locale.
 */
export function containsText(db: Kysely<any>, column: string, typed: string): RawBuilder<boolean> {
  const pattern = `%${typed.toLocaleLowerCase("sv").replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const lower = sql.raw(isPostgres(db) ? "lower" : UNICODE_LOWER);
  return sql<boolean>`${lower}(coalesce(${sql.ref(column)}, '')) like ${pattern} escape '\\'`;
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

/** Each foreign key as the table holding it and the table it points to (npm run db:copy fills parents first). */
export async function foreignKeys(db: Kysely<any>): Promise<{ table: string; parent: string }[]> {
  const { rows } = isPostgres(db)
    ? await sql<{ table: string; parent: string }>`select child.relname as "table", parent.relname as parent from pg_constraint c
        join pg_class child on child.oid = c.conrelid join pg_class parent on parent.oid = c.confrelid
        where c.contype = 'f' and child.relnamespace = current_schema()::regnamespace`.execute(db)
    : await sql<{ table: string; parent: string }>`select m.name as "table", f."table" as parent
        from sqlite_master m join pragma_foreign_key_list(m.name) f where m.type = 'table'`.execute(db);
  return rows;
}

/** The last id a table's generated `id` handed out (SQLite's sqlite_sequence, PostgreSQL's identity sequence); 0 before the first. */
export async function lastGeneratedId(db: Kysely<any>, table: string): Promise<number> {
  const { rows } = isPostgres(db)
    ? await sql<{ last: number | null }>`select pg_sequence_last_value(pg_get_serial_sequence(${table}, 'id')) as last`.execute(db)
    : await sql<{ last: number | null }>`select seq as last from sqlite_sequence where name = ${table}`.execute(db);
  return Number(rows[0]?.last ?? 0);
}

/** Makes a table's generated `id` continue after `last`, as if it had handed out `last` itself. */
export async function setLastGeneratedId(db: Kysely<any>, table: string, last: number): Promise<void> {
  if (isPostgres(db)) {
    await (last > 0
      ? sql`select setval(pg_get_serial_sequence(${table}, 'id'), ${last})`
      : sql`select setval(pg_get_serial_sequence(${table}, 'id'), 1, false)`
    ).execute(db);
    return;
  }
  await sql`delete from sqlite_sequence where name = ${table}`.execute(db);
  if (last > 0) await sql`insert into sqlite_sequence (name, seq) values (${table}, ${last})`.execute(db);
}

/**
 * Switches a table's own triggers off or back on, for the rest of the transaction at most (PostgreSQL, as the table's
 * owner; foreign keys stay checked). SQLite cannot switch triggers off: there they run, at in-process cost.
 */
export async function setTableTriggers(db: Kysely<any>, table: string, on: boolean): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`alter table ${sql.table(table)} ${sql.raw(on ? "enable" : "disable")} trigger user`.execute(db);
}

/**
 * The database's counter of committed changes. SQLite's data_version pragma moves when another connection commits,
 * never for this connection's own writes (the caller counts those); PostgreSQL's data_version row (migration 39) moves
 * when any transaction, this process's included, commits a change to a table a read model reads.
 */
export async function committedVersion(db: Kysely<any>): Promise<{ version: number; countsOwnWrites: boolean }> {
  const postgres = isPostgres(db);
  const { rows } = postgres
    ? await sql<{ version: number }>`select version from data_version where id = 1`.execute(db)
    : await sql<{ version: number }>`select data_version as version from pragma_data_version`.execute(db);
  return { version: Number(rows[0].version), countsOwnWrites: postgres };
}

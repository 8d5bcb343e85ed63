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

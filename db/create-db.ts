// Opens the database a DATABASE_URL names; SQLite is the embedded default.
import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { CompiledQuery, Kysely, SqliteDialect, SqliteDriver, type DatabaseConnection, type SqliteDatabase } from "kysely";
import type { Database } from "./schema";

/** Writers take the lock at BEGIN, so two writers queue on busy_timeout instead of failing halfway. */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: ConstructorParameters<typeof SqliteDialect>[0];
  constructor(config: ConstructorParameters<typeof SqliteDialect>[0]) {
    super(config);
    this.#config = config;
  }
  override createDriver() {
    return new ImmediateSqliteDriver(this.#config);
  }
}

export function sqlitePathFromUrl(url: string): string {
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) {
    throw new Error("PostgreSQL stöds inte ännu: använd en SQLite-fil (DATABASE_URL=file:./data/levande.db).");
  }
  if (url === ":memory:" || url === "file::memory:") return ":memory:";
  const file = url.startsWith("file:") ? url.slice("file:".length) : url;
  if (!file) throw new Error(`Ogiltig DATABASE_URL: ${url}`);
  return path.resolve(file);
}

/** Owner only: the file holds health data and password hashes. SQLite gives its -wal and -shm files the same mode. */
function ownerOnly(file: string) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.closeSync(fs.openSync(file, "a", 0o600));
  if ((fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
}

export function openSqlite(file: string): SQLite.Database {
  if (file !== ":memory:") ownerOnly(file);
  const sqlite = new SQLite(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  return sqlite;
}

/**
 * Kysely prepares every query afresh; preparing was a fifth of a request page's time in SQLite. Statements are
 * kept by their SQL text (the most recent `size` of them) and reused, unless one is still busy in an iteration.
 */
export function withStatementCache(sqlite: SQLite.Database, size = 500): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      const cached = statements.get(sql);
      if (cached?.busy) return sqlite.prepare(sql);
      const statement = cached ?? sqlite.prepare(sql);
      statements.delete(sql);
      statements.set(sql, statement);
      if (statements.size > size) statements.delete(statements.keys().next().value as string);
      return statement;
    },
  };
}

export function createDb(url: string): Kysely<Database> {
  const sqlite = openSqlite(sqlitePathFromUrl(url));
  return new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: withStatementCache(sqlite) }) });
}

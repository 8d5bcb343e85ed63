// Opens the database a DATABASE_URL names; SQLite is the embedded default.
import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import type { Database } from "./schema";
import { DatabaseBusyError, PolicySqliteDriver, type PolicySqlite } from "./sqlite-driver";

/** SQLite with the busy policy (db/sqlite-driver.ts): BEGIN IMMEDIATE, and a lock held elsewhere waited for without blocking. */
class PolicySqliteDialect extends SqliteDialect {
  constructor(
    private readonly sqlite: PolicySqlite,
    private readonly busyError: () => unknown,
  ) {
    super({ database: sqlite });
  }
  override createDriver() {
    return new PolicySqliteDriver(this.sqlite, this.busyError);
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
export function withStatementCache(sqlite: SQLite.Database, size = 500): PolicySqlite {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    get inTransaction() {
      return sqlite.inTransaction;
    },
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

export interface DbOptions {
  /** What a write throws when the database stays locked past the busy policy; the app's handle throws a 503. */
  busyError?: () => unknown;
}

export function createDb(url: string, { busyError = () => new DatabaseBusyError() }: DbOptions = {}): Kysely<Database> {
  const sqlite = openSqlite(sqlitePathFromUrl(url));
  // The policy waits for locks itself, between queries; SQLite's own wait would stop the whole event loop meanwhile.
  sqlite.pragma("busy_timeout = 0");
  return new Kysely<Database>({ dialect: new PolicySqliteDialect(withStatementCache(sqlite), busyError) });
}

// Opens the database a DATABASE_URL names; SQLite is the embedded default.
import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect, type PostgresDialectConfig } from "kysely";
import pg from "pg";
import type { Database } from "./schema";
import { UNICODE_LOWER } from "./dialect";
import { PolicyPostgresDriver } from "./postgres-driver";
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

export function isPostgresUrl(url: string): boolean {
  return url.startsWith("postgres://") || url.startsWith("postgresql://");
}

/** The database as the operator knows it, without the password a PostgreSQL address may carry. */
export function databaseName(url: string): string {
  if (!isPostgresUrl(url)) return sqlitePathFromUrl(url);
  const { host, pathname } = new URL(url);
  return `${host}${pathname}`;
}

export function sqlitePathFromUrl(url: string): string {
  if (isPostgresUrl(url)) throw new Error("Den här åtgärden gäller en SQLite-fil; DATABASE_URL pekar på PostgreSQL.");
  if (url === ":memory:" || url === "file::memory:") return ":memory:";
  const file = url.startsWith("file:") ? url.slice("file:".length) : url;
  if (!file) throw new Error(`Ogiltig DATABASE_URL: ${url}`);
  return path.resolve(file);
}

/** The folder for the server's local files (outbox, the demo's session secret): the SQLite file's, else data/ here. */
export function localDataDir(url: string): string {
  if (isPostgresUrl(url)) return path.resolve("data");
  const file = sqlitePathFromUrl(url);
  return file === ":memory:" ? path.resolve("data") : path.dirname(file);
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
  sqlite.function(UNICODE_LOWER, { deterministic: true }, (text: unknown) => (typeof text === "string" ? text.toLocaleLowerCase("sv") : text));
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
  /** PostgreSQL: the pool's connections (the app passes PG_POOL_SIZE; a CLI needs few). */
  poolSize?: number;
}

// count(*) and bigint ids come back as numbers, as SQLite gives them (every count and id here fits in 2^53).
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));

/** PostgreSQL with the write rule (db/postgres-driver.ts), pooled. */
class PolicyPostgresDialect extends PostgresDialect {
  constructor(
    private readonly config: PostgresDialectConfig,
    private readonly busyError: () => unknown,
  ) {
    super(config);
  }
  override createDriver() {
    return new PolicyPostgresDriver(this.config, this.busyError);
  }
}

function createPostgresDb(url: string, busyError: () => unknown, max: number): Kysely<Database> {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle connection the server closes (a restart, a terminated backend) is replaced on next use; unhandled, the
  // pool's error event would end the process.
  pool.on("error", (error) => console.error(`PostgreSQL: en vilande anslutning stängdes (${error.message}); en ny öppnas vid behov.`));
  return new Kysely<Database>({ dialect: new PolicyPostgresDialect({ pool }, busyError) });
}

export function createDb(url: string, { busyError = () => new DatabaseBusyError(), poolSize = 4 }: DbOptions = {}): Kysely<Database> {
  if (isPostgresUrl(url)) return createPostgresDb(url, busyError, poolSize);
  const sqlite = openSqlite(sqlitePathFromUrl(url));
  // The policy waits for locks itself, between queries; SQLite's own wait would stop the whole event loop meanwhile.
  sqlite.pragma("busy_timeout = 0");
  return new Kysely<Database>({ dialect: new PolicySqliteDialect(withStatementCache(sqlite), busyError) });
}

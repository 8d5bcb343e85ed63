// Kysely's SQLite driver with the app's one busy policy: how every write waits for a lock that another connection holds.
import { CompiledQuery, SqliteDriver, type DatabaseConnection, type QueryResult, type SqliteDatabase } from "kysely";

/**
 * THE BUSY POLICY, for every query of every Kysely handle createDb opens (the server, its import worker, the CLIs):
 * a write takes SQLite's write lock when it starts — at BEGIN IMMEDIATE, or with the one statement of a write outside
 * a transaction. When another connection holds the lock, SQLite answers SQLITE_BUSY at once (busy_timeout is 0, so
 * waiting never blocks the event loop) and nothing has been written; the statement is tried again after a pause of
 * 5, 10, 20, 40, 80, 160 and then 250 ms, for up to `waitMs` in all. The handle serves other queries during the
 * pauses, so reads go on while a write waits. Past `waitMs` the write throws the handle's busy error; in the app that
 * is a 503 with Retry-After (app/utils/db.server.ts). A statement inside a transaction is never retried on its own.
 */
export const BUSY_POLICY = { waitMs: 5_000, pausesMs: [5, 10, 20, 40, 80, 160, 250] } as const;

/** What a write throws when the database stayed locked past the policy's wait; nothing was written. */
export class DatabaseBusyError extends Error {
  constructor() {
    super(`Databasen var upptagen av en annan skrivning i mer än ${BUSY_POLICY.waitMs / 1000} s; inget sparades. Försök igen om en stund.`);
    this.name = "DatabaseBusyError";
  }
}

/** The statement cache's database (db/create-db.ts) and whether a transaction is open on it. */
export type PolicySqlite = SqliteDatabase & { readonly inTransaction: boolean };

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("SQLITE_BUSY");
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One holder of the single connection at a time, as Kysely's own SQLite driver does. */
class Mutex {
  #held: Promise<void> | undefined;
  #release: (() => void) | undefined;

  async lock(): Promise<void> {
    while (this.#held) await this.#held;
    this.#held = new Promise((resolve) => (this.#release = resolve));
  }

  unlock(): void {
    const release = this.#release;
    this.#held = undefined;
    this.#release = undefined;
    release?.();
  }
}

class PolicyConnection implements DatabaseConnection {
  constructor(
    private readonly sqlite: PolicySqlite,
    private readonly mutex: Mutex,
    private readonly busyError: () => unknown,
  ) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      try {
        return this.run<R>(query);
      } catch (error) {
        if (!isBusy(error) || this.sqlite.inTransaction) throw error;
        const pause = BUSY_POLICY.pausesMs[Math.min(attempt, BUSY_POLICY.pausesMs.length - 1)];
        if (Date.now() - started + pause > BUSY_POLICY.waitMs) throw this.busyError();
        // The caller holds the connection, but has nothing open on it: others may use it while this one waits.
        this.mutex.unlock();
        await sleep(pause);
        await this.mutex.lock();
      }
    }
  }

  private run<R>({ sql, parameters }: CompiledQuery): QueryResult<R> {
    const statement = this.sqlite.prepare(sql);
    if (statement.reader) return { rows: statement.all(parameters) as R[] };
    const { changes, lastInsertRowid } = statement.run(parameters);
    return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
  }

  async *streamQuery<R>({ sql, parameters }: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    const statement = this.sqlite.prepare(sql);
    if (!statement.reader) throw new Error("Only queries that return rows can be streamed.");
    for (const row of statement.iterate(parameters)) yield { rows: [row as R] };
  }
}

/** Kysely's SqliteDriver with BEGIN IMMEDIATE and the busy policy on its one connection. */
export class PolicySqliteDriver extends SqliteDriver {
  readonly #mutex = new Mutex();
  readonly #connection: PolicyConnection;

  constructor(sqlite: PolicySqlite, busyError: () => unknown) {
    super({ database: sqlite });
    this.#connection = new PolicyConnection(sqlite, this.#mutex, busyError);
  }

  override async acquireConnection(): Promise<DatabaseConnection> {
    await this.#mutex.lock();
    return this.#connection;
  }

  override async releaseConnection(): Promise<void> {
    this.#mutex.unlock();
  }

  /** Writers take the lock at BEGIN, so a transaction waits by the policy before it has done anything, never halfway. */
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }
}

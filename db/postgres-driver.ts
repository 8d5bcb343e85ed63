// Kysely's PostgreSQL driver with the app's write rule: transactions take turns, across every server, as in SQLite.
import { CompiledQuery, PostgresDriver, type DatabaseConnection, type PostgresDialectConfig, type TransactionSettings } from "kysely";
import { BUSY_POLICY } from "./sqlite-driver";

/**
 * THE WRITE RULE ON POSTGRESQL. SQLite gives a transaction its write lock at BEGIN IMMEDIATE, so every transaction of
 * every process runs as if alone, and the app's check-then-write transactions (accepting an offer, claiming mail,
 * planning) rely on that. Here each transaction takes one cluster-wide advisory lock at BEGIN, held until it commits or
 * rolls back: every server, worker and CLI takes turns the same way, while reads outside transactions never wait.
 * A transaction waits for the lock at most BUSY_POLICY.waitMs, then throws the handle's busy error (a 503 in the app),
 * having done nothing. Decision 016 gives the measurements behind choosing this over row locks or SERIALIZABLE.
 */
export const WRITE_LOCK = 7_046_112_002;

const LOCK_NOT_AVAILABLE = "55P03";

export class PolicyPostgresDriver extends PostgresDriver {
  constructor(
    config: PostgresDialectConfig,
    private readonly busyError: () => unknown,
  ) {
    super(config);
  }

  override async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    await super.beginTransaction(connection, settings);
    try {
      await connection.executeQuery(CompiledQuery.raw(`set local lock_timeout = ${BUSY_POLICY.waitMs}`));
      await connection.executeQuery(CompiledQuery.raw(`select pg_advisory_xact_lock(${WRITE_LOCK})`));
    } catch (error) {
      // Kysely rolls back only a transaction whose BEGIN returned: this one must not go back to the pool open.
      await connection.executeQuery(CompiledQuery.raw("rollback"));
      if ((error as { code?: unknown }).code === LOCK_NOT_AVAILABLE) throw this.busyError();
      throw error;
    }
  }
}

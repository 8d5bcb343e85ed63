// Runs db/migrations/ in name order with Kysely's Migrator; only `npm start` and the CLI call it.
import { Migrator, sql, type Kysely, type MigrationProvider } from "kysely";
import { isPostgres } from "./dialect";
import { migrations } from "./migrations";

// A static list rather than a folder scan, so it works the same under tsx, vitest and a bundle.
const provider: MigrationProvider = { getMigrations: async () => migrations };

/** The advisory lock two servers starting at once on one PostgreSQL take in turn: one migrates, the other finds it done. */
export const MIGRATION_LOCK = 7_046_112_001;

async function migrate(db: Kysely<any>): Promise<string[]> {
  // Each migration opens its own transaction (SQLite cannot run DDL in Kysely's wrapping one the same way).
  const migrator = new Migrator({ db, provider, disableTransactions: true });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (error || failed) {
    const reason = error instanceof Error ? error.message : String(error ?? "");
    throw new Error(`Migreringen ${failed?.migrationName ?? ""} misslyckades: ${reason}`);
  }
  return (results ?? []).map((r) => r.migrationName);
}

export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  if (!isPostgres(db)) return migrate(db);
  return db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK})`.execute(connection);
    try {
      return await migrate(connection);
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK})`.execute(connection);
    }
  });
}

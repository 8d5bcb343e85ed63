// Runs db/migrations/ in name order with Kysely's Migrator; only `npm start` and the CLI call it.
import { Migrator, type Kysely, type MigrationProvider } from "kysely";
import { migrations } from "./migrations";

// A static list rather than a folder scan, so it works the same under tsx, vitest and a bundle.
const provider: MigrationProvider = { getMigrations: async () => migrations };

export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (error || failed) {
    const reason = error instanceof Error ? error.message : String(error ?? "");
    throw new Error(`Migreringen ${failed?.migrationName ?? ""} misslyckades: ${reason}`);
  }
  return (results ?? []).map((r) => r.migrationName);
}

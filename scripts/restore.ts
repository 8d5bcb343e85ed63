// CLI: npm run restore -- FILE — puts a backup back as the SQLite database in DATABASE_URL. Stop the server first.
// PostgreSQL is restored with pg_restore, which this refuses to stand in for.
import { restoreDatabase } from "../db/backup";
import { isPostgresUrl, sqlitePathFromUrl } from "../db/create-db";
import { databaseUrl, processIo, runWhenScript, type CliIo } from "./cli-io";

export async function main(args: string[], io: CliIo = processIo): Promise<number> {
  const url = databaseUrl(io.env);
  if (isPostgresUrl(url)) {
    io.err("npm run restore lägger tillbaka en SQLite-fil, men DATABASE_URL pekar på PostgreSQL: återställ med pg_restore i stället (se PostgreSQL-avsnittet i docs/operations.md).");
    return 2;
  }
  const [backup, ...rest] = args;
  if (!backup || rest.length > 0 || backup.startsWith("-")) {
    io.err("Användning: npm run restore -- FIL.db   (stoppa servern först)");
    return 2;
  }
  try {
    const target = sqlitePathFromUrl(url);
    restoreDatabase(backup, target);
    io.out(`Databasen ${target} är återställd från ${backup}. Starta servern igen; den migrerar vid start.`);
    return 0;
  } catch (error) {
    io.err(`Återställningen misslyckades: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

runWhenScript(import.meta.url, main);

// CLI: npm run backup -- FILE — an online backup of the SQLite database in DATABASE_URL while the app keeps running.
// PostgreSQL is backed up with pg_dump, which this refuses to stand in for.
import { backupDatabase } from "../db/backup";
import { isPostgresUrl, sqlitePathFromUrl } from "../db/create-db";
import { databaseUrl, processIo, runWhenScript, type CliIo } from "./cli-io";

export async function main(args: string[], io: CliIo = processIo): Promise<number> {
  const url = databaseUrl(io.env);
  if (isPostgresUrl(url)) {
    io.err("npm run backup kopierar en SQLite-fil, men DATABASE_URL pekar på PostgreSQL: säkerhetskopiera med pg_dump i stället (se PostgreSQL-avsnittet i docs/operations.md).");
    return 2;
  }
  const [target, ...rest] = args;
  if (!target || rest.length > 0 || target.startsWith("-")) {
    io.err("Användning: npm run backup -- FIL.db");
    return 2;
  }
  try {
    const { target: file, bytes } = await backupDatabase(sqlitePathFromUrl(url), target);
    io.out(`Säkerhetskopian är skriven till ${file} (${Math.round(bytes / 1024)} kB) och kontrollerad.`);
    return 0;
  } catch (error) {
    io.err(`Säkerhetskopieringen misslyckades: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

runWhenScript(import.meta.url, main);

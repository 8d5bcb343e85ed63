// CLI: npm run backup -- FILE — an online backup of the database in DATABASE_URL while the app keeps running.
import { backupDatabase } from "../db/backup";
import { sqlitePathFromUrl } from "../db/create-db";
import { databaseUrl, processIo, runWhenScript, type CliIo } from "./cli-io";

export async function main(args: string[], io: CliIo = processIo): Promise<number> {
  const [target, ...rest] = args;
  if (!target || rest.length > 0 || target.startsWith("-")) {
    io.err("Användning: npm run backup -- FIL.db");
    return 2;
  }
  try {
    const { target: file, bytes } = await backupDatabase(sqlitePathFromUrl(databaseUrl(io.env)), target);
    io.out(`Säkerhetskopian är skriven till ${file} (${Math.round(bytes / 1024)} kB) och kontrollerad.`);
    return 0;
  } catch (error) {
    io.err(`Säkerhetskopieringen misslyckades: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

runWhenScript(import.meta.url, main);

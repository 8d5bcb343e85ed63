// CLI: npm run restore -- FILE — puts a backup back as the database in DATABASE_URL. Stop the server first.
import { restoreDatabase } from "../db/backup";
import { sqlitePathFromUrl } from "../db/create-db";
import { databaseUrl, processIo, runWhenScript, type CliIo } from "./cli-io";

export async function main(args: string[], io: CliIo = processIo): Promise<number> {
  const [backup, ...rest] = args;
  if (!backup || rest.length > 0 || backup.startsWith("-")) {
    io.err("Användning: npm run restore -- FIL.db   (stoppa servern först)");
    return 2;
  }
  try {
    const target = sqlitePathFromUrl(databaseUrl(io.env));
    restoreDatabase(backup, target);
    io.out(`Databasen ${target} är återställd från ${backup}. Starta servern igen; den migrerar vid start.`);
    return 0;
  } catch (error) {
    io.err(`Återställningen misslyckades: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

runWhenScript(import.meta.url, main);

// CLI: npm run backup -- FILE — an online backup of the database in DATABASE_URL while the app keeps running.
import { backupDatabase } from "../db/backup";
import { sqlitePathFromUrl } from "../db/create-db";

const [target, ...rest] = process.argv.slice(2);
if (!target || rest.length > 0 || target.startsWith("-")) {
  console.error("Användning: npm run backup -- FIL.db");
  process.exit(2);
}

backupDatabase(sqlitePathFromUrl(process.env.DATABASE_URL || "file:./data/levande.db"), target).then(
  ({ target: file, bytes }) => console.log(`Säkerhetskopian är skriven till ${file} (${Math.round(bytes / 1024)} kB) och kontrollerad.`),
  (error: unknown) => {
    console.error(`Säkerhetskopieringen misslyckades: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);

// CLI: npm run restore -- FILE — puts a backup back as the database in DATABASE_URL. Stop the server first.
import { restoreDatabase } from "../db/backup";
import { sqlitePathFromUrl } from "../db/create-db";

const [backup, ...rest] = process.argv.slice(2);
if (!backup || rest.length > 0 || backup.startsWith("-")) {
  console.error("Användning: npm run restore -- FIL.db   (stoppa servern först)");
  process.exit(2);
}

try {
  const target = sqlitePathFromUrl(process.env.DATABASE_URL || "file:./data/levande.db");
  restoreDatabase(backup, target);
  console.log(`Databasen ${target} är återställd från ${backup}. Starta servern igen; den migrerar vid start.`);
} catch (error) {
  console.error(`Återställningen misslyckades: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

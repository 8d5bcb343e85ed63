// CLI: brings the database DATABASE_URL names up to the latest migration (npm run db:migrate).
import { createDb, databaseName } from "../db/create-db";
import { migrateToLatest } from "../db/migrate";

const url = process.env.DATABASE_URL || "file:./data/levande.db";

async function main() {
  const db = createDb(url);
  try {
    const applied = await migrateToLatest(db);
    if (applied.length === 0) console.log(`Databasen (${databaseName(url)}) är redan uppdaterad – inga migreringar att köra.`);
    else console.log(`Körde ${applied.length} migrering(ar) på ${databaseName(url)}:\n${applied.map((name) => `  ${name}`).join("\n")}`);
  } finally {
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(`Migreringen misslyckades: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

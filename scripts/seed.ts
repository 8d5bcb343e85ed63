// CLI: migrates, then fills an empty database with the demo region and prints the demo logins (npm run db:seed).
import { createDb } from "../db/create-db";
import { migrateToLatest } from "../db/migrate";
import { seed } from "../db/seed";

const url = process.env.DATABASE_URL || "file:./data/levande.db";

async function main() {
  const db = createDb(url);
  try {
    await migrateToLatest(db);
    const { seeded, logins } = await seed(db, { now: new Date() });
    console.log(
      seeded
        ? `Demodata för Region Jönköpings län har lagts in i ${url}.`
        : `Databasen ${url} innehåller redan data – inget lades in.`,
    );
    console.log("\nDemoinloggningar:");
    for (const login of logins) console.log(`  ${login.role.padEnd(11)} ${login.email.padEnd(24)} lösenord: ${login.password}`);
  } finally {
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(`Kunde inte lägga in demodata: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

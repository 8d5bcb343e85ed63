// PostgreSQL test databases (TEST_DATABASE_URL=postgres://…): one migrated template per run, one copy per test file,
// made and dropped with db/pg-admin.ts, which the benchmark uses too.
export { databaseUrl, dropDatabases, onServer } from "../../db/pg-admin";

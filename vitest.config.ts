import path from "node:path";
import { defineConfig } from "vitest/config";

/**
 * TEST_DATABASE_URL=postgres://… (scripts/with-postgres.ts sets it) runs the unit suite on PostgreSQL. These files test
 * how the app uses SQLite itself (its file, its locks, its backup) and have no PostgreSQL counterpart to run.
 */
const SQLITE_ONLY = [
  "tests/db/busy-policy.test.ts",
  "tests/db/file-modes.test.ts",
  "tests/db/server-lock.test.ts",
  "tests/db/statement-cache.test.ts",
  "tests/scripts/backup.test.ts",
  "tests/scripts/nightly-backup.test.ts",
];
/** And these test what PostgreSQL needs that SQLite gives by itself. */
const POSTGRES_ONLY = ["tests/db/postgres.test.ts"];
const onPostgres = /^postgres(ql)?:\/\//.test(process.env.TEST_DATABASE_URL ?? "");

export default defineConfig({
  resolve: { alias: { "~": path.resolve(import.meta.dirname, "app") } },
  test: {
    globals: true,
    // Forks, stated rather than defaulted: tests spawn processes and hold native SQLite handles, which a killed child
    // process always releases. The threads pool hangs the same way on a slow worker start (tests/setup/stall-watchdog.ts).
    pool: "forks",
    reporters: ["default", "./tests/setup/stall-watchdog.ts"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/**/*.test.{ts,tsx}"],
          exclude: ["tests/e2e/**", ...(onPostgres ? SQLITE_ONLY : POSTGRES_ONLY)],
          environment: "node",
          globalSetup: ["tests/setup/global-db.ts"],
          setupFiles: ["tests/setup/test-db.ts", "tests/setup/console.ts", "tests/setup/english.ts"],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});

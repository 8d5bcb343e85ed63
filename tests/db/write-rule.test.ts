// The rule for write transactions (decision 012): the database handle owns the busy policy — BEGIN IMMEDIATE and the
// non-blocking wait, in db/sqlite-driver.ts — so every write goes through Kysely's `db.transaction()` (or is one
// statement) and nothing in the app wraps, retries or begins a transaction itself. A wrapper some writes forget
// (`withBusyRetry`: 18 had it, ~20 did not) is what decision 012 removed; this scan keeps it from coming back.
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** What a module may not do itself: retry on busy, set SQLite's wait, or begin/commit by hand. */
const FORBIDDEN: [string, RegExp][] = [
  ["a busy retry of its own", /withBusyRetry|SQLITE_BUSY|isBusyError/],
  ["SQLite's blocking wait", /busy_timeout/],
  ["a transaction begun by hand", /sql`\s*(begin|commit|rollback)\b|["'`]\s*begin\s+(immediate|exclusive|deferred|transaction)\b|\.exec\(\s*["'`]\s*(begin|commit|rollback)\b/i],
  ["a transaction outside Kysely's execute", /\.transaction\(\)(?!\.execute\()/],
];

describe("write transactions", () => {
  const files = [...sourceFiles(path.join(ROOT, "app")), ...sourceFiles(path.join(ROOT, "scripts"))];

  it("scans the app's modules (the scan itself finds transactions)", () => {
    const withTransactions = files.filter((f) => fs.readFileSync(f, "utf8").includes(".transaction().execute("));
    expect(withTransactions.length).toBeGreaterThan(20);
  });

  it.each(FORBIDDEN)("no module of the app has %s: the handle's busy policy covers every write", (_what, pattern) => {
    const offenders = files.filter((f) => pattern.test(fs.readFileSync(f, "utf8"))).map((f) => path.relative(ROOT, f));
    expect(offenders).toEqual([]);
  });

  it("finds each forbidden form in a module that has it", () => {
    const samples = ["await withBusyRetry(() => db.transaction().execute(fn));", "db.pragma('busy_timeout = 5000')", 'await sql`BEGIN IMMEDIATE`.execute(db);', "const trx = await db.transaction().setIsolationLevel('serializable')"];
    FORBIDDEN.forEach(([, pattern], i) => expect(pattern.test(samples[i])).toBe(true));
    for (const allowed of ["return db.transaction().execute(async (trx) => {", 'intent: z.literal("commit"),', "// Accepts in one BEGIN IMMEDIATE transaction"]) {
      expect(FORBIDDEN.some(([, pattern]) => pattern.test(allowed))).toBe(false);
    }
  });
});

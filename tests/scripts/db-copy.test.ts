// npm run db:copy: the demo region goes SQLite → the engine under test (a fresh PostgreSQL database with
// TEST_DATABASE_URL=postgres://…, else another SQLite file) → a new SQLite file, and comes back the same.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { CopyMismatch, copyDatabase, fillOrder } from "../../db/copy";
import { createDb, isPostgresUrl } from "../../db/create-db";
import { migrateToLatest } from "../../db/migrate";
import type { Database } from "../../db/schema";
import { seed } from "../../db/seed";
import { loadGoalReport } from "../../app/models/goals.server";
import { main } from "../../scripts/db-copy";
import { runMain, spawnScript } from "../setup/cli";
import { databaseUrl, onServer } from "../../db/pg-admin";
import { everyRow, tableCounts } from "../setup/tables";

const NOW = new Date("2026-11-23T10:00:00Z");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "levande-db-copy-"));
const server = process.env.TEST_DATABASE_URL ?? "";
const onPostgres = isPostgresUrl(server);
const sourceUrl = `file:${path.join(dir, "source.db")}`;
const opened: Kysely<Database>[] = [];
const createdDatabases: string[] = [];
let made = 0;

function open(url: string): Kysely<Database> {
  const db = createDb(url);
  opened.push(db);
  return db;
}

/** A new, empty database of the engine under test; on PostgreSQL named with the run's prefix, so the run drops it too. */
async function freshTarget(): Promise<string> {
  made++;
  if (!onPostgres) return `file:${path.join(dir, `target-${made}.db`)}`;
  const prefix = new URL(inject("templateDb")).pathname.slice(1).replace(/template$/, "");
  const name = `${prefix}copy_${process.pid}_${made}`;
  await onServer(server, (client) => client.query(`create database "${name}"`));
  createdDatabases.push(name);
  return databaseUrl(server, name);
}

async function goalReports(db: Kysely<Database>) {
  return [await loadGoalReport(db, 2025, NOW), await loadGoalReport(db, 2026, NOW)];
}

const copy = (from: string, to: string) => runMain(main, ["--from", from, "--to", to]);

beforeAll(async () => {
  const source = open(sourceUrl);
  await migrateToLatest(source);
  await seed(source, { now: NOW });
  // A deleted last row leaves the id counter past the highest id: the copy must not hand that id out again.
  await source.insertInto("login_failures").values([{ key: "a", failed_at: NOW.toISOString() }, { key: "b", failed_at: NOW.toISOString() }]).execute();
  await source.deleteFrom("login_failures").where("key", "=", "b").execute();
}, 60_000);

afterAll(async () => {
  await Promise.all(opened.map((db) => db.destroy()));
  if (onPostgres) await onServer(server, async (client) => {
    for (const name of createdDatabases) await client.query(`drop database if exists "${name}" with (force)`);
  });
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("npm run db:copy", () => {
  it("round-trips the demo region through the engine under test with the same rows, counts and goal reports", { timeout: 120_000 }, async () => {
    const target = await freshTarget();
    const back = `file:${path.join(dir, "back.db")}`;
    const there = await copy(sourceUrl, target);
    expect(there).toMatchObject({ code: 0, stderr: "" });
    expect(there.stdout).toMatch(/Klart: \d+ tabeller och [\d\s]+ rader kopierade på \d+,\d s\./);
    expect((await copy(target, back)).code).toBe(0);

    const [source, middle, returned] = [open(sourceUrl), open(target), open(back)];
    const counts = await tableCounts(source);
    expect(counts.people).toBeGreaterThan(0);
    expect(counts.offers).toBeGreaterThan(0);
    expect(await tableCounts(middle)).toEqual(counts);
    expect(await tableCounts(returned)).toEqual(counts);
    expect(await everyRow(returned)).toBe(await everyRow(source));
    expect(await everyRow(middle)).toBe(await everyRow(source));
    const reports = await goalReports(source);
    expect(reports[1].year).toBe(2026);
    expect(await goalReports(middle)).toEqual(reports);
    expect(await goalReports(returned)).toEqual(reports);
  });

  it("gives new rows on the target fresh ids, past the source's id counters", { timeout: 60_000 }, async () => {
    const target = await freshTarget();
    expect((await copy(sourceUrl, target)).code).toBe(0);
    const source = open(sourceUrl);
    const db = open(target);
    const maxArea = (await source.selectFrom("care_areas").select((eb) => eb.fn.max("id").as("id")).executeTakeFirstOrThrow()).id;
    const area = await db.insertInto("care_areas").values({ name: "Nytt vårdområde" }).returning("id").executeTakeFirstOrThrow();
    expect(area.id).toBe(Number(maxArea) + 1);
    const failure = await db.insertInto("login_failures").values({ key: "c", failed_at: NOW.toISOString() }).returning("id").executeTakeFirstOrThrow();
    expect(failure.id).toBe(3);
  });

  it("refuses a target that has rows, writing nothing", { timeout: 60_000 }, async () => {
    const target = await freshTarget();
    expect((await copy(sourceUrl, target)).code).toBe(0);
    const db = open(target);
    await db.deleteFrom("login_failures").execute();
    const before = await everyRow(db);
    const again = await copy(sourceUrl, target);
    expect(again).toMatchObject({ code: 1, stdout: expect.not.stringContaining("Klart") });
    expect(again.stderr).toMatch(/^Måldatabasen är inte tom: tabellen \w+ har \d+ rader/);
    expect(await everyRow(db)).toBe(before);
  });

  it("rolls the whole copy back when a check finds a difference, leaving the target as the migrations made it", { timeout: 60_000 }, async () => {
    const target = open(await freshTarget());
    const copying = copyDatabase(open(sourceUrl), target, { verify: async () => ["Påhittad skillnad."] });
    await expect(copying).rejects.toThrow(CopyMismatch);
    const migrated = open(await freshTarget());
    await migrateToLatest(migrated);
    expect(await everyRow(target)).toBe(await everyRow(migrated));
  });

  it.each([
    ["has no tables", () => fs.closeSync(fs.openSync(path.join(dir, "unmigrated.db"), "w"))],
    [
      "lacks the latest migration",
      async () => {
        const db = createDb(`file:${path.join(dir, "unmigrated.db")}`);
        await migrateToLatest(db);
        await db.withTables<{ kysely_migration: { name: string } }>().deleteFrom("kysely_migration").where("name", "=", "2026_12_06_39_data_version").execute();
        await db.destroy();
      },
    ],
  ])("refuses a source that %s, naming db:migrate", { timeout: 60_000 }, async (_, make) => {
    fs.rmSync(path.join(dir, "unmigrated.db"), { force: true });
    await make();
    const target = await freshTarget();
    const result = await copy(`file:${path.join(dir, "unmigrated.db")}`, target);
    expect(result).toMatchObject({ code: 1, stdout: expect.not.stringContaining("Klart") });
    expect(result.stderr).toContain("Källdatabasen är inte migrerad till senaste versionen");
    expect(result.stderr).toContain("npm run db:migrate");
    expect(await tableCounts(open(target))).toEqual({});
  });

  it("never prints the password of an address it cannot reach", async () => {
    const result = await copy(sourceUrl, "postgres://levande:hemligt@127.0.0.1:1/levande");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("127.0.0.1:1/levande");
    expect(`${result.stdout}${result.stderr}`).not.toContain("hemligt");
  });

  it("refuses a source file that does not exist, creating none", async () => {
    const missing = path.join(dir, "saknas.db");
    const result = await copy(`file:${missing}`, `file:${path.join(dir, "x.db")}`);
    expect(result).toMatchObject({ code: 1, stderr: `Källdatabasen ${missing} finns inte; ingenting kopierades.` });
    expect(fs.existsSync(missing)).toBe(false);
  });

  it.each([
    [[], "--from: saknas"],
    [["--from", sourceUrl], "--to: saknas"],
    [["--from", sourceUrl, "--to", "mysql://x/y"], "--to: ska vara file:SÖKVÄG eller postgres://…"],
    [["--from", "./data/levande.db", "--to", "file:x.db"], "--from: ska vara file:SÖKVÄG eller postgres://…"],
    [["--from", sourceUrl, "--to", sourceUrl], "--to: --from och --to är samma databas"],
    [["--from", sourceUrl, "--to", "file:x.db", "--fast"], "Okänt argument: --fast"],
    [["--from", sourceUrl, "--to", "file:x.db", "extra"], "Okänt argument: extra"],
    [["--from", sourceUrl, "--to"], "--to: saknar värde"],
    [["--from", sourceUrl, "--from", "file:annan.db", "--to", "file:x.db"], "--from: angiven mer än en gång"],
    [["--from", sourceUrl, "--to", "file:x.db", "--to=file:y.db"], "--to: angiven mer än en gång"],
    [["--from", sourceUrl, "--to", "file:x\u001b[2Jy.db"], "--to: innehåller ett kontrolltecken"],
    [["--from", sourceUrl, "--to", "file:x.db", "--\u0007"], "Okänt argument: --\\u0007"],
  ])("%j: exit 2 with the usage, touching nothing", async (args, problem) => {
    const result = await runMain(main, args);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr).toContain(problem);
    expect(result.stderr).toContain("Användning: npm run db:copy -- --from URL --to URL");
    expect(result.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(fs.existsSync("x.db") || fs.existsSync("y.db")).toBe(false);
  });

  it("--help prints the usage, also as the script an operator starts", { timeout: 60_000 }, async () => {
    expect(await runMain(main, ["--help"])).toMatchObject({ code: 0, stdout: expect.stringContaining("Användning: npm run db:copy"), stderr: "" });
    const child = await spawnScript("db-copy", ["--help"]);
    expect(child).toMatchObject({ code: 0, stdout: expect.stringContaining("Användning: npm run db:copy"), stderr: "" });
  });
});

describe("fillOrder", () => {
  it("puts every table after the tables its foreign keys point to, a table pointing at itself included", () => {
    const keys = [
      { table: "offers", parent: "requests" },
      { table: "requests", parent: "people" },
      { table: "people", parent: "people" },
      { table: "offers", parent: "people" },
    ];
    expect(fillOrder(["offers", "requests", "people", "areas"], keys)).toEqual(["areas", "people", "requests", "offers"]);
  });

  it("names the tables of a ring of foreign keys", () => {
    expect(() => fillOrder(["a", "b", "c"], [{ table: "a", parent: "b" }, { table: "b", parent: "a" }])).toThrow("Tabellerna a, b pekar på varandra i en ring");
  });
});

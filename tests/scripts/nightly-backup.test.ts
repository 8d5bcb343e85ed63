// The server's nightly backup on real files: today's copy at start (checked, mode 0600), old copies pruned, failures logged, not thrown.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import SQLite from "better-sqlite3";
import { sqlitePathFromUrl } from "../../db/create-db";
import { createLogger } from "~/utils/logger.server";
import { db } from "~/utils/db.server";
import { insertPerson } from "../../db/insert-rows";
import { runBackup, startNightlyBackup } from "../../scripts/nightly-backup";

let dir: string;
let lines: string[];
const log = () => createLogger({ NODE_ENV: "production", LOG_LEVEL: "info" }, { write: (line: string) => void lines.push(line) });
const live = () => sqlitePathFromUrl(process.env.DATABASE_URL!);
const NOW = new Date("2026-06-10T10:00:00Z");

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "levande-nightly-"));
  lines = [];
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function people(file: string): number {
  const sqlite = new SQLite(file, { readonly: true });
  try {
    return (sqlite.prepare("select count(*) as n from people").get() as { n: number }).n;
  } finally {
    sqlite.close();
  }
}

describe("nightly backup", () => {
  it("writes today's backup at start, readable only by the server's user, with the data in it", async () => {
    await insertPerson(db());
    await insertPerson(db());
    const backups = startNightlyBackup({ source: live(), dir, keep: 7, log: log(), now: () => NOW });
    await backups.idle();
    await backups.stop();
    const file = path.join(dir, "levande-2026-06-10.db");
    expect(fs.readdirSync(dir)).toEqual(["levande-2026-06-10.db"]);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(people(file)).toBe(2);
    expect(lines.map((l) => JSON.parse(l).msg)).toContain("backup written and checked");
  });

  it("does not back up at start when today's backup exists, and says when the next one runs", async () => {
    fs.writeFileSync(path.join(dir, "levande-2026-06-10.db"), "earlier today");
    const backups = startNightlyBackup({ source: live(), dir, keep: 7, log: log(), now: () => NOW });
    await backups.idle();
    await backups.stop();
    expect(fs.readFileSync(path.join(dir, "levande-2026-06-10.db"), "utf8")).toBe("earlier today");
    expect(lines.map((l) => JSON.parse(l))).toEqual([expect.objectContaining({ msg: "nightly backup scheduled", next: "2026-06-11T00:30:00.000Z" })]);
  });

  it("keeps the BACKUP_KEEP newest backups and leaves other files alone", async () => {
    const old = ["levande-2026-06-07.db", "levande-2026-06-08.db", "levande-2026-06-09.db", "notes.txt"];
    for (const name of old) fs.writeFileSync(path.join(dir, name), "x");
    expect(await runBackup({ source: live(), dir, keep: 2, log: log(), now: () => NOW })).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(["levande-2026-06-09.db", "levande-2026-06-10.db", "notes.txt"]);
  });

  it("logs a failed backup and keeps the old ones", async () => {
    fs.writeFileSync(path.join(dir, "levande-2026-06-01.db"), "x");
    expect(await runBackup({ source: path.join(dir, "missing.db"), dir, keep: 1, log: log(), now: () => NOW })).toBe(false);
    expect(fs.readdirSync(dir)).toEqual(["levande-2026-06-01.db"]);
    expect(JSON.parse(lines[0])).toMatchObject({ level: 50, msg: "backup failed" });
  });
});

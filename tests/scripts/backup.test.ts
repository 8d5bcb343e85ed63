// npm run backup while the app writes, then npm run restore: the restored database holds exactly the backed-up data.
// Each CLI runs once as a real child process; the rest calls their main() in this process.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import SQLite from "better-sqlite3";
import { sqlitePathFromUrl } from "../../db/create-db";
import { db } from "~/utils/db.server";
import { main as backupMain } from "../../scripts/backup";
import { main as restoreMain } from "../../scripts/restore";
import { insertAssignment, insertPerson } from "../../db/insert-rows";
import { runMain, spawnScript } from "../setup/cli";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "levande-backup-"));
const live = () => sqlitePathFromUrl(process.env.DATABASE_URL!);

function dump(file: string): Record<string, unknown[]> {
  const sqlite = new SQLite(file, { readonly: true });
  try {
    const tables = sqlite.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").pluck().all() as string[];
    return Object.fromEntries(tables.map((t) => [t, sqlite.prepare(`select * from "${t}" order by rowid`).all()]));
  } finally {
    sqlite.close();
  }
}

const audit = (i: number) =>
  db().insertInto("audit_log").values({ actor_user_id: null, entity: "test", entity_id: String(i), action: "write", details: null, at: new Date().toISOString() }).execute();

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("npm run backup / restore", () => {
  it("backs up while another process writes, and the copy is a consistent snapshot", async () => {
    await insertAssignment(db(), { status: "completed" });
    for (let i = 0; i < 200; i++) await insertPerson(db());
    const target = path.join(dir, "online.db");
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/backup.ts", target], { env: process.env, stdio: ["ignore", "pipe", "pipe"] });
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    let done = false;
    void exited.then(() => (done = true));
    let writes = 0;
    while (!done) {
      await audit(writes++);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    expect(await exited).toBe(0);
    expect(writes).toBeGreaterThan(10);

    // Owner only, whatever the umask: a backup holds health data and password hashes.
    expect(fs.statSync(target).mode & 0o777).toBe(0o600);
    const copy = new SQLite(target, { readonly: true });
    expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(copy.prepare("select count(*) from people").pluck().get()).toBe(201);
    expect(copy.prepare("select count(*) from assignments").pluck().get()).toBe(1);
    const audited = copy.prepare("select count(*) from audit_log").pluck().get() as number;
    expect(audited).toBeLessThanOrEqual(writes);
    // A snapshot: the audit rows it holds are exactly the first ones written, without gaps.
    expect(copy.prepare("select max(cast(entity_id as integer)) from audit_log").pluck().get()).toBe(audited === 0 ? null : audited - 1);
    copy.close();
  });

  it("restores a backup as the database with exactly the same rows, replacing what was there", async () => {
    await insertAssignment(db(), { status: "completed" });
    for (let i = 0; i < 20; i++) await audit(i);
    const backup = path.join(dir, "exact.db");
    expect(await runMain(backupMain, [backup])).toMatchObject({ code: 0, stdout: expect.stringContaining("kontrollerad") });

    const restored = path.join(dir, "restored", "levande.db");
    fs.mkdirSync(path.dirname(restored), { recursive: true });
    fs.writeFileSync(restored, "an older database");
    fs.writeFileSync(`${restored}-wal`, "stale write-ahead log");
    const result = await spawnScript("restore", [backup], { DATABASE_URL: `file:${restored}` });
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toContain("är återställd");
    expect(fs.existsSync(`${restored}-wal`)).toBe(false);
    expect(dump(restored)).toEqual(dump(live()));
  });

  it("refuses bad arguments with exit code 2 and a backup over the database itself or a missing backup with 1", async () => {
    for (const args of [[], ["a.db", "b.db"], ["--help"]]) {
      expect(await runMain(backupMain, args)).toEqual({ code: 2, stdout: "", stderr: "Användning: npm run backup -- FIL.db" });
      expect(await runMain(restoreMain, args)).toMatchObject({ code: 2, stdout: "", stderr: expect.stringContaining("Användning: npm run restore -- FIL.db") });
    }
    const self = await runMain(backupMain, [live()]);
    expect(self.code).toBe(1);
    expect(self.stderr).toContain("kan inte skrivas över själva databasen");
    const missing = await runMain(restoreMain, [path.join(dir, "nope.db")], { DATABASE_URL: `file:${path.join(dir, "x.db")}` });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("finns inte");
  });
});

// npm run backup / restore copy a SQLite file: with DATABASE_URL on PostgreSQL they refuse and name pg_dump / pg_restore.
// The address is passed here, so this runs on either engine; port 1 answers nothing, so no connection is ever tried.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { main as backupMain } from "../../scripts/backup";
import { main as restoreMain } from "../../scripts/restore";
import { runMain, spawnScript } from "../setup/cli";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "levande-backup-pg-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const postgres = { DATABASE_URL: "postgres://levande:hemligt@127.0.0.1:1/levande" };

describe("npm run backup on PostgreSQL", () => {
  it.each([[["kopia.db"]], [[]]])("%j: refuses with exit code 2, naming pg_dump and docs/operations.md, writing nothing", async (args) => {
    const result = await runMain(backupMain, args.map((name) => path.join(dir, name)), postgres);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr).toContain("DATABASE_URL pekar på PostgreSQL");
    expect(result.stderr).toContain("pg_dump");
    expect(result.stderr).toContain("docs/operations.md");
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it("refuses the same way as a child process, without a stack trace", { timeout: 60_000 }, async () => {
    const result = await spawnScript("backup", [path.join(dir, "kopia.db")], { DATABASE_URL: "postgresql://levande@127.0.0.1:1/levande" });
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr.trim().split("\n")).toEqual([expect.stringContaining("pg_dump")]);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe("npm run restore on PostgreSQL", () => {
  it.each([[["kopia.db"]], [[]]])("%j: refuses with exit code 2, naming pg_restore and docs/operations.md", async (args) => {
    const result = await runMain(restoreMain, args.map((name) => path.join(dir, name)), postgres);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr).toContain("DATABASE_URL pekar på PostgreSQL");
    expect(result.stderr).toContain("pg_restore");
    expect(result.stderr).toContain("docs/operations.md");
  });
});

// The database holds health data and password hashes: its files are readable by the server's own account only.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openSqlite } from "../../db/create-db";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "levande-modes-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const mode = (file: string) => fs.statSync(file).mode & 0o777;

describe("database file permissions", () => {
  it("creates the database, its WAL and shared-memory files as 0600 whatever the umask", () => {
    const file = path.join(dir, "new", "levande.db");
    const umask = process.umask(0o022);
    try {
      const sqlite = openSqlite(file);
      sqlite.exec("create table t (x integer); insert into t values (1)");
      expect(mode(file)).toBe(0o600);
      expect(mode(`${file}-wal`)).toBe(0o600);
      expect(mode(`${file}-shm`)).toBe(0o600);
      sqlite.close();
    } finally {
      process.umask(umask);
    }
  });

  it("tightens an existing database that was readable by others", () => {
    const file = path.join(dir, "old.db");
    fs.writeFileSync(file, "", { mode: 0o644 });
    fs.chmodSync(file, 0o644);
    openSqlite(file).close();
    expect(mode(file)).toBe(0o600);
  });
});

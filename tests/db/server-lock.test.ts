// `npm run restore` refuses while a server holds the database, and a server that crashed leaves no stale lock.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import SQLite from "better-sqlite3";
import { holdServerLock, isServerRunning } from "../../db/server-lock";
import { main as restore } from "../../scripts/restore";
import { runMain } from "../setup/cli";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "levande-lock-"));
const children: ChildProcess[] = [];
// A locking process left behind by a failed test would hold this worker's output pipe open, and vitest would wait for it.
afterEach(() => children.splice(0).forEach((child) => child.kill("SIGKILL")));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function database(name: string, rows: number) {
  const file = path.join(dir, name);
  const db = new SQLite(file);
  db.exec("create table t (x integer)");
  for (let i = 0; i < rows; i++) db.prepare("insert into t values (?)").run(i);
  db.close();
  return file;
}

/**
 * A separate process that takes the lock as scripts/start.ts does, dropping the release function, then collects its
 * garbage (as a long-running server will) and waits to be killed.
 */
function lockingProcess(file: string) {
  const script = `import("./db/server-lock.ts").then(m => { m.holdServerLock(${JSON.stringify(file)}); globalThis.gc(); console.log("locked"); setInterval(() => {}, 1000); })`;
  const child = spawn(process.execPath, ["--expose-gc", "--import", "tsx", "-e", script], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  const locked = new Promise<void>((resolve) => child.stdout!.on("data", (d) => String(d).includes("locked") && resolve()));
  return { child, locked };
}

describe("the server's lock on its database", () => {
  it("is seen by another connection in this process and released when let go", () => {
    const file = database("same.db", 1);
    expect(isServerRunning(file)).toBe(false);
    const release = holdServerLock(file);
    expect(isServerRunning(file)).toBe(true);
    // A second server on the same database (two processes behind one proxy) shares the lock.
    const second = holdServerLock(file);
    release();
    expect(isServerRunning(file)).toBe(true);
    second();
    expect(isServerRunning(file)).toBe(false);
  });

  it("makes npm run restore refuse while the server runs, and lets it go on once the server was killed", async () => {
    const live = database("live.db", 3);
    const backup = database("backup.db", 7);
    const server = lockingProcess(live);
    await server.locked;
    const env = { DATABASE_URL: `file:${live}` };
    const refused = await runMain(restore, [backup], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("servern körs");
    expect(new SQLite(live, { readonly: true }).prepare("select count(*) from t").pluck().get()).toBe(3);

    server.child.kill("SIGKILL");
    await new Promise((resolve) => server.child.once("exit", resolve));
    const restored = await runMain(restore, [backup], env);
    expect(restored).toMatchObject({ code: 0, stdout: expect.stringContaining("är återställd") });
    expect(new SQLite(live, { readonly: true }).prepare("select count(*) from t").pluck().get()).toBe(7);
  }, 60_000);
});

// Issue N, every core: `npm run serve` forks WORKERS processes sharing the port. A session made in one worker holds in
// the others, a write made outside them (another process on the same SQLite file) shows in every worker's cached read
// model at once, a worker that dies is replaced, and SIGTERM stops them all gracefully.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { DEMO_PASSWORD } from "./journey-helpers";
import { startServer, type RunningServer } from "./server";

const children = (pid: number) =>
  execFileSync("ps", ["-o", "pid=", "--ppid", String(pid)], { encoding: "utf8" })
    .split("\n")
    .map((l) => Number(l.trim()))
    .filter((n) => n > 0);

async function signIn(server: RunningServer, email: string): Promise<string> {
  const response = await fetch(`${server.baseUrl}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: server.baseUrl },
    body: new URLSearchParams({ email, password: DEMO_PASSWORD }),
  });
  expect(response.status).toBe(302);
  return response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

describe("several workers on one port", () => {
  it("share sessions and see each other's and outside writes at once; a dead worker is replaced; SIGTERM stops all", { timeout: 180_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "levande-workers-"));
    const file = path.join(dir, "levande.db");
    const server = await startServer({ databaseFile: file, env: { WORKERS: "2" } });
    try {
      await expect.poll(() => children(server.pid).length, { timeout: 60_000 }).toBe(2);
      const cookie = await signIn(server, "samordnare@example.se");
      // A fresh connection each time: a kept-alive socket to the worker killed below would fail the next request
      // ("other side closed"), which a load balancer retries but fetch does not.
      const answers = async () => {
        const response = await fetch(`${server.baseUrl}/reports/goals.json?year=${new Date().getFullYear()}`, { headers: { cookie, connection: "close" } });
        expect(response.status).toBe(200);
        return ((await response.json()) as { selfEfficacy: { answers: number } }).selfEfficacy.answers;
      };
      // Round-robin over the workers: each has read (and cached) the report before the write.
      const before = await Promise.all(Array.from({ length: 8 }, answers));
      expect(new Set(before).size).toBe(1);
      const outside = new Database(file);
      outside.prepare("insert into survey_answers (source, score, comment, submitted_at) values ('larcafe', 5, null, ?)").run(new Date().toISOString());
      outside.close();
      const after = await Promise.all(Array.from({ length: 8 }, answers));
      expect(after).toEqual(Array(8).fill(before[0] + 1));

      const [first] = children(server.pid);
      process.kill(first, "SIGKILL");
      await expect.poll(() => children(server.pid).filter((pid) => pid !== first).length, { timeout: 60_000 }).toBe(2);
      expect(await answers()).toBe(before[0] + 1);
      expect(server.output()).toContain("a worker stopped; starting another");

      const workers = children(server.pid);
      expect(await server.terminate()).toBe(0);
      for (const pid of workers) expect(() => process.kill(pid, 0)).toThrow();
    } finally {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

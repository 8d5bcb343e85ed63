// The production server as a child process on the generated database, signed-in cookies for it, and its memory.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import { createCookie } from "@remix-run/node";
import SQLite from "better-sqlite3";
import { serveNodeArgs } from "../scripts/serve-args";

const sha256 = (value: string) => crypto.createHash("sha256").update(value).digest("hex");

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Session rows straight into the database (the login form is throttled and scrypt-slow), and the cookie the
 * production server expects: "__Host-levande", signed with the same secret.
 */
export async function signIn(file: string, secret: string, users: Record<string, number>, feedPersonId: number) {
  const sqlite = new SQLite(file);
  const now = new Date();
  const insert = sqlite.prepare("insert into sessions (id_hash, user_id, created_at, expires_at) values (?, ?, ?, ?)");
  const cookie = createCookie("__Host-levande", { httpOnly: true, sameSite: "lax", secure: true, path: "/", secrets: [secret] });
  const cookies: Record<string, string> = {};
  for (const [who, userId] of Object.entries(users)) {
    const id = crypto.randomBytes(32).toString("base64url");
    insert.run(sha256(id), userId, now.toISOString(), new Date(now.getTime() + 86_400_000).toISOString());
    cookies[who] = (await cookie.serialize(id)).split(";")[0];
  }
  const token = crypto.randomBytes(32).toString("base64url");
  sqlite
    .prepare("insert into calendar_tokens (token_hash, person_id, care_unit_id, created_at, revoked_at) values (?, ?, null, ?, null)")
    .run(sha256(token), feedPersonId, now.toISOString());
  sqlite.close();
  return { cookies, feedToken: token };
}

export interface Server { child: ChildProcess; baseUrl: string; log: string[]; stop(): Promise<void> }

/** `npm run serve`'s node command (build/server.js with its heap flags) without npm, so the pid is the server and /proc shows its memory. */
/**
 * `workers` is the server's WORKERS: 1 unless asked, so the RSS measured (the process's own) is the whole server's and
 * runs stay comparable; `npm run bench -- --workers 2` measures one worker per core of this machine.
 */
export async function startServer({ file, secret, cpuProfDir, nodeArgs = [], workers = 1 }: { file: string; secret: string; cpuProfDir?: string; nodeArgs?: string[]; workers?: number }): Promise<Server> {
  const port = await freePort();
  const args = [...nodeArgs, ...(cpuProfDir ? ["--cpu-prof", `--cpu-prof-dir=${cpuProfDir}`] : []), ...serveNodeArgs()];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: `file:${file}`, SESSION_SECRET: secret, PORT: String(port), WORKERS: String(workers) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log: string[] = [];
  child.stdout!.on("data", (d) => log.push(String(d)));
  child.stderr!.on("data", (d) => log.push(String(d)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Servern avslutades (kod ${child.exitCode}):\n${log.join("")}`);
    try {
      if ((await fetch(`${baseUrl}/healthz`)).status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`Servern svarade inte på /healthz:\n${log.join("")}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
      setTimeout(() => child.exitCode === null && child.kill("SIGKILL"), 10_000).unref();
    });
  return { child, baseUrl, log, stop };
}

/** VmRSS / VmHWM of a process in MB, from /proc (Linux); null elsewhere. */
export function memoryOf(pid: number): { rss: number; hwm: number } | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    return { rss: kb("VmRSS") / 1024, hwm: kb("VmHWM") / 1024 };
  } catch {
    return null;
  }
}

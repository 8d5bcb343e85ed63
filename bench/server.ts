// The production server as a child process on the generated database (SQLite or PostgreSQL, by its URL), signed-in
// cookies for it, and its memory.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import { createCookie } from "@remix-run/node";
import { createDb } from "../db/create-db";
import { freePort } from "../scripts/postgres-cluster";
import { serveNodeArgs } from "../scripts/serve-args";

const sha256 = (value: string) => crypto.createHash("sha256").update(value).digest("hex");

/**
 * Session rows straight into the database (the login form is throttled and scrypt-slow), and the cookie the
 * production server expects: "__Host-levande", signed with the same secret.
 */
export async function signIn(databaseUrl: string, secret: string, users: Record<string, number>, feedPersonId: number) {
  const db = createDb(databaseUrl);
  const now = new Date();
  const cookie = createCookie("__Host-levande", { httpOnly: true, sameSite: "lax", secure: true, path: "/", secrets: [secret] });
  const cookies: Record<string, string> = {};
  try {
    for (const [who, userId] of Object.entries(users)) {
      const id = crypto.randomBytes(32).toString("base64url");
      await db.insertInto("sessions").values({ id_hash: sha256(id), user_id: userId, created_at: now.toISOString(), expires_at: new Date(now.getTime() + 86_400_000).toISOString() }).execute();
      cookies[who] = (await cookie.serialize(id)).split(";")[0];
    }
    const token = crypto.randomBytes(32).toString("base64url");
    await db.insertInto("calendar_tokens").values({ token_hash: sha256(token), person_id: feedPersonId, care_unit_id: null, created_at: now.toISOString(), revoked_at: null }).execute();
    return { cookies, feedToken: token };
  } finally {
    await db.destroy();
  }
}

export interface Server { child: ChildProcess; baseUrl: string; log: string[]; stop(): Promise<void> }

/** `npm run serve`'s node command (build/server.js with its heap flags) without npm, so the pid is the server and /proc shows its memory. */
/**
 * `workers` is the server's WORKERS: 1 unless asked, so the RSS measured (the process's own) is the whole server's and
 * runs stay comparable; `npm run bench -- --workers 2` measures one worker per core of this machine.
 */
export async function startServer({
  databaseUrl,
  secret,
  outboxDir,
  cpuProfDir,
  nodeArgs = [],
  workers = 1,
}: {
  /** The server's DATABASE_URL: file:… or postgres://…. */
  databaseUrl: string;
  secret: string;
  /** Where mail goes (OUTBOX_DIR); without it, next to the SQLite file or data/outbox here on PostgreSQL. */
  outboxDir?: string;
  cpuProfDir?: string;
  nodeArgs?: string[];
  workers?: number;
}): Promise<Server> {
  const port = await freePort();
  const args = [...nodeArgs, ...(cpuProfDir ? ["--cpu-prof", `--cpu-prof-dir=${cpuProfDir}`] : []), ...serveNodeArgs()];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: databaseUrl, SESSION_SECRET: secret, PORT: String(port), WORKERS: String(workers), ...(outboxDir ? { OUTBOX_DIR: outboxDir } : {}) },
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

/** CPU seconds (user + system) a process and all its descendants (the workers) have used so far; null off Linux. */
export function cpuSecondsOfTree(pid: number): number | null {
  try {
    // utime and stime are fields 14 and 15 of /proc/PID/stat, in clock ticks of 1/100 s; the name before them may hold spaces.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const [utime, stime] = stat.slice(stat.lastIndexOf(")") + 2).split(" ").slice(11, 13).map(Number);
    let seconds = (utime + stime) / 100;
    for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
      for (const child of fs.readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").split(" ").filter(Boolean)) {
        seconds += cpuSecondsOfTree(Number(child)) ?? 0;
      }
    }
    return seconds;
  } catch {
    return null;
  }
}

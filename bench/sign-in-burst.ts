// A burst of sign-ins against a fresh production server: its memory before and at peak, the answers, and how long a plain GET /login waits meanwhile.
import fs from "node:fs";
import SQLite from "better-sqlite3";
import { hashPassword } from "../app/utils/password.server";
import type { Verdict } from "./report";
import { memoryOf, startServer, type Server } from "./server";
import { stats, type Stats } from "./stats";

export const BURST_PASSWORD = "bänkens-lösenord-2026";
/** Issue I's target: a 256 MB container (decision 006) must survive 8 people signing in at once. */
export const PEAK_RSS_LIMIT_MB = 300;

export interface BurstPhase {
  concurrent: number;
  /** VmRSS just before the burst, and the peak during it (VmHWM reset before the burst, or the highest 10 ms sample). */
  rssBeforeMB: number;
  peakRssMB: number;
  peakFrom: "VmHWM" | "samples";
  statusCodes: Record<string, number>;
  /** 503 answers, and how many of them lacked the Retry-After header that tells the browser when to try again. */
  share503: number;
  without503RetryAfter: number;
  signInMs: Stats;
  /** A GET /login sent 50 ms after the sign-ins, as someone opening the page in the middle of the burst. */
  loginPage: { status: number; ms: number };
  seconds: number;
}

export interface BurstResults {
  users: number; rssAfterStartMB: number; phases: BurstPhase[];
  /** GET /login alone afterwards (median of 5), to set the wait during a burst against. */
  loginPageIdleMs: number;
  /** VmRSS a second after the last burst: what the process keeps of it (freed hash memory stays in malloc's arenas). */
  rssAfterMB: number;
}

/** Gives enabled accounts a known password (one hash for all: each check costs the same), so they can sign in over HTTP. */
export async function prepareBurstUsers(file: string, count: number): Promise<string[]> {
  const hash = await hashPassword(BURST_PASSWORD);
  const sqlite = new SQLite(file);
  try {
    const rows = sqlite.prepare("select id, email from users where disabled_at is null and email is not null order by id limit ?").all(count) as { id: number; email: string }[];
    const update = sqlite.prepare("update users set password_hash = ? where id = ?");
    sqlite.transaction(() => rows.forEach((r) => update.run(hash, r.id)))();
    return rows.map((r) => r.email);
  } finally {
    sqlite.close();
  }
}

/** Linux: writing 5 to clear_refs resets VmHWM, so each phase's peak is its own. False where that is not allowed. */
function resetPeak(pid: number): boolean {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, "5");
    return true;
  } catch {
    return false;
  }
}

async function timedFetch(url: string, init: RequestInit): Promise<{ status: number; ms: number; retryAfter: string | null }> {
  const t0 = performance.now();
  const response = await fetch(url, { ...init, redirect: "manual", signal: AbortSignal.timeout(120_000) });
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - t0, retryAfter: response.headers.get("retry-after") };
}

async function phase(s: Server, emails: string[]): Promise<BurstPhase> {
  const pid = s.child.pid!;
  const reset = resetPeak(pid);
  const rssBeforeMB = memoryOf(pid)?.rss ?? 0;
  let sampledMB = rssBeforeMB;
  const poll = setInterval(() => (sampledMB = Math.max(sampledMB, memoryOf(pid)?.rss ?? 0)), 10);
  const t0 = performance.now();
  const signIns = emails.map((email) =>
    timedFetch(`${s.baseUrl}/login`, {
      method: "POST",
      body: new URLSearchParams({ email, password: BURST_PASSWORD, redirectTo: "" }),
      headers: { Origin: s.baseUrl, "Content-Type": "application/x-www-form-urlencoded" },
    }),
  );
  await new Promise((r) => setTimeout(r, 50));
  const page = await timedFetch(`${s.baseUrl}/login`, { headers: { "accept-encoding": "gzip" } });
  const answers = await Promise.all(signIns);
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(poll);
  const hwm = memoryOf(pid)?.hwm ?? 0;
  const statusCodes: Record<string, number> = {};
  for (const a of answers) statusCodes[a.status] = (statusCodes[a.status] ?? 0) + 1;
  const busy = answers.filter((a) => a.status === 503);
  return {
    concurrent: emails.length,
    rssBeforeMB: round(rssBeforeMB),
    peakRssMB: round(reset ? Math.max(hwm, sampledMB) : sampledMB),
    peakFrom: reset ? "VmHWM" : "samples",
    statusCodes,
    share503: round(busy.length / answers.length, 2),
    without503RetryAfter: busy.filter((a) => !a.retryAfter).length,
    signInMs: stats(answers.map((a) => a.ms)),
    loginPage: { status: page.status, ms: Math.round(page.ms) },
    seconds: round(seconds, 2),
  };
}

const round = (v: number, digits = 0) => Math.round(v * 10 ** digits) / 10 ** digits;

/** A fresh server (as `npm run serve` starts it), then 8 sign-ins at once, a pause, then 30 at once. */
export async function runSignInBurst({ file, secret, nodeArgs }: { file: string; secret: string; nodeArgs?: string[] }): Promise<BurstResults> {
  const sizes = [8, 30];
  const emails = await prepareBurstUsers(file, Math.max(...sizes));
  if (emails.length < Math.max(...sizes)) throw new Error(`bara ${emails.length} aktiva konton att logga in med`);
  const s = await startServer({ databaseUrl: `file:${file}`, secret, nodeArgs });
  try {
    const rssAfterStartMB = round(memoryOf(s.child.pid!)?.rss ?? 0);
    const phases: BurstPhase[] = [];
    for (const size of sizes) {
      process.stdout.write(`  ${size} inloggningar samtidigt…\n`);
      phases.push(await phase(s, emails.slice(0, size)));
      await new Promise((r) => setTimeout(r, 1000));
    }
    const idle: number[] = [];
    for (let i = 0; i < 5; i++) idle.push((await timedFetch(`${s.baseUrl}/login`, { headers: { "accept-encoding": "gzip" } })).ms);
    return { users: emails.length, rssAfterStartMB, phases, loginPageIdleMs: round(stats(idle).p50, 1), rssAfterMB: round(memoryOf(s.child.pid!)?.rss ?? 0) };
  } finally {
    await s.stop();
  }
}

export function burstVerdicts(burst: BurstResults): Verdict[] {
  const out: Verdict[] = [];
  for (const p of burst.phases) {
    if (p.concurrent <= 8) out.push({ target: `peak RSS, ${p.concurrent} sign-ins at once`, limit: `≤ ${PEAK_RSS_LIMIT_MB} MB`, value: `${p.peakRssMB} MB`, met: p.peakRssMB <= PEAK_RSS_LIMIT_MB });
    const wrong = Object.entries(p.statusCodes).filter(([code]) => !["302", "400", "503"].includes(code));
    out.push({
      target: `${p.concurrent} sign-ins: 302, 400 or 503 + Retry-After`,
      limit: "all",
      value: wrong.length || p.without503RetryAfter ? `${JSON.stringify(p.statusCodes)}, ${p.without503RetryAfter} without Retry-After` : JSON.stringify(p.statusCodes),
      met: wrong.length === 0 && p.without503RetryAfter === 0,
    });
  }
  return out;
}

export function burstLines(burst: BurstResults): string[] {
  const lines = ["", `Sign-in burst (fresh server, ${burst.rssAfterStartMB} MB RSS after start; correct passwords, distinct users)`];
  lines.push("  at once  RSS before  peak RSS  answers                sign-in p50 / max      GET /login during");
  for (const p of burst.phases) {
    const answers = Object.entries(p.statusCodes).map(([code, n]) => `${n}×${code}`).join(" ");
    lines.push(
      `  ${String(p.concurrent).padStart(7)}  ${`${p.rssBeforeMB} MB`.padStart(10)}  ${`${p.peakRssMB} MB`.padStart(8)}  ${`${answers} (${Math.round(p.share503 * 100)} % 503)`.padEnd(22)} ${`${Math.round(p.signInMs.p50)} / ${Math.round(p.signInMs.max)} ms`.padEnd(22)} ${p.loginPage.status} in ${p.loginPage.ms} ms`,
    );
  }
  lines.push(`  afterwards: GET /login alone ${burst.loginPageIdleMs} ms, RSS ${burst.rssAfterMB} MB`);
  return lines;
}

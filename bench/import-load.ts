// A 50,000-row history import while the production server serves readers and a writer: once through the web upload
// (a worker thread in the server) and once with `npm run import` beside it. Reads' p50/p99 and every 5xx, before and
// during. Alone: `npx tsx bench/import-load.ts [--scale 1] [--rows 50000] [--no-build]`.
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import SQLite from "better-sqlite3";
import { generateDataSet, type GeneratedSet } from "./generate";
import { historyCsv } from "./history-csv";
import type { Verdict } from "./report";
import { memoryOf, signIn, startServer, type Server } from "./server";

/** Issue I's target for reads while an import runs. */
export const READS_P99_LIMIT_MS = 200;
/** A handful of people using the service: each reader asks for a page, reads it, waits a little and asks again. */
const READERS = 4;
const THINK_MS = 25;
/** A volunteer saving availability every other second: each save is two writes, and makes the read models start afresh. */
const WRITE_EVERY_MS = 2_000;
const BASELINE_SECONDS = 5;

const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.resolve(here, "..");

interface Sample { at: number; ms: number; status: number; path: string }
export interface Latency { n: number; p50: number; p99: number; max: number; fiveXX: number; statusCodes: Record<string, number> }
export interface ImportLoadRun {
  via: "web upload" | "npm run import";
  /** With a volunteer saving availability meanwhile, or readers only. */
  writer: boolean;
  rows: number;
  importSeconds: number;
  /** HTTP status of the upload, or the CLI's exit code. */
  importOutcome: number;
  imported: number;
  peakRssMB: number;
  before: { reads: Latency; writes: Latency };
  during: { reads: Latency; writes: Latency };
  /** The slowest reads during the import: path, when it was sent (s after the import began) and how long it took. */
  slowestReads: { path: string; atSeconds: number; ms: number }[];
}
export interface ImportLoadResults { rows: number; readers: number; thinkMs: number; runs: ImportLoadRun[] }

const round = (v: number) => Math.round(v * 10) / 10;

/** Nearest-rank percentiles, as bench/stats.ts, with p99. */
function latency(samples: Sample[]): Latency {
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  const at = (p: number) => round(sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0);
  const statusCodes: Record<string, number> = {};
  for (const s of samples) statusCodes[s.status] = (statusCodes[s.status] ?? 0) + 1;
  return { n: sorted.length, p50: at(50), p99: at(99), max: round(sorted.at(-1) ?? 0), fiveXX: samples.filter((s) => s.status >= 500).length, statusCodes };
}

async function timed(url: string, init: RequestInit, into: Sample[], pathName: string) {
  const at = performance.now();
  let status = 0;
  try {
    const response = await fetch(url, { ...init, redirect: "manual", signal: AbortSignal.timeout(60_000) });
    await response.arrayBuffer();
    status = response.status;
  } catch {
    status = 599;
  }
  into.push({ at, ms: performance.now() - at, status, path: pathName });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Readers over a mix of pages, and a volunteer adding and removing a weekly window, until stop() is called. */
function startTraffic(s: Server, cookies: Record<string, string>, volunteerPersonId: number, file: string, withWriter: boolean) {
  const reads: Sample[] = [];
  const writes: Sample[] = [];
  let running = true;
  const pages: [string, string | undefined][] = [
    ["/healthz", undefined],
    ["/login", undefined],
    ["/catalogue", cookies.requester],
    ["/volunteer/offers", cookies.volunteer],
    ["/volunteer/availability", cookies.volunteer],
  ];
  const reader = async (offset: number) => {
    for (let i = offset; running; i++) {
      const [page, cookie] = pages[i % pages.length];
      await timed(`${s.baseUrl}${page}`, { headers: { "accept-encoding": "gzip", ...(cookie ? { cookie } : {}) } }, reads, page);
      await sleep(THINK_MS);
    }
  };
  const sqlite = new SQLite(file, { readonly: true });
  const newestWindow = sqlite.prepare("select id from availability_windows where person_id = ? order by id desc limit 1").pluck();
  const post = (form: Record<string, string>, pathName: string) =>
    timed(
      `${s.baseUrl}/volunteer/availability`,
      { method: "POST", body: new URLSearchParams(form), headers: { Origin: s.baseUrl, cookie: cookies.volunteer, "Content-Type": "application/x-www-form-urlencoded" } },
      writes,
      pathName,
    );
  const writer = async () => {
    while (running) {
      await post({ intent: "addWindow", weekday: "7", start: "22:00", end: "22:30" }, "addWindow");
      const id = newestWindow.get(volunteerPersonId) as number | undefined;
      if (id) await post({ intent: "deleteWindow", id: String(id) }, "deleteWindow");
      await sleep(WRITE_EVERY_MS);
    }
  };
  const all = Promise.all([...Array.from({ length: READERS }, (_, i) => reader(i)), ...(withWriter ? [writer()] : [])]);
  return {
    reads,
    writes,
    stop: async () => {
      running = false;
      await all;
      sqlite.close();
    },
  };
}

async function uploadCommit(s: Server, cookie: string, csv: string): Promise<number> {
  const body = new FormData();
  body.set("intent", "commit");
  body.set("kind", "history");
  body.set("csv", csv);
  const response = await fetch(`${s.baseUrl}/admin/import?index`, { method: "POST", body, headers: { Origin: s.baseUrl, cookie }, redirect: "manual", signal: AbortSignal.timeout(300_000) });
  await response.arrayBuffer();
  return response.status;
}

function cliImport(file: string, csvFile: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts/import.ts"), "history", csvFile], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: `file:${file}` },
      stdio: ["ignore", "ignore", "inherit"],
    });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

function countImported(file: string): number {
  const sqlite = new SQLite(file, { readonly: true });
  try {
    return sqlite.prepare("select count(*) from requests where submission_key like 'history:%'").pluck().get() as number;
  } finally {
    sqlite.close();
  }
}

async function oneRun(via: ImportLoadRun["via"], writer: boolean, base: string, set: GeneratedSet, csv: string, rows: number, nodeArgs?: string[]): Promise<ImportLoadRun> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "levande-import-load-"));
  const file = path.join(dir, "run.db");
  fs.copyFileSync(base, file);
  const csvFile = path.join(dir, "history.csv");
  fs.writeFileSync(csvFile, csv);
  const secret = crypto.randomBytes(36).toString("base64url");
  const { cookies } = await signIn(`file:${file}`, secret, { coordinator: set.coordinatorUserId, requester: set.requesterUserId, volunteer: set.volunteerUserId }, set.volunteerPersonId);
  const s = await startServer({ databaseUrl: `file:${file}`, secret, nodeArgs });
  try {
    // Every page once, so the baseline does not count the first computation of each read model.
    for (const [page, who] of [["/login", undefined], ["/catalogue", "requester"], ["/volunteer/offers", "volunteer"], ["/volunteer/availability", "volunteer"]] as const) {
      await (await fetch(`${s.baseUrl}${page}`, { headers: who ? { cookie: cookies[who] } : {} })).arrayBuffer();
    }
    const traffic = startTraffic(s, cookies, set.volunteerPersonId, file, writer);
    await sleep(BASELINE_SECONDS * 1000);
    const started = performance.now();
    let peakRssMB = memoryOf(s.child.pid!)?.rss ?? 0;
    const poll = setInterval(() => (peakRssMB = Math.max(peakRssMB, memoryOf(s.child.pid!)?.rss ?? 0)), 50);
    const importOutcome = via === "web upload" ? await uploadCommit(s, cookies.coordinator, csv) : await cliImport(file, csvFile);
    const ended = performance.now();
    clearInterval(poll);
    await traffic.stop();
    const inWindow = (samples: Sample[]) => samples.filter((x) => x.at + x.ms > started && x.at < ended);
    const beforeWindow = (samples: Sample[]) => samples.filter((x) => x.at + x.ms <= started);
    const during = inWindow(traffic.reads);
    return {
      via,
      writer,
      rows,
      importSeconds: round((ended - started) / 1000),
      importOutcome,
      imported: countImported(file),
      peakRssMB: Math.round(peakRssMB),
      before: { reads: latency(beforeWindow(traffic.reads)), writes: latency(beforeWindow(traffic.writes)) },
      during: { reads: latency(during), writes: latency(inWindow(traffic.writes)) },
      slowestReads: [...during].sort((a, b) => b.ms - a.ms).slice(0, 5).map((x) => ({ path: x.path, atSeconds: round((x.at - started) / 1000), ms: Math.round(x.ms) })),
    };
  } finally {
    await s.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Four runs on copies of the generated database, each with a fresh server and the same file: web upload and CLI, with
 * and without the writer. Every write makes the read models start afresh (decision 005), so the runs without it show
 * what the import itself costs the readers.
 */
export async function runImportUnderLoad({ file, set, rows = 50_000, nodeArgs }: { file: string; set: GeneratedSet; rows?: number; nodeArgs?: string[] }): Promise<ImportLoadResults> {
  const csv = historyCsv(file, rows, set.now);
  const runs: ImportLoadRun[] = [];
  for (const via of ["web upload", "npm run import"] as const) {
    for (const writer of [true, false]) {
      process.stdout.write(`  ${rows} historikrader via ${via} medan ${READERS} läsare${writer ? " och en skrivare" : ""} arbetar…\n`);
      runs.push(await oneRun(via, writer, file, set, csv, rows, nodeArgs));
    }
  }
  return { rows, readers: READERS, thinkMs: THINK_MS, runs };
}

export function importLoadVerdicts(results: ImportLoadResults): Verdict[] {
  return results.runs.flatMap((r) => [
    { target: `reads p99 during ${r.via}${r.writer ? " + writer" : ""}`, limit: `≤ ${READS_P99_LIMIT_MS} ms`, value: `${r.during.reads.p99} ms`, met: r.during.reads.p99 <= READS_P99_LIMIT_MS },
    {
      target: `5xx during ${r.via}${r.writer ? " + writer" : ""}, imported whole`,
      limit: "0",
      value: `${r.during.reads.fiveXX + r.during.writes.fiveXX} (import ${r.importOutcome}, ${r.imported} rows)`,
      met: r.during.reads.fiveXX + r.during.writes.fiveXX === 0 && r.imported === r.rows && (r.importOutcome === 200 || r.importOutcome === 0),
    },
  ]);
}

export function importLoadLines(results: ImportLoadResults): string[] {
  const lines = ["", `Import of ${results.rows} history rows under load (${results.readers} readers, ${results.thinkMs} ms between pages; + writer: a volunteer saving a window every ${WRITE_EVERY_MS / 1000} s)`];
  lines.push("  via                        import s  reads before p50/p99    reads during p50/p99  max     writes during p99  5xx  peak RSS");
  for (const r of results.runs) {
    const b = r.before.reads;
    const d = r.during.reads;
    lines.push(
      `  ${`${r.via}${r.writer ? " + writer" : ""}`.padEnd(25)}${String(r.importSeconds).padStart(10)}  ${`${b.p50} / ${b.p99} ms`.padEnd(22)}  ${`${d.p50} / ${d.p99} ms`.padEnd(20)}  ${`${d.max}`.padEnd(7)} ${`${r.during.writes.p99} ms (n=${r.during.writes.n})`.padEnd(18)} ${String(d.fiveXX + r.during.writes.fiveXX).padStart(3)}  ${r.peakRssMB} MB`,
    );
  }
  return lines;
}

async function main() {
  const { values } = parseArgs({ options: { scale: { type: "string", default: "1" }, rows: { type: "string", default: "50000" }, "no-build": { type: "boolean", default: false } } });
  if (!values["no-build"]) {
    const build = spawnSync("npm", ["run", "build"], { cwd: root, encoding: "utf8" });
    if (build.status !== 0) throw new Error(`npm run build misslyckades:\n${build.stdout}\n${build.stderr}`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "levande-import-bench-"));
  try {
    const file = path.join(dir, "bench.db");
    const set = await generateDataSet({ file, scale: Number(values.scale), now: new Date() });
    const results = await runImportUnderLoad({ file, set, rows: Number(values.rows) });
    console.log(JSON.stringify(results, null, 2));
    console.log(importLoadLines(results).join("\n"));
    for (const v of importLoadVerdicts(results)) console.log(`  ${v.met ? "ok  " : "MISS"}  ${v.target}  ${v.limit}  ${v.value}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  });
}

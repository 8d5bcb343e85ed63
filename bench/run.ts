// `npm run bench [-- --workers 2 --scale 0.1 --skip-load --skip-burst --skip-import-load --no-build --seconds 10 --keep --server-cpu-prof DIR --server-node-args=--max-old-space-size=160 --only 'request page']`: writes bench/results.json.
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { generateDataSet } from "./generate";
import { importLoadLines, importLoadVerdicts, runImportUnderLoad } from "./import-load";
import { runInProcess, type InProcessResults } from "./in-process";
import { measureJs, type JsSize } from "./js-size";
import type { LoadJob, LoadResult } from "./load";
import { DOCUMENT_FLOOR, printTable, REFERENCES, verdicts, type PageLoad } from "./report";
import { memoryOf, signIn, startServer, type Server } from "./server";
import { burstLines, burstVerdicts, runSignInBurst } from "./sign-in-burst";

const { values: args } = parseArgs({
  options: {
    scale: { type: "string", default: "1" },
    "skip-load": { type: "boolean", default: false },
    "skip-burst": { type: "boolean", default: false },
    "skip-import-load": { type: "boolean", default: false },
    "skip-in-process": { type: "boolean", default: false },
    "no-build": { type: "boolean", default: false },
    seconds: { type: "string" },
    connections: { type: "string", default: "50" },
    keep: { type: "boolean", default: false },
    "server-cpu-prof": { type: "string" },
    only: { type: "string" },
    "server-node-args": { type: "string" },
    workers: { type: "string", default: "1" },
  },
});

const scale = Number(args.scale);
if (!(scale > 0 && scale <= 10)) throw new Error(`--scale måste vara ett tal i (0, 10], fick ${args.scale}`);
const seconds = Number(args.seconds ?? (scale >= 1 ? 10 : 5));
const connections = Number(args.connections);
const workers = Number(args.workers);
if (!(Number.isInteger(workers) && workers >= 1 && workers <= 64)) throw new Error(`--workers måste vara ett heltal från 1 till 64, fick ${args.workers}`);
const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.resolve(here, "..");

/** One autocannon run in its own process, so the load generator does not share an event loop with anything measured. */
function loadFromChild(job: LoadJob, serverPid: number): Promise<LoadResult & { maxRssMB: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(here, "load.ts"), JSON.stringify(job)], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    let maxRssMB = 0;
    const poll = setInterval(() => (maxRssMB = Math.max(maxRssMB, memoryOf(serverPid)?.rss ?? 0)), 100);
    child.stdout.on("data", (d) => (out += String(d)));
    child.on("exit", (code) => {
      clearInterval(poll);
      if (code !== 0) return reject(new Error(`load.ts avslutades med kod ${code}`));
      resolve({ ...(JSON.parse(out.trim().split("\n").pop()!) as LoadResult), maxRssMB });
    });
  });
}

/** Waits until the server answers the floor quickly again: requests still queued from a run must not slow the next. */
async function drain(baseUrl: string): Promise<number> {
  const t0 = performance.now();
  for (let fast = 0; fast < 3 && performance.now() - t0 < 300_000; ) {
    const t = performance.now();
    await (await fetch(`${baseUrl}/floor`)).text();
    fast = performance.now() - t < 50 ? fast + 1 : 0;
    if (fast === 0) await new Promise((r) => setTimeout(r, 100));
  }
  return Math.round((performance.now() - t0) / 100) / 10;
}

async function loadTest(file: string, set: Awaited<ReturnType<typeof generateDataSet>>, requestPageId: number) {
  if (!args["no-build"]) {
    const build = spawnSync("npm", ["run", "build"], { cwd: root, encoding: "utf8" });
    if (build.status !== 0) throw new Error(`npm run build misslyckades:\n${build.stdout}\n${build.stderr}`);
  }
  const secret = crypto.randomBytes(36).toString("base64url");
  const { cookies, feedToken } = await signIn(file, secret, { coordinator: set.coordinatorUserId, requester: set.requesterUserId, volunteer: set.volunteerUserId }, set.volunteerPersonId);
  let server: Server | undefined;
  let peakRssMB = 0;
  const crashes: string[] = [];
  const start = async () => {
    server = await startServer({ file, secret, cpuProfDir: args["server-cpu-prof"], nodeArgs: args["server-node-args"]?.split(" ").filter(Boolean), workers });
    return server;
  };
  /** A server that died under load is a finding: note it with its last words, and start a fresh one for the rest. */
  const alive = async (s: Server, what: string) => {
    if (s.child.exitCode === null && s.child.signalCode === null) return s;
    const why = `server died during ${what} (exit ${s.child.exitCode ?? s.child.signalCode}): ${s.log.join("").trim().split("\n").slice(-6).join(" | ")}`;
    console.log(`  ${why}`);
    crashes.push(why);
    return start();
  };
  try {
    let s = await start();
    const rssAfterStartMB = memoryOf(s.child.pid!)?.rss ?? null;
    const plan: { name: string; path: string; as: keyof typeof cookies | "anonymous" }[] = [
      { name: "floor", path: "/floor", as: "anonymous" },
      { name: DOCUMENT_FLOOR, path: "/login", as: "anonymous" },
      { name: "catalogue", path: "/catalogue", as: "requester" },
      { name: "request page", path: `/coordinator/requests/${requestPageId}`, as: "coordinator" },
      { name: "goal dashboard", path: "/coordinator", as: "coordinator" },
      { name: "volunteer offers", path: "/volunteer/offers", as: "volunteer" },
      { name: "ICS feed", path: `/calendar/${feedToken}.ics`, as: "anonymous" },
    ];
    const pages: PageLoad[] = [];
    const only = args.only?.split(",");
    for (const target of plan.filter((t) => !only || REFERENCES.includes(t.name) || only.includes(t.name))) {
      // Browsers ask for gzip, so the server's compression is part of what is measured.
      const headers: Record<string, string> = { "accept-encoding": "gzip", ...(target.as === "anonymous" ? {} : { cookie: cookies[target.as] }) };
      const page: PageLoad = { name: target.name, path: target.path, as: target.as, checkStatus: 0 };
      pages.push(page);
      try {
        const check = await fetch(`${s.baseUrl}${target.path}`, { headers, redirect: "manual", signal: AbortSignal.timeout(120_000) });
        await check.arrayBuffer();
        page.checkStatus = check.status;
      } catch (error) {
        page.error = `first request failed: ${(error as Error).message}`;
        s = await alive(s, target.name);
        continue;
      }
      if (page.checkStatus !== 200) {
        console.log(`  ${target.name}: ${target.path} svarade ${page.checkStatus}, ingen last körd`);
        continue;
      }
      process.stdout.write(`  load ${target.name} (${seconds} s)…\n`);
      try {
        Object.assign(page, await loadFromChild({ url: `${s.baseUrl}${target.path}`, headers, connections, seconds, warmupRequests: 20 }, s.child.pid!));
        page.drainSeconds = await drain(s.baseUrl);
      } catch (error) {
        page.error = (error as Error).message;
      }
      peakRssMB = Math.max(peakRssMB, memoryOf(s.child.pid!)?.hwm ?? page.maxRssMB ?? 0);
      const before = s;
      s = await alive(s, target.name);
      if (s !== before) {
        page.error = crashes[crashes.length - 1];
        peakRssMB = Math.max(peakRssMB, page.maxRssMB ?? 0);
      }
    }
    // Pages slower than the run answer little or nothing within it: count what the server got through until it was idle again.
    for (const p of pages) {
      if (p.requests === undefined) continue;
      p.sustainedReqPerSec = Math.round(((p.requests + (p.unanswered ?? 0)) / (seconds + (p.drainSeconds ?? 0))) * 10) / 10;
    }
    const ratio = (p: PageLoad, to: string) => {
      const reference = pages.find((r) => r.name === to)?.sustainedReqPerSec;
      return reference && p.sustainedReqPerSec !== undefined ? Math.round((p.sustainedReqPerSec / reference) * 100) / 100 : undefined;
    };
    for (const p of pages) Object.assign(p, { ratioToFloor: ratio(p, "floor"), ratioToDocumentFloor: ratio(p, DOCUMENT_FLOOR) });
    const cache = new Map<string, Buffer>();
    const js: JsSize[] = [];
    const jsPages: [string, string][] = [
      ["/catalogue", cookies.requester], [`/coordinator/requests/${requestPageId}`, cookies.coordinator], ["/coordinator", cookies.coordinator],
      ["/volunteer", cookies.volunteer], ["/volunteer/offers", cookies.volunteer], ["/volunteer/assignments", cookies.volunteer],
      ["/volunteer/availability", cookies.volunteer], ["/volunteer/profile", cookies.volunteer], ["/volunteer/calendar", cookies.volunteer],
    ];
    for (const [page, cookie] of jsPages) js.push(await measureJs(s.baseUrl, page, cookie, cache));
    peakRssMB = Math.max(peakRssMB, memoryOf(s.child.pid!)?.hwm ?? 0);
    return { pages, js, peakRssMB, rssAfterStartMB, crashes };
  } finally {
    await server?.stop();
  }
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "levande-bench-"));
  const file = path.join(dir, "bench.db");
  const now = new Date();
  console.log(`Genererar data i skala ${scale} → ${file}`);
  const set = await generateDataSet({ file, scale, now });
  console.log(`  ${set.rows.people} personer, ${set.rows.assignments} uppdrag, ${set.rows.offers} erbjudanden, ${set.rows.requests} förfrågningar på ${set.seconds.toFixed(1)} s`);
  const importCopy = path.join(dir, "import.db");
  fs.copyFileSync(file, importCopy);

  let inProcess: InProcessResults | null = null;
  if (!args["skip-in-process"]) {
    console.log("Mäter i processen …");
    inProcess = await runInProcess({ file, importCopy, now, coordinatorUserId: set.coordinatorUserId });
  }
  const requestPageId = inProcess?.requestPageId ?? (await firstOpenRequest(file));
  const load = args["skip-load"] ? null : (console.log("Lasttest mot produktionsservern …"), await loadTest(file, set, requestPageId));
  const burst = args["skip-load"] || args["skip-burst"] ? null : (console.log("Inloggningsskur mot en nystartad server …"), await runSignInBurst({ file, secret: crypto.randomBytes(36).toString("base64url"), nodeArgs: args["server-node-args"]?.split(" ").filter(Boolean) }));
  const importLoad = args["skip-load"] || args["skip-import-load"] ? null : (console.log("Import av 50 000 historikrader medan servern svarar …"), await runImportUnderLoad({ file, set, nodeArgs: args["server-node-args"]?.split(" ").filter(Boolean) }));

  const checks = verdicts(inProcess, load?.pages ?? [], load?.peakRssMB ?? null, load?.js ?? []).concat(burst ? burstVerdicts(burst) : []).concat(importLoad ? importLoadVerdicts(importLoad) : []);
  const results = {
    machine: { node: process.version, platform: `${os.platform()} ${os.arch()}`, cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}`, memoryGB: Math.round(os.totalmem() / 1e9), date: now.toISOString() },
    scale,
    dataset: { seconds: set.seconds, rows: set.rows, volunteerPersonId: set.volunteerPersonId, requestPageId },
    inProcess,
    load: load && { connections, seconds, pages: load.pages, peakRssMB: load.peakRssMB, rssAfterStartMB: load.rssAfterStartMB, serverCrashes: load.crashes, jsSizes: load.js },
    signInBurst: burst,
    importUnderLoad: importLoad,
    targets: checks,
  };
  fs.writeFileSync(path.join(here, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  console.log("");
  printTable(inProcess, load?.pages ?? [], load?.js ?? [], checks, [...(burst ? burstLines(burst) : []), ...(importLoad ? importLoadLines(importLoad) : [])]);
  console.log(`\nbench/results.json skriven.${args.keep ? ` Databasen finns kvar: ${file}` : ""}`);
  if (!args.keep) fs.rmSync(dir, { recursive: true, force: true });
}

async function firstOpenRequest(file: string): Promise<number> {
  const { default: SQLite } = await import("better-sqlite3");
  const sqlite = new SQLite(file, { readonly: true });
  const row = sqlite.prepare("select id from requests where status = 'open' order by id limit 1").get() as { id: number };
  sqlite.close();
  return row.id;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});

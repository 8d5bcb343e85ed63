// `npm run bench [-- --db postgres://USER@HOST:PORT/postgres --workers 2 --open-loop-rate 20 --scale 0.1 --skip-load --skip-burst --skip-import-load --no-build --seconds 10 --keep --server-cpu-prof DIR --server-node-args=--max-old-space-size=160 --only 'request page']`:
// generates the data set into a SQLite file and measures on it, writing bench/results.json. With --db (a PostgreSQL
// server the bench may create databases on) the data set is copied into a fresh database levande_bench_<pid> there
// (npm run db:copy's copy) and measured on PostgreSQL instead, writing bench/results-postgresql.json; the sign-in burst
// and the import under load measure the SQLite server only and are skipped. The databases are dropped afterwards
// unless --keep.
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import SQLite from "better-sqlite3";
import { copyDatabase } from "../db/copy";
import { createDb, databaseName, isPostgresUrl } from "../db/create-db";
import { createDatabase, dropDatabase, serverVersion, vacuumAnalyze } from "../db/pg-admin";
import { generateDataSet } from "./generate";
import { importLoadLines, importLoadVerdicts, runImportUnderLoad } from "./import-load";
import { runInProcess, type InProcessResults } from "./in-process";
import { measureJs, type JsSize } from "./js-size";
import type { LoadJob, LoadResult } from "./load";
import type { OpenLoopJob, OpenLoopResult } from "./open-loop";
import { DOCUMENT_FLOOR, printTable, REFERENCES, verdicts, type PageLoad } from "./report";
import { cpuSecondsOfTree, memoryOf, signIn, startServer, type Server } from "./server";
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
    "open-loop-rate": { type: "string", default: "20" },
    db: { type: "string" },
  },
});

const scale = Number(args.scale);
if (!(scale > 0 && scale <= 10)) throw new Error(`--scale måste vara ett tal i (0, 10], fick ${args.scale}`);
const seconds = Number(args.seconds ?? (scale >= 1 ? 10 : 5));
const connections = Number(args.connections);
const workers = Number(args.workers);
if (!(Number.isInteger(workers) && workers >= 1 && workers <= 64)) throw new Error(`--workers måste vara ett heltal från 1 till 64, fick ${args.workers}`);
// Not echoed: the address may carry a password.
if (args.db !== undefined && !(isPostgresUrl(args.db) && URL.canParse(args.db))) {
  throw new Error("--db måste vara en postgres://-adress till en PostgreSQL-server där bänken får skapa databaser, t.ex. postgres://levande@127.0.0.1:5432/postgres");
}
const openLoopRate = Number(args["open-loop-rate"]);
if (!(openLoopRate > 0 && openLoopRate <= 1000)) throw new Error(`--open-loop-rate måste vara ett tal i (0, 1000], fick ${args["open-loop-rate"]}`);
const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.resolve(here, "..");

/** A load generator (bench/load.ts or bench/open-loop.ts) in its own process, so it shares no event loop with anything measured; its last line of JSON. */
function fromChild<T>(script: string, job: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(here, script), JSON.stringify(job)], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d) => (out += String(d)));
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out.trim().split("\n").pop()!) as T) : reject(new Error(`${script} avslutades med kod ${code}`))));
  });
}

/** One autocannon run, with the server's RSS polled and the CPU it (every worker) used meanwhile. */
async function loadFromChild(job: LoadJob, serverPid: number): Promise<LoadResult & { maxRssMB: number; serverCores: number | null }> {
  // Over the child's whole life (its start and warm-up included), so a little below the measured run's own figure.
  const cpuBefore = cpuSecondsOfTree(serverPid);
  const started = performance.now();
  let maxRssMB = 0;
  const poll = setInterval(() => (maxRssMB = Math.max(maxRssMB, memoryOf(serverPid)?.rss ?? 0)), 100);
  try {
    const result = await fromChild<LoadResult>("load.ts", job);
    const cpuAfter = cpuSecondsOfTree(serverPid);
    const seconds = (performance.now() - started) / 1000;
    const serverCores = cpuBefore === null || cpuAfter === null ? null : Math.round(((cpuAfter - cpuBefore) / seconds) * 100) / 100;
    return { ...result, maxRssMB, serverCores };
  } finally {
    clearInterval(poll);
  }
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

async function loadTest(databaseUrl: string, outboxDir: string, set: Awaited<ReturnType<typeof generateDataSet>>, requestPageId: number) {
  if (!args["no-build"]) {
    const build = spawnSync("npm", ["run", "build"], { cwd: root, encoding: "utf8" });
    if (build.status !== 0) throw new Error(`npm run build misslyckades:\n${build.stdout}\n${build.stderr}`);
  }
  const secret = crypto.randomBytes(36).toString("base64url");
  const { cookies, feedToken } = await signIn(databaseUrl, secret, { coordinator: set.coordinatorUserId, requester: set.requesterUserId, volunteer: set.volunteerUserId }, set.volunteerPersonId);
  let server: Server | undefined;
  let peakRssMB = 0;
  const crashes: string[] = [];
  const start = async () => {
    server = await startServer({ databaseUrl, secret, outboxDir, cpuProfDir: args["server-cpu-prof"], nodeArgs: args["server-node-args"]?.split(" ").filter(Boolean), workers });
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
        if (!REFERENCES.includes(target.name)) {
          process.stdout.write(`  open loop ${target.name} (${openLoopRate} req/s, ${seconds} s)…\n`);
          page.openLoop = await fromChild<OpenLoopResult>("open-loop.ts", { url: `${s.baseUrl}${target.path}`, headers, ratePerSecond: openLoopRate, seconds } satisfies OpenLoopJob);
          await drain(s.baseUrl);
        }
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

/** Where the measurements run: the generated SQLite file itself, or copies of it on the --db server. */
interface Engine {
  engine: "sqlite" | "postgresql";
  version: string;
  /** The data set's DATABASE_URL. */
  url: string;
  /** A fresh copy of the data set for the in-process history import to write to, and its removal afterwards. */
  importCopy(): Promise<{ url: string; remove(): Promise<void> }>;
  /** Removes the data set's copies at the end (the SQLite files go with the run's folder). */
  drop(): Promise<void>;
}

function onSqlite(file: string): Engine {
  const memory = new SQLite(":memory:");
  const version = memory.prepare("select sqlite_version()").pluck().get() as string;
  memory.close();
  return {
    engine: "sqlite",
    version,
    url: `file:${file}`,
    importCopy: async () => {
      const copy = path.join(path.dirname(file), "import.db");
      fs.copyFileSync(file, copy);
      return { url: `file:${copy}`, remove: async () => ["", "-wal", "-shm"].forEach((suffix) => fs.rmSync(`${copy}${suffix}`, { force: true })) };
    },
    drop: async () => {},
  };
}

/** Copies the generated file into a new database on the server (as npm run db:copy does) and settles it as a loaded database would be. */
async function onPostgres(serverUrl: string, version: string, file: string): Promise<Engine> {
  const name = `levande_bench_${process.pid}`;
  const importName = `${name}_import`;
  const drop = () => dropDatabase(serverUrl, name, importName);
  try {
    const url = await createDatabase(serverUrl, name);
    const started = performance.now();
    const [source, target] = [createDb(`file:${file}`), createDb(url)];
    try {
      const tables = await copyDatabase(source, target);
      console.log(`  ${tables.reduce((sum, table) => sum + table.rows, 0)} rader kopierade till ${databaseName(url)} på ${((performance.now() - started) / 1000).toFixed(1)} s`);
    } finally {
      await Promise.all([source.destroy(), target.destroy()]);
    }
    await vacuumAnalyze(url);
    return {
      engine: "postgresql",
      version,
      url,
      // A copy of the copied database on the server: the same rows and statistics, in a second rather than a second db:copy.
      importCopy: async () => ({ url: await createDatabase(serverUrl, importName, { template: name }), remove: () => dropDatabase(serverUrl, importName) }),
      drop,
    };
  } catch (error) {
    await drop();
    throw error;
  }
}

/** The server's version, which also shows that it answers before a data set is generated for it. */
async function postgresVersion(serverUrl: string): Promise<string> {
  try {
    return await serverVersion(serverUrl);
  } catch (error) {
    const why = (error as Error).message || String((error as { code?: unknown }).code ?? error);
    throw new Error(`Kunde inte ansluta till PostgreSQL-servern ${databaseName(serverUrl)} (--db): ${why}`);
  }
}

async function main() {
  const postgres = args.db === undefined ? null : { url: args.db, version: await postgresVersion(args.db) };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "levande-bench-"));
  const file = path.join(dir, "bench.db");
  let engine: Engine | undefined;
  try {
    const now = new Date();
    console.log(`Genererar data i skala ${scale} → ${file}`);
    const set = await generateDataSet({ file, scale, now });
    console.log(`  ${set.rows.people} personer, ${set.rows.assignments} uppdrag, ${set.rows.offers} erbjudanden, ${set.rows.requests} förfrågningar på ${set.seconds.toFixed(1)} s`);
    if (postgres) console.log(`Kopierar till en ny databas på PostgreSQL ${postgres.version} …`);
    engine = postgres ? await onPostgres(postgres.url, postgres.version, file) : onSqlite(file);

    let inProcess: InProcessResults | null = null;
    if (!args["skip-in-process"]) {
      console.log("Mäter i processen …");
      const importCopy = await engine.importCopy();
      try {
        inProcess = await runInProcess({ databaseUrl: engine.url, importUrl: importCopy.url, generatedFile: file, now, coordinatorUserId: set.coordinatorUserId });
      } finally {
        await importCopy.remove();
      }
    }
    const requestPageId = inProcess?.requestPageId ?? (await firstOpenRequest(engine.url));
    const load = args["skip-load"] ? null : (console.log("Lasttest mot produktionsservern …"), await loadTest(engine.url, path.join(dir, "outbox"), set, requestPageId));
    const isSqlite = engine.engine === "sqlite";
    if (!isSqlite && !args["skip-load"] && !(args["skip-burst"] && args["skip-import-load"])) {
      console.log("Inloggningsskuren och importen under last mäter bara SQLite-servern och körs inte med --db.");
    }
    const burst = args["skip-load"] || args["skip-burst"] || !isSqlite ? null : (console.log("Inloggningsskur mot en nystartad server …"), await runSignInBurst({ file, secret: crypto.randomBytes(36).toString("base64url"), nodeArgs: args["server-node-args"]?.split(" ").filter(Boolean) }));
    const importLoad = args["skip-load"] || args["skip-import-load"] || !isSqlite ? null : (console.log("Import av 50 000 historikrader medan servern svarar …"), await runImportUnderLoad({ file, set, nodeArgs: args["server-node-args"]?.split(" ").filter(Boolean) }));

    const checks = verdicts(inProcess, load?.pages ?? [], load?.peakRssMB ?? null, load?.js ?? []).concat(burst ? burstVerdicts(burst) : []).concat(importLoad ? importLoadVerdicts(importLoad) : []);
    const results = {
      machine: { node: process.version, platform: `${os.platform()} ${os.arch()}`, cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}`, memoryGB: Math.round(os.totalmem() / 1e9), date: now.toISOString() },
      engine: engine.engine,
      engineVersion: engine.version,
      scale,
      dataset: { seconds: set.seconds, rows: set.rows, volunteerPersonId: set.volunteerPersonId, requestPageId },
      inProcess,
      load: load && { connections, seconds, pages: load.pages, peakRssMB: load.peakRssMB, rssAfterStartMB: load.rssAfterStartMB, serverCrashes: load.crashes, jsSizes: load.js },
      signInBurst: burst,
      importUnderLoad: importLoad,
      targets: checks,
    };
    const resultsFile = isSqlite ? "results.json" : "results-postgresql.json";
    fs.writeFileSync(path.join(here, resultsFile), `${JSON.stringify(results, null, 2)}\n`);
    console.log("");
    printTable(inProcess, load?.pages ?? [], load?.js ?? [], checks, [...(burst ? burstLines(burst) : []), ...(importLoad ? importLoadLines(importLoad) : [])]);
    const kept = isSqlite ? `Databasen finns kvar: ${file}` : `Databaserna finns kvar: ${file} och ${databaseName(engine.url)}`;
    console.log(`\nbench/${resultsFile} skriven (${isSqlite ? "SQLite" : "PostgreSQL"} ${engine.version}).${args.keep ? ` ${kept}` : ""}`);
  } finally {
    if (!args.keep) {
      await engine?.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
}

async function firstOpenRequest(databaseUrl: string): Promise<number> {
  const db = createDb(databaseUrl);
  try {
    const row = await db.selectFrom("requests").select("id").where("status", "=", "open").orderBy("id").limit(1).executeTakeFirstOrThrow();
    return row.id;
  } finally {
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});

// The production server (build/server.js): migrate, serve the build from one worker per core (WORKERS), log, back up
// a SQLite file nightly, shut down gracefully; with --demo (`npm start`) seed an empty database with the demo region first.
import cluster from "node:cluster";
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import onHeaders from "on-headers";
import { createDb, isPostgresUrl, localDataDir, sqlitePathFromUrl } from "../db/create-db";
import { migrateToLatest } from "../db/migrate";
import { holdServerLock } from "../db/server-lock";
import { seed, type SeedResult } from "../db/seed";
import { DEMO_REGION_NAME } from "../db/seed-data";
import { isRegionSetUp } from "../app/models/setup-status.server";
import { parseEnv, type Env } from "../app/utils/env.server";
import { createLogger, type Logger } from "../app/utils/logger.server";
import { contentSecurityPolicy, isCrossSiteWrite, privacyHeaders, SECURITY_HEADERS } from "../app/utils/security.server";
import { SETUP_COMMANDS, SETUP_GUIDE } from "../app/utils/setup-commands";
import { startNightlyBackup } from "./nightly-backup";
import { remixHandler } from "./remix-bridge";
import { requestLimit } from "./request-limit";
import { requestLog } from "./request-log";
import { parseServerFlags, SERVER_USAGE } from "./serve-args";
import { gracefulShutdown } from "./shutdown";

/** The local demo needs no setup: without SESSION_SECRET it keeps a random one next to the database (data/ on PostgreSQL). */
function ensureDemoSessionSecret(databaseUrl: string) {
  if (process.env.SESSION_SECRET || process.env.NODE_ENV !== "production") return;
  const file = path.join(localDataDir(databaseUrl), ".session-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(48).toString("base64url"), { mode: 0o600 });
  }
  process.env.SESSION_SECRET = fs.readFileSync(file, "utf8").trim();
  console.log(`SESSION_SECRET saknas – använder den lokala hemligheten i ${file} (sätt SESSION_SECRET i drift).`);
}

/** Migrates (this process is the only one that does, see STYLE.md), seeds only for the demo, and reports whether the region is set up. */
async function prepareDatabase(databaseUrl: string, demo: boolean, log: Logger) {
  const db = createDb(databaseUrl);
  try {
    const applied = await migrateToLatest(db);
    if (applied.length > 0) log.info({ migrations: applied }, "migrations applied");
    let logins: SeedResult["logins"] = [];
    if (demo) {
      const result = await seed(db, { now: new Date() });
      if (result.seeded) log.info("the database was empty: demo data for Region Jönköpings län seeded");
      logins = result.logins;
    }
    return { logins, setUp: await isRegionSetUp(db) };
  } finally {
    await db.destroy();
  }
}

/** Requests running the app at once (see request-limit.ts); enough to overlap the waits, few enough to bound memory. */
const CONCURRENT_REQUESTS = 8;

/** What the build's entry module exports for the server (app/entry.server.tsx). */
interface EntryExports {
  startOutboxSender: () => () => Promise<void>;
  closeDb: () => Promise<void>;
}

function securityAndCsrf(): express.RequestHandler {
  return (req, res, next) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    // Documents bring their own CSP with a nonce (entry.server.tsx); everything else gets the strict default.
    onHeaders(res, function () {
      if (!this.hasHeader("Content-Security-Policy")) this.setHeader("Content-Security-Policy", contentSecurityPolicy());
    });
    const crossSite = isCrossSiteWrite({
      method: req.method,
      host: req.headers.host,
      origin: req.headers.origin,
      secFetchSite: req.get("sec-fetch-site"),
    });
    if (crossSite) {
      res.status(403).type("text/plain; charset=utf-8").send("Begäran avvisades: den kom från en annan webbplats.");
      return;
    }
    next();
  };
}

/** Pages and data (not the static files above): a signed-in response is never cached, and HTTPS is pinned with HSTS. */
const privateUnlessAnonymous: express.RequestHandler = (req, res, next) => {
  onHeaders(res, function () {
    const headers = privacyHeaders({ cookie: req.headers.cookie, secure: req.secure, cacheControl: this.getHeader("Cache-Control") as string | undefined });
    for (const [name, value] of Object.entries(headers)) this.setHeader(name, value);
  });
  next();
};

/** Set by the primary for the one worker that runs the outbox sender, its schedules and the nightly backup. */
const RUNS_JOBS = "LEVANDE_RUNS_JOBS";

async function main() {
  if (cluster.isWorker) return serveWorker({ jobs: process.env[RUNS_JOBS] === "1" });
  const flags = parseServerFlags(process.argv.slice(2));
  if (!flags) {
    console.error(SERVER_USAGE);
    process.exit(2);
  }
  if (flags.demo) {
    ensureDemoSessionSecret(process.env.DATABASE_URL ?? "file:./data/levande.db");
    process.env.REGION_NAME ??= DEMO_REGION_NAME;
  }
  const env = parseEnv(process.env);
  const log = createLogger(env);
  if (isPostgresUrl(env.DATABASE_URL)) {
    log.info({ guide: "docs/operations.md" }, "PostgreSQL is backed up with pg_dump, not by this server: the nightly backup (BACKUP_DIR) is SQLite's only");
  }
  // Only this process migrates and seeds (see STYLE.md); the workers it forks find the database ready.
  const { logins, setUp } = await prepareDatabase(env.DATABASE_URL, flags.demo, log);
  const ready = () => announce({ env, log, demo: flags.demo, logins, setUp });
  if (env.WORKERS === 1) return serveWorker({ jobs: true, onListening: ready });
  superviseWorkers(env.WORKERS, log, ready);
}

/** What is said once the server listens: the address and demo logins for `npm start`, and the setup steps while none is done. */
function announce({ env, log, demo, logins, setUp }: { env: Env; log: Logger; demo: boolean; logins: SeedResult["logins"]; setUp: boolean }) {
  log.info({ host: env.HOST ?? "all interfaces", port: env.PORT, demo, workers: env.WORKERS }, "listening");
  if (demo) {
    console.log(`\nLevande körs på http://localhost:${env.PORT}`);
    console.log("Demo-inloggningar:");
    for (const login of logins) console.log(`  ${login.role.padEnd(12)} ${login.email}  lösenord: ${login.password}`);
  }
  if (!setUp) {
    log.warn(
      { guide: SETUP_GUIDE, commands: SETUP_COMMANDS },
      `Levande is not set up yet (no coordinator): run the steps in ${SETUP_GUIDE}: ${SETUP_COMMANDS.join(" ; ")}`,
    );
  }
}

/**
 * One worker per core sharing the port (node:cluster hands each connection to a worker). The first runs the jobs; a
 * worker that dies is replaced, with the jobs if it had them; SIGTERM/SIGINT stop every worker gracefully, then this.
 */
function superviseWorkers(count: number, log: Logger, onListening: () => void) {
  let stopping = false;
  let announced = false;
  const fork = (jobs: boolean) => {
    const worker = cluster.fork({ [RUNS_JOBS]: jobs ? "1" : "0" });
    worker.on("listening", () => {
      if (announced) return;
      announced = true;
      onListening();
    });
    worker.on("exit", (code, signal) => {
      if (stopping) return;
      log.error({ pid: worker.process.pid, code, signal, jobs }, "a worker stopped; starting another");
      fork(jobs);
    });
  };
  for (let i = 0; i < count; i++) fork(i === 0);
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);
    let left = workers.length;
    if (left === 0) process.exit(0);
    for (const worker of workers) {
      worker.once("exit", () => {
        left--;
        if (left === 0) process.exit(0);
      });
      worker.process.kill(signal);
    }
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

/** One server process: the app on the port; with `jobs`, the outbox sender (and its schedules) and the nightly backup. */
async function serveWorker({ jobs, onListening }: { jobs: boolean; onListening?: () => void }) {
  const env = parseEnv(process.env);
  const log = createLogger(env);
  // The lock and the nightly backup are the SQLite file's; PostgreSQL has neither (pg_dump backs it up).
  const sqliteFile = isPostgresUrl(env.DATABASE_URL) ? null : sqlitePathFromUrl(env.DATABASE_URL);
  // `npm run restore` refuses while this lock is held; the OS drops it if the process dies.
  if (sqliteFile) holdServerLock(sqliteFile);

  const buildPath = path.resolve("build/index.js");
  if (!fs.existsSync(buildPath)) throw new Error("Bygget saknas: kör `npm run build` (eller `npm start`, som bygger först).");
  const build = (await import(pathToFileURL(buildPath).href)) as ServerBuild;
  const { startOutboxSender, closeDb } = build.entry.module as unknown as EntryExports;

  const app = express();
  const server = http.createServer(app);
  let stopSender: () => Promise<void> = async () => {};
  let stopBackups: () => Promise<void> = async () => {};
  const { middleware: whileShuttingDown, shutdown } = gracefulShutdown({
    server,
    log,
    steps: [
      { name: "outbox sender", run: () => stopSender() },
      { name: "nightly backup", run: () => stopBackups() },
      { name: "database", run: closeDb },
    ],
  });

  app.disable("x-powered-by");
  if (env.TRUST_PROXY > 0) app.set("trust proxy", env.TRUST_PROXY);
  app.use(requestLog(log));
  app.use(whileShuttingDown);
  app.use(compression());
  app.use(securityAndCsrf());
  app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
  // Only the few files at the top of public/: looking every page's path up on disk cost ~2 % of a page under load.
  const publicFiles = new Set(fs.readdirSync("public", { withFileTypes: true }).filter((f) => f.isFile()).map((f) => `/${f.name}`));
  const publicStatic = express.static("public", { maxAge: "1h" });
  app.use((req, res, next) => (publicFiles.has(req.path) ? publicStatic(req, res, next) : next()));
  app.all("*", privateUnlessAnonymous, requestLimit(CONCURRENT_REQUESTS), remixHandler({ build, mode: env.NODE_ENV, getLoadContext: (req) => ({ clientIp: req.ip }) }));

  server.on("error", (error) => {
    log.fatal({ err: error }, "the server could not listen");
    process.exit(1);
  });
  server.listen(env.PORT, env.HOST, () => onListening?.());
  if (jobs) {
    stopSender = startOutboxSender();
    if (env.BACKUP_DIR && sqliteFile) {
      const backups = startNightlyBackup({ source: sqliteFile, dir: path.resolve(env.BACKUP_DIR), keep: env.BACKUP_KEEP, log });
      stopBackups = backups.stop;
    }
  }
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
  // A worker whose primary is gone (killed outright) stops too, rather than serve on alone.
  if (cluster.isWorker) process.on("disconnect", () => void shutdown("disconnect"));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

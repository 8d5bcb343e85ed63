// `npm start`: migrate, seed an empty database with the demo region, and serve the production build.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import onHeaders from "on-headers";
import { createDb, sqlitePathFromUrl } from "../db/create-db";
import { migrateToLatest } from "../db/migrate";
import { seed } from "../db/seed";
import { parseEnv } from "../app/utils/env.server";
import { contentSecurityPolicy, isCrossSiteWrite, SECURITY_HEADERS } from "../app/utils/security.server";
import { requestLimit } from "./request-limit";

/** The local demo needs no setup: without SESSION_SECRET it keeps a random one next to the database. */
function ensureSessionSecret(databaseUrl: string) {
  if (process.env.SESSION_SECRET || process.env.NODE_ENV !== "production") return;
  const file = path.join(path.dirname(sqlitePathFromUrl(databaseUrl)), ".session-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(48).toString("base64url"), { mode: 0o600 });
  }
  process.env.SESSION_SECRET = fs.readFileSync(file, "utf8").trim();
  console.log(`SESSION_SECRET saknas – använder den lokala hemligheten i ${file} (sätt SESSION_SECRET i drift).`);
}

async function prepareDatabase(databaseUrl: string) {
  const db = createDb(databaseUrl);
  try {
    const applied = await migrateToLatest(db);
    if (applied.length > 0) console.log(`Migreringar körda: ${applied.join(", ")}`);
    const { seeded, logins } = await seed(db, { now: new Date() });
    if (seeded) console.log("Databasen var tom – demodata för Region Jönköpings län har lagts in.");
    return logins;
  } finally {
    await db.destroy();
  }
}

/** Requests running the app at once (see request-limit.ts); enough to overlap the waits, few enough to bound memory. */
const CONCURRENT_REQUESTS = 8;

async function main() {
  ensureSessionSecret(process.env.DATABASE_URL ?? "file:./data/levande.db");
  const env = parseEnv(process.env);
  const logins = await prepareDatabase(env.DATABASE_URL);

  const buildPath = path.resolve("build/index.js");
  if (!fs.existsSync(buildPath)) throw new Error("Bygget saknas: kör `npm run build` (eller `npm start`, som bygger först).");
  const build = (await import(pathToFileURL(buildPath).href)) as ServerBuild;
  const { startOutboxSender } = build.entry.module as unknown as { startOutboxSender: () => () => Promise<void> };

  const app = express();
  app.disable("x-powered-by");
  if (env.TRUST_PROXY > 0) app.set("trust proxy", env.TRUST_PROXY);
  app.use(compression());
  app.use((req, res, next) => {
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
  });
  app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
  // Only the few files at the top of public/: looking every page's path up on disk cost ~2 % of a page under load.
  const publicFiles = new Set(fs.readdirSync("public", { withFileTypes: true }).filter((f) => f.isFile()).map((f) => `/${f.name}`));
  const publicStatic = express.static("public", { maxAge: "1h" });
  app.use((req, res, next) => (publicFiles.has(req.path) ? publicStatic(req, res, next) : next()));
  app.all("*", requestLimit(CONCURRENT_REQUESTS), createRequestHandler({ build, mode: env.NODE_ENV, getLoadContext: (req) => ({ clientIp: req.ip }) }));

  const server = app.listen(env.PORT, () => {
    console.log(`\nLevande körs på http://localhost:${env.PORT}`);
    console.log("Demo-inloggningar:");
    for (const login of logins) console.log(`  ${login.role.padEnd(12)} ${login.email}  lösenord: ${login.password}`);
  });
  const stopSender = startOutboxSender();
  const stop = () => server.close(() => void stopSender().finally(() => process.exit(0)));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

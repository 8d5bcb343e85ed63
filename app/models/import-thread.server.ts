// Runs the import page's upload (preview or import) in a worker thread with its own database connection, one at a time,
// so a 50,000-row file neither stalls the server's event loop nor holds its connection (docs/decisions/009).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { ImportTiming } from "~/models/import.server";
import type { Upload, UploadOutcome } from "~/models/import-upload.server";
import { busyResponse } from "~/utils/db.server";
import { env } from "~/utils/env.server";

export interface UploadJob extends Omit<Upload, "now" | "onTiming"> {
  databaseUrl: string;
  now: string;
}

export type WorkerReply = { outcome: UploadOutcome; timing?: ImportTiming } | { busy: true } | { error: string };

/** Enough for a 5 MB file of 50,000 rows with room to spare; a runaway file stops the worker, not the server. */
const WORKER_HEAP_MB = 128;

/**
 * The worker's module. `npm run build` writes it beside the app's bundle (build/import-worker.js, where import.meta.url
 * points in build/index.js); the tests and `remix dev` run the TypeScript source through tsx instead.
 */
function startWorker(job: UploadJob): Worker {
  const options = { workerData: job, transferList: [job.body], resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 8 } };
  const built = new URL("./import-worker.js", import.meta.url);
  if (fs.existsSync(fileURLToPath(built))) return new Worker(built, options);
  const beside = new URL("./import-worker.server.ts", import.meta.url);
  const source = fs.existsSync(fileURLToPath(beside)) ? beside : pathToFileURL(path.resolve("app/models/import-worker.server.ts"));
  const boot = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(source.href)}); });`;
  return new Worker(boot, { ...options, eval: true });
}

function inWorker(job: UploadJob): Promise<WorkerReply> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(job);
    let replied = false;
    worker.once("message", (reply: WorkerReply) => {
      replied = true;
      resolve(reply);
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (!replied) reject(new Error(`The import worker exited with code ${code} without an answer.`));
    });
  });
}

let queue: Promise<unknown> = Promise.resolve();

/** One worker at a time: imports are rare, and two 50,000-row files at once would double the memory. */
export async function uploadInWorker({ now = new Date(), onTiming, ...upload }: Upload): Promise<UploadOutcome> {
  const job: UploadJob = { ...upload, now: now.toISOString(), databaseUrl: env().DATABASE_URL };
  const turn = queue.catch(() => undefined).then(() => inWorker(job));
  queue = turn;
  const reply = await turn;
  if ("busy" in reply) throw busyResponse();
  if ("error" in reply) throw new Error(`The import failed in its worker: ${reply.error}`);
  if (reply.timing) onTiming?.(reply.timing);
  return reply.outcome;
}

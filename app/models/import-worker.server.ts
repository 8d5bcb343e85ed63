// The import worker thread's entry (import-thread.server.ts starts it): one upload, previewed or imported on its own
// database connection, so the server's event loop and connection stay free while a large file is read and written.
import { parentPort, workerData } from "node:worker_threads";
import { createDb } from "../../db/create-db";
import { DatabaseBusyError } from "../../db/sqlite-driver";
import type { ImportTiming } from "./import.server";
import type { UploadJob, WorkerReply } from "./import-thread.server";
import { handleUpload } from "./import-upload.server";

async function run({ databaseUrl, now, ...upload }: UploadJob): Promise<WorkerReply> {
  const db = createDb(databaseUrl);
  try {
    let timing: ImportTiming | undefined;
    const outcome = await handleUpload(db, { ...upload, now: new Date(now), onTiming: (t) => (timing = t) });
    return { outcome, timing };
  } catch (error) {
    if (error instanceof DatabaseBusyError) return { busy: true };
    return { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  } finally {
    await db.destroy();
  }
}

parentPort?.postMessage(await run(workerData as UploadJob));

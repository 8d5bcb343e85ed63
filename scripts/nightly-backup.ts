// The server's own online backup when BACKUP_DIR is set: at start when today has none, then every night at 02:30 Stockholm.
import fs from "node:fs";
import path from "node:path";
import { backupDatabase } from "../db/backup";
import type { Logger } from "../app/utils/logger.server";
import { backupDate, backupFileName, backupsToDelete, needsBackupAtStart, nextBackupAt } from "./backup-schedule";

/** Backups hold health data: only the server's user may read them. */
export const BACKUP_FILE_MODE = 0o600;
/** The timer wakes at least hourly and compares with the clock, so a suspended machine or a clock change cannot skip a night. */
const MAX_SLEEP_MS = 60 * 60 * 1000;

export interface NightlyBackupOptions {
  /** The live SQLite file. */
  source: string;
  dir: string;
  keep: number;
  log: Logger;
  now?: () => Date;
}

/** One backup of today, checked with integrity_check, then the old files pruned; failures are logged, never thrown. */
export async function runBackup({ source, dir, keep, log, now = () => new Date() }: NightlyBackupOptions): Promise<boolean> {
  const at = now();
  const target = path.join(dir, backupFileName(backupDate(at)));
  const started = Date.now();
  try {
    const { bytes } = await backupDatabase(source, target, { mode: BACKUP_FILE_MODE });
    log.info({ file: target, bytes, durationMs: Date.now() - started }, "backup written and checked");
  } catch (error) {
    log.error({ err: error, file: target }, "backup failed");
    return false;
  }
  for (const name of backupsToDelete(fs.readdirSync(dir), keep, at)) {
    const file = path.join(dir, name);
    if (path.resolve(file) === path.resolve(source)) continue;
    try {
      fs.rmSync(file, { force: true });
      log.info({ file }, "old backup deleted");
    } catch (error) {
      log.warn({ err: error, file }, "old backup could not be deleted");
    }
  }
  return true;
}

/** Starts the schedule; `stop` cancels the next run and waits for one in progress. */
export function startNightlyBackup(options: NightlyBackupOptions): { stop: () => Promise<void>; idle: () => Promise<void> } {
  const { dir, now = () => new Date() } = options;
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  let running: Promise<unknown> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let due = nextBackupAt(now());

  const wake = () => {
    if (stopped) return;
    if (now().getTime() >= due.getTime()) {
      running = runBackup(options).finally(() => {
        due = nextBackupAt(now());
        wake();
      });
      return;
    }
    timer = setTimeout(wake, Math.min(due.getTime() - now().getTime(), MAX_SLEEP_MS)).unref();
  };

  if (needsBackupAtStart(fs.readdirSync(dir), now())) running = runBackup(options).finally(wake);
  else wake();
  options.log.info({ dir, keep: options.keep, next: due.toISOString() }, "nightly backup scheduled");

  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
    idle: async () => {
      await running;
    },
  };
}

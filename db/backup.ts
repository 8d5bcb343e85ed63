// Online backup and restore of the SQLite file: SQLite's backup API copies a consistent snapshot while the app writes.
import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { openSqlite } from "./create-db";
import { isServerRunning } from "./server-lock";

function checkIntegrity(file: string): void {
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const result = db.pragma("integrity_check", { simple: true });
    if (result !== "ok") throw new Error(`Säkerhetskopian ${file} är skadad: ${String(result)}`);
  } finally {
    db.close();
  }
}

/** Takes a copy out of WAL mode, so it is one self-contained file and opening it to check leaves no -wal/-shm beside it. */
function makeSelfContained(file: string): void {
  const db = new SQLite(file, { fileMustExist: true });
  try {
    db.pragma("journal_mode = DELETE");
  } finally {
    db.close();
  }
}

/**
 * Copies the live database to `target` (written beside it first, then renamed into place) and checks the copy.
 * The copy is created with `mode` (owner-only by default: it holds health data) before any data is written to it.
 */
export async function backupDatabase(source: string, target: string, { mode = 0o600 }: { mode?: number } = {}): Promise<{ target: string; bytes: number }> {
  const to = path.resolve(target);
  if (to === path.resolve(source)) throw new Error("Säkerhetskopian kan inte skrivas över själva databasen.");
  if (!fs.existsSync(source)) throw new Error(`Databasen ${source} finns inte.`);
  fs.mkdirSync(path.dirname(to), { recursive: true });
  const partial = `${to}.partial`;
  fs.rmSync(partial, { force: true });
  fs.writeFileSync(partial, "", { mode });
  const db = openSqlite(source);
  try {
    await db.backup(partial);
  } finally {
    db.close();
  }
  makeSelfContained(partial);
  checkIntegrity(partial);
  fs.renameSync(partial, to);
  return { target: to, bytes: fs.statSync(to).size };
}

/**
 * Puts a backup back as the database. The server must be stopped: the old file's WAL and shared-memory files are
 * removed so that no page of the old database is replayed over the restored one.
 */
export function restoreDatabase(backup: string, target: string): void {
  if (fs.existsSync(target) && isServerRunning(target)) {
    throw new Error(`servern körs fortfarande på ${target}. Stoppa den först (t.ex. systemctl stop levande), annars skriver den över det återställda.`);
  }
  const from = path.resolve(backup);
  if (!fs.existsSync(from)) throw new Error(`Säkerhetskopian ${backup} finns inte.`);
  checkIntegrity(from);
  const partial = `${target}.restoring`;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(from, partial);
  for (const suffix of ["-wal", "-shm"]) fs.rmSync(`${target}${suffix}`, { force: true });
  fs.renameSync(partial, target);
}

// A running server holds an exclusive SQLite lock on `<database>.lock` for as long as its process lives, so
// `npm run restore` can tell that a server is running; the operating system drops the lock when the process dies,
// so a crash leaves nothing stale behind (unlike a pid file).
import SQLite from "better-sqlite3";

const lockFile = (databaseFile: string) => `${databaseFile}.lock`;
// better-sqlite3 closes a connection that is garbage-collected: holding it here keeps the lock for a caller that
// drops the release function (scripts/start.ts does) until it is released or the process ends.
const held = new Set<SQLite.Database>();

/**
 * Takes a shared lock that lasts until the returned function is called or the process ends. Several servers may
 * share one database (each holds its own shared lock); only a writer that wants it exclusively is kept out.
 */
export function holdServerLock(databaseFile: string): () => void {
  if (databaseFile === ":memory:") return () => {};
  const setup = new SQLite(lockFile(databaseFile), { timeout: 5_000 });
  setup.exec("CREATE TABLE IF NOT EXISTS held (note TEXT)");
  setup.close();
  const lock = new SQLite(lockFile(databaseFile), { timeout: 5_000 });
  // In exclusive locking mode the shared lock of the first read is kept until the connection closes.
  lock.pragma("locking_mode = EXCLUSIVE");
  lock.prepare("SELECT count(*) FROM held").get();
  held.add(lock);
  return () => {
    held.delete(lock);
    lock.close();
  };
}

export function isServerRunning(databaseFile: string): boolean {
  const probe = new SQLite(lockFile(databaseFile), { timeout: 0 });
  try {
    probe.exec("BEGIN EXCLUSIVE; ROLLBACK");
    return false;
  } catch (error) {
    if (error instanceof SQLite.SqliteError && error.code.startsWith("SQLITE_BUSY")) return true;
    throw error;
  } finally {
    probe.close();
  }
}

// Read models computed once per state of the database: a committed write, in this process or another, starts afresh
// (this process's writes to tables no read model reads excepted).
import { dataVersion } from "./data-version.server";
import type { DB } from "./db.server";

interface Entry<T> {
  version: string;
  value: Promise<T>;
}

/**
 * Remembers a few values per key and database handle, each for as long as the database is unchanged and, given a
 * `stamp` (the minute, the day), the stamp of the arguments is too: a new minute replaces the key's value instead of
 * keeping the last minute's beside it. Concurrent callers share one computation; a failed computation is forgotten.
 */
export function memoByVersion<A extends unknown[], T>(
  compute: (db: DB, ...args: A) => Promise<T>,
  { size = 8, stamp }: { size?: number; stamp?: (...args: A) => string } = {},
) {
  const byDb = new WeakMap<DB, Map<string, Entry<T>>>();
  return async (db: DB, key: string, ...args: A): Promise<T> => {
    let entries = byDb.get(db);
    if (!entries) byDb.set(db, (entries = new Map()));
    const version = stamp ? `${await dataVersion(db)}|${stamp(...args)}` : await dataVersion(db);
    const hit = entries.get(key);
    if (hit && hit.version === version) return hit.value;
    const value = compute(db, ...args);
    entries.delete(key);
    entries.set(key, { version, value });
    if (entries.size > size) entries.delete(entries.keys().next().value as string);
    value.catch(() => {
      if (entries.get(key)?.value === value) entries.delete(key);
    });
    return value;
  };
}

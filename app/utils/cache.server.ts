// Read models computed once per state of the database: any committed write, in this process or another, starts afresh.
import { sql, type KyselyPlugin } from "kysely";
import type { DB } from "./db.server";

let writes = 0;

const WRITES = new Set(["InsertQueryNode", "UpdateQueryNode", "DeleteQueryNode", "MergeQueryNode"]);
const pendingWrites = new WeakMap<object, true>();

/** Counts the statements of this process that changed at least one row (an INSERT … RETURNING reports rows, not a count). */
export const writeCounter: KyselyPlugin = {
  transformQuery: (args) => {
    if (WRITES.has(args.node.kind)) pendingWrites.set(args.queryId, true);
    return args.node;
  },
  transformResult: async (args) => {
    const { numAffectedRows, rows } = args.result;
    if ((numAffectedRows ?? 0n) > 0n || (pendingWrites.has(args.queryId) && rows.length > 0)) writes++;
    pendingWrites.delete(args.queryId);
    return args.result;
  },
};

/**
 * This process's writes, plus SQLite's data_version, which changes whenever another connection (another server
 * process, a CLI import) commits. Equal versions mean the database reads the same.
 */
export async function dataVersion(db: DB): Promise<string> {
  const { rows } = await sql<{ data_version: number }>`pragma data_version`.execute(db);
  return `${writes}:${rows[0].data_version}`;
}

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

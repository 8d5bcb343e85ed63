// The database's version for caching: on SQLite this process's counted writes (the writeCounter plugin on the handle in
// db.server.ts) plus the database's count of other connections' commits, on PostgreSQL its committed-changes row;
// equal versions mean the database reads the same.
import { AliasNode, DeleteQueryNode, InsertQueryNode, TableNode, UpdateQueryNode, type KyselyPlugin, type OperationNode, type RootOperationNode } from "kysely";
import { committedVersion } from "../../db/dialect";
import type { DB } from "./db.server";

let writes = 0;

const WRITES = new Set(["InsertQueryNode", "UpdateQueryNode", "DeleteQueryNode", "MergeQueryNode"]);
const pendingWrites = new WeakMap<object, true>();
const uncounted = new WeakSet<object>();

/**
 * Tables no read model reads: the mail queue (sending thousands of digests marks each message sent), sessions, the
 * audit trail, sign-in bookkeeping and the weekly digest's stamps. Writing only these leaves every cached read model as it is. A read model that
 * starts reading one of them must take it off this list.
 */
export const TABLES_NO_READ_MODEL_READS: ReadonlySet<string> = new Set([
  "outbox",
  "sessions",
  "audit_log",
  "login_failures",
  "password_resets",
  "open_call_digest_stamps",
]);

/** The table a write statement changes, when Kysely's tree names one plainly. */
function writtenTable(node: RootOperationNode): string | undefined {
  const table = (t: OperationNode | undefined): string | undefined =>
    t && TableNode.is(t) ? t.table.identifier.name : t && AliasNode.is(t) ? table(t.node) : undefined;
  if (InsertQueryNode.is(node)) return table(node.into);
  if (UpdateQueryNode.is(node)) return table(node.table);
  if (DeleteQueryNode.is(node) && node.from.froms.length === 1) return table(node.from.froms[0]);
  return undefined;
}

/** Counts the statements of this process that changed at least one row (an INSERT … RETURNING reports rows, not a count). */
export const writeCounter: KyselyPlugin = {
  transformQuery: (args) => {
    if (WRITES.has(args.node.kind)) {
      const table = writtenTable(args.node);
      if (table !== undefined && TABLES_NO_READ_MODEL_READS.has(table)) uncounted.add(args.queryId);
      else pendingWrites.set(args.queryId, true);
    }
    return args.node;
  },
  transformResult: async (args) => {
    const { numAffectedRows, rows } = args.result;
    const counted = !uncounted.has(args.queryId) && ((numAffectedRows ?? 0n) > 0n || (pendingWrites.has(args.queryId) && rows.length > 0));
    if (counted) writes++;
    pendingWrites.delete(args.queryId);
    uncounted.delete(args.queryId);
    return args.result;
  },
};

/**
 * The version read models are cached under; equal versions mean the database reads the same. On SQLite: this
 * process's counted writes plus the database's count of other connections' commits (another server process, a CLI
 * import). On PostgreSQL the data_version row alone, bumped at commit by every transaction that changed a table a read
 * model reads (migration 39): a write still inside its transaction does not move it, so a long job's uncommitted
 * statements make no page rebuild from data that has not changed.
 */
export async function dataVersion(db: DB): Promise<string> {
  const { version, countsOwnWrites } = await committedVersion(db);
  return countsOwnWrites ? String(version) : `${writes}:${version}`;
}

// CSV import of the region, people, history and supporters' contacts: a preview that writes nothing, and an all-or-nothing import whose write
// transaction is short — the file is read, checked and planned before it, with reads only.
import { onOneConnection } from "../../db/dialect";
import type { KyselyPlugin } from "kysely";
import { parseContactRows } from "~/domain/csv-import/contacts-rows";
import type { ImportKind, ImportReport } from "~/domain/csv-import/formats";
import { parseHistoryRows } from "~/domain/csv-import/history-rows";
import { sortIssues, type ImportIssue } from "~/domain/csv-import/issues";
import { parsePeopleRows } from "~/domain/csv-import/people-rows";
import { readCsv } from "~/domain/csv-import/read-csv";
import { parseRegionRows } from "~/domain/csv-import/region-rows";
import { planHistory } from "~/models/import-history.server";
import { planPeople } from "~/models/import-people.server";
import { planContacts } from "~/models/import-contacts.server";
import type { ImportPlan } from "~/models/import-plan.server";
import { planRegion } from "~/models/import-region.server";
import { audit } from "~/utils/audit.server";
import { dataVersion } from "~/utils/data-version.server";
import type { DB } from "~/utils/db.server";
import { sha256 } from "~/utils/security.server";

export type ImportResult = ({ ok: true } & ImportReport) | { ok: false; issues: ImportIssue[] };

export interface ImportOptions {
  /** People files only: create the experience areas the file names that do not exist yet, instead of refusing them. */
  createAreas?: boolean;
  /** The import's time: its audit entries, the last date a history row may name (31 December of the next year) and a contact (today). */
  now?: Date;
}

/** How a commit went, for the tests and the benchmark. */
export interface ImportTiming {
  /** "no": nothing was committed since the plan read; "same": something was, but not what the plan read; "changed": planned and staged again under the lock. */
  replanned: "no" | "same" | "changed";
  readMs: number;
  planMs: number;
  /** When the write transaction began, in ms since the epoch (comparable across threads), and how long it held the lock. */
  writeStartedAt: number;
  writeMs: number;
}

export interface RunOptions extends ImportOptions {
  actorUserId: number | null;
  onTiming?: (timing: ImportTiming) => void;
  /** Runs after the plan and before the write transaction: the tests and the benchmark write from elsewhere here. */
  beforeWrite?: () => Promise<void>;
}

type Planned = ImportPlan | { issues: ImportIssue[] };

/** Planning against a database state; the file itself was read and checked once, with no database involved. */
type Planner = (db: DB) => Promise<Planned>;

/** Reads the file and checks every row by itself; file and database problems are then reported together. */
function readFile(kind: ImportKind, csvText: string, now: Date, { createAreas = false }: ImportOptions): Planner | { issues: ImportIssue[] } {
  const read = readCsv(csvText);
  if ("issue" in read) return { issues: [read.issue] };
  const rows = read.table.records.length;
  if (kind === "region") return withRows(parseRegionRows(read.table), (db, valid) => planRegion(db, valid, rows));
  if (kind === "people") return withRows(parsePeopleRows(read.table), (db, valid) => planPeople(db, valid, rows, { createAreas }));
  if (kind === "contacts") return withRows(parseContactRows(read.table, now), (db, valid) => planContacts(db, valid, rows));
  return withRows(parseHistoryRows(read.table, now), (db, valid) => planHistory(db, valid, rows));
}

function withRows<R>(parsed: { rows: R[]; issues: ImportIssue[] }, next: (db: DB, rows: R[]) => Promise<Planned>): Planner {
  return async (db) => {
    const planned = await next(db, parsed.rows);
    const issues = [...parsed.issues, ...("issues" in planned ? planned.issues : [])];
    return issues.length ? { issues } : planned;
  };
}

function outcome(planned: Planned): ImportResult {
  if ("issues" in planned) return { ok: false, issues: sortIssues(planned.issues) };
  return { ok: true, counts: planned.counts, newAreas: planned.newAreas ?? [], moved: planned.moved ?? [] };
}

/** A re-import that changes nothing leaves no trace at all, audit log included. */
function changesNothing({ counts }: ImportPlan): boolean {
  return counts.created + counts.updated + counts.careUnitsCreated + counts.careAreasCreated + counts.moved + counts.areasCreated === 0;
}

export async function previewImport(db: DB, kind: ImportKind, csvText: string, { now = new Date(), ...options }: ImportOptions = {}): Promise<ImportResult> {
  const planner = readFile(kind, csvText, now, options);
  return outcome("issues" in planner ? planner : await planner(db));
}

/** Remembers what a plan read as one digest: the same digest later means the plan would decide the same again. */
function readRecorder() {
  const hashes: string[] = [];
  const plugin: KyselyPlugin = {
    transformQuery: (args) => args.node,
    transformResult: async (args) => {
      hashes.push(sha256(JSON.stringify(args.result.rows)));
      return args.result;
    },
  };
  return { plugin, digest: () => sha256([...hashes].sort().join(",")) };
}

const running = new WeakMap<DB, Promise<unknown>>();

/**
 * Reads, checks, plans and stages with no lock, then writes in one short transaction. When someone committed since
 * the plan read (the database's data version, see data-version.server.ts), the transaction plans again first: if it read the same,
 * the staged rows are written; if not, the new plan is staged and written there. Any bad row writes nothing.
 */
export async function runImport(db: DB, kind: ImportKind, csvText: string, options: RunOptions): Promise<ImportResult> {
  // One import at a time per handle: the staging table belongs to the connection.
  const previous = running.get(db) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(() => onOneConnection(db, (connection) => importOnce(connection, kind, csvText, options)));
  running.set(db, run);
  return run;
}

async function importOnce(db: DB, kind: ImportKind, csvText: string, { actorUserId, now = new Date(), onTiming, beforeWrite, ...options }: RunOptions): Promise<ImportResult> {
  const started = performance.now();
  const planner = readFile(kind, csvText, now, options);
  if ("issues" in planner) return outcome(planner);
  const timing: ImportTiming = { replanned: "no", readMs: performance.now() - started, planMs: 0, writeStartedAt: 0, writeMs: 0 };
  const version = await dataVersion(db);
  const reads = readRecorder();
  const planned = await planner(db.withPlugin(reads.plugin));
  if ("issues" in planned || changesNothing(planned)) return outcome(planned);
  const discards = new Set([planned.discard]);
  try {
    await planned.stage?.(db);
    timing.planMs = performance.now() - started - timing.readMs;
    await beforeWrite?.();
    const writeStarted = performance.now();
    timing.writeStartedAt = performance.timeOrigin + writeStarted;
    const result = await db.transaction().execute(async (trx) => {
      let plan = planned;
      if ((await dataVersion(trx)) !== version) {
        const again = readRecorder();
        const replanned = await planner(trx.withPlugin(again.plugin));
        if ("issues" in replanned || changesNothing(replanned)) return outcome(replanned);
        timing.replanned = again.digest() === reads.digest() ? "same" : "changed";
        if (timing.replanned === "changed") {
          plan = replanned;
          discards.add(plan.discard);
          await plan.stage?.(trx);
        }
      }
      await plan.write(trx, now, actorUserId);
      await audit(trx, { actorUserId, entity: "import", entityId: kind, action: "import", details: { ...plan.counts, fileSha256: sha256(csvText) } }, now);
      return outcome(plan);
    });
    timing.writeMs = performance.now() - writeStarted;
    onTiming?.(timing);
    return result;
  } finally {
    for (const discard of discards) await discard?.(db);
  }
}

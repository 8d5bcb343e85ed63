// CSV import of the region, people and history: a preview that writes nothing, and an all-or-nothing import in one transaction.
import type { ImportKind, ImportReport } from "~/domain/csv-import/formats";
import { parseHistoryRows } from "~/domain/csv-import/history-rows";
import { sortIssues, type ImportIssue } from "~/domain/csv-import/issues";
import { parsePeopleRows } from "~/domain/csv-import/people-rows";
import { readCsv } from "~/domain/csv-import/read-csv";
import { parseRegionRows } from "~/domain/csv-import/region-rows";
import { planHistory } from "~/models/import-history.server";
import { planPeople } from "~/models/import-people.server";
import type { ImportPlan } from "~/models/import-plan.server";
import { planRegion } from "~/models/import-region.server";
import { audit } from "~/utils/audit.server";
import { withBusyRetry, type DB } from "~/utils/db.server";
import { sha256 } from "~/utils/security.server";

export type ImportResult = ({ ok: true } & ImportReport) | { ok: false; issues: ImportIssue[] };

export interface ImportOptions {
  /** People files only: create the experience areas the file names that do not exist yet, instead of refusing them. */
  createAreas?: boolean;
}

/** Reads the file and checks every row against the database; file and database problems are reported together. */
async function plan(db: DB, kind: ImportKind, csvText: string, { createAreas = false }: ImportOptions): Promise<ImportPlan | { issues: ImportIssue[] }> {
  const read = readCsv(csvText);
  if ("issue" in read) return { issues: [read.issue] };
  const rows = read.table.records.length;
  if (kind === "region") return withRows(parseRegionRows(read.table), (valid) => planRegion(db, valid, rows));
  if (kind === "people") return withRows(parsePeopleRows(read.table), (valid) => planPeople(db, valid, rows, { createAreas }));
  return withRows(parseHistoryRows(read.table), (valid) => planHistory(db, valid, rows));
}

async function withRows<R>(parsed: { rows: R[]; issues: ImportIssue[] }, next: (rows: R[]) => Promise<ImportPlan | { issues: ImportIssue[] }>) {
  const planned = await next(parsed.rows);
  const issues = [...parsed.issues, ...("issues" in planned ? planned.issues : [])];
  return issues.length ? { issues } : planned;
}

function outcome(planned: ImportPlan | { issues: ImportIssue[] }): ImportResult {
  if ("issues" in planned) return { ok: false, issues: sortIssues(planned.issues) };
  return { ok: true, counts: planned.counts, newAreas: planned.newAreas ?? [], moved: planned.moved ?? [] };
}

export async function previewImport(db: DB, kind: ImportKind, csvText: string, options: ImportOptions = {}): Promise<ImportResult> {
  return outcome(await plan(db, kind, csvText, options));
}

/** Checks and writes in one transaction, so the rows checked are the rows written; any bad row writes nothing. */
export async function runImport(
  db: DB,
  kind: ImportKind,
  csvText: string,
  { actorUserId, now = new Date(), ...options }: { actorUserId: number | null; now?: Date } & ImportOptions,
): Promise<ImportResult> {
  return withBusyRetry(() =>
    db.transaction().execute(async (trx): Promise<ImportResult> => {
      const planned = await plan(trx, kind, csvText, options);
      const result = outcome(planned);
      if ("issues" in planned || !result.ok) return result;
      const { counts } = planned;
      // A re-import that changes nothing leaves no trace at all, audit log included.
      if (counts.created + counts.updated + counts.careUnitsCreated + counts.careAreasCreated + counts.moved + counts.areasCreated === 0) return result;
      await planned.write(trx, now, actorUserId);
      await audit(trx, { actorUserId, entity: "import", entityId: kind, action: "import", details: { ...counts, fileSha256: sha256(csvText) } }, now);
      return result;
    }),
  );
}

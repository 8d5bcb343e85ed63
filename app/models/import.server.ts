// CSV import of people and history: a preview that writes nothing, and an all-or-nothing import in one transaction.
import type { ImportCounts, ImportKind } from "~/domain/csv-import/formats";
import { parseHistoryRows } from "~/domain/csv-import/history-rows";
import { sortIssues, type ImportIssue } from "~/domain/csv-import/issues";
import { parsePeopleRows } from "~/domain/csv-import/people-rows";
import { readCsv } from "~/domain/csv-import/read-csv";
import { planHistory } from "~/models/import-history.server";
import type { ImportPlan } from "~/models/import-plan.server";
import { planPeople } from "~/models/import-people.server";
import { audit } from "~/utils/audit.server";
import { withBusyRetry, type DB } from "~/utils/db.server";
import { sha256 } from "~/utils/security.server";

export type ImportResult = { ok: true; counts: ImportCounts } | { ok: false; issues: ImportIssue[] };

/** Reads the file and checks every row against the database; file and database problems are reported together. */
async function plan(db: DB, kind: ImportKind, csvText: string): Promise<ImportPlan | { issues: ImportIssue[] }> {
  const read = readCsv(csvText);
  if ("issue" in read) return { issues: [read.issue] };
  const rows = read.table.records.length;
  const planned =
    kind === "people"
      ? await withRows(parsePeopleRows(read.table), (valid) => planPeople(db, valid, rows))
      : await withRows(parseHistoryRows(read.table), (valid) => planHistory(db, valid, rows));
  return planned;
}

async function withRows<R>(parsed: { rows: R[]; issues: ImportIssue[] }, next: (rows: R[]) => Promise<ImportPlan | { issues: ImportIssue[] }>) {
  const planned = await next(parsed.rows);
  const issues = [...parsed.issues, ...("issues" in planned ? planned.issues : [])];
  return issues.length ? { issues } : planned;
}

export async function previewImport(db: DB, kind: ImportKind, csvText: string): Promise<ImportResult> {
  const planned = await plan(db, kind, csvText);
  if ("issues" in planned) return { ok: false, issues: sortIssues(planned.issues) };
  return { ok: true, counts: planned.counts };
}

/** Checks and writes in one transaction, so the rows checked are the rows written; any bad row writes nothing. */
export async function runImport(
  db: DB,
  kind: ImportKind,
  csvText: string,
  { actorUserId, now = new Date() }: { actorUserId: number | null; now?: Date },
): Promise<ImportResult> {
  return withBusyRetry(() =>
    db.transaction().execute(async (trx): Promise<ImportResult> => {
      const planned = await plan(trx, kind, csvText);
      if ("issues" in planned) return { ok: false, issues: sortIssues(planned.issues) };
      const { counts } = planned;
      // A re-import that changes nothing leaves no trace at all, audit log included.
      if (counts.created + counts.updated + counts.careUnitsCreated === 0) return { ok: true, counts };
      await planned.write(trx, now, actorUserId);
      await audit(trx, { actorUserId, entity: "import", entityId: kind, action: "import", details: { ...counts, fileSha256: sha256(csvText) } }, now);
      return { ok: true, counts };
    }),
  );
}

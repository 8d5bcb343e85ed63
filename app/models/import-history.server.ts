// History import: each row becomes a historical request with its offer, and the assignment when one followed. The plan
// reads; the rows are staged outside any transaction and swapped in by one short one (import-history-stage.server.ts).
import type { HistoryStatus } from "~/domain/csv-import/formats";
import { DURATION_MAX, DURATION_MIN, isAssignmentOutcome, type HistoryRow } from "~/domain/csv-import/history-rows";
import type { ImportIssue } from "~/domain/csv-import/issues";
import { nameKey } from "~/domain/csv-import/names";
import { careUnitPlanner, isIssue, type UnitRef } from "~/models/import-care-units.server";
import { dropStage, stageHistory, swapHistory, type StagedRow } from "~/models/import-history-stage.server";
import { chunks, emptyCounts, type ImportPlan } from "~/models/import-plan.server";
import { minutesBetween } from "~/models/request-summary.server";
import type { DB } from "~/utils/db.server";
import { sha256 } from "~/utils/security.server";
import type { RequestStatus } from "~/domain/vocabulary";

export const HISTORY_TITLE = "Historisk uppgift (import)";
const DEFAULT_DURATION = 90;

const REQUEST_STATUS: Record<HistoryStatus, RequestStatus> = {
  declined: "cancelled",
  expired: "cancelled",
  withdrawn: "cancelled",
  booked: "confirmed",
  completed: "completed",
  cancelled: "cancelled",
  no_show: "cancelled",
};

interface Planned {
  row: HistoryRow;
  key: string;
  personId: number;
  unit: UnitRef;
}

const historyKey = (row: HistoryRow) => `history:${sha256(row.fingerprint)}`;

async function importedKeys(db: DB, keys: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const part of chunks(keys, 500)) {
    const rows = await db.selectFrom("requests").select("submission_key").where("submission_key", "in", part).execute();
    for (const r of rows) if (r.submission_key) found.add(r.submission_key);
  }
  return found;
}

export async function planHistory(db: DB, rows: HistoryRow[], rowCount: number): Promise<ImportPlan | { issues: ImportIssue[] }> {
  const keys = rows.map(historyKey);
  const [people, units, imported] = await Promise.all([
    db.selectFrom("people").select(["id", "email"]).where("email", "is not", null).execute(),
    careUnitPlanner(db),
    importedKeys(db, keys),
  ]);
  const personByEmail = new Map(people.map((p) => [nameKey(p.email ?? ""), p.id]));
  const issues: ImportIssue[] = [];
  const planned: Planned[] = [];
  const counts = emptyCounts(rowCount);
  rows.forEach((row, i) => {
    // A row imported before is skipped unchecked, so a re-import still works after a unit is renamed.
    if (imported.has(keys[i])) {
      counts.skipped++;
      return;
    }
    const personId = personByEmail.get(row.email);
    if (personId === undefined) issues.push({ line: row.line, key: "imports.errors.unknownPerson", vars: { email: row.email } });
    const unit = units.unitFor(row.line, row.careUnit, row.municipality);
    if (isIssue(unit)) issues.push(unit);
    else if (personId !== undefined) planned.push({ row, key: keys[i], personId, unit });
  });
  if (issues.length) return { issues };
  counts.created = planned.length;
  const newUnits = units.newUnits();
  counts.careUnitsCreated = newUnits.length;
  return {
    counts,
    stage: (db) => stageHistory(db, planned.map(stagedRow)),
    write: (trx, now) => swapHistory(trx, { units: newUnits, title: HISTORY_TITLE, at: now.toISOString() }),
    discard: dropStage,
  };
}

function stagedRow({ row, key, personId, unit }: Planned, seq: number): StagedRow {
  const timed = row.startsAt && row.endsAt ? { startsAt: row.startsAt, endsAt: row.endsAt } : null;
  const assigned = isAssignmentOutcome(row.status) ? row.status : null;
  return {
    seq,
    key,
    unit_name: unit.name,
    person_id: personId,
    wanted_role: row.role,
    format: row.role === "peer" ? "conversation" : "lecture",
    duration_minutes: timed ? Math.min(DURATION_MAX, Math.max(DURATION_MIN, minutesBetween(timed.startsAt, timed.endsAt))) : DEFAULT_DURATION,
    request_status: REQUEST_STATUS[row.status],
    offered_at: row.offeredAt,
    starts_at: timed?.startsAt ?? null,
    ends_at: timed?.endsAt ?? null,
    offer_status: assigned ? "accepted" : (row.status as "declined" | "expired" | "withdrawn"),
    assignment_status: assigned,
    hours: assigned === "completed" && timed ? Math.round((minutesBetween(timed.startsAt, timed.endsAt) / 60) * 100) / 100 : null,
  };
}

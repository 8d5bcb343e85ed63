// History import: each row becomes a historical request with its offer, and the assignment when one followed. The plan
// reads; the rows are staged outside any transaction and swapped in by one short one (import-history-stage.server.ts).
import type { HistoryStatus } from "~/domain/csv-import/formats";
import { DURATION_MAX, DURATION_MIN, isAssignmentOutcome, type HistoryRow } from "~/domain/csv-import/history-rows";
import type { ImportIssue } from "~/domain/csv-import/issues";
import { nameKey } from "~/domain/csv-import/names";
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

interface UnitRef {
  id: number | null;
  name: string;
  municipalityId: number;
}

interface Planned {
  row: HistoryRow;
  key: string;
  personId: number;
  unit: UnitRef;
}

const historyKey = (row: HistoryRow) => `history:${sha256(row.fingerprint)}`;

/** The one municipality named in a new unit's name ("Vårdcentralen Nässjö"), or what is wrong. */
function inferMunicipality(unitName: string, municipalities: { id: number; name: string }[]): number | { names: string[] } {
  const name = nameKey(unitName);
  const found = municipalities.filter((m) => name.includes(nameKey(m.name)));
  return found.length === 1 ? found[0].id : { names: found.map((m) => m.name) };
}

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
  const [people, units, municipalities, imported] = await Promise.all([
    db.selectFrom("people").select(["id", "email"]).where("email", "is not", null).execute(),
    db.selectFrom("care_units").select(["id", "name", "municipality_id"]).execute(),
    db.selectFrom("municipalities").select(["id", "name"]).orderBy("name").execute(),
    importedKeys(db, keys),
  ]);
  const personByEmail = new Map(people.map((p) => [nameKey(p.email ?? ""), p.id]));
  const unitByName = new Map<string, UnitRef>(units.map((u) => [nameKey(u.name), { id: u.id, name: u.name, municipalityId: u.municipality_id }]));
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
    let unit = unitByName.get(nameKey(row.careUnit));
    if (!unit) {
      const municipality = inferMunicipality(row.careUnit, municipalities);
      if (typeof municipality === "number") {
        unit = { id: null, name: row.careUnit, municipalityId: municipality };
        unitByName.set(nameKey(row.careUnit), unit);
        counts.careUnitsCreated++;
      } else if (municipality.names.length === 0) {
        issues.push({ line: row.line, key: "imports.errors.unitWithoutMunicipality", vars: { name: row.careUnit } });
      } else {
        issues.push({ line: row.line, key: "imports.errors.unitManyMunicipalities", vars: { name: row.careUnit, municipalities: municipality.names.join(", ") } });
      }
    }
    if (personId !== undefined && unit) planned.push({ row, key: keys[i], personId, unit });
  });
  if (issues.length) return { issues };
  counts.created = planned.length;
  const newUnits = [...unitByName.values()].filter((u) => u.id === null).map((u) => ({ name: u.name, municipalityId: u.municipalityId }));
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

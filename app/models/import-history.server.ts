// History import: each row becomes a historical request with its offer, and the assignment when one followed.
import type { Insertable } from "kysely";
import type { Database, RequestStatus } from "../../db/schema";
import type { HistoryStatus } from "~/domain/csv-import/formats";
import { DURATION_MAX, DURATION_MIN, isAssignmentOutcome, type HistoryRow } from "~/domain/csv-import/history-rows";
import type { ImportIssue } from "~/domain/csv-import/issues";
import { MINUTE_MS } from "~/domain/stockholm-time";
import { nameKey } from "~/domain/csv-import/names";
import { chunks, emptyCounts, type ImportPlan } from "~/models/import-plan.server";
import type { DB } from "~/utils/db.server";
import { sha256 } from "~/utils/security.server";

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
  return { counts, write: (trx, now) => writeHistory(trx, planned, [...unitByName.values()], now) };
}

async function createUnits(trx: DB, units: UnitRef[], at: string) {
  const fresh = units.filter((u) => u.id === null);
  for (const part of chunks(fresh)) {
    const created = await trx
      .insertInto("care_units")
      .values(part.map((u) => ({ name: u.name, municipality_id: u.municipalityId, kind: "other" as const, created_at: at })))
      .returning(["id", "name"])
      .execute();
    const byName = new Map(created.map((c) => [c.name, c.id]));
    for (const u of part) u.id = byName.get(u.name) ?? null;
  }
}

function minutesBetween(startsAt: string, endsAt: string) {
  return Math.round((Date.parse(endsAt) - Date.parse(startsAt)) / MINUTE_MS);
}

async function writeHistory(trx: DB, planned: Planned[], units: UnitRef[], now: Date) {
  const at = now.toISOString();
  await createUnits(trx, units, at);
  for (const part of chunks(planned)) {
    const requests = await trx
      .insertInto("requests")
      .values(part.map((p) => requestRow(p, at)))
      .returning(["id", "submission_key"])
      .execute();
    const requestId = new Map(requests.map((r) => [r.submission_key, r.id]));
    const idOf = (p: Planned) => requestId.get(p.key) as number;
    const timed = part.filter((p) => p.row.startsAt && p.row.endsAt);
    const slots = timed.length
      ? await trx
          .insertInto("request_slots")
          .values(timed.map((p) => ({ request_id: idOf(p), starts_at: p.row.startsAt as string, ends_at: p.row.endsAt as string })))
          .returning(["id", "request_id"])
          .execute()
      : [];
    const slotId = new Map(slots.map((s) => [s.request_id, s.id]));
    await trx
      .insertInto("request_events")
      .values(part.map((p) => ({ request_id: idOf(p), status: REQUEST_STATUS[p.row.status], actor_user_id: null, note: "import", at })))
      .execute();
    const offers = await trx
      .insertInto("offers")
      .values(
        part.map((p) => ({
          request_id: idOf(p),
          slot_id: slotId.get(idOf(p)) ?? null,
          person_id: p.personId,
          status: isAssignmentOutcome(p.row.status) ? ("accepted" as const) : p.row.status,
          offered_at: p.row.offeredAt,
          reply_by: null,
          responded_at: null,
          decline_reason: null,
          offered_by: null,
        })),
      )
      .returning(["id", "request_id"])
      .execute();
    const offerId = new Map(offers.map((o) => [o.request_id, o.id]));
    const assigned = part.filter((p) => isAssignmentOutcome(p.row.status));
    if (assigned.length === 0) continue;
    await trx
      .insertInto("assignments")
      .values(
        assigned.map((p) => {
          const startsAt = p.row.startsAt as string;
          const endsAt = p.row.endsAt as string;
          return {
            offer_id: offerId.get(idOf(p)) as number,
            request_id: idOf(p),
            person_id: p.personId,
            starts_at: startsAt,
            ends_at: endsAt,
            status: p.row.status as "booked" | "completed" | "cancelled" | "no_show",
            hours: p.row.status === "completed" ? Math.round(minutesBetween(startsAt, endsAt) / 60 * 100) / 100 : null,
            created_at: at,
            updated_at: at,
          };
        }),
      )
      .execute();
  }
}

function requestRow(p: Planned, at: string): Insertable<Database["requests"]> {
  const { row, unit } = p;
  const duration = row.startsAt && row.endsAt ? minutesBetween(row.startsAt, row.endsAt) : DEFAULT_DURATION;
  return {
    care_unit_id: unit.id as number,
    created_by: null,
    wanted_role: row.role,
    format: row.role === "peer" ? "conversation" : "lecture",
    title: HISTORY_TITLE,
    audience: "staff",
    audience_size: 1,
    is_digital: 0,
    municipality_id: unit.municipalityId,
    address: null,
    duration_minutes: Math.min(DURATION_MAX, Math.max(DURATION_MIN, duration)),
    contact_name: "",
    contact_phone: "",
    wished_person_id: null,
    status: REQUEST_STATUS[row.status],
    status_reason: null,
    submission_key: p.key,
    is_historical: 1,
    created_at: row.offeredAt,
    updated_at: at,
  };
}

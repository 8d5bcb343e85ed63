// Contacts import (issue M): each row becomes a patient supporter's logged contact with a care unit. A contact logged
// before, by the file or by hand (same supporter, unit, day and kind), is left alone: the table's UNIQUE says it is one.
import type { ContactRow } from "~/domain/csv-import/contacts-rows";
import type { ImportIssue } from "~/domain/csv-import/issues";
import { nameKey } from "~/domain/csv-import/names";
import { careUnitPlanner, insertCareUnits, isIssue, type UnitRef } from "~/models/import-care-units.server";
import { chunks, emptyCounts, type ImportPlan } from "~/models/import-plan.server";
import type { DB } from "~/utils/db.server";

interface Planned {
  row: ContactRow;
  personId: number;
  unit: UnitRef;
}

const contactKey = (personId: number, unit: UnitRef | number, contactedOn: string, kind: string) =>
  [personId, typeof unit === "number" ? unit : (unit.id ?? `new:${nameKey(unit.name)}`), contactedOn, kind].join("\u001f");

/** The e-mails of the people the file names, with whether each holds the supporter role. */
async function peopleByEmail(db: DB): Promise<Map<string, { id: number; supporter: boolean }>> {
  const [people, supporters] = await Promise.all([
    db.selectFrom("people").select(["id", "email"]).where("email", "is not", null).execute(),
    db.selectFrom("person_roles").select("person_id").where("role", "=", "supporter").execute(),
  ]);
  const supporterIds = new Set(supporters.map((s) => s.person_id));
  return new Map(people.map((p) => [nameKey(p.email ?? ""), { id: p.id, supporter: supporterIds.has(p.id) }]));
}

async function loggedContacts(db: DB, personIds: number[]): Promise<Set<string>> {
  const keys = new Set<string>();
  for (const part of chunks(personIds, 500)) {
    const rows = await db.selectFrom("supporter_contacts").select(["person_id", "care_unit_id", "contacted_on", "kind"]).where("person_id", "in", part).execute();
    for (const r of rows) keys.add(contactKey(r.person_id, r.care_unit_id, r.contacted_on, r.kind));
  }
  return keys;
}

export async function planContacts(db: DB, rows: ContactRow[], rowCount: number): Promise<ImportPlan | { issues: ImportIssue[] }> {
  const [people, units] = await Promise.all([peopleByEmail(db), careUnitPlanner(db)]);
  const issues: ImportIssue[] = [];
  const planned: Planned[] = [];
  for (const row of rows) {
    const person = people.get(row.email);
    if (!person) issues.push({ line: row.line, key: "imports.errors.unknownPerson", vars: { email: row.email } });
    else if (!person.supporter) issues.push({ line: row.line, key: "imports.errors.notSupporter", vars: { email: row.email } });
    const unit = units.unitFor(row.line, row.careUnit, row.municipality);
    if (isIssue(unit)) issues.push(unit);
    else if (person?.supporter) planned.push({ row, personId: person.id, unit });
  }
  if (issues.length) return { issues };
  const seen = await loggedContacts(db, [...new Set(planned.map((p) => p.personId))]);
  const fresh = planned.filter((p) => {
    const key = contactKey(p.personId, p.unit, p.row.contactedOn, p.row.kind);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const newUnits = units.newUnits();
  const counts = emptyCounts(rowCount);
  counts.created = fresh.length;
  counts.skipped = planned.length - fresh.length;
  counts.careUnitsCreated = newUnits.length;
  return {
    counts,
    write: async (trx, now, actorUserId) => {
      const at = now.toISOString();
      const unitIds = await insertCareUnits(trx, newUnits, at);
      const values = fresh.map(({ row, personId, unit }) => ({
        person_id: personId,
        care_unit_id: unit.id ?? (unitIds.get(unit.name) as number),
        contacted_on: row.contactedOn,
        kind: row.kind,
        created_at: at,
        created_by_user_id: actorUserId,
      }));
      // A contact someone logged by hand since the plan read is still one contact: the UNIQUE keeps the first.
      for (const part of chunks(values)) {
        await trx
          .insertInto("supporter_contacts")
          .values(part)
          .onConflict((oc) => oc.columns(["person_id", "care_unit_id", "contacted_on", "kind"]).doNothing())
          .execute();
      }
    },
  };
}

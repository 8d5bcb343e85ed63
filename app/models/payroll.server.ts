// The year's completed assignments for payroll: one row each, in the order they happened.
import { yearSpan } from "~/domain/goals";
import { instantToLocal } from "~/domain/stockholm-time";
import type { DB } from "~/utils/db.server";
import type { Role } from "~/domain/vocabulary";

export interface PayrollRow {
  date: string;
  personId: number;
  /** Null once the person is anonymised: the export names them by number, in the reader's language. */
  person: string | null;
  role: Role;
  careUnit: string;
  hours: number | null;
  compensationSek: number | null;
  travelKm: number | null;
}

export async function listPayrollRows(db: DB, year: number): Promise<PayrollRow[]> {
  const { start, end } = yearSpan(year);
  const rows = await db
    .selectFrom("assignments")
    .innerJoin("people", "people.id", "assignments.person_id")
    .innerJoin("requests", "requests.id", "assignments.request_id")
    .innerJoin("care_units", "care_units.id", "requests.care_unit_id")
    .select([
      "assignments.starts_at",
      "people.id as personId",
      "people.name",
      "people.anonymised_at",
      "requests.wanted_role",
      "care_units.name as careUnit",
      "assignments.hours",
      "assignments.compensation_sek",
      "assignments.travel_km",
    ])
    .where("assignments.status", "=", "completed")
    .where("assignments.starts_at", ">=", new Date(start).toISOString())
    .where("assignments.starts_at", "<", new Date(end).toISOString())
    .orderBy("assignments.starts_at")
    .orderBy("assignments.id")
    .execute();
  return rows.map((r) => ({
    date: instantToLocal(new Date(r.starts_at)).date,
    personId: r.personId,
    person: r.anonymised_at ? null : r.name,
    role: r.wanted_role,
    careUnit: r.careUnit,
    hours: r.hours,
    compensationSek: r.compensation_sek,
    travelKm: r.travel_km,
  }));
}

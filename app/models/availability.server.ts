// Loads a person's availability rules (windows, exceptions, bookings) for the pure rules in domain/availability.
import type { AvailabilityRules } from "~/domain/availability";
import { addDays, DAY_MS, instantToLocal } from "~/domain/stockholm-time";
import type { DB } from "~/utils/db.server";

/** Rules covering [from, to), with a day's margin so travel buffers at the edges are seen. */
export async function getAvailabilityRules(db: DB, personId: number, range: { from: Date; to: Date }): Promise<AvailabilityRules> {
  const fromDate = addDays(instantToLocal(range.from).date, -1);
  const toDate = addDays(instantToLocal(range.to).date, 1);
  const [windows, exceptions, bookings] = await Promise.all([
    db
      .selectFrom("availability_windows")
      .select(["weekday", "start_minute", "end_minute"])
      .where("person_id", "=", personId)
      .execute(),
    db
      .selectFrom("availability_exceptions")
      .select(["kind", "from_date", "to_date", "start_minute", "end_minute"])
      .where("person_id", "=", personId)
      .where("from_date", "<=", toDate)
      .where("to_date", ">=", fromDate)
      .execute(),
    db
      .selectFrom("assignments")
      .innerJoin("requests", "requests.id", "assignments.request_id")
      .select(["assignments.starts_at", "assignments.ends_at", "requests.is_digital"])
      .where("assignments.person_id", "=", personId)
      .where("assignments.status", "=", "booked")
      .where("assignments.ends_at", ">", new Date(range.from.getTime() - DAY_MS).toISOString())
      .where("assignments.starts_at", "<", new Date(range.to.getTime() + DAY_MS).toISOString())
      .execute(),
  ]);
  return {
    windows: windows.map((w) => ({ weekday: w.weekday, startMinute: w.start_minute, endMinute: w.end_minute })),
    exceptions: exceptions.map((x) => ({
      kind: x.kind,
      fromDate: x.from_date,
      toDate: x.to_date,
      startMinute: x.start_minute,
      endMinute: x.end_minute,
    })),
    bookings: bookings.map((b) => ({ start: new Date(b.starts_at), end: new Date(b.ends_at), isDigital: b.is_digital === 1 })),
  };
}

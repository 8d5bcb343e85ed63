// Loads a person's availability rules (windows, exceptions, bookings) for the pure rules in domain/availability.
import type { ExceptionKind } from "~/domain/vocabulary";
import { exceptionProblem, type AvailabilityRules } from "~/domain/availability";
import { addDays, DAY_MS, instantToLocal } from "~/domain/stockholm-time";
import { audit } from "~/utils/audit.server";
import type { DB } from "~/utils/db.server";
import { bookedAssignments } from "./assignments.server";
import { findTouches, releaseTouches, type ReleaseChoice, type Touches } from "./commitments.server";

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
    bookedAssignments(db, personId)
      .select(["assignments.starts_at", "assignments.ends_at", "requests.is_digital"])
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

export const MAX_WINDOWS = 30;

export async function listWindows(db: DB, personId: number) {
  return db
    .selectFrom("availability_windows")
    .select(["id", "weekday", "start_minute", "end_minute"])
    .where("person_id", "=", personId)
    .orderBy("weekday")
    .orderBy("start_minute")
    .execute();
}

export async function addWindow(
  db: DB,
  { personId, userId, weekday, startMinute, endMinute }: { personId: number; userId: number; weekday: number; startMinute: number; endMinute: number },
): Promise<"tooMany" | null> {
  return db.transaction().execute(async (trx) => {
    const { n } = await trx
      .selectFrom("availability_windows")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("person_id", "=", personId)
      .executeTakeFirstOrThrow();
    if (Number(n) >= MAX_WINDOWS) return "tooMany";
    const { id } = await trx
      .insertInto("availability_windows")
      .values({ person_id: personId, weekday, start_minute: startMinute, end_minute: endMinute })
      .returning("id")
      .executeTakeFirstOrThrow();
    await audit(trx, { actorUserId: userId, entity: "availability_window", entityId: id, action: "create", details: { personId } });
    return null;
  });
}

/** Scoped by person: another person's window id deletes nothing and answers false. */
export async function deleteWindow(db: DB, { personId, userId, windowId }: { personId: number; userId: number; windowId: number }) {
  return db.transaction().execute(async (trx) => {
    const result = await trx.deleteFrom("availability_windows").where("id", "=", windowId).where("person_id", "=", personId).executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) return false;
    await audit(trx, { actorUserId: userId, entity: "availability_window", entityId: windowId, action: "delete", details: { personId } });
    return true;
  });
}

export async function listUpcomingExceptions(db: DB, { personId, today }: { personId: number; today: string }) {
  return db
    .selectFrom("availability_exceptions")
    .select(["id", "kind", "from_date", "to_date", "start_minute", "end_minute"])
    .where("person_id", "=", personId)
    .where("to_date", ">=", today)
    .orderBy("from_date")
    .execute();
}

export interface ExceptionInput {
  kind: ExceptionKind;
  fromDate: string;
  toDate: string;
  startMinute: number | null;
  endMinute: number | null;
}

const periodOf = (input: ExceptionInput) => ({ fromDate: input.fromDate, toDate: input.toDate, startMinute: input.startMinute, endMinute: input.endMinute });

/** What blocking these days would touch: coming bookings and pending offers in them; nothing for an extra time. */
export async function exceptionTouches(db: DB, { personId, input, now = new Date() }: { personId: number; input: ExceptionInput; now?: Date }): Promise<Touches> {
  if (input.kind !== "blocked") return { bookings: [], offers: [] };
  return findTouches(db, { personId, period: periodOf(input), now });
}

/** Saves the exception; a blocked one also releases what it touches, in the same transaction, as the volunteer chose. */
export async function addException(
  db: DB,
  { personId, userId, input, release }: { personId: number; userId: number; input: ExceptionInput; release?: ReleaseChoice },
  now = new Date(),
): Promise<{ cancelled: number[]; declined: number[] }> {
  // The form checks this first; the model refuses too, so no other path can store an exception out of bounds.
  const problem = exceptionProblem(input, instantToLocal(now).date);
  if (problem) throw new Error(`Undantaget är ogiltigt (${problem.key}).`);
  return db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto("availability_exceptions")
      .values({
        person_id: personId,
        kind: input.kind,
        from_date: input.fromDate,
        to_date: input.toDate,
        start_minute: input.startMinute,
        end_minute: input.endMinute,
        note: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await audit(trx, { actorUserId: userId, entity: "availability_exception", entityId: id, action: "create", details: { personId } });
    if (input.kind !== "blocked" || !release) return { cancelled: [], declined: [] };
    return releaseTouches(trx, {
      personId,
      period: periodOf(input),
      cancelBookings: release.cancelBookings,
      reason: release.reason,
      offerReason: "declined",
      cancelledBy: "volunteer",
      actorUserId: userId,
      now,
    });
  });
}

/** The person's pause as of today: until a date, until further notice (null), or not paused (undefined). */
export async function getPause(db: DB, { personId, today }: { personId: number; today: string }): Promise<{ until: string | null } | undefined> {
  const p = await db.selectFrom("people").select(["status", "paused_until"]).where("id", "=", personId).executeTakeFirst();
  if (!p || p.status !== "paused" || (p.paused_until !== null && p.paused_until < today)) return undefined;
  return { until: p.paused_until };
}

export async function deleteException(db: DB, { personId, userId, exceptionId }: { personId: number; userId: number; exceptionId: number }) {
  return db.transaction().execute(async (trx) => {
    const result = await trx
      .deleteFrom("availability_exceptions")
      .where("id", "=", exceptionId)
      .where("person_id", "=", personId)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) return false;
    await audit(trx, { actorUserId: userId, entity: "availability_exception", entityId: exceptionId, action: "delete", details: { personId } });
    return true;
  });
}

/** The person's booked assignments in [from, to), with titles, for the month view. */
export async function listBookings(db: DB, { personId, from, to }: { personId: number; from: Date; to: Date }) {
  const rows = await db
    .selectFrom("assignments")
    .innerJoin("requests", "requests.id", "assignments.request_id")
    .select(["assignments.starts_at", "assignments.ends_at", "requests.title"])
    .where("assignments.person_id", "=", personId)
    .where("assignments.status", "=", "booked")
    .where("assignments.ends_at", ">", from.toISOString())
    .where("assignments.starts_at", "<", to.toISOString())
    .orderBy("assignments.starts_at")
    .execute();
  return rows.map((r) => ({ start: new Date(r.starts_at), end: new Date(r.ends_at), title: r.title }));
}

// Assignments: a volunteer's upcoming and past ones, the care unit's contact once confirmed, the volunteer's feedback,
// calling a booking off ("Jag kan inte komma"), and the coordinator recording what happened.
import { changesCalendar, outcomeNeedsStart, outcomeProblem, requestStatusFor, type OutcomeStatus } from "~/domain/desk-rules";
import { FEEDBACK_LIMITS } from "~/domain/offer-rules";
import { assertRequestTransition } from "~/domain/request-lifecycle";
import { audit } from "~/utils/audit.server";
import type { DB } from "~/utils/db.server";
import { notifyAssignmentChanged, notifyCantCome } from "./notifications.server";
import { setRequestStatus } from "./request-status.server";
import { assignmentsWithRequest, REQUEST_SUMMARY_COLUMNS, requestSummary } from "./request-summary.server";
import type { CancelledBy } from "~/domain/vocabulary";

export type FeedbackResult = { ok: true } | { ok: false; reason: "notFound" | "notEnded" | "notAllowed" | "alreadyGiven" };
export type OutcomeResult = { ok: true } | { ok: false; reason: "notFound" | "notStarted" };
export type CantComeResult = { ok: true } | { ok: false; reason: "notFound" | "notBooked" | "started" };

/** A person's booked assignments with their request: the bookings that hold her time. */
export const bookedAssignments = (db: DB, personId: number) =>
  db
    .selectFrom("assignments")
    .innerJoin("requests", "requests.id", "assignments.request_id")
    .where("assignments.person_id", "=", personId)
    .where("assignments.status", "=", "booked");

function assignmentQuery(db: DB) {
  return assignmentsWithRequest(db)
    .leftJoin("feedback", (join) => join.onRef("feedback.assignment_id", "=", "assignments.id").on("feedback.author", "=", "volunteer"))
    .select([
      "assignments.id",
      "assignments.status",
      "assignments.starts_at",
      "assignments.ends_at",
      "assignments.hours",
      "assignments.travel_km",
      "assignments.status_reason",
      ...REQUEST_SUMMARY_COLUMNS,
      "requests.contact_name",
      "requests.contact_phone",
      "feedback.id as feedback_id",
      "feedback.rating as feedback_rating",
      "feedback.comment as feedback_comment",
    ]);
}

type AssignmentRow = Awaited<ReturnType<ReturnType<typeof assignmentQuery>["executeTakeFirstOrThrow"]>>;

/** Feedback is for assignments that took place (or are still marked booked after their end). */
const FEEDBACK_STATUSES = new Set(["booked", "completed"]);

function toView(row: AssignmentRow, now: Date) {
  const confirmed = row.status === "booked" || row.status === "completed";
  const ended = Date.parse(row.ends_at) <= now.getTime();
  const started = Date.parse(row.starts_at) <= now.getTime();
  return {
    id: row.id,
    status: row.status,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    ...requestSummary(row),
    // The care unit's contact is for a confirmed assignment only; a cancelled one has no one to call.
    contact: confirmed ? { name: row.contact_name, phone: row.contact_phone } : null,
    ended,
    canCancel: row.status === "booked" && !started,
    cancelReason: row.status === "cancelled" ? row.status_reason : null,
    hasFeedback: row.feedback_id !== null,
    canGiveFeedback: ended && row.feedback_id === null && FEEDBACK_STATUSES.has(row.status),
    feedback: row.feedback_id === null ? null : { rating: row.feedback_rating!, comment: row.feedback_comment, hours: row.hours, travelKm: row.travel_km },
  };
}

export type AssignmentView = ReturnType<typeof toView>;

/** Upcoming: booked and not yet started, soonest first. Past: everything else, latest first (cancelled ones too). */
export async function listAssignmentsForPerson(db: DB, { personId, now = new Date() }: { personId: number; now?: Date }) {
  const rows = await assignmentQuery(db)
    .where("assignments.person_id", "=", personId)
    .orderBy("assignments.starts_at")
    .orderBy("assignments.id")
    .execute();
  const views = rows.map((row) => toView(row, now));
  const isUpcoming = (a: AssignmentView) => a.status === "booked" && Date.parse(a.startsAt) >= now.getTime();
  return { upcoming: views.filter(isUpcoming), past: views.filter((a) => !isUpcoming(a)).reverse() };
}

/** Scoped to the person: another volunteer's assignment id gives undefined. */
export async function getAssignmentForPerson(
  db: DB,
  { assignmentId, personId, now = new Date() }: { assignmentId: number; personId: number; now?: Date },
): Promise<AssignmentView | undefined> {
  const row = await assignmentQuery(db)
    .where("assignments.id", "=", assignmentId)
    .where("assignments.person_id", "=", personId)
    .executeTakeFirst();
  return row ? toView(row, now) : undefined;
}

/** Once per assignment, after its end; hours and travel also go onto the assignment for the payroll export. */
export async function saveVolunteerFeedback(
  db: DB,
  input: { assignmentId: number; personId: number; userId: number; rating: number; comment?: string | null; hours: number; travelKm: number; now?: Date },
): Promise<FeedbackResult> {
  const now = input.now ?? new Date();
  const at = now.toISOString();
  const comment = input.comment?.trim().slice(0, FEEDBACK_LIMITS.commentMax) || null;
  return db.transaction().execute(async (trx): Promise<FeedbackResult> => {
    const assignment = await getAssignmentForPerson(trx, { assignmentId: input.assignmentId, personId: input.personId, now });
    if (!assignment) return { ok: false, reason: "notFound" };
    if (assignment.hasFeedback) return { ok: false, reason: "alreadyGiven" };
    if (!FEEDBACK_STATUSES.has(assignment.status)) return { ok: false, reason: "notAllowed" };
    if (!assignment.ended) return { ok: false, reason: "notEnded" };
    await trx
      .insertInto("feedback")
      .values({
        assignment_id: assignment.id,
        author: "volunteer",
        author_user_id: input.userId,
        rating: input.rating,
        comment,
        hours: input.hours,
        travel_km: input.travelKm,
        created_at: at,
      })
      .execute();
    await trx
      .updateTable("assignments")
      .set({ hours: input.hours, travel_km: input.travelKm, updated_at: at })
      .where("id", "=", assignment.id)
      .execute();
    await audit(
      trx,
      { actorUserId: input.userId, entity: "assignment", entityId: assignment.id, action: "volunteer_feedback", details: { rating: input.rating, hours: input.hours, travelKm: input.travelKm } },
      now,
    );
    return { ok: true };
  });
}

/**
 * Calls off one booked assignment that has not started, in the caller's transaction: cancelled with a higher SEQUENCE
 * (the calendar feeds show it CANCELLED), its request back to open so someone else can be found, audited, and the care
 * unit and coordinator told with the reason. False when it was no longer booked or has started.
 */
export async function cancelBooking(
  trx: DB,
  { assignmentId, reason, cancelledBy, actorUserId, now }: { assignmentId: number; reason: string; cancelledBy: CancelledBy; actorUserId: number | null; now: Date },
): Promise<boolean> {
  const at = now.toISOString();
  const booked = await trx.selectFrom("assignments").select(["request_id", "starts_at"]).where("id", "=", assignmentId).where("status", "=", "booked").executeTakeFirst();
  if (!booked || Date.parse(booked.starts_at) <= now.getTime()) return false;
  await trx
    .updateTable("assignments")
    .set((eb) => ({ status: "cancelled", cancelled_by: cancelledBy, status_reason: reason, sequence: eb("sequence", "+", 1), updated_at: at }))
    .where("id", "=", assignmentId)
    .execute();
  const request = await trx.selectFrom("requests").select("status").where("id", "=", booked.request_id).executeTakeFirstOrThrow();
  const stillBooked = await trx.selectFrom("assignments").select("id").where("request_id", "=", booked.request_id).where("status", "=", "booked").executeTakeFirst();
  const reopened = request.status === "confirmed" && !stillBooked;
  if (reopened) {
    assertRequestTransition(request.status, "open");
    await setRequestStatus(trx, { requestId: booked.request_id, status: "open", actorUserId, at, note: reason });
  }
  // The reason is the volunteer's own words and may say something about her health: the log keeps only who and what.
  await audit(trx, { actorUserId, entity: "assignment", entityId: assignmentId, action: "cancel", details: { requestId: booked.request_id, cancelledBy, reopened } }, now);
  await notifyCantCome(trx, { assignmentId, reason, by: cancelledBy === "volunteer" ? "volunteer" : "coordinator", now });
  return true;
}

/** "Jag kan inte komma": the volunteer calls off her own booked assignment, up to its start, giving a reason. */
export async function cancelAssignmentByVolunteer(
  db: DB,
  { assignmentId, personId, userId, reason, now = new Date() }: { assignmentId: number; personId: number; userId: number; reason: string; now?: Date },
): Promise<CantComeResult> {
  return db.transaction().execute(async (trx): Promise<CantComeResult> => {
    const assignment = await getAssignmentForPerson(trx, { assignmentId, personId, now });
    if (!assignment) return { ok: false, reason: "notFound" };
    if (assignment.status !== "booked") return { ok: false, reason: "notBooked" };
    if (!assignment.canCancel) return { ok: false, reason: "started" };
    await cancelBooking(trx, { assignmentId, reason, cancelledBy: "volunteer", actorUserId: userId, now });
    return { ok: true };
  });
}

export interface OutcomeInput {
  assignmentId: number;
  coordinatorId: number;
  status: OutcomeStatus;
  hours: number | null;
  compensationSek: number | null;
  reason: string | null;
  /** When given, an assignment of another request is not found. */
  requestId?: number;
  now?: Date;
}

/**
 * Records what happened: the assignment's status, hours and compensation, and its request completed or cancelled.
 * A change a subscribed calendar must see gets a higher SEQUENCE, as cancelRequest does.
 */
export async function setAssignmentOutcome(db: DB, input: OutcomeInput): Promise<OutcomeResult> {
  const now = input.now ?? new Date();
  // The desk's form checks this first; the model refuses too, so no other path can store an outcome the payroll cannot use.
  const problem = outcomeProblem(input);
  if (problem) throw new Error(`Utfallet är ogiltigt (${problem.key}).`);
  const reason = input.reason?.trim() || null;
  return db.transaction().execute(async (trx): Promise<OutcomeResult> => {
    const assignment = await trx
      .selectFrom("assignments")
      .innerJoin("requests", "requests.id", "assignments.request_id")
      .select(["assignments.id", "assignments.status", "assignments.request_id", "assignments.starts_at", "requests.status as request_status"])
      .where("assignments.id", "=", input.assignmentId)
      .$if(input.requestId !== undefined, (qb) => qb.where("assignments.request_id", "=", input.requestId!))
      .executeTakeFirst();
    if (!assignment) return { ok: false, reason: "notFound" };
    if (outcomeNeedsStart(input.status) && Date.parse(assignment.starts_at) > now.getTime()) return { ok: false, reason: "notStarted" };
    const at = now.toISOString();
    const bump = changesCalendar(assignment.status, input.status);
    await trx
      .updateTable("assignments")
      .set((eb) => ({
        status: input.status,
        status_reason: input.status === "completed" ? null : reason,
        hours: input.hours,
        compensation_sek: input.compensationSek,
        sequence: bump ? eb("sequence", "+", 1) : eb.ref("sequence"),
        updated_at: at,
      }))
      .where("id", "=", assignment.id)
      .execute();
    const requestStatus = requestStatusFor(input.status);
    if (assignment.request_status !== requestStatus) {
      await setRequestStatus(trx, { requestId: assignment.request_id, status: requestStatus, actorUserId: input.coordinatorId, at, reason: input.status === "completed" ? null : reason });
    }
    await audit(
      trx,
      {
        actorUserId: input.coordinatorId,
        entity: "assignment",
        entityId: assignment.id,
        action: "outcome",
        details: { from: assignment.status, to: input.status, hours: input.hours, compensationSek: input.compensationSek, sequenceBumped: bump },
      },
      now,
    );
    if (assignment.status !== input.status) await notifyAssignmentChanged(trx, assignment.id, now);
    return { ok: true };
  });
}

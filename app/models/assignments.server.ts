// A volunteer's assignments: upcoming and past, the care unit's contact once confirmed, and the volunteer's feedback.
import { FEEDBACK_LIMITS } from "~/domain/offer-rules";
import { audit } from "~/utils/audit.server";
import type { DB } from "~/utils/db.server";
import { REQUEST_SUMMARY_COLUMNS, requestSummary } from "./request-summary.server";

export type FeedbackResult = { ok: true } | { ok: false; reason: "notFound" | "notEnded" | "notAllowed" | "alreadyGiven" };

function assignmentQuery(db: DB) {
  return db
    .selectFrom("assignments")
    .innerJoin("requests", "requests.id", "assignments.request_id")
    .innerJoin("care_units", "care_units.id", "requests.care_unit_id")
    .leftJoin("municipalities", "municipalities.id", "requests.municipality_id")
    .leftJoin("feedback", (join) => join.onRef("feedback.assignment_id", "=", "assignments.id").on("feedback.author", "=", "volunteer"))
    .select([
      "assignments.id",
      "assignments.status",
      "assignments.starts_at",
      "assignments.ends_at",
      "assignments.hours",
      "assignments.travel_km",
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
  return {
    id: row.id,
    status: row.status,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    ...requestSummary(row),
    // The care unit's contact is for a confirmed assignment only; a cancelled one has no one to call.
    contact: confirmed ? { name: row.contact_name, phone: row.contact_phone } : null,
    ended,
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

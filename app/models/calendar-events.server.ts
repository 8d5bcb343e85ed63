// The assignments a calendar feed shows, for a person (their own) or a care unit (its requests'); shared by both feeds.
import type { CalendarEntry } from "~/domain/mail/handoff-mail";
import type { DB } from "~/utils/db.server";
import type { FeedOwner } from "./calendar-tokens.server";

/** Cancelled ones stay in the feed so a subscribed calendar learns of the cancellation instead of keeping the event. */
export const FEED_STATUSES = ["booked", "completed", "cancelled"] as const;
export type FeedStatus = (typeof FEED_STATUSES)[number];

/** The feed's event of an assignment; the booking mails attach the same (domain/mail/handoff-mail.ts). */
export type FeedAssignment = CalendarEntry & { status: FeedStatus };

function feedRows(db: DB) {
  return db
    .selectFrom("assignments")
    .innerJoin("requests", "requests.id", "assignments.request_id")
    .innerJoin("care_units", "care_units.id", "requests.care_unit_id")
    .leftJoin("municipalities", "municipalities.id", "requests.municipality_id")
    .select([
      "assignments.id",
      "assignments.starts_at",
      "assignments.ends_at",
      "assignments.status",
      "assignments.sequence",
      "assignments.updated_at",
      "requests.title",
      "requests.is_digital",
      "requests.address",
      "municipalities.name as municipality",
      "care_units.name as care_unit",
    ])
    .where("assignments.status", "in", FEED_STATUSES)
    .$narrowType<{ status: FeedStatus }>();
}

export async function listFeedAssignments(db: DB, owner: FeedOwner): Promise<FeedAssignment[]> {
  let query = feedRows(db);
  query =
    "personId" in owner
      ? query.where("assignments.person_id", "=", owner.personId)
      : query.where("requests.care_unit_id", "=", owner.careUnitId);
  return query.orderBy("assignments.starts_at").orderBy("assignments.id").execute();
}

/** One assignment as the feeds show it, for the invitation a booking or cancellation mail carries. */
export function getFeedAssignment(db: DB, assignmentId: number): Promise<FeedAssignment | undefined> {
  return feedRows(db).where("assignments.id", "=", assignmentId).executeTakeFirst();
}

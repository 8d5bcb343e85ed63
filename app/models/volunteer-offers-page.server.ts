// The volunteer's offers page (a page read): the inbox of pending and recently answered offers, and one offer.
import { compensationFor } from "~/domain/offer-rules";
import { isOfferExpired } from "~/domain/request-lifecycle";
import type { DB } from "~/utils/db.server";
import { offerMinutes, offersWithRequest, REQUEST_SUMMARY_COLUMNS, requestSummary } from "./request-summary.server";

/** Answered offers shown under the pending ones; older ones stay in the database, not on the phone. */
const RECENT_ANSWERED = 20;

function offerQuery(db: DB) {
  return offersWithRequest(db)
    .leftJoin("assignments", "assignments.offer_id", "offers.id")
    .select([
      "offers.id",
      "offers.status",
      "offers.offered_at",
      "offers.reply_by",
      "offers.responded_at",
      "offers.decline_reason",
      ...REQUEST_SUMMARY_COLUMNS,
      "requests.duration_minutes",
      "requests.wanted_role",
      "request_slots.starts_at",
      "request_slots.ends_at",
      "assignments.id as assignment_id",
    ]);
}


type OfferRow = Awaited<ReturnType<ReturnType<typeof offerQuery>["executeTakeFirstOrThrow"]>>;

function toView(row: OfferRow, now: Date) {
  return {
    id: row.id,
    status: row.status,
    /** A pending offer past its deadline (or its start): shown as expired, cannot be accepted. */
    expired: row.status === "expired" || (row.status === "pending" && isOfferExpired({ replyBy: row.reply_by, slotStart: row.starts_at }, now)),
    offeredAt: row.offered_at,
    replyBy: row.reply_by,
    respondedAt: row.responded_at,
    declineReason: row.decline_reason,
    ...requestSummary(row),
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    durationMinutes: offerMinutes(row),
    role: row.wanted_role,
    compensation: compensationFor(row.wanted_role, offerMinutes(row)),
    assignmentId: row.assignment_id,
  };
}

export type OfferView = ReturnType<typeof toView>;

/** Open offers first (soonest deadline first), then expired ones, then the most recently answered. */
export async function listOffersForPerson(db: DB, { personId, now = new Date() }: { personId: number; now?: Date }): Promise<OfferView[]> {
  const [pending, answered] = await Promise.all([
    offerQuery(db).where("offers.person_id", "=", personId).where("offers.status", "=", "pending").execute(),
    offerQuery(db)
      .where("offers.person_id", "=", personId)
      .where("offers.status", "!=", "pending")
      .orderBy((eb) => eb.fn.coalesce("offers.responded_at", "offers.offered_at"), "desc")
      .orderBy("offers.id", "desc")
      .limit(RECENT_ANSWERED)
      .execute(),
  ]);
  const open = pending.map((row) => toView(row, now));
  const deadline = (o: OfferView) => o.replyBy ?? o.startsAt ?? "9999";
  open.sort((a, b) => Number(a.expired) - Number(b.expired) || deadline(a).localeCompare(deadline(b)) || a.id - b.id);
  return [...open, ...answered.map((row) => toView(row, now))];
}

/** Scoped to the person: another volunteer's offer id gives undefined, never their offer. */
export async function getOfferForPerson(
  db: DB,
  { offerId, personId, now = new Date() }: { offerId: number; personId: number; now?: Date },
): Promise<OfferView | undefined> {
  const row = await offerQuery(db).where("offers.id", "=", offerId).where("offers.person_id", "=", personId).executeTakeFirst();
  return row ? toView(row, now) : undefined;
}

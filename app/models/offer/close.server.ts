// Closing an offer without its being accepted — declined, paused, expired, withdrawn, taken by another, erased, or its
// request closed — the one way, so every path reopens the request by the same rule (issue J).
import { OFFER_CLOSE_STATUS, requestAfterOfferClosed } from "~/domain/request-lifecycle";
import type { RequestNoteCode } from "~/domain/request-notes";
import { audit } from "~/utils/audit.server";
import type { DB } from "~/utils/db.server";
import { notifyOfferAnswered, notifyOfferTaken, notifyOfferWithdrawn } from "../notifications.server";
import { setRequestStatus } from "../request-status.server";
import type { OfferCloseReason } from "~/domain/vocabulary";

export interface CloseOffer {
  offerId: number;
  reason: OfferCloseReason;
  actorUserId: number | null;
  now: Date;
  /** The volunteer's own words when declining. */
  declineReason?: string | null;
  /** The request history's note, written even when the request keeps its status. */
  noteCode?: RequestNoteCode | null;
}

export type Closed = { closed: false } | { closed: true; requestId: number; personId: number; reopened: boolean };

/** The audit log's word for each reason (the reason itself goes into the details). */
const AUDIT_ACTION: Record<OfferCloseReason, string> = {
  declined: "decline",
  paused: "decline",
  expired: "expire",
  withdrawn: "withdraw",
  taken: "withdraw",
  erased: "withdraw",
  request_closed: "withdraw",
};

/** The volunteer answered (declined, or paused over it): the answer's time is recorded. */
const ANSWERS: OfferCloseReason[] = ["declined", "paused"];

/** Closes the offer if it is still pending, in the caller's transaction; the request reopens when it was the last one out. */
export async function closeOffer(trx: DB, { offerId, reason, actorUserId, now, declineReason = null, noteCode = null }: CloseOffer): Promise<Closed> {
  const at = now.toISOString();
  const closed = await trx
    .updateTable("offers")
    .set({
      status: OFFER_CLOSE_STATUS[reason],
      close_reason: reason,
      ...(ANSWERS.includes(reason) ? { responded_at: at, decline_reason: declineReason } : {}),
    })
    .where("id", "=", offerId)
    .where("status", "=", "pending")
    .returning(["request_id", "person_id"])
    .executeTakeFirst();
  if (!closed) return { closed: false };
  const request = await trx.selectFrom("requests").select("status").where("id", "=", closed.request_id).executeTakeFirstOrThrow();
  const others = await trx
    .selectFrom("offers")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("request_id", "=", closed.request_id)
    .where("status", "=", "pending")
    .executeTakeFirstOrThrow();
  const after = requestAfterOfferClosed(request.status, Number(others.n));
  const reopened = after !== request.status;
  if (reopened || noteCode) await setRequestStatus(trx, { requestId: closed.request_id, status: after, actorUserId, at, noteCode });
  await audit(trx, { actorUserId, entity: "offer", entityId: offerId, action: AUDIT_ACTION[reason], details: { requestId: closed.request_id, reason, reopened } }, now);
  if (reason === "declined" || reason === "paused") await notifyOfferAnswered(trx, offerId, "offer_declined", now);
  if (reason === "expired") await notifyOfferAnswered(trx, offerId, "offer_expired", now);
  if (reason === "taken") await notifyOfferTaken(trx, offerId, now);
  if (reason === "withdrawn") await notifyOfferWithdrawn(trx, offerId, now);
  return { closed: true, requestId: closed.request_id, personId: closed.person_id, reopened };
}

/** Closes every pending offer of a request (it was accepted by someone else, or the request itself closed). */
export async function closePendingOffersOfRequest(
  trx: DB,
  { requestId, reason, actorUserId, now, except }: { requestId: number; reason: "taken" | "request_closed"; actorUserId: number | null; now: Date; except?: number },
): Promise<{ offerId: number; personId: number }[]> {
  const pending = await trx
    .selectFrom("offers")
    .select(["id", "person_id"])
    .where("request_id", "=", requestId)
    .where("status", "=", "pending")
    .$if(except !== undefined, (qb) => qb.where("id", "!=", except!))
    .execute();
  for (const offer of pending) await closeOffer(trx, { offerId: offer.id, reason, actorUserId, now });
  return pending.map((o) => ({ offerId: o.id, personId: o.person_id }));
}

/**
 * Recorded when a late answer finds the deadline passed, or by the outbox's schedule (no actor); the coordinator
 * is told in the same transaction. An offer that is no longer pending is left alone.
 */
export async function expireOffer(trx: DB, offerId: number, userId: number | null, now: Date) {
  await closeOffer(trx, { offerId, reason: "expired", actorUserId: userId, now });
}

/** Pending offers past their deadline or their slot's start: expired, and the coordinator told, like a late answer. */
export async function expireOverdueOffers(trx: DB, now: Date) {
  const at = now.toISOString();
  const overdue = await trx
    .selectFrom("offers")
    .leftJoin("request_slots", "request_slots.id", "offers.slot_id")
    .select("offers.id")
    .where("offers.status", "=", "pending")
    .where((eb) => eb.or([eb("offers.reply_by", "<", at), eb("request_slots.starts_at", "<=", at)]))
    .execute();
  for (const offer of overdue) await expireOffer(trx, offer.id, null, now);
}

export type WithdrawResult = { ok: true; reopened: boolean } | { ok: false; reason: "notFound" | "notPending" };

/**
 * Pending → withdrawn. The request goes back to open when nobody else has it on offer, so it is matched again.
 * With `requestId`, an offer of another request is not found: the page's form cannot reach other requests' offers.
 */
export async function withdrawOffer(
  db: DB,
  { offerId, coordinatorId, requestId, now = new Date() }: { offerId: number; coordinatorId: number; requestId?: number; now?: Date },
): Promise<WithdrawResult> {
  return db.transaction().execute(async (trx): Promise<WithdrawResult> => {
    const offer = await trx
      .selectFrom("offers")
      .innerJoin("requests", "requests.id", "offers.request_id")
      .select(["offers.id", "offers.status", "offers.request_id", "offers.person_id", "requests.status as request_status"])
      .where("offers.id", "=", offerId)
      .$if(requestId !== undefined, (qb) => qb.where("offers.request_id", "=", requestId!))
      .executeTakeFirst();
    if (!offer) return { ok: false, reason: "notFound" };
    if (offer.status !== "pending") return { ok: false, reason: "notPending" };
    const closed = await closeOffer(trx, { offerId: offer.id, reason: "withdrawn", actorUserId: coordinatorId, now });
    return { ok: true, reopened: closed.closed && closed.reopened };
  });
}

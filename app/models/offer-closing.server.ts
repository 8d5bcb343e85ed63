// The one way a pending offer closes without being accepted — declined, paused, expired, withdrawn, taken by
// another, erased, or its request closed — so every path reopens the request by the same rule (issue J).
import type { OfferCloseReason } from "../../db/schema";
import { OFFER_CLOSE_STATUS, requestAfterOfferClosed } from "~/domain/request-lifecycle";
import { audit } from "~/utils/audit.server";
import type { DB } from "~/utils/db.server";
import { notifyOfferAnswered, notifyOfferTaken, notifyOfferWithdrawn } from "./notifications.server";
import { setRequestStatus } from "./request-status.server";

export interface CloseOffer {
  offerId: number;
  reason: OfferCloseReason;
  actorUserId: number | null;
  now: Date;
  /** The volunteer's own words when declining. */
  declineReason?: string | null;
  /** The request history's note when the request changes status. */
  note?: string | null;
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
export async function closeOffer(trx: DB, { offerId, reason, actorUserId, now, declineReason = null, note = null }: CloseOffer): Promise<Closed> {
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
  if (reopened || note) await setRequestStatus(trx, { requestId: closed.request_id, status: after, actorUserId, at, note });
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

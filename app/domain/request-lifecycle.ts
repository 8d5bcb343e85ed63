// One request lifecycle (issue J): the request and offer states, which moves are allowed, when a request reopens,
// and when an offer must be answered. Pure: the models call it, it calls nothing with I/O.
import type { OfferCloseReason, OfferStatus, RequestStatus } from "./vocabulary";

/** Every move a request may make; anything else is a bug, refused by `assertRequestTransition`. */
export const REQUEST_TRANSITIONS: Record<RequestStatus, readonly RequestStatus[]> = {
  open: ["offered", "cancelled", "withdrawn"],
  offered: ["open", "confirmed", "cancelled", "withdrawn"],
  // A booked person who cannot come puts the request back to open, so someone else can be found.
  confirmed: ["open", "completed", "cancelled"],
  completed: [],
  cancelled: [],
  withdrawn: [],
};

export function canMoveRequest(from: RequestStatus, to: RequestStatus): boolean {
  return from === to || REQUEST_TRANSITIONS[from].includes(to);
}

export class IllegalTransition extends Error {}

export function assertRequestTransition(from: RequestStatus, to: RequestStatus): void {
  if (!canMoveRequest(from, to)) throw new IllegalTransition(`A request cannot go from ${from} to ${to}.`);
}

/** How an offer that was pending closes, for each reason it can close without being accepted. */
export const OFFER_CLOSE_STATUS: Record<OfferCloseReason, Exclude<OfferStatus, "pending" | "accepted">> = {
  declined: "declined",
  paused: "declined",
  expired: "expired",
  withdrawn: "withdrawn",
  taken: "withdrawn",
  erased: "withdrawn",
  request_closed: "withdrawn",
};

/**
 * After an offer closed unaccepted: the request goes back to open when it was out on offer and no other offer of it
 * is still pending, so the plan, unmet demand and "not offered" lists see it again.
 */
export function requestAfterOfferClosed(request: RequestStatus, otherPendingOffers: number): RequestStatus {
  return request === "offered" && otherPendingOffers === 0 ? "open" : request;
}

/** Whether the closing hands the request on to the next candidate automatically (the cascade). */
export function cascadeFollows(reason: OfferCloseReason): boolean {
  return reason === "declined" || reason === "expired" || reason === "paused" || reason === "erased";
}

/** The cascade offers the next best candidate at most this many times per request. */
export const CASCADE_MAX_STEPS = 3;

/** The close reasons after which the cascade offers the next candidate. */
export const CASCADE_REASONS = (Object.keys(OFFER_CLOSE_STATUS) as OfferCloseReason[]).filter(cascadeFollows);

/**
 * The cascade's pick: the best-ranked candidate (candidates come best first) who never had an offer of this request,
 * in the first of the request's slots they are free in. Null when nobody is left.
 */
export function cascadePick(
  candidates: readonly { personId: number; freeSlotIds: readonly number[] }[],
  offeredBefore: ReadonlySet<number>,
): { personId: number; slotId: number } | null {
  const next = candidates.find((c) => !offeredBefore.has(c.personId) && c.freeSlotIds.length > 0);
  return next ? { personId: next.personId, slotId: next.freeSlotIds[0] } : null;
}

/** The latest reply date a coordinator may set, in days from today: further out, the slots have usually passed. */
export const MAX_REPLY_DAYS = 60;
/** The reply date the desk, the plan and the cascade suggest, in days from today, before it moves onto a working day (reply-deadline.ts). */
export const DEFAULT_REPLY_DAYS = 5;

/** An offer may be answered until its reply deadline, and never once its slot has begun. */
export function isOfferExpired(offer: { replyBy: string | null; slotStart: string | null }, now: Date): boolean {
  const t = now.getTime();
  if (offer.replyBy !== null && t > Date.parse(offer.replyBy)) return true;
  return offer.slotStart !== null && t >= Date.parse(offer.slotStart);
}

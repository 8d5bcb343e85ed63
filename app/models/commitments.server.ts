// What a blocked period or a pause touches — the volunteer's coming bookings and pending offers in it — and releasing
// them in the caller's transaction: bookings called off as "can't come" when asked to, offers declined.
import { overlapsPeriod, type Period } from "~/domain/cant-come";
import { instantToLocal } from "~/domain/stockholm-time";
import type { DB } from "~/utils/db.server";
import { bookedAssignments, cancelBooking } from "./assignments.server";
import { closeOffer } from "./offer/close.server";
import type { CancelledBy } from "~/domain/vocabulary";

export interface Commitment {
  id: number;
  title: string;
  startsAt: string;
}

export interface Touches {
  bookings: Commitment[];
  offers: Commitment[];
}

/** The bookings not yet started and the pending offers whose slot (any of the request's, when none was chosen) lies in the period. */
export async function findTouches(db: DB, { personId, period, now = new Date() }: { personId: number; period: Period; now?: Date }): Promise<Touches> {
  const [bookings, offerSlots] = await Promise.all([
    bookedAssignments(db, personId)
      .select(["assignments.id", "assignments.starts_at", "assignments.ends_at", "requests.title"])
      .where("assignments.starts_at", ">", now.toISOString())
      .orderBy("assignments.starts_at")
      .execute(),
    db
      .selectFrom("offers")
      .innerJoin("requests", "requests.id", "offers.request_id")
      .innerJoin("request_slots", "request_slots.request_id", "offers.request_id")
      .select(["offers.id", "request_slots.starts_at", "request_slots.ends_at", "requests.title"])
      .where("offers.person_id", "=", personId)
      .where("offers.status", "=", "pending")
      .where((eb) => eb.or([eb("offers.slot_id", "is", null), eb("offers.slot_id", "=", eb.ref("request_slots.id"))]))
      .orderBy("request_slots.starts_at")
      .execute(),
  ]);
  const inside = (r: { starts_at: string; ends_at: string }) => overlapsPeriod(period, new Date(r.starts_at), new Date(r.ends_at));
  const offers = new Map<number, Commitment>();
  for (const slot of offerSlots.filter(inside)) if (!offers.has(slot.id)) offers.set(slot.id, { id: slot.id, title: slot.title, startsAt: slot.starts_at });
  return {
    bookings: bookings.filter(inside).map((b) => ({ id: b.id, title: b.title, startsAt: b.starts_at })),
    offers: [...offers.values()],
  };
}

/** A pause runs from today through its last day, or until further notice. */
export const pausePeriod = (until: string | null, now: Date): Period => ({ fromDate: instantToLocal(now).date, toDate: until });

/** What pausing until that day would touch: the coming bookings and the pending offers in the pause. */
export async function pauseTouches(db: DB, { personId, until, now = new Date() }: { personId: number; until: string | null; now?: Date }): Promise<Touches> {
  return findTouches(db, { personId, period: pausePeriod(until, now), now });
}

/** What to do with what a blocked period or a pause touches: bookings called off (with the reason) or kept. */
export interface ReleaseChoice {
  cancelBookings: boolean;
  reason: string;
}

export interface Release {
  personId: number;
  period: Period;
  /** Call the bookings off (true) or keep them (false); the offers are declined either way. */
  cancelBookings: boolean;
  reason: string;
  offerReason: "paused" | "declined";
  cancelledBy: CancelledBy;
  actorUserId: number;
  now: Date;
}

/** Applies the choice to what the period touches now (read again in the transaction, so nothing changed meanwhile is missed). */
export async function releaseTouches(trx: DB, r: Release): Promise<{ cancelled: number[]; declined: number[] }> {
  const touches = await findTouches(trx, { personId: r.personId, period: r.period, now: r.now });
  const cancelled: number[] = [];
  if (r.cancelBookings) {
    for (const b of touches.bookings) {
      if (await cancelBooking(trx, { assignmentId: b.id, reason: r.reason, cancelledBy: r.cancelledBy, actorUserId: r.actorUserId, now: r.now })) cancelled.push(b.id);
    }
  }
  const declined: number[] = [];
  for (const o of touches.offers) {
    const closed = await closeOffer(trx, { offerId: o.id, reason: r.offerReason, actorUserId: r.actorUserId, now: r.now, declineReason: r.reason });
    if (closed.closed) declined.push(o.id);
  }
  return { cancelled, declined };
}

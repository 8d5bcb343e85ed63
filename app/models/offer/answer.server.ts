// A volunteer answering an offer: accepting (which books the assignment) or declining, each in one write transaction.
import { fitsSlot } from "~/domain/availability";
import { compensationFor, DECLINE_REASON_MAX, isOverMonthlyCap, localMonthRange } from "~/domain/offer-rules";
import { isOfferExpired } from "~/domain/request-lifecycle";
import { audit } from "~/utils/audit.server";
import type { DB } from "~/utils/db.server";
import { getAvailabilityRules } from "../availability.server";
import { notifyOfferAnswered } from "../notifications.server";
import { setRequestStatus } from "../request-status.server";
import { offerMinutes } from "../request-summary.server";
import { closeOffer, closePendingOffersOfRequest, expireOffer } from "./close.server";

export type AcceptRefusal = "notFound" | "notPending" | "expired" | "slotTaken" | "overCap";
export type AcceptResult = { ok: true; assignmentId: number } | { ok: false; reason: AcceptRefusal };
export type DeclineResult = { ok: true } | { ok: false; reason: "notFound" | "notPending" | "expired" };

/** The columns an answer needs, read inside the answering transaction so they cannot change under it. */
function lockedOffer(trx: DB, offerId: number, personId: number) {
  return trx
    .selectFrom("offers")
    .innerJoin("requests", "requests.id", "offers.request_id")
    .leftJoin("request_slots", "request_slots.id", "offers.slot_id")
    .select([
      "offers.id",
      "offers.status",
      "offers.reply_by",
      "offers.request_id",
      "requests.status as request_status",
      "requests.is_digital",
      "requests.wanted_role",
      "requests.duration_minutes",
      "request_slots.starts_at",
      "request_slots.ends_at",
    ])
    .where("offers.id", "=", offerId)
    .where("offers.person_id", "=", personId)
    .executeTakeFirst();
}

/**
 * Accepts in one BEGIN IMMEDIATE transaction, re-checking everything the coordinator checked when offering:
 * a second accept for an overlapping slot waits for this one and then sees its assignment.
 */
export async function acceptOffer(
  db: DB,
  { offerId, personId, userId, now = new Date() }: { offerId: number; personId: number; userId: number; now?: Date },
): Promise<AcceptResult> {
  return db.transaction().execute(async (trx): Promise<AcceptResult> => {
    const offer = await lockedOffer(trx, offerId, personId);
    if (!offer) return { ok: false, reason: "notFound" };
    if (offer.status !== "pending" || !["open", "offered"].includes(offer.request_status)) return { ok: false, reason: "notPending" };
    if (isOfferExpired({ replyBy: offer.reply_by, slotStart: offer.starts_at }, now)) {
      await expireOffer(trx, offer.id, userId, now);
      return { ok: false, reason: "expired" };
    }
    // The slot was removed from the request after the offer was made: that time is no longer on offer.
    if (!offer.starts_at || !offer.ends_at) return { ok: false, reason: "slotTaken" };
    const start = new Date(offer.starts_at);
    const end = new Date(offer.ends_at);
    const rules = await getAvailabilityRules(trx, personId, { from: start, to: end });
    if (!fitsSlot(rules, { start, end, isDigital: offer.is_digital === 1 })) return { ok: false, reason: "slotTaken" };
    if (await overCap(trx, personId, start)) return { ok: false, reason: "overCap" };

    const at = now.toISOString();
    const { id: assignmentId } = await trx
      .insertInto("assignments")
      .values({
        offer_id: offer.id,
        request_id: offer.request_id,
        person_id: personId,
        starts_at: offer.starts_at,
        ends_at: offer.ends_at,
        status: "booked",
        compensation_sek: compensationFor(offer.wanted_role, offerMinutes(offer)).totalSek,
        created_at: at,
        updated_at: at,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx.updateTable("offers").set({ status: "accepted", responded_at: at }).where("id", "=", offer.id).execute();
    await setRequestStatus(trx, { requestId: offer.request_id, status: "confirmed", actorUserId: userId, at });
    const withdrawn = (await closePendingOffersOfRequest(trx, { requestId: offer.request_id, reason: "taken", actorUserId: userId, now, except: offer.id })).map((o) => ({ id: o.offerId }));
    await audit(
      trx,
      {
        actorUserId: userId,
        entity: "offer",
        entityId: offer.id,
        action: "accept",
        details: { assignmentId, requestId: offer.request_id, withdrawnOfferIds: withdrawn.map((w) => w.id) },
      },
      now,
    );
    await audit(trx, { actorUserId: userId, entity: "assignment", entityId: assignmentId, action: "create", details: { offerId: offer.id } }, now);
    await notifyOfferAnswered(trx, offer.id, "offer_accepted", now);
    return { ok: true, assignmentId };
  });
}

/** Declines with an optional reason; the request goes back to open when nobody else has it on offer. */
export async function declineOffer(
  db: DB,
  { offerId, personId, userId, reason, now = new Date() }: { offerId: number; personId: number; userId: number; reason?: string | null; now?: Date },
): Promise<DeclineResult> {
  const note = reason?.trim().slice(0, DECLINE_REASON_MAX) || null;
  return db.transaction().execute(async (trx): Promise<DeclineResult> => {
    const offer = await lockedOffer(trx, offerId, personId);
    if (!offer) return { ok: false, reason: "notFound" };
    if (offer.status !== "pending") return { ok: false, reason: "notPending" };
    if (isOfferExpired({ replyBy: offer.reply_by, slotStart: offer.starts_at }, now)) {
      await expireOffer(trx, offer.id, userId, now);
      return { ok: false, reason: "expired" };
    }
    // The volunteer's reason stays on the offer: the care unit can read the request's history.
    await closeOffer(trx, { offerId: offer.id, reason: "declined", actorUserId: userId, now, declineReason: note, noteCode: "offer_declined" });
    return { ok: true };
  });
}

async function overCap(trx: DB, personId: number, slotStart: Date): Promise<boolean> {
  const person = await trx.selectFrom("people").select("max_per_month").where("id", "=", personId).executeTakeFirstOrThrow();
  const month = localMonthRange(slotStart);
  const rows = await trx
    .selectFrom("assignments")
    .select("starts_at")
    .where("person_id", "=", personId)
    .where("status", "in", ["booked", "completed"])
    .where("starts_at", ">=", month.from.toISOString())
    .where("starts_at", "<", month.to.toISOString())
    .execute();
  return isOverMonthlyCap({ maxPerMonth: person.max_per_month, slotStart, assignmentStarts: rows.map((r) => new Date(r.starts_at)) });
}

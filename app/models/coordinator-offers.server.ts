// Coordinators making offers: one or many at once (the request desk and the plan), each checked again on write.
import { replyDeadline } from "~/domain/request-lifecycle";
import { audit } from "~/utils/audit.server";
import type { DB } from "~/utils/db.server";
import { notifyOfferMade } from "./notifications.server";
import { setRequestStatus } from "./request-status.server";

export interface OfferToMake {
  requestId: number;
  slotId: number;
  personId: number;
}

export type OfferRefusal = "requestClosed" | "slotMissing" | "personMissing" | "alreadyAsked";
export type MakeOffersResult = { made: { offerId: number; requestId: number; personId: number }[]; refused: (OfferToMake & { reason: OfferRefusal })[] };

/**
 * Makes every offer that still holds, in one transaction: the request is open or offered, the slot is the
 * request's, the person exists, and has no pending or declined offer on it already. The rest come back refused.
 */
export async function makeOffers(
  db: DB,
  { offers, replyOn, coordinatorId, now = new Date() }: { offers: OfferToMake[]; replyOn: string; coordinatorId: number; now?: Date },
): Promise<MakeOffersResult> {
  return db.transaction().execute((trx) => makeOffersIn(trx, { offers, replyOn, coordinatorId, now }));
}

export interface MakeOffersIn {
  offers: OfferToMake[];
  replyOn: string;
  /** Who the offers are from (offers.offered_by): the answers go to them. */
  coordinatorId: number | null;
  now: Date;
  /** Who made them, for the audit and the history: null when the schedule did (the cascade). */
  actorUserId?: number | null;
  /** The automatic next offer's step (offers.cascade_step), and the history's note for it. */
  cascadeStep?: number | null;
  note?: string | null;
}

/** makeOffers in the caller's transaction, for the cascade, which chooses and offers in one write. */
export async function makeOffersIn(
  trx: DB,
  { offers, replyOn, coordinatorId, now, actorUserId = coordinatorId, cascadeStep = null, note = null }: MakeOffersIn,
): Promise<MakeOffersResult> {
  const result: MakeOffersResult = { made: [], refused: [] };
  const at = now.toISOString();
  for (const offer of offers) {
    const request = await trx.selectFrom("requests").select(["status"]).where("id", "=", offer.requestId).executeTakeFirst();
    if (!request || !["open", "offered"].includes(request.status)) {
      result.refused.push({ ...offer, reason: "requestClosed" });
      continue;
    }
    const slot = await trx
      .selectFrom("request_slots")
      .select(["id", "starts_at"])
      .where("id", "=", offer.slotId)
      .where("request_id", "=", offer.requestId)
      .executeTakeFirst();
    if (!slot) {
      result.refused.push({ ...offer, reason: "slotMissing" });
      continue;
    }
    const person = await trx
      .selectFrom("people")
      .select("id")
      .where("id", "=", offer.personId)
      .where("anonymised_at", "is", null)
      .executeTakeFirst();
    if (!person) {
      result.refused.push({ ...offer, reason: "personMissing" });
      continue;
    }
    const asked = await trx
      .selectFrom("offers")
      .select("id")
      .where("request_id", "=", offer.requestId)
      .where("person_id", "=", offer.personId)
      .where("status", "in", ["pending", "declined", "accepted"])
      .executeTakeFirst();
    if (asked) {
      result.refused.push({ ...offer, reason: "alreadyAsked" });
      continue;
    }
    const { id } = await trx
      .insertInto("offers")
      .values({
        request_id: offer.requestId,
        slot_id: offer.slotId,
        person_id: offer.personId,
        status: "pending",
        offered_at: at,
        reply_by: replyDeadline(replyOn, new Date(slot.starts_at)).toISOString(),
        responded_at: null,
        decline_reason: null,
        offered_by: coordinatorId,
        cascade_step: cascadeStep,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await setRequestStatus(trx, { requestId: offer.requestId, status: "offered", actorUserId, at, note });
    const details = { requestId: offer.requestId, personId: offer.personId, ...(cascadeStep === null ? {} : { cascadeStep }) };
    await audit(trx, { actorUserId, entity: "offer", entityId: id, action: "create", details }, now);
    await notifyOfferMade(trx, id, now);
    result.made.push({ offerId: id, requestId: offer.requestId, personId: offer.personId });
  }
  return result;
}

// Coordinators making offers: one or many at once (the request desk and the plan), each checked again on write.
import { replyDeadline } from "~/domain/request-lifecycle";
import { audit } from "~/utils/audit.server";
import { withBusyRetry, type DB } from "~/utils/db.server";
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
  return withBusyRetry(() =>
    db.transaction().execute(async (trx) => {
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
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        await setRequestStatus(trx, { requestId: offer.requestId, status: "offered", actorUserId: coordinatorId, at });
        await audit(trx, { actorUserId: coordinatorId, entity: "offer", entityId: id, action: "create", details: { requestId: offer.requestId, personId: offer.personId } }, now);
        await notifyOfferMade(trx, id, now);
        result.made.push({ offerId: id, requestId: offer.requestId, personId: offer.personId });
      }
      return result;
    }),
  );
}

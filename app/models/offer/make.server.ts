// Making offers — one or many at once, from the request desk, the plan and the cascade — each checked again on write.
import { rankCandidates } from "~/domain/matching/rank";
import { checkPlanRows, type PlanRowInput } from "~/domain/plan-offers";
import { replyDeadline } from "~/domain/reply-deadline";
import { audit } from "~/utils/audit.server";
import type { DB } from "~/utils/db.server";
import { loadMatchingSnapshot } from "../matching.server";
import { loadNamesAndRoles } from "../matching-labels.server";
import { notifyOfferMade } from "../notifications.server";
import { setRequestStatus } from "../request-status.server";

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
  /** The automatic next offer's step (offers.cascade_step), noted in the request's history. */
  cascadeStep?: number | null;
}

/** makeOffers in the caller's transaction, for the cascade, which chooses and offers in one write. */
export async function makeOffersIn(
  trx: DB,
  { offers, replyOn, coordinatorId, now, actorUserId = coordinatorId, cascadeStep = null }: MakeOffersIn,
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
    const noteCode = cascadeStep === null ? null : "cascade_step";
    await setRequestStatus(trx, { requestId: offer.requestId, status: "offered", actorUserId, at, noteCode, noteStep: cascadeStep });
    const details = { requestId: offer.requestId, personId: offer.personId, ...(cascadeStep === null ? {} : { cascadeStep }) };
    await audit(trx, { actorUserId, entity: "offer", entityId: id, action: "create", details }, now);
    await notifyOfferMade(trx, id, now);
    result.made.push({ offerId: id, requestId: offer.requestId, personId: offer.personId });
  }
  return result;
}

/** Why a chosen person cannot get the offer; each becomes one message naming the people. */
export type OfferProblem = "alreadyOffered" | "notFree" | "notCandidate";
export type DeskOfferResult =
  | { ok: true; made: number }
  | { ok: false; reason: "closed" }
  | { ok: false; reason: "notFound" }
  | { ok: false; reason: "people"; problems: Partial<Record<OfferProblem, string[]>> };

/**
 * Offers the chosen people the chosen slot after ranking again, so nobody excluded since the page was drawn (or never
 * shown on it) is offered. All or nothing at this step: one problem and nobody is offered, with every problem named.
 */
export async function offerFromDesk(
  db: DB,
  input: { requestId: number; slotId: number; personIds: number[]; replyByDate: string; coordinatorId: number; now?: Date },
): Promise<DeskOfferResult> {
  const now = input.now ?? new Date();
  const snapshot = await loadMatchingSnapshot(db, { now, requestIds: [input.requestId] });
  const ranking = rankCandidates(snapshot, input.requestId);
  const slot = snapshot.requests[0]?.slots.find((s) => s.id === input.slotId);
  if (!ranking) return { ok: false, reason: "closed" };
  const personIds = [...new Set(input.personIds)];
  const people = await loadNamesAndRoles(db, personIds);
  // Ids that name nothing (no such person, or not one of this request's slots) are not a choice the page offered.
  if (!slot || people.size < personIds.length) return { ok: false, reason: "notFound" };
  const candidates = new Map(ranking.candidates.map((c) => [c.personId, c]));
  const excluded = new Map(ranking.excluded.map((e) => [e.personId, e.reason]));
  const problems: Partial<Record<OfferProblem, number[]>> = {};
  for (const personId of personIds) {
    const candidate = candidates.get(personId);
    const why = excluded.get(personId);
    const problem: OfferProblem | null = candidate
      ? candidate.freeSlotIds.includes(input.slotId)
        ? null
        : "notFree"
      : why === "alreadyOffered" || why === "declinedBefore"
        ? "alreadyOffered"
        : "notCandidate";
    if (problem) (problems[problem] ??= []).push(personId);
  }
  if (Object.keys(problems).length > 0) {
    const named = Object.fromEntries(Object.entries(problems).map(([problem, ids]) => [problem, ids.map((id) => people.get(id)!.name)]));
    return { ok: false, reason: "people", problems: named };
  }
  const result = await makeOffers(db, {
    offers: personIds.map((personId) => ({ requestId: input.requestId, slotId: input.slotId, personId })),
    replyOn: input.replyByDate,
    coordinatorId: input.coordinatorId,
    now,
  });
  // makeOffers checks again inside its transaction; a refusal there means someone else offered or closed it meanwhile.
  // It still makes the rest, so `made` can be fewer than chosen: the notice then shows the smaller count.
  if (result.made.length === 0) {
    if (!result.refused.every((r) => r.reason === "alreadyAsked")) return { ok: false, reason: "closed" };
    return { ok: false, reason: "people", problems: { alreadyOffered: personIds.map((id) => people.get(id)!.name) } };
  }
  return { ok: true, made: result.made.length };
}

export interface SendResult {
  made: number;
  refused: number;
}

/**
 * Checks the rows against a fresh snapshot of their requests (so a forged or stale row never reaches the insert),
 * then makes the offers that hold in one transaction; makeOffers checks request, slot and earlier answers again on write.
 */
export async function sendPlanOffers(
  db: DB,
  { rows, replyOn, coordinatorId, now = new Date() }: { rows: PlanRowInput[]; replyOn: string; coordinatorId: number; now?: Date },
): Promise<SendResult> {
  const snapshot = await loadMatchingSnapshot(db, { now, requestIds: [...new Set(rows.map((r) => r.requestId))] });
  const checked = checkPlanRows(snapshot, rows);
  const result = checked.ok.length > 0 ? await makeOffers(db, { offers: checked.ok, replyOn, coordinatorId, now }) : { made: [], refused: [] };
  return { made: result.made.length, refused: checked.refused.length + result.refused.length };
}

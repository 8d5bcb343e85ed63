// A volunteer's offers: the inbox, and accepting or declining one inside a single write transaction.
import { fitsSlot } from "~/domain/availability";
import { compensationFor, DECLINE_REASON_MAX, isOverMonthlyCap, localMonthRange } from "~/domain/offer-rules";
import { isOfferExpired } from "~/domain/request-lifecycle";
import { audit } from "~/utils/audit.server";
import type { DB } from "~/utils/db.server";
import { getAvailabilityRules } from "./availability.server";
import { notifyOfferAnswered } from "./notifications.server";
import { REQUEST_SUMMARY_COLUMNS, requestSummary } from "./request-summary.server";
import { closeOffer, closePendingOffersOfRequest } from "./offer-closing.server";
import { setRequestStatus } from "./request-status.server";

/** Answered offers shown under the pending ones; older ones stay in the database, not on the phone. */
const RECENT_ANSWERED = 20;

export type AcceptRefusal = "notFound" | "notPending" | "expired" | "slotTaken" | "overCap";
export type AcceptResult = { ok: true; assignmentId: number } | { ok: false; reason: AcceptRefusal };
export type DeclineResult = { ok: true } | { ok: false; reason: "notFound" | "notPending" | "expired" };

function offerQuery(db: DB) {
  return db
    .selectFrom("offers")
    .innerJoin("requests", "requests.id", "offers.request_id")
    .innerJoin("care_units", "care_units.id", "requests.care_unit_id")
    .leftJoin("municipalities", "municipalities.id", "requests.municipality_id")
    .leftJoin("request_slots", "request_slots.id", "offers.slot_id")
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
    durationMinutes: slotMinutes(row) ?? row.duration_minutes,
    role: row.wanted_role,
    compensation: compensationFor(row.wanted_role, slotMinutes(row) ?? row.duration_minutes),
    assignmentId: row.assignment_id,
  };
}

export type OfferView = ReturnType<typeof toView>;

/** Each proposed slot has its own length; the request's duration is only the longest of them. */
function slotMinutes(row: { starts_at: string | null; ends_at: string | null }): number | null {
  if (!row.starts_at || !row.ends_at) return null;
  return Math.round((Date.parse(row.ends_at) - Date.parse(row.starts_at)) / 60_000);
}

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
        compensation_sek: compensationFor(offer.wanted_role, slotMinutes(offer) ?? offer.duration_minutes).totalSek,
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
    await closeOffer(trx, { offerId: offer.id, reason: "declined", actorUserId: userId, now, declineReason: note, note: "Erbjudande avböjt" });
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

/**
 * Recorded when a late answer finds the deadline passed, or by the outbox's schedule (no actor); the coordinator
 * is told in the same transaction. An offer that is no longer pending is left alone.
 */
export async function expireOffer(trx: DB, offerId: number, userId: number | null, now: Date) {
  await closeOffer(trx, { offerId, reason: "expired", actorUserId: userId, now });
}


// A care unit's requests: submitting one (once per form), reading them scoped to the unit, withdrawing, cancelling, feedback.
import { isOfferable } from "~/domain/eligibility";
import type { RequestInput } from "~/domain/request-schema";
import { instantToLocal } from "~/domain/stockholm-time";
import { audit } from "~/utils/audit.server";
import type { DB } from "~/utils/db.server";
import { notifyRequestCancelled, notifyRequestReceived } from "./notifications.server";
import { closePendingOffersOfRequest } from "./offer/close.server";
import { setRequestStatus } from "./request-status.server";
import { getAutoNextDefault } from "./region-settings.server";
import type { Role } from "~/domain/vocabulary";

export type CreateResult = { ok: true; id: number; created: boolean } | { ok: false; reason: "wishUnavailable" };
export type ChangeResult = { ok: true } | { ok: false; reason: "notFound" | "notAllowed" | "started" };
export type UnitFeedbackResult = { ok: true } | { ok: false; reason: "notFound" | "notEnded" | "notAllowed" | "alreadyGiven" };

/** Feedback is for assignments that took place (or are still marked booked after their end). */
export const FEEDBACK_STATUSES = new Set(["booked", "completed"]);

/** Prefixed with the unit, so a key can never reach another unit's request. */
function storedKey(unitId: number, submissionKey: string): string {
  return `${unitId}:${submissionKey}`;
}

/**
 * The public card a catalogue link wishes for: its title only, never a name, and only while the person
 * holds that role, could be offered it and the card is approved (the same rule as the catalogue).
 */
export async function getWishedCard(db: DB, { personId, role, now = new Date() }: { personId: number; role: Role; now?: Date }) {
  const row = await db
    .selectFrom("people")
    .innerJoin("person_roles", "person_roles.person_id", "people.id")
    .select(["people.id", "people.status", "people.paused_until", "people.joined_on", "people.left_on", "people.anonymised_at", "person_roles.title"])
    .where("people.id", "=", personId)
    .where("person_roles.role", "=", role)
    .where("people.approved_at", "is not", null)
    .executeTakeFirst();
  if (!row) return undefined;
  const trainings = await db.selectFrom("training_records").select(["kind", "completed_on"]).where("person_id", "=", personId).execute();
  const state = {
    status: row.status,
    pausedUntil: row.paused_until,
    joinedOn: row.joined_on,
    leftOn: row.left_on,
    anonymisedAt: row.anonymised_at,
    trainings: trainings.map((t) => ({ kind: t.kind, completedOn: t.completed_on })),
  };
  return isOfferable(state, role, instantToLocal(now).date) ? { personId: row.id, role, title: row.title } : undefined;
}

/** One transaction; the same submission key from the same unit returns the request it already made. */
export async function createRequest(
  db: DB,
  { unitId, userId, input, submissionKey, now = new Date() }: { unitId: number; userId: number; input: RequestInput; submissionKey: string; now?: Date },
): Promise<CreateResult> {
  const key = storedKey(unitId, submissionKey);
  return db.transaction().execute(async (trx): Promise<CreateResult> => {
    const existing = await trx.selectFrom("requests").select("id").where("submission_key", "=", key).executeTakeFirst();
    if (existing) return { ok: true, id: existing.id, created: false };
    if (input.wish && !(await getWishedCard(trx, { ...input.wish, now }))) return { ok: false, reason: "wishUnavailable" };
    return { ok: true, id: await insertNewRequest(trx, { unitId, userId, input, submissionKey: key, now }), created: true };
  });
}

/**
 * The writing half of createRequest, inside the caller's transaction: the request, its slots, areas, first event,
 * audit entry and the coordinators' notice. A Lärcafé series makes its sessions' requests through it.
 */
export async function insertNewRequest(
  trx: DB,
  { unitId, userId, input, submissionKey: key, now }: { unitId: number; userId: number; input: RequestInput; submissionKey: string | null; now: Date },
): Promise<number> {
  const at = now.toISOString();
  const { id } = await trx
    .insertInto("requests")
    .values({
      care_unit_id: unitId,
      created_by: userId,
      wanted_role: input.wantedRole,
      format: input.format,
      title: input.title,
      purpose: input.purpose,
      audience: input.audience,
      audience_size: input.audienceSize,
      is_digital: input.isDigital ? 1 : 0,
      municipality_id: input.municipalityId,
      address: input.address,
      // The request has one duration column; the longest slot keeps a volunteer from planning too little time.
      duration_minutes: Math.max(...input.slots.map((s) => s.durationMinutes)),
      contact_name: input.contactName,
      contact_phone: input.contactPhone,
      wished_person_id: input.wish?.personId ?? null,
      status: "open",
      submission_key: key,
      auto_next: (await getAutoNextDefault(trx)) ? 1 : 0,
      created_at: at,
      updated_at: at,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await trx
    .insertInto("request_slots")
    .values(input.slots.map((s) => ({ request_id: id, starts_at: s.startsAt.toISOString(), ends_at: s.endsAt.toISOString() })))
    .execute();
  if (input.experienceAreaIds.length > 0) {
    await trx
      .insertInto("request_experience_areas")
      .values(input.experienceAreaIds.map((areaId) => ({ request_id: id, experience_area_id: areaId })))
      .execute();
  }
  await trx.insertInto("request_events").values({ request_id: id, status: "open", actor_user_id: userId, note: null, at }).execute();
  await audit(trx, { actorUserId: userId, entity: "request", entityId: id, action: "create", details: { unitId, slots: input.slots.length, wish: input.wish !== null } }, now);
  await notifyRequestReceived(trx, id, now);
  return id;
}

/** Newest first, with the earliest proposed slot; historical (imported) requests are not the unit's to manage. */
export async function listRequestsForUnit(db: DB, { unitId, limit = 100 }: { unitId: number; limit?: number }) {
  return db
    .selectFrom("requests")
    .select((eb) => [
      "requests.id",
      "requests.title",
      "requests.wanted_role",
      "requests.status",
      "requests.created_at",
      eb
        .selectFrom("request_slots")
        .select((s) => s.fn.min("request_slots.starts_at").as("first"))
        .whereRef("request_slots.request_id", "=", "requests.id")
        .as("first_slot_at"),
    ])
    .where("requests.care_unit_id", "=", unitId)
    .where("requests.is_historical", "=", 0)
    .orderBy("requests.created_at", "desc")
    .orderBy("requests.id", "desc")
    .limit(limit)
    .execute();
}

/** What a volunteer is called to the unit: the alias they chose, otherwise only their first name. */
export function volunteerFirstName(name: string, alias: string | null): string {
  return alias?.trim() || name.trim().split(/\s+/)[0];
}

function lockedRequest(trx: DB, id: number, unitId: number) {
  return trx.selectFrom("requests").select(["id", "status"]).where("id", "=", id).where("care_unit_id", "=", unitId).where("is_historical", "=", 0).executeTakeFirst();
}

/** Only before anyone accepted: the pending offers are withdrawn with it, so no volunteer can accept afterwards. */
export async function withdrawRequest(db: DB, args: { id: number; unitId: number; userId: number; now?: Date }): Promise<ChangeResult> {
  return db.transaction().execute((trx) => withdrawRequestIn(trx, args));
}

/** withdrawRequest inside the caller's transaction (a Lärcafé session cancelled before anyone accepted). */
export async function withdrawRequestIn(trx: DB, { id, unitId, userId, now = new Date() }: { id: number; unitId: number; userId: number; now?: Date }): Promise<ChangeResult> {
  const request = await lockedRequest(trx, id, unitId);
  if (!request) return { ok: false, reason: "notFound" };
  if (request.status !== "open" && request.status !== "offered") return { ok: false, reason: "notAllowed" };
  const at = now.toISOString();
  await setRequestStatus(trx, { requestId: id, status: "withdrawn", actorUserId: userId, at });
  const withdrawn = await closePendingOffersOfRequest(trx, { requestId: id, reason: "request_closed", actorUserId: userId, now });
  await audit(trx, { actorUserId: userId, entity: "request", entityId: id, action: "withdraw", details: { withdrawnOfferIds: withdrawn.map((o) => o.offerId) } }, now);
  await notifyRequestCancelled(trx, { requestId: id, personIds: withdrawn.map((o) => o.personId), now });
  return { ok: true };
}

/**
 * A confirmed request, before it starts: the booked assignment is cancelled with a higher SEQUENCE,
 * so the volunteer's subscribed calendar replaces the event with a cancelled one.
 */
export async function cancelRequest(db: DB, args: { id: number; unitId: number; userId: number; reason: string; now?: Date }): Promise<ChangeResult> {
  return db.transaction().execute((trx) => cancelRequestIn(trx, args));
}

/** cancelRequest inside the caller's transaction (a booked Lärcafé session cancelled). */
export async function cancelRequestIn(
  trx: DB,
  { id, unitId, userId, reason, now = new Date() }: { id: number; unitId: number; userId: number; reason: string; now?: Date },
): Promise<ChangeResult> {
  const request = await lockedRequest(trx, id, unitId);
  if (!request) return { ok: false, reason: "notFound" };
  if (request.status !== "confirmed") return { ok: false, reason: "notAllowed" };
  const booked = await trx.selectFrom("assignments").select(["id", "starts_at", "person_id"]).where("request_id", "=", id).where("status", "=", "booked").execute();
  if (booked.some((a) => Date.parse(a.starts_at) <= now.getTime())) return { ok: false, reason: "started" };
  const at = now.toISOString();
  await trx
    .updateTable("assignments")
    .set((eb) => ({ status: "cancelled", status_reason: reason, cancelled_by: "unit", sequence: eb("sequence", "+", 1), updated_at: at }))
    .where("request_id", "=", id)
    .where("status", "=", "booked")
    .execute();
  await setRequestStatus(trx, { requestId: id, status: "cancelled", actorUserId: userId, at, reason });
  const pending = await closePendingOffersOfRequest(trx, { requestId: id, reason: "request_closed", actorUserId: userId, now });
  await audit(trx, { actorUserId: userId, entity: "request", entityId: id, action: "cancel", details: { assignmentIds: booked.map((a) => a.id) } }, now);
  for (const a of booked) await audit(trx, { actorUserId: userId, entity: "assignment", entityId: a.id, action: "cancel", details: { requestId: id } }, now);
  await notifyRequestCancelled(trx, { requestId: id, personIds: [...booked.map((a) => a.person_id), ...pending.map((o) => o.personId)], now });
  return { ok: true };
}

/** Once per assignment, after its end; rating and "would book again" feed matching scores and the reports. */
export async function saveUnitFeedback(
  db: DB,
  input: { assignmentId: number; unitId: number; userId: number; rating: number; comment?: string | null; wouldBookAgain: boolean; now?: Date },
): Promise<UnitFeedbackResult> {
  const now = input.now ?? new Date();
  const comment = input.comment?.trim() || null;
  return db.transaction().execute(async (trx): Promise<UnitFeedbackResult> => {
    const assignment = await trx
      .selectFrom("assignments")
      .innerJoin("requests", "requests.id", "assignments.request_id")
      .leftJoin("feedback", (join) => join.onRef("feedback.assignment_id", "=", "assignments.id").on("feedback.author", "=", "care_unit"))
      .select(["assignments.id", "assignments.status", "assignments.ends_at", "feedback.id as feedback_id"])
      .where("assignments.id", "=", input.assignmentId)
      .where("requests.care_unit_id", "=", input.unitId)
      .executeTakeFirst();
    if (!assignment) return { ok: false, reason: "notFound" };
    if (assignment.feedback_id !== null) return { ok: false, reason: "alreadyGiven" };
    if (!FEEDBACK_STATUSES.has(assignment.status)) return { ok: false, reason: "notAllowed" };
    if (Date.parse(assignment.ends_at) > now.getTime()) return { ok: false, reason: "notEnded" };
    await trx
      .insertInto("feedback")
      .values({
        assignment_id: assignment.id,
        author: "care_unit",
        author_user_id: input.userId,
        rating: input.rating,
        comment,
        would_book_again: input.wouldBookAgain ? 1 : 0,
        hours: null,
        travel_km: null,
        created_at: now.toISOString(),
      })
      .execute();
    await audit(
      trx,
      { actorUserId: input.userId, entity: "assignment", entityId: assignment.id, action: "unit_feedback", details: { rating: input.rating, wouldBookAgain: input.wouldBookAgain } },
      now,
    );
    return { ok: true };
  });
}

// The e-mails each change sends, written to the outbox inside the change's own transaction (pass the transaction).
import type { DB } from "~/utils/db.server";
import { assignmentCalendar, notifyBooked } from "./handoff-notifications.server";
import { coordinatorRecipients, enqueue, personRecipients, unitRecipients } from "./outbox.server";

export { notifyOfferMade, notifyOfferTaken, notifyOfferWithdrawn, notifyRequestCancelled, notifyRequestReceived } from "./handoff-notifications.server";

function offerFacts(trx: DB, offerId: number) {
  return trx
    .selectFrom("offers")
    .innerJoin("requests", "requests.id", "offers.request_id")
    .leftJoin("request_slots", "request_slots.id", "offers.slot_id")
    .select(["offers.person_id", "offers.offered_by", "offers.reply_by", "requests.id as request_id", "requests.title", "requests.care_unit_id", "request_slots.starts_at"])
    .where("offers.id", "=", offerId)
    .executeTakeFirstOrThrow();
}

/** Accepted: the booking to the volunteer and the care unit, a note to the coordinator who offered. Declined or expired: to that coordinator. */
export async function notifyOfferAnswered(trx: DB, offerId: number, kind: "offer_accepted" | "offer_declined" | "offer_expired", now: Date): Promise<void> {
  const offer = await offerFacts(trx, offerId);
  const facts = { title: offer.title, startsAt: offer.starts_at, requestId: offer.request_id };
  const key = `${kind}:${offerId}`;
  if (kind === "offer_accepted") {
    await notifyBooked(trx, offerId, now);
    await enqueue(trx, { to: await coordinatorRecipients(trx, offer.offered_by), event: { kind, audience: "coordinator", ...facts }, key, now });
  } else {
    await enqueue(trx, { to: await coordinatorRecipients(trx, offer.offered_by), event: { kind, ...facts }, key, now });
  }
}

/** To the volunteer and the care unit when a coordinator records a new status for the assignment. */
export async function notifyAssignmentChanged(trx: DB, assignmentId: number, now: Date): Promise<void> {
  const a = await trx
    .selectFrom("assignments")
    .innerJoin("requests", "requests.id", "assignments.request_id")
    .select(["assignments.person_id", "assignments.status", "assignments.starts_at", "requests.id as request_id", "requests.title", "requests.care_unit_id"])
    .where("assignments.id", "=", assignmentId)
    .executeTakeFirstOrThrow();
  // A cancellation also takes the event out of the calendars the booking mail put it in.
  const calendar = a.status === "cancelled" ? await assignmentCalendar(trx, assignmentId, "CANCEL") : undefined;
  const facts = { kind: "assignment_changed", title: a.title, startsAt: a.starts_at, status: a.status, assignmentId, requestId: a.request_id, calendar } as const;
  const key = `assignment_changed:${assignmentId}:${a.status}:${now.toISOString()}`;
  await enqueue(trx, { to: await personRecipients(trx, a.person_id), event: { ...facts, audience: "volunteer" }, key, now });
  await enqueue(trx, { to: await unitRecipients(trx, a.care_unit_id), event: { ...facts, audience: "unit" }, key, now });
}

/** To the invitee, with the one-time link to choose a password. */
export async function notifyInvite(trx: DB, { inviteId, userId, token, now }: { inviteId: number; userId: number; token: string; now: Date }): Promise<void> {
  const [invite, user] = await Promise.all([
    trx.selectFrom("invites").select("expires_at").where("id", "=", inviteId).executeTakeFirstOrThrow(),
    trx.selectFrom("users").select(["email", "name", "locale"]).where("id", "=", userId).executeTakeFirstOrThrow(),
  ]);
  await enqueue(trx, {
    to: [{ email: user.email, userId, locale: user.locale }],
    event: { kind: "invite", name: user.name, token, expiresAt: invite.expires_at },
    key: `invite:${inviteId}`,
    now,
  });
}

/** To the user who asked, with the one-time link to choose a new password (the body holds the token until issue I redacts sent mail). */
export async function notifyPasswordReset(trx: DB, { resetId, userId, token, expiresAt, now }: { resetId: number; userId: number; token: string; expiresAt: string; now: Date }): Promise<void> {
  const user = await trx.selectFrom("users").select(["email", "name", "locale"]).where("id", "=", userId).executeTakeFirstOrThrow();
  await enqueue(trx, {
    to: [{ email: user.email, userId, locale: user.locale }],
    event: { kind: "password_reset", name: user.name, token, expiresAt },
    key: `password_reset:${resetId}`,
    now,
  });
}

/**
 * A booked assignment was called off before it started (the volunteer cannot come, or a pause over it): the care unit
 * and the coordinator are told, with the reason; the volunteer gets a confirmation when she did it herself, the notice
 * when someone else did — both with the calendar cancellation for the event her booking mail added.
 */
export async function notifyCantCome(trx: DB, { assignmentId, reason, by, now }: { assignmentId: number; reason: string; by: "volunteer" | "coordinator"; now: Date }): Promise<void> {
  const a = await trx
    .selectFrom("assignments")
    .innerJoin("requests", "requests.id", "assignments.request_id")
    .innerJoin("offers", "offers.id", "assignments.offer_id")
    .select(["assignments.person_id", "assignments.starts_at", "requests.id as request_id", "requests.title", "requests.care_unit_id", "offers.offered_by"])
    .where("assignments.id", "=", assignmentId)
    .executeTakeFirstOrThrow();
  // The booking mail put the event in both parties' calendars: this one takes it out (the coordinator's has none).
  const calendar = await assignmentCalendar(trx, assignmentId, "CANCEL");
  const facts = { kind: "cant_come", title: a.title, startsAt: a.starts_at, reason, assignmentId, requestId: a.request_id } as const;
  const key = `cant_come:${assignmentId}`;
  await enqueue(trx, { to: await unitRecipients(trx, a.care_unit_id), event: { ...facts, audience: "unit", calendar }, key, now });
  await enqueue(trx, { to: await coordinatorRecipients(trx, a.offered_by), event: { ...facts, audience: "coordinator" }, key, now });
  const toVolunteer =
    by === "volunteer"
      ? ({ kind: "cant_come_confirmed", title: a.title, startsAt: a.starts_at, reason, assignmentId, calendar } as const)
      : ({ ...facts, audience: "volunteer", calendar } as const);
  await enqueue(trx, { to: await personRecipients(trx, a.person_id), event: toVolunteer, key, now });
}

/** To every active coordinator: the automatic next offers of a request ran out, so someone must decide what now. */
export async function notifyCascadeExhausted(trx: DB, { requestId, now }: { requestId: number; now: Date }): Promise<void> {
  const request = await trx.selectFrom("requests").select("title").where("id", "=", requestId).executeTakeFirstOrThrow();
  await enqueue(trx, { to: await coordinatorRecipients(trx, null), event: { kind: "cascade_exhausted", title: request.title, requestId }, key: `cascade_exhausted:${requestId}`, now });
}

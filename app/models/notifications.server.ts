// The e-mails each change sends, written to the outbox inside the change's own transaction (pass the transaction).
import type { DB } from "~/utils/db.server";
import { coordinatorRecipients, enqueue, personRecipients, unitRecipients } from "./outbox.server";

function offerFacts(trx: DB, offerId: number) {
  return trx
    .selectFrom("offers")
    .innerJoin("requests", "requests.id", "offers.request_id")
    .leftJoin("request_slots", "request_slots.id", "offers.slot_id")
    .select(["offers.person_id", "offers.offered_by", "offers.reply_by", "requests.id as request_id", "requests.title", "requests.care_unit_id", "request_slots.starts_at"])
    .where("offers.id", "=", offerId)
    .executeTakeFirstOrThrow();
}

/** To the volunteer: what, when, and the deadline, with a link to answer. */
export async function notifyOfferMade(trx: DB, offerId: number, now: Date): Promise<void> {
  const offer = await offerFacts(trx, offerId);
  await enqueue(trx, {
    to: await personRecipients(trx, offer.person_id),
    event: { kind: "offer_made", title: offer.title, startsAt: offer.starts_at, replyBy: offer.reply_by },
    key: `offer_made:${offerId}`,
    now,
  });
}

/** Accepted: to the care unit and the coordinator who offered. Declined or expired: to that coordinator. */
export async function notifyOfferAnswered(trx: DB, offerId: number, kind: "offer_accepted" | "offer_declined" | "offer_expired", now: Date): Promise<void> {
  const offer = await offerFacts(trx, offerId);
  const facts = { title: offer.title, startsAt: offer.starts_at, requestId: offer.request_id };
  const key = `${kind}:${offerId}`;
  if (kind === "offer_accepted") {
    await enqueue(trx, { to: await unitRecipients(trx, offer.care_unit_id), event: { kind, audience: "unit", ...facts }, key, now });
    await enqueue(trx, { to: await coordinatorRecipients(trx, offer.offered_by), event: { kind, audience: "coordinator", ...facts }, key, now });
  } else {
    await enqueue(trx, { to: await coordinatorRecipients(trx, offer.offered_by), event: { kind, ...facts }, key, now });
  }
}

/** To each volunteer who had the request on offer or booked, when the care unit withdraws or cancels it. */
export async function notifyRequestCancelled(trx: DB, { requestId, personIds, now }: { requestId: number; personIds: number[]; now: Date }): Promise<void> {
  const request = await trx
    .selectFrom("requests")
    .select(["title", (eb) => eb.selectFrom("request_slots").select((s) => s.fn.min("starts_at").as("first")).whereRef("request_id", "=", "requests.id").as("first_slot")])
    .where("id", "=", requestId)
    .executeTakeFirstOrThrow();
  for (const personId of new Set(personIds)) {
    await enqueue(trx, {
      to: await personRecipients(trx, personId),
      event: { kind: "request_cancelled", title: request.title, startsAt: (request.first_slot as string | null) ?? null },
      key: `request_cancelled:${requestId}:${personId}`,
      now,
    });
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
  const facts = { kind: "assignment_changed", title: a.title, startsAt: a.starts_at, status: a.status, assignmentId, requestId: a.request_id } as const;
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

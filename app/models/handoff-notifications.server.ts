// The hand-off e-mails (issue J), each written in the change's own transaction: the unit's receipt, the offer with its
// details, both sides' booking confirmations with a calendar invitation, "the time went to someone else", a withdrawn
// offer, cancellations.
import type { MailCalendar, MailPlace } from "~/domain/mail/handoff-mail";
import { compensationFor } from "~/domain/offer-rules";
import type { DB } from "~/utils/db.server";
import { getFeedAssignment } from "./calendar-events.server";
import { coordinatorRecipients, enqueue, personRecipients, unitRecipients } from "./outbox.server";
import { assignmentsWithRequest, minutesBetween, offerMinutes, offersWithRequest } from "./request-summary.server";
import { volunteerFirstName } from "./requests.server";

const place = (r: { is_digital: number; municipality: string | null; address: string | null }): MailPlace => ({
  isDigital: r.is_digital === 1,
  municipality: r.municipality,
  address: r.address,
});

/** The invitation for an assignment: the feed's own event (UID, SEQUENCE), sent as REQUEST or CANCEL. */
export async function assignmentCalendar(trx: DB, assignmentId: number, method: MailCalendar["method"]): Promise<MailCalendar | undefined> {
  const entry = await getFeedAssignment(trx, assignmentId);
  return entry && { method, entry };
}

/** To the care unit: what it asked for and the times it proposed, and what happens next. */
export async function notifyRequestReceived(trx: DB, requestId: number, now: Date): Promise<void> {
  const r = await trx
    .selectFrom("requests")
    .leftJoin("municipalities", "municipalities.id", "requests.municipality_id")
    .select(["requests.title", "requests.care_unit_id", "requests.wanted_role", "requests.format", "requests.is_digital", "requests.address", "municipalities.name as municipality"])
    .where("requests.id", "=", requestId)
    .executeTakeFirstOrThrow();
  const slots = await trx.selectFrom("request_slots").select(["starts_at", "ends_at"]).where("request_id", "=", requestId).orderBy("starts_at").execute();
  await enqueue(trx, {
    to: await unitRecipients(trx, r.care_unit_id),
    event: {
      kind: "request_received",
      title: r.title,
      requestId,
      role: r.wanted_role,
      format: r.format,
      place: place(r),
      slots: slots.map((s) => ({ startsAt: s.starts_at, endsAt: s.ends_at })),
    },
    key: `request_received:${requestId}`,
    now,
  });
}

/** To the volunteer: the kind of unit, place, time, role, length, pay and the deadline, with a link to answer. */
export async function notifyOfferMade(trx: DB, offerId: number, now: Date): Promise<void> {
  const o = await offersWithRequest(trx)
    .select([
      "offers.person_id",
      "offers.reply_by",
      "requests.title",
      "requests.wanted_role",
      "requests.duration_minutes",
      "requests.is_digital",
      "requests.address",
      "municipalities.name as municipality",
      "care_units.kind as unit_kind",
      "request_slots.starts_at",
      "request_slots.ends_at",
    ])
    .where("offers.id", "=", offerId)
    .executeTakeFirstOrThrow();
  // The same length and pay as the assignment will get when accepted (acceptOffer).
  const minutes = offerMinutes(o);
  await enqueue(trx, {
    to: await personRecipients(trx, o.person_id),
    event: {
      kind: "offer_made",
      title: o.title,
      unitKind: o.unit_kind,
      place: place(o),
      startsAt: o.starts_at,
      minutes,
      role: o.wanted_role,
      compensation: compensationFor(o.wanted_role, minutes),
      replyBy: o.reply_by,
    },
    key: `offer_made:${offerId}`,
    now,
  });
}

/**
 * The offer was accepted: the volunteer gets the contact person, place and what to prepare; the unit gets who is coming
 * (first name or alias and their card, never surname, e-mail or phone) and the chosen time; both with the invitation.
 */
export async function notifyBooked(trx: DB, offerId: number, now: Date): Promise<void> {
  const a = await assignmentsWithRequest(trx)
    .innerJoin("people", "people.id", "assignments.person_id")
    .leftJoin("person_roles", (join) => join.onRef("person_roles.person_id", "=", "assignments.person_id").onRef("person_roles.role", "=", "requests.wanted_role"))
    .select([
      "assignments.id",
      "assignments.person_id",
      "assignments.starts_at",
      "assignments.ends_at",
      "requests.id as request_id",
      "requests.title",
      "requests.care_unit_id",
      "requests.wanted_role",
      "requests.wished_person_id",
      "requests.format",
      "requests.audience",
      "requests.audience_size",
      "requests.contact_name",
      "requests.contact_phone",
      "requests.is_digital",
      "requests.address",
      "municipalities.name as municipality",
      "care_units.name as unit_name",
      "people.name",
      "people.alias",
      "person_roles.title as card_title",
      "person_roles.presentation",
    ])
    .where("assignments.offer_id", "=", offerId)
    .executeTakeFirstOrThrow();
  const calendar = await assignmentCalendar(trx, a.id, "REQUEST");
  if (!calendar) return;
  const minutes = minutesBetween(a.starts_at, a.ends_at);
  const key = `booking_confirmed:${a.id}`;
  await enqueue(trx, {
    to: await personRecipients(trx, a.person_id),
    event: {
      kind: "booking_confirmed",
      audience: "volunteer",
      title: a.title,
      unitName: a.unit_name,
      place: place(a),
      startsAt: a.starts_at,
      minutes,
      contactName: a.contact_name,
      contactPhone: a.contact_phone,
      format: a.format,
      audienceKind: a.audience,
      audienceSize: a.audience_size,
      assignmentId: a.id,
      calendar,
    },
    key,
    now,
  });
  await enqueue(trx, {
    to: await unitRecipients(trx, a.care_unit_id),
    event: {
      kind: "booking_confirmed",
      audience: "unit",
      title: a.title,
      startsAt: a.starts_at,
      minutes,
      firstName: volunteerFirstName(a.name, a.alias),
      role: a.wanted_role,
      cardTitle: a.card_title ?? a.title,
      presentation: a.presentation ?? "",
      wished: a.wished_person_id === null ? null : a.wished_person_id === a.person_id,
      requestId: a.request_id,
      calendar,
    },
    key,
    now,
  });
}

/** To a volunteer whose pending offer closed because someone else accepted the same request first. */
export const notifyOfferTaken = (trx: DB, offerId: number, now: Date) => notifyOfferClosed(trx, offerId, "offer_taken", now);

/** To a volunteer whose pending offer a coordinator withdrew: it no longer applies, nothing for her to do. */
export const notifyOfferWithdrawn = (trx: DB, offerId: number, now: Date) => notifyOfferClosed(trx, offerId, "offer_withdrawn", now);

/** The short mail to the volunteer of a pending offer that closed without her: what it was and when. */
async function notifyOfferClosed(trx: DB, offerId: number, kind: "offer_taken" | "offer_withdrawn", now: Date): Promise<void> {
  const o = await trx
    .selectFrom("offers")
    .innerJoin("requests", "requests.id", "offers.request_id")
    .leftJoin("request_slots", "request_slots.id", "offers.slot_id")
    .select(["offers.person_id", "requests.title", "request_slots.starts_at"])
    .where("offers.id", "=", offerId)
    .executeTakeFirstOrThrow();
  await enqueue(trx, { to: await personRecipients(trx, o.person_id), event: { kind, title: o.title, startsAt: o.starts_at }, key: `${kind}:${offerId}`, now });
}

/**
 * The care unit withdrew or cancelled the request: each volunteer who had it on offer or booked is told, with the unit's
 * reason; a booked one gets the calendar cancellation, and the coordinator who offered a booked one hears of it too.
 */
export async function notifyRequestCancelled(trx: DB, { requestId, personIds, now }: { requestId: number; personIds: number[]; now: Date }): Promise<void> {
  const request = await trx
    .selectFrom("requests")
    .select(["title", "status_reason", (eb) => eb.selectFrom("request_slots").select((s) => s.fn.min("starts_at").as("first")).whereRef("request_id", "=", "requests.id").as("first_slot")])
    .where("id", "=", requestId)
    .executeTakeFirstOrThrow();
  const cancelled = await trx
    .selectFrom("assignments")
    .innerJoin("offers", "offers.id", "assignments.offer_id")
    .select(["assignments.id", "assignments.person_id", "assignments.starts_at", "offers.offered_by"])
    .where("assignments.request_id", "=", requestId)
    .where("assignments.status", "=", "cancelled")
    // Only what this change cancelled, not an earlier booking of the request that someone called off.
    .where("assignments.updated_at", "=", now.toISOString())
    .execute();
  const reason = request.status_reason;
  for (const personId of new Set(personIds)) {
    const booked = cancelled.find((a) => a.person_id === personId);
    const calendar = booked && (await assignmentCalendar(trx, booked.id, "CANCEL"));
    await enqueue(trx, {
      to: await personRecipients(trx, personId),
      event: {
        kind: "request_cancelled",
        title: request.title,
        startsAt: booked?.starts_at ?? ((request.first_slot as string | null) ?? null),
        how: booked ? "cancelled" : "withdrawn",
        reason,
        ...(calendar ? { calendar } : {}),
      },
      key: `request_cancelled:${requestId}:${personId}`,
      now,
    });
  }
  const booked = cancelled.find((a) => personIds.includes(a.person_id));
  if (booked) {
    await enqueue(trx, {
      to: await coordinatorRecipients(trx, booked.offered_by),
      event: { kind: "unit_cancelled", title: request.title, startsAt: booked.starts_at, reason, requestId },
      key: `unit_cancelled:${requestId}`,
      now,
    });
  }
}

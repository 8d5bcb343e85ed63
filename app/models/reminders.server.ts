// The outbox's schedule: expires overdue offers, offers the next candidate where an offer closed unaccepted (the
// cascade), and writes each due reminder once (the dedupe key makes reruns no-ops).
import { offerReminderDue, reminderDay } from "~/domain/mail/delivery";
import type { DB } from "~/utils/db.server";
import { runCascades } from "./cascade.server";
import { expireOverdueOffers } from "./offer/close.server";
import { enqueue, personRecipients, unitRecipients, wantingReminder } from "./outbox.server";

/** Sent messages are kept this long for the outbox page, then deleted: they hold e-mail addresses. */
const KEEP_SENT_DAYS = 90;

/** Runs every step in one write transaction; returns how many messages it wrote. */
export async function runSchedule(db: DB, now: Date): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await expireOverdueOffers(trx, now);
    await runCascades(trx, now);
    const written = (await offerDeadlines(trx, now)) + (await assignmentsTomorrow(trx, now)) + (await feedbackRequests(trx, now));
    const keepFrom = new Date(now.getTime() - KEEP_SENT_DAYS * 86_400_000).toISOString();
    await trx.deleteFrom("outbox").where("sent_at", "is not", null).where("sent_at", "<", keepFrom).execute();
    return written;
  });
}

async function offerDeadlines(trx: DB, now: Date): Promise<number> {
  const at = now.toISOString();
  const soon = new Date(now.getTime() + 86_400_000).toISOString();
  const offers = await trx
    .selectFrom("offers")
    .innerJoin("requests", "requests.id", "offers.request_id")
    .leftJoin("request_slots", "request_slots.id", "offers.slot_id")
    .select(["offers.id", "offers.person_id", "offers.offered_at", "offers.reply_by", "requests.title", "request_slots.starts_at"])
    .where("offers.status", "=", "pending")
    .where("offers.reply_by", ">", at)
    .where("offers.reply_by", "<=", soon)
    .execute();
  let written = 0;
  for (const o of offers) {
    if (!o.reply_by || !offerReminderDue({ offeredAt: o.offered_at, replyBy: o.reply_by }, now)) continue;
    const to = await wantingReminder(trx, await personRecipients(trx, o.person_id), "offer_deadline");
    written += await enqueue(trx, { to, event: { kind: "offer_deadline", title: o.title, startsAt: o.starts_at, replyBy: o.reply_by }, key: `offer_deadline:${o.id}`, now });
  }
  return written;
}

/** Booked assignments starting or ending within a Stockholm day, with what their reminders need. */
function assignmentsIn(trx: DB, column: "starts_at" | "ends_at", day: { from: Date; to: Date }, statuses: ("booked" | "completed")[]) {
  return trx
    .selectFrom("assignments")
    .innerJoin("requests", "requests.id", "assignments.request_id")
    .select(["assignments.id", "assignments.person_id", "assignments.starts_at", "requests.id as request_id", "requests.title", "requests.care_unit_id"])
    .where("assignments.status", "in", statuses)
    .where(`assignments.${column}`, ">=", day.from.toISOString())
    .where(`assignments.${column}`, "<", day.to.toISOString())
    .execute();
}

async function assignmentsTomorrow(trx: DB, now: Date): Promise<number> {
  const day = reminderDay(now, 1);
  if (!day) return 0;
  let written = 0;
  for (const a of await assignmentsIn(trx, "starts_at", day, ["booked"])) {
    const facts = { kind: "assignment_tomorrow", title: a.title, startsAt: a.starts_at, assignmentId: a.id, requestId: a.request_id } as const;
    const key = `assignment_tomorrow:${a.id}`;
    const volunteer = await wantingReminder(trx, await personRecipients(trx, a.person_id), "assignment_tomorrow");
    const unit = await wantingReminder(trx, await unitRecipients(trx, a.care_unit_id), "assignment_tomorrow");
    written += await enqueue(trx, { to: volunteer, event: { ...facts, audience: "volunteer" }, key, now });
    written += await enqueue(trx, { to: unit, event: { ...facts, audience: "unit" }, key, now });
  }
  return written;
}

/** The day after: each side that has not yet given its feedback is asked for it. */
async function feedbackRequests(trx: DB, now: Date): Promise<number> {
  const day = reminderDay(now, -1);
  if (!day) return 0;
  let written = 0;
  for (const a of await assignmentsIn(trx, "ends_at", day, ["booked", "completed"])) {
    const given = await trx.selectFrom("feedback").select("author").where("assignment_id", "=", a.id).execute();
    const facts = { kind: "feedback_request", title: a.title, assignmentId: a.id, requestId: a.request_id } as const;
    const key = `feedback_request:${a.id}`;
    if (!given.some((f) => f.author === "volunteer")) {
      const to = await wantingReminder(trx, await personRecipients(trx, a.person_id), "feedback_request");
      written += await enqueue(trx, { to, event: { ...facts, audience: "volunteer" }, key, now });
    }
    if (!given.some((f) => f.author === "care_unit")) {
      const to = await wantingReminder(trx, await unitRecipients(trx, a.care_unit_id), "feedback_request");
      written += await enqueue(trx, { to, event: { ...facts, audience: "unit" }, key, now });
    }
  }
  return written;
}

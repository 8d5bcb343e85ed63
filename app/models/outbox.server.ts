// The e-mail outbox: enqueueing a message inside the caller's transaction, claiming due ones, recording the outcome.
import type { OutboxMessage } from "../../db/schema";
import { composeMail, type MailEvent } from "~/domain/mail/templates";
import { CLAIM_LEASE_MS, MAX_ATTEMPTS, redactLinkTokens, retryDelayMs } from "~/domain/mail/delivery";
import { env } from "~/utils/env.server";
import type { DB } from "~/utils/db.server";
import { buildInvite } from "~/utils/ics.server";
import type { Locale, ReminderKind } from "~/domain/vocabulary";

export interface Recipient {
  email: string;
  userId: number | null;
  locale: Locale;
}

/**
 * Writes one message per recipient in the caller's transaction, so it exists exactly when the change does.
 * The key (made unique per recipient) makes a second enqueue of the same event or reminder a no-op.
 */
export async function enqueue(trx: DB, { to, event, key, now }: { to: Recipient[]; event: MailEvent; key: string; now: Date }): Promise<number> {
  let written = 0;
  for (const recipient of to) {
    const mail = composeMail(event, { locale: recipient.locale, baseUrl: env().APP_URL });
    // Per recipient: the invitation is in their language and names them as the attendee.
    const ics = mail.calendar
      ? buildInvite({ method: mail.calendar.method, event: mail.calendar.entry, organizer: env().MAIL_FROM, attendee: recipient.email, locale: recipient.locale, now })
      : null;
    const result = await trx
      .insertInto("outbox")
      .values({
        kind: mail.kind,
        recipient_email: recipient.email,
        recipient_user_id: recipient.userId,
        subject: mail.subject,
        body_text: mail.text,
        body_html: mail.html,
        attachment_ics: ics,
        dedupe_key: `${key}:${recipient.email.toLowerCase()}`,
        created_at: now.toISOString(),
        next_attempt_at: now.toISOString(),
      })
      .onConflict((oc) => oc.column("dedupe_key").doNothing())
      .executeTakeFirst();
    written += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return written;
}

/** The volunteer's login if they have one, otherwise the address on their person record; nobody once anonymised. */
export async function personRecipients(trx: DB, personId: number): Promise<Recipient[]> {
  const row = await trx
    .selectFrom("people")
    .leftJoin("users", (join) => join.onRef("users.person_id", "=", "people.id").on("users.disabled_at", "is", null))
    .select(["people.email as person_email", "users.id as user_id", "users.email as user_email", "users.locale"])
    .where("people.id", "=", personId)
    .where("people.anonymised_at", "is", null)
    .executeTakeFirst();
  if (!row) return [];
  if (row.user_id !== null && row.user_email) return [{ email: row.user_email, userId: row.user_id, locale: row.locale ?? "sv" }];
  return row.person_email ? [{ email: row.person_email, userId: null, locale: "sv" }] : [];
}

/** Every active login of the care unit. */
export async function unitRecipients(trx: DB, careUnitId: number): Promise<Recipient[]> {
  const rows = await trx
    .selectFrom("users")
    .select(["id", "email", "locale"])
    .where("care_unit_id", "=", careUnitId)
    .where("role", "=", "requester")
    .where("disabled_at", "is", null)
    .orderBy("id")
    .execute();
  return rows.map((u) => ({ email: u.email, userId: u.id, locale: u.locale }));
}

/** The coordinator who made the offer, while they are active; otherwise every active coordinator. */
export async function coordinatorRecipients(trx: DB, coordinatorId: number | null): Promise<Recipient[]> {
  const rows = await trx
    .selectFrom("users")
    .select(["id", "email", "locale"])
    .where("role", "=", "coordinator")
    .where("disabled_at", "is", null)
    .orderBy("id")
    .execute();
  const own = rows.filter((u) => u.id === coordinatorId);
  return (own.length > 0 ? own : rows).map((u) => ({ email: u.email, userId: u.id, locale: u.locale }));
}

/** Reminders are optional: drops the recipients who opted out of this kind. */
export async function wantingReminder(trx: DB, recipients: Recipient[], kind: ReminderKind): Promise<Recipient[]> {
  const ids = recipients.flatMap((r) => (r.userId === null ? [] : [r.userId]));
  if (ids.length === 0) return recipients;
  const out = await trx.selectFrom("reminder_opt_outs").select("user_id").where("kind", "=", kind).where("user_id", "in", ids).execute();
  const optedOut = new Set(out.map((o) => o.user_id));
  return recipients.filter((r) => r.userId === null || !optedOut.has(r.userId));
}

/**
 * Leases up to `limit` due messages to one sender in a single UPDATE inside BEGIN IMMEDIATE: a row another sender
 * holds (lease not yet run out) is never taken, so two senders never send one row twice.
 */
export async function claimDue(db: DB, { workerId, now, limit, leaseMs = CLAIM_LEASE_MS }: { workerId: string; now: Date; limit: number; leaseMs?: number }): Promise<OutboxMessage[]> {
  const at = now.toISOString();
  return db.transaction().execute((trx) =>
    trx
      .updateTable("outbox")
      .set({ claimed_by: workerId, claimed_until: new Date(now.getTime() + leaseMs).toISOString() })
      .where((eb) =>
        eb.and([
          eb("sent_at", "is", null),
          eb("failed_at", "is", null),
          eb("next_attempt_at", "<=", at),
          eb.or([eb("claimed_until", "is", null), eb("claimed_until", "<", at)]),
          eb(
            "id",
            "in",
            eb
              .selectFrom("outbox")
              .select("id")
              .where("sent_at", "is", null)
              .where("failed_at", "is", null)
              .where("next_attempt_at", "<=", at)
              .where((w) => w.or([w("claimed_until", "is", null), w("claimed_until", "<", at)]))
              .orderBy("next_attempt_at")
              .orderBy("id")
              .limit(limit),
          ),
        ]),
      )
      .returningAll()
      .execute(),
  );
}

/**
 * Renews this sender's lease on one message just before sending it, so a lease never runs out mid-batch: false when
 * the lease ran out and another sender took the message (or it is no longer due), which this sender must then skip.
 */
export async function holdLease(db: DB, { id, workerId, now, leaseMs = CLAIM_LEASE_MS }: { id: number; workerId: string; now: Date; leaseMs?: number }): Promise<boolean> {
  const result = await db
    .updateTable("outbox")
    .set({ claimed_until: new Date(now.getTime() + leaseMs).toISOString() })
    .where("id", "=", id)
    .where("claimed_by", "=", workerId)
    .where("sent_at", "is", null)
    .where("failed_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Sending works again: every failed message not yet retried this way is due now, once. One that fails again stays
 * failed (an address that does not exist) until a coordinator retries it. Returns how many were requeued.
 */
export async function requeueFailedOnce(db: DB, now: Date): Promise<number> {
  const at = now.toISOString();
  const result = await db
    .updateTable("outbox")
    .set({ failed_at: null, next_attempt_at: at, auto_retried_at: at })
    .where("failed_at", "is not", null)
    .where("sent_at", "is", null)
    .where("auto_retried_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Sent: the stored copy loses its one-time link tokens, which only the recipient's mailbox keeps. */
export async function markSent(
  db: DB,
  { id, workerId, now, text, html }: { id: number; workerId: string; now: Date; text: string; html: string },
): Promise<void> {
  await db
    .updateTable("outbox")
    .set((eb) => ({
      sent_at: now.toISOString(),
      attempts: eb("attempts", "+", 1),
      claimed_by: null,
      claimed_until: null,
      last_error: null,
      body_text: redactLinkTokens(text),
      body_html: redactLinkTokens(html),
    }))
    .where("id", "=", id)
    .where("claimed_by", "=", workerId)
    .execute();
}

/** One more failed attempt: retried after an exponential back-off, or marked failed after MAX_ATTEMPTS. */
export async function markFailed(db: DB, { id, workerId, attempts, error, now }: { id: number; workerId: string; attempts: number; error: string; now: Date }): Promise<void> {
  const tried = attempts + 1;
  await db
    .updateTable("outbox")
    .set({
      attempts: tried,
      last_error: error.slice(0, 1000),
      next_attempt_at: new Date(now.getTime() + retryDelayMs(tried)).toISOString(),
      failed_at: tried >= MAX_ATTEMPTS ? now.toISOString() : null,
      claimed_by: null,
      claimed_until: null,
    })
    .where("id", "=", id)
    .where("claimed_by", "=", workerId)
    .execute();
}

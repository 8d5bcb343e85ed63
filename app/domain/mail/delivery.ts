// When the outbox sends, retries, gives up, and when each reminder is due (Europe/Stockholm days).
import { addDays, DAY_MS, instantToLocal, localToInstant } from "../stockholm-time";

/** After this many failed attempts a message is marked failed; a coordinator can still retry it. */
export const MAX_ATTEMPTS = 8;
const FIRST_RETRY_MS = 30_000;
const MAX_RETRY_MS = 60 * 60_000;
/** A claim is a lease: a sender that dies after claiming frees its rows when the lease runs out. Longer than any SMTP timeout. */
export const CLAIM_LEASE_MS = 2 * 60_000;
/** Day-before and day-after reminders go out from this local hour, not at midnight. */
export const REMINDER_HOUR = 8;
/** A pending offer gets its reminder once its deadline is this close. */
export const OFFER_REMINDER_MS = DAY_MS;

/** 30 s, 1 min, 2 min, … doubling after each failure, never more than an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));
}

export type OutboxStatus = "pending" | "sent" | "failed";

export function outboxStatus(row: { sent_at: string | null; failed_at: string | null }): OutboxStatus {
  if (row.sent_at) return "sent";
  return row.failed_at ? "failed" : "pending";
}

/**
 * Due once the deadline is within a day and still ahead. An offer made with less than a day to answer
 * gets no reminder: the offer itself was the message.
 */
export function offerReminderDue(offer: { offeredAt: string; replyBy: string }, now: Date): boolean {
  const deadline = Date.parse(offer.replyBy);
  const t = now.getTime();
  return t < deadline && t >= deadline - OFFER_REMINDER_MS && Date.parse(offer.offeredAt) < deadline - OFFER_REMINDER_MS;
}

/**
 * The Stockholm day `offsetDays` from today as [from, to) instants (1: tomorrow, -1: yesterday),
 * or null before REMINDER_HOUR local time.
 */
export function reminderDay(now: Date, offsetDays: number): { from: Date; to: Date } | null {
  const local = instantToLocal(now);
  if (local.minute < REMINDER_HOUR * 60) return null;
  const day = addDays(local.date, offsetDays);
  return { from: localToInstant(day, 0), to: localToInstant(addDays(day, 1), 0) };
}

const LINK_TOKEN = /\/(invite|reset-password|sjalvhjalp\/aterkalla|sjalvhjalp\/grupp|enkat)\/[A-Za-z0-9_-]{16,}/g;

/** A sent mail's copy in the outbox keeps its links' pages but not their one-time tokens (the table lands in backups). */
export function redactLinkTokens(body: string): string {
  return body.replace(LINK_TOKEN, "/$1/[borttagen]");
}

// Calling a booking off ("Jag kan inte komma"): the reason's rules, and whether a booking or an offered slot falls
// inside a period a volunteer blocks or pauses, so the block and the pause ask the same question the same way.
import { z } from "zod";
import { isIsoDate } from "./fields";
import { localDatesBetween, localToInstant, MINUTES_PER_DAY } from "./stockholm-time";

/** A reason is one short line: it goes into the mails to the care unit and the coordinator. */
export const CANT_COME_REASON_MAX = 200;

export const cantComeReason = () =>
  z
    .string()
    .transform((v) => v.replace(/\s+/g, " ").trim())
    .pipe(
      z
        .string()
        .min(1, { error: "assignments.errors.reasonRequired" })
        .max(CANT_COME_REASON_MAX, { error: "assignments.errors.reasonTooLong" }),
    );

export interface Period {
  /** First local date, YYYY-MM-DD. */
  fromDate: string;
  /** Last local date, inclusive; null for a period with no end (a pause until further notice). */
  toDate: string | null;
  /** Only these minutes of each day (a blocked afternoon); null for the whole day. */
  startMinute?: number | null;
  endMinute?: number | null;
}

/**
 * The second step of blocking or pausing over bookings: call them off or keep them (asked only when there are some),
 * with a reason when they are called off.
 */
export const releaseChoice = (hasBookings: boolean) =>
  z
    .object({ choice: hasBookings ? z.enum(["cancel", "keep"], { error: "touches.errors.choice" }) : z.string().transform(() => "keep" as const), reason: z.string() })
    .transform((v, ctx) => {
      if (v.choice === "keep") return { cancelBookings: false, reason: v.reason.replace(/\s+/g, " ").trim().slice(0, CANT_COME_REASON_MAX) };
      const reason = cantComeReason().safeParse(v.reason);
      if (!reason.success) {
        ctx.addIssue({ code: "custom", path: ["reason"], message: reason.error.issues[0].message });
        return z.NEVER;
      }
      return { cancelBookings: true, reason: reason.data };
    });

/** A pause ends on a real date, today or later, or has no last day at all. */
export function isPauseEnd(until: string | null, today: string): boolean {
  return until === null || (isIsoDate(until) && until >= today);
}

/**
 * The pause a volunteer's profile form newly asks for — paused, with a valid last day or none, other than her current
 * pause — so the second step is asked once, not at every later save; null otherwise.
 */
export function newPause(current: { status: string; paused_until: string | null }, asked: { paused: boolean; until: string }, today: string): { until: string | null } | null {
  const until = asked.until.trim();
  if (!asked.paused || !isPauseEnd(until || null, today)) return null;
  const next = until || null;
  return current.status === "paused" && current.paused_until === next ? null : { until: next };
}

/** True when [start, end) shares any instant with the period. */
export function overlapsPeriod(period: Period, start: Date, end: Date): boolean {
  const from = period.startMinute ?? 0;
  const to = period.endMinute ?? MINUTES_PER_DAY;
  return localDatesBetween(start, end).some((date) => {
    if (date < period.fromDate || (period.toDate !== null && date > period.toDate)) return false;
    return localToInstant(date, from).getTime() < end.getTime() && start.getTime() < localToInstant(date, to).getTime();
  });
}

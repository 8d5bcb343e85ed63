// The rules for answering an offer and reporting back: expiry, the monthly cap, pay, and the answers' limits.
import { instantToLocal, localToInstant } from "./stockholm-time";
import type { Role } from "./vocabulary";

/** What each role is paid: peers by the hour, books and storytellers per assignment (the region's rates, SEK). */
export const COMPENSATION: Record<Role, { per: "hour" | "assignment"; rateSek: number }> = {
  peer: { per: "hour", rateSek: 300 },
  book: { per: "assignment", rateSek: 600 },
  storyteller: { per: "assignment", rateSek: 1200 },
};

/** Free-text and number limits shared by the forms (zod) and the models that store the answers. */
export const DECLINE_REASON_MAX = 500;
export const FEEDBACK_LIMITS = { commentMax: 2000, hoursMax: 24, travelKmMax: 2000 } as const;

/** The grades of a feedback, from the unit or the volunteer alike, as posted. */
export const FEEDBACK_RATINGS = ["1", "2", "3", "4", "5"] as const;

export interface Compensation {
  per: "hour" | "assignment";
  rateSek: number;
  /** What this assignment pays in total, rounded to whole kronor. */
  totalSek: number;
}

export function compensationFor(role: Role, durationMinutes: number): Compensation {
  const { per, rateSek } = COMPENSATION[role];
  const totalSek = per === "hour" ? Math.round((rateSek * durationMinutes) / 60) : rateSek;
  return { per, rateSek, totalSek };
}

/** The Europe/Stockholm calendar month of an instant, "YYYY-MM". */
export function localMonth(instant: Date): string {
  return instantToLocal(instant).date.slice(0, 7);
}

/** [from, to) of the Stockholm calendar month an instant falls in, as instants (for a range query). */
export function localMonthRange(instant: Date): { from: Date; to: Date } {
  const month = localMonth(instant);
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const next = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, "0")}`;
  return { from: localToInstant(`${month}-01`, 0), to: localToInstant(`${next}-01`, 0) };
}

/**
 * The monthly cap: a person with max_per_month assignments (booked or completed) starting in the slot's
 * Stockholm month may not take another one that month. `assignmentStarts` may hold other months too.
 */
export function isOverMonthlyCap(input: { maxPerMonth: number; slotStart: Date; assignmentStarts: Date[] }): boolean {
  const month = localMonth(input.slotStart);
  const count = input.assignmentStarts.filter((start) => localMonth(start) === month).length;
  return count >= input.maxPerMonth;
}

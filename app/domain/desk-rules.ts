// The request desk's rules: what an assignment's outcome does to its request and calendar, and the offer form's limits.
import type { AssignmentStatus, RequestStatus } from "../../db/schema";

export const OUTCOME_STATUSES = ["completed", "no_show", "cancelled"] as const;
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];

/** Hours as the volunteer's feedback allows them; compensation well above any real fee, to catch a slipped digit. */
export const OUTCOME_LIMITS = { hoursMax: 24, compensationMax: 100_000, reasonMax: 500 } as const;

/** How many people one submit may offer (the reply deadline's limits are the lifecycle's). */
export const OFFER_LIMITS = { peopleMax: 25 } as const;

/** Only a completed assignment completes its request; a no-show is a cancelled request, as the history import records it. */
export function requestStatusFor(outcome: OutcomeStatus): RequestStatus {
  return outcome === "completed" ? "completed" : "cancelled";
}

/**
 * Whether a status change alters the event a subscribed calendar shows: entering or leaving "cancelled" flips its
 * STATUS, and a no-show leaves the feed. Those need a higher SEQUENCE; booked → completed looks the same in a calendar.
 */
export function changesCalendar(from: AssignmentStatus, to: AssignmentStatus): boolean {
  if (from === to) return false;
  return [from, to].some((s) => s === "cancelled" || s === "no_show");
}

/** Completed and no-show describe what happened, so they wait until the assignment has begun; cancelling does not. */
export function outcomeNeedsStart(outcome: OutcomeStatus): boolean {
  return outcome !== "cancelled";
}

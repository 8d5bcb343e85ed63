// The request desk's rules: what an assignment's outcome does to its request and calendar, and the offer form's limits.
import type { AssignmentStatus, RequestStatus } from "./vocabulary";

export const OUTCOME_STATUSES = ["completed", "no_show", "cancelled"] as const;
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];

/** Hours as the volunteer's feedback allows them; compensation well above any real fee, to catch a slipped digit. */
export const OUTCOME_LIMITS = { hoursMax: 24, compensationMax: 100_000, reasonMax: 500 } as const;

type OutcomeProblem = {
  field: "hours" | "compensationSek" | "reason";
  key: "desk.errors.hours" | "desk.errors.compensation" | "desk.errors.reasonLong" | "desk.errors.hoursRequired" | "desk.errors.compensationRequired" | "desk.errors.reasonRequired";
};

const hasDecimalsAtMost = (n: number, decimals: number) => Math.abs(n * 10 ** decimals - Math.round(n * 10 ** decimals)) < 1e-6;

/**
 * Everything wrong with an outcome, one problem per field: hours within the day with at most two decimals, whole
 * kronor up to the cap; a completed assignment needs both (the payroll export), any other outcome needs a reason.
 */
export function outcomeProblems(o: { status: OutcomeStatus; hours: number | null; compensationSek: number | null; reason: string | null }): OutcomeProblem[] {
  const problems: OutcomeProblem[] = [];
  const reason = o.reason?.trim() ?? "";
  if (o.hours !== null && !(o.hours >= 0 && o.hours <= OUTCOME_LIMITS.hoursMax && hasDecimalsAtMost(o.hours, 2))) problems.push({ field: "hours", key: "desk.errors.hours" });
  else if (o.hours === null && o.status === "completed") problems.push({ field: "hours", key: "desk.errors.hoursRequired" });
  if (o.compensationSek !== null && !(Number.isInteger(o.compensationSek) && o.compensationSek >= 0 && o.compensationSek <= OUTCOME_LIMITS.compensationMax)) {
    problems.push({ field: "compensationSek", key: "desk.errors.compensation" });
  } else if (o.compensationSek === null && o.status === "completed") problems.push({ field: "compensationSek", key: "desk.errors.compensationRequired" });
  if (reason.length > OUTCOME_LIMITS.reasonMax) problems.push({ field: "reason", key: "desk.errors.reasonLong" });
  else if (reason === "" && o.status !== "completed") problems.push({ field: "reason", key: "desk.errors.reasonRequired" });
  return problems;
}

/** The first thing wrong with an outcome, or null when it may be saved. */
export function outcomeProblem(o: Parameters<typeof outcomeProblems>[0]): OutcomeProblem | null {
  return outcomeProblems(o)[0] ?? null;
}

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

// Unmet demand: open requests the library cannot serve, grouped by what is missing — the signal for recruiting.
import { EXCLUSION_REASONS, type ExclusionReason } from "./matching/constraints";
import type { Ranking } from "./matching/rank";

/**
 * Why a request is unmet. `noRoleHolder`: nobody in the library holds the wanted role. `experienceNotCovered`:
 * there are candidates, but none has any of the experience areas asked for. The rest are the hard constraint
 * that excluded the most people holding the role, in the engine's checking order (which also breaks ties).
 */
export const UNMET_REASONS = [
  "noRoleHolder",
  "experienceNotCovered",
  ...EXCLUSION_REASONS.filter((reason): reason is HolderReason => reason !== "wrongRole"),
] as const;
export type UnmetReason = (typeof UNMET_REASONS)[number];

export type HolderReason = Exclude<ExclusionReason, "wrongRole">;

/** A ranking as the engine returns it, plus whether the request asked for any experience area. */
export interface UnmetInput {
  requestId: number;
  wantsExperience: boolean;
  candidates: Pick<Ranking["candidates"][number], "parts">[];
  excluded: Pick<Ranking["excluded"][number], "reason">[];
}

export interface UnmetRequest {
  requestId: number;
  reason: UnmetReason;
  /** People holding the wanted role, including the candidates. */
  holders: number;
  /** How many of them each constraint excluded; only reasons that excluded someone. */
  excludedBy: Partial<Record<HolderReason, number>>;
}

export interface UnmetGroup {
  reason: UnmetReason;
  /** By request id. */
  requests: UnmetRequest[];
}

const REASON_ORDER = new Map(UNMET_REASONS.map((reason, i) => [reason, i]));

/** Null when the request has a candidate who brings at least one wanted experience area (or it asked for none). */
export function unmetReason(input: UnmetInput): UnmetRequest | null {
  const excludedBy: Partial<Record<HolderReason, number>> = {};
  let excludedHolders = 0;
  for (const { reason } of input.excluded) {
    if (reason === "wrongRole") continue;
    excludedBy[reason] = (excludedBy[reason] ?? 0) + 1;
    excludedHolders++;
  }
  const holders = excludedHolders + input.candidates.length;
  const result = (reason: UnmetReason): UnmetRequest => ({ requestId: input.requestId, reason, holders, excludedBy });
  if (input.candidates.length > 0) {
    if (!input.wantsExperience) return null;
    // A zero experience part means none of the wanted areas: the score pays in proportion to the areas matched.
    const covered = input.candidates.some((c) => c.parts.some((part) => part.key === "experience" && part.points > 0));
    return covered ? null : result("experienceNotCovered");
  }
  if (holders === 0) return result("noRoleHolder");
  let top: HolderReason | null = null;
  for (const [reason, count] of Object.entries(excludedBy) as [HolderReason, number][]) {
    const best = top === null ? 0 : excludedBy[top]!;
    if (count > best || (count === best && REASON_ORDER.get(reason)! < REASON_ORDER.get(top!)!)) top = reason;
  }
  return result(top!);
}

/**
 * Groups with the most requests first (ties in UNMET_REASONS order); requests by id within a group. Takes the
 * reasons rather than the rankings, so a caller can drop each ranking (thousands of people) as soon as it is read.
 */
export function groupUnmet(unmet: UnmetRequest[]): UnmetGroup[] {
  const groups = new Map<UnmetReason, UnmetRequest[]>();
  for (const request of unmet) {
    const group = groups.get(request.reason);
    if (group) group.push(request);
    else groups.set(request.reason, [request]);
  }
  return [...groups]
    .map(([reason, requests]) => ({ reason, requests: [...requests].sort((a, b) => a.requestId - b.requestId) }))
    .sort((a, b) => b.requests.length - a.requests.length || REASON_ORDER.get(a.reason)! - REASON_ORDER.get(b.reason)!);
}

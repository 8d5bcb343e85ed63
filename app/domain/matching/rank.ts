// Ranks everyone against one request from an in-memory snapshot: candidates with their reasons, the rest with why not.
import { checkIndexed, checkSlots, type ExclusionReason } from "./constraints";
import { compareCandidates, neverOfferedFor, requestPoints, requestPointsMax, round2, scoreCandidate, type ScorePart } from "./score";
import { indexSnapshot, mayFitAny, poolFor, type IndexedRequest, type SnapshotIndex } from "./snapshot-index";
import type { MatchingSnapshot } from "./types";

export interface RankedCandidate {
  personId: number;
  total: number;
  parts: ScorePart[];
  /** The request's slots the person is free for and under their cap in, in the request's order. */
  freeSlotIds: number[];
  offersThisYear: number;
}

export interface Ranking {
  requestId: number;
  candidates: RankedCandidate[];
  /** Everyone else, by person id, including people without the wanted role ("wrongRole"). */
  excluded: { personId: number; reason: ExclusionReason }[];
}

/** Null when the snapshot has no such request (it is not open or offered). */
export function rankCandidates(snapshot: MatchingSnapshot, requestId: number): Ranking | null {
  const index = indexSnapshot(snapshot);
  const r = index.requests.get(requestId);
  if (!r) return null;
  const ctx = index.context;
  const candidates: RankedCandidate[] = [];
  const excluded: Ranking["excluded"] = [];
  for (const p of index.people) {
    const check = checkIndexed(p, r, ctx);
    if (!check.ok) {
      excluded.push({ personId: p.person.id, reason: check.reason });
      continue;
    }
    const { total, parts } = scoreCandidate(p.person, r.request, ctx);
    candidates.push({ personId: p.person.id, total, parts, freeSlotIds: check.freeSlotIds, offersThisYear: p.person.offersThisYear });
  }
  candidates.sort(compareCandidates);
  return { requestId, candidates, excluded };
}

export interface PlanCandidate {
  personId: number;
  total: number;
  /** The total plus the plan's never-offered bonus when the person is never offered for the request's role: what the cut ranks by. */
  value: number;
  neverOffered: boolean;
  freeSlotIds: number[];
  offersThisYear: number;
}

/**
 * The best `limit` candidates by value (the total, plus `bonus` for people never offered for the request's role: the plan
 * pays it, so the cut must count it), without reasons and without looking at people who cannot serve the request's role
 * and place: what the plan needs for thousands of requests. Ties as compareCandidates.
 */
export function topCandidates(index: SnapshotIndex, r: IndexedRequest, limit: number, bonus = 0): PlanCandidate[] {
  const ctx = index.context;
  // Kept sorted and at most `limit` long; the score does not depend on the slot, so it decides before the slot checks.
  const best: PlanCandidate[] = [];
  const role = r.request.wantedRole;
  const personPart = role === "book" ? index.pointsBook : index.pointsOther;
  const pool = poolFor(index, r.request);
  const requestMax = requestPointsMax(r.request);
  const byValue = (c: PlanCandidate) => ({ personId: c.personId, total: c.value, offersThisYear: c.offersThisYear });
  for (let k = 0; k < pool.length; k++) {
    const pos = pool[k];
    const last = best.length === limit ? best[limit - 1] : null;
    // Someone whose best possible value is below the last one kept cannot get in; a hundredth's margin for rounding.
    if (last && personPart[pos] + requestMax + bonus + 0.01 < last.value) continue;
    // Most of a pool is busy at the requested times; the quarter-hour masks say so without the full check.
    if (!mayFitAny(index, pos, r.slots)) continue;
    const { person } = index.people[pos];
    // The pool already holds the role, activity, training and place constraints.
    if (r.declined.has(person.id) || r.pending.has(person.id)) continue;
    const total = round2(personPart[pos] + requestPoints(person, r.request));
    const neverOffered = neverOfferedFor(person, role);
    const value = neverOffered ? round2(total + bonus) : total;
    if (last && compareCandidates({ personId: person.id, total: value, offersThisYear: person.offersThisYear }, byValue(last)) >= 0) continue;
    const check = checkSlots(index.people[pos], r, ctx);
    if (!check.ok) continue;
    const candidate = { personId: person.id, total, value, neverOffered, freeSlotIds: check.freeSlotIds, offersThisYear: person.offersThisYear };
    let i = last ? limit - 1 : best.length;
    while (i > 0 && compareCandidates(byValue(candidate), byValue(best[i - 1])) < 0) {
      best[i] = best[i - 1];
      i--;
    }
    best[i] = candidate;
  }
  return best;
}

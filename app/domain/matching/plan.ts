// The plan: one person per open request for all open requests at once, solved exactly as an assignment problem
// on each request's top K feasible people; rows of one person at clashing times are re-planned around the rest.
import { DEFAULT_BUFFER } from "../availability";
import { solveAssignment, type AssignmentOption } from "./assignment";
import { topCandidates, type PlanCandidate } from "./rank";
import { round2, scoreCandidate, type ScorePart } from "./score";
import { indexSnapshot, type IndexedRequest } from "./snapshot-index";
import type { PreparedSlot } from "./slot-check";
import type { MatchingPerson, MatchingSnapshot } from "./types";

export const PLAN_DEFAULTS = {
  /** Each request's best K candidates form the graph; the rest could only win where these are all taken. */
  topK: 30,
  /** Points for each person not offered anything this year whom the plan covers, counted once per person. */
  neverOfferedBonus: 25,
  /** Rounds of re-planning requests whose person turned out to be booked at that time by another planned row. */
  maxClashRounds: 20,
};

export interface PlanOptions {
  topK?: number;
  neverOfferedBonus?: number;
  /** Plan only these requests (they must be open); all open requests by default. */
  requestIds?: number[];
}

export interface PlanRow {
  requestId: number;
  personId: number;
  slotId: number;
  score: number;
  parts: ScorePart[];
}

export interface Plan {
  /** By request id. */
  rows: PlanRow[];
  /** Open requests left without anyone, by id. */
  unassigned: number[];
  /** The rows' scores plus the bonus for each never-offered person covered: the quantity maximised. */
  total: number;
  neverOfferedCovered: number;
}

/**
 * Capacity is counted per person and Stockholm month: a person with a March slot and an April slot uses up
 * what is left of each month separately, exactly as the monthly cap does when the offers are accepted.
 * The bonus goes to people offered nothing this year (any role): the plan's job is to spread, not only the book goal.
 */
export function planAssignments(snapshot: MatchingSnapshot, options: PlanOptions = {}): Plan {
  const topK = options.topK ?? PLAN_DEFAULTS.topK;
  const bonusPoints = options.neverOfferedBonus ?? PLAN_DEFAULTS.neverOfferedBonus;
  const index = indexSnapshot(snapshot);
  const wanted = options.requestIds ? new Set(options.requestIds) : null;
  const requests = [...index.requests.values()]
    .filter((r) => r.request.status === "open" && (wanted === null || wanted.has(r.request.id)))
    .sort((a, b) => a.request.id - b.request.id);
  const shortlists = new Map(requests.map((r) => [r.request.id, topCandidates(index, r, topK)]));
  const people = new Map(index.people.map((p) => [p.person.id, p.person]));
  const forbidden = new Set<string>();

  let picks = solve(requests, shortlists, people, forbidden, [], bonusPoints);
  for (let round = 1; ; round++) {
    const { slots, clashes } = chooseSlots(picks, people);
    if (clashes.length === 0 || round > PLAN_DEFAULTS.maxClashRounds) return toPlan(snapshot, requests, picks, slots, people, bonusPoints);
    // Re-plan only the clashing requests around the rest: the first solve stays exact, repairs stay small.
    for (const clash of clashes) forbidden.add(clash);
    const clashing = (pick: Pick) => forbidden.has(pairKey(pick.r.request.id, pick.candidate.personId));
    const kept = picks.filter((pick) => !clashing(pick));
    const again = picks.filter(clashing).map((pick) => pick.r);
    picks = [...kept, ...solve(again, shortlists, people, forbidden, kept, bonusPoints)].sort((a, b) => a.r.request.id - b.r.request.id);
  }
}

/** The exact assignment for `requests`, with capacity and bonuses left over by the `fixed` picks. */
function solve(
  requests: IndexedRequest[],
  shortlists: Map<number, PlanCandidate[]>,
  people: Map<number, MatchingPerson>,
  forbidden: Set<string>,
  fixed: Pick[],
  bonusPoints: number,
): Pick[] {
  const taken = new Map<string, number>();
  for (const { candidate, month } of fixed) taken.set(`${candidate.personId}|${month}`, (taken.get(`${candidate.personId}|${month}`) ?? 0) + 1);
  const covered = new Set(fixed.map((pick) => pick.candidate.personId));
  const solution = solveAssignment({
    requests: requests.map((r) => ({ id: r.request.id, options: optionsFor(r, shortlists.get(r.request.id)!, forbidden) })),
    capacity: (personId, month) => {
      const person = people.get(personId)!;
      return person.maxPerMonth - (person.assignmentsByMonth[month] ?? 0) - (taken.get(`${personId}|${month}`) ?? 0);
    },
    bonus: (personId) => (people.get(personId)!.offersThisYear === 0 && !covered.has(personId) ? Math.round(bonusPoints * 100) : 0),
  });
  return requests.flatMap((r, i) => {
    const option = solution.chosen[i];
    if (!option) return [];
    return [{ r, candidate: shortlists.get(r.request.id)!.find((c) => c.personId === option.personId)!, month: option.bucket }];
  });
}

const pairKey = (requestId: number, personId: number) => `${requestId}:${personId}`;

/** One option per candidate and month of their free slots, weighted in hundredths of a point. */
function optionsFor(r: IndexedRequest, shortlist: PlanCandidate[], forbidden: Set<string>): AssignmentOption[] {
  const monthOf = new Map(r.slots.map((s) => [s.id, s.month]));
  const options: AssignmentOption[] = [];
  for (const c of shortlist) {
    if (forbidden.has(pairKey(r.request.id, c.personId))) continue;
    const months = new Set(c.freeSlotIds.map((id) => monthOf.get(id)!));
    for (const month of months) options.push({ personId: c.personId, bucket: month, weight: Math.round(c.total * 100) });
  }
  return options;
}

interface Pick {
  r: IndexedRequest;
  candidate: PlanCandidate;
  month: string;
}

/**
 * Gives each pick the earliest free slot in its month that keeps clear (with travel buffer) of the same person's
 * other picks, the most constrained picks first; a pick left without one is a clash to forbid and re-solve.
 */
function chooseSlots(picks: Pick[], people: Map<number, MatchingPerson>) {
  const slots = new Map<number, PreparedSlot>();
  const clashes: string[] = [];
  const byPerson = new Map<number, Pick[]>();
  for (const pick of picks) {
    const own = byPerson.get(pick.candidate.personId);
    if (own) own.push(pick);
    else byPerson.set(pick.candidate.personId, [pick]);
  }
  for (const [personId, own] of byPerson) {
    const buffer = people.get(personId)!.availability.buffer ?? DEFAULT_BUFFER;
    const pad = (s: PreparedSlot) => (s.isDigital ? buffer.digitalMinutes : buffer.physicalMinutes) * 60_000;
    const clear = (a: PreparedSlot, b: PreparedSlot) => {
      const gap = Math.max(pad(a), pad(b));
      return a.endMs + gap <= b.startMs || b.endMs + gap <= a.startMs;
    };
    const options = own.map((pick) => ({
      pick,
      slots: pick.r.slots.filter((s) => s.month === pick.month && pick.candidate.freeSlotIds.includes(s.id)).sort((a, b) => a.startMs - b.startMs),
    }));
    options.sort((a, b) => a.slots.length - b.slots.length || a.pick.r.request.id - b.pick.r.request.id);
    const taken: PreparedSlot[] = [];
    for (const { pick, slots: free } of options) {
      const slot = free.find((s) => taken.every((t) => clear(s, t)));
      if (slot) {
        taken.push(slot);
        slots.set(pick.r.request.id, slot);
      } else clashes.push(pairKey(pick.r.request.id, personId));
    }
  }
  return { slots, clashes };
}

function toPlan(
  snapshot: MatchingSnapshot,
  requests: IndexedRequest[],
  picks: Pick[],
  slots: Map<number, PreparedSlot>,
  people: Map<number, MatchingPerson>,
  bonusPoints: number,
): Plan {
  const rows: PlanRow[] = [];
  const covered = new Set<number>();
  for (const { r, candidate } of picks) {
    const slot = slots.get(r.request.id);
    // Only after the last round: a pick that still clashes is dropped rather than double-booking anyone.
    if (!slot) continue;
    const person = people.get(candidate.personId)!;
    const { total, parts } = scoreCandidate(person, r.request, snapshot.context);
    rows.push({ requestId: r.request.id, personId: person.id, slotId: slot.id, score: total, parts });
    if (person.offersThisYear === 0) covered.add(person.id);
  }
  const planned = new Set(rows.map((row) => row.requestId));
  const unassigned = requests.map((r) => r.request.id).filter((id) => !planned.has(id));
  const total = round2(rows.reduce((sum, row) => sum + row.score, 0) + covered.size * bonusPoints);
  return { rows, unassigned, total, neverOfferedCovered: covered.size };
}

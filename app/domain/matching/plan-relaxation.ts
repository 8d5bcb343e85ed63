// The plan's relaxation: the exact assignment of requests to (person, month) under the monthly caps with the never-offered
// bonus, clashes ignored. It bounds every plan over the same shortlists, and is the plan itself when no times clash.
import { solveAssignment, type AssignmentOption } from "./assignment";
import { clearOf, slotsOf, type Pick } from "./plan-slots";
import type { PlanCandidate } from "./rank";
import type { IndexedRequest } from "./snapshot-index";
import type { PreparedSlot } from "./slot-check";
import type { MatchingPerson } from "./types";

/** Offers this year beyond this many break no more ties. */
const TIE_LEVELS = 64;

export interface PlanModel {
  /** Each request's candidates in ranked order, a reserve beyond topK: it refills a shortlist emptied by forbidden months. */
  pools: Map<number, PlanCandidate[]>;
  people: Map<number, MatchingPerson>;
  topK: number;
  /** Values are hundredths of a point times `scale`: the room below is for tie-breaks, which never add up to a hundredth. */
  scale: number;
  /** The never-offered bonus, scaled. */
  bonus: number;
}

export function planModel(pools: Map<number, PlanCandidate[]>, people: Map<number, MatchingPerson>, topK: number, bonusPoints: number): PlanModel {
  const scale = TIE_LEVELS * (pools.size + 1);
  return { pools, people, topK, scale, bonus: Math.round(bonusPoints * 100) * scale };
}

/**
 * A candidate's scaled value: ties go to whoever has had fewer offers this year, as ranking orders them, so equal scores
 * spread the offers instead of falling wherever the solver's search order lands.
 */
export const weightOf = (model: PlanModel, c: PlanCandidate) =>
  Math.round(c.total * 100) * model.scale + (TIE_LEVELS - 1 - Math.min(c.offersThisYear, TIE_LEVELS - 1));

/** (request, person, month) triples the plan may no longer use. */
export type Forbidden = ReadonlySet<string>;
export const forbidKey = (pick: Pick) => `${pick.r.request.id}:${pick.candidate.personId}:${pick.month}`;

/** What rows already in the plan hold: the repair plans the rest around them. */
export interface Held {
  used: Map<string, number>;
  busy: Map<number, PreparedSlot[]>;
  covered: Set<number>;
}

export const NOTHING_HELD: Held = { used: new Map(), busy: new Map(), covered: new Set() };

const capKey = (personId: number, month: string) => `${personId}|${month}`;

function capacityLeft(model: PlanModel, held: Held, personId: number, month: string): number {
  const person = model.people.get(personId)!;
  return person.maxPerMonth - (person.assignmentsByMonth[month] ?? 0) - (held.used.get(capKey(personId, month)) ?? 0);
}

/** The distinct months of a candidate's free slots for a request, worked out once: every relaxation asks again. */
const monthCache = new WeakMap<PlanCandidate, string[]>();
function freeMonths(r: IndexedRequest, c: PlanCandidate): string[] {
  let months = monthCache.get(c);
  if (!months) {
    months = [...new Set(r.slots.filter((s) => c.freeSlotIds.includes(s.id)).map((s) => s.month))];
    monthCache.set(c, months);
  }
  return months;
}

/**
 * Months of the candidate's free slots still open to the request: not forbidden, under the cap, clear of what is held.
 * The free slots already leave out months the person was full in when the snapshot was taken.
 */
function monthsOpen(model: PlanModel, r: IndexedRequest, c: PlanCandidate, forbidden: Forbidden, held: Held): string[] {
  const all = freeMonths(r, c);
  if (forbidden.size === 0 && held === NOTHING_HELD) return all;
  const busy = held.busy.get(c.personId);
  const person = model.people.get(c.personId)!;
  return all.filter(
    (month) =>
      !forbidden.has(`${r.request.id}:${c.personId}:${month}`) &&
      capacityLeft(model, held, c.personId, month) > 0 &&
      (!busy || slotsOf(r, c, month).some((s) => busy.every((b) => clearOf(person, s, b)))),
  );
}

/** Where a branch of the search narrows the relaxation; `forced` gives a request to one person (request id → person id). */
export interface Restriction {
  forbidden: Forbidden;
  /** People paid no bonus in this branch. */
  unpaid: ReadonlySet<number>;
  forced: ReadonlyMap<number, number>;
}

export const UNRESTRICTED: Restriction = { forbidden: new Set(), unpaid: new Set(), forced: new Map() };

/**
 * The relaxation's picks, its value (scaled; below zero when a forced request cannot go to its person) and its phantoms:
 * people it pays the bonus on requests that do not earn it. A bonus counts once per person not already covered by `held`.
 */
export function relax(model: PlanModel, requests: IndexedRequest[], restriction: Restriction = UNRESTRICTED, held: Held = NOTHING_HELD) {
  const { forbidden, unpaid, forced } = restriction;
  const neverOffered = new Set<number>();
  const paid = (personId: number) => neverOffered.has(personId) && !held.covered.has(personId) && !unpaid.has(personId);
  const shortlists = requests.map((r) => {
    // The first K candidates with a month still open: a forbidden or full one makes room for the next in the pool.
    const shortlist: { candidate: PlanCandidate; months: string[] }[] = [];
    const only = forced.get(r.request.id);
    for (const candidate of model.pools.get(r.request.id)!) {
      if (shortlist.length === model.topK) break;
      if (only !== undefined && candidate.personId !== only) continue;
      const months = monthsOpen(model, r, candidate, forbidden, held);
      if (months.length === 0) continue;
      shortlist.push({ candidate, months });
      if (candidate.neverOffered) neverOffered.add(candidate.personId);
    }
    return shortlist;
  });
  // A forced option outweighs everything else together, so the solver takes it wherever the caps allow.
  const most = (list: { candidate: PlanCandidate }[]) => Math.max(0, ...list.map(({ candidate }) => weightOf(model, candidate)));
  const big = forced.size === 0 ? 0 : 1 + shortlists.reduce((sum, list) => sum + most(list) + model.bonus, 0);
  const solution = solveAssignment({
    requests: requests.map((r, i) => ({
      id: r.request.id,
      options: shortlists[i].flatMap(({ candidate, months }) =>
        months.map((bucket): AssignmentOption => ({ personId: candidate.personId, bucket, weight: weightOf(model, candidate) + (forced.has(r.request.id) ? big : 0) })),
      ),
    })),
    capacity: (personId, month) => capacityLeft(model, held, personId, month),
    // Per person, though never offered is per role: someone never offered as a book but offered as a peer could earn it on
    // a peer request here. That keeps the relaxation a bound; the search pulls such phantoms apart (bonusBranches).
    bonus: (personId) => (paid(personId) ? model.bonus : 0),
  });
  const picks: Pick[] = [];
  solution.chosen.forEach((option, i) => {
    if (!option) return;
    const candidate = shortlists[i].find((s) => s.candidate.personId === option.personId)!.candidate;
    picks.push({ r: requests[i], candidate, month: option.bucket, weight: weightOf(model, candidate) });
  });
  const earned = new Set(picks.filter((p) => p.candidate.neverOffered).map((p) => p.candidate.personId));
  const phantoms = [...new Set(picks.map((p) => p.candidate.personId))].filter((id) => paid(id) && !earned.has(id));
  return { picks, value: solution.value - big * forced.size, phantoms };
}

/** The plan's objective for rows that hold together: their weights and a bonus per person newly covered. */
export function valueOf(model: PlanModel, rows: { pick: Pick }[], held: Held = NOTHING_HELD): number {
  const covered = new Set<number>();
  let value = 0;
  for (const { pick } of rows) {
    value += pick.weight;
    if (pick.candidate.neverOffered && !held.covered.has(pick.candidate.personId)) covered.add(pick.candidate.personId);
  }
  return value + covered.size * model.bonus;
}

// The plan: one person per open request for all open requests at once, an assignment problem on each request's top K
// feasible people, solved exactly where no times clash and searched around the clashes where they do (plan-search.ts).
import { planGroup } from "./plan-search";
import { planModel, relax, type PlanModel } from "./plan-relaxation";
import type { Row } from "./plan-slots";
import { topCandidates } from "./rank";
import { round2, scoreCandidate, type ScorePart } from "./score";
import { indexSnapshot, type IndexedRequest } from "./snapshot-index";
import type { MatchingSnapshot } from "./types";

export const PLAN_DEFAULTS = {
  /** Each request's best K candidates form the graph; the rest could only win where these are all taken. */
  topK: 30,
  /** Points for each person not offered anything this year whom the plan covers, counted once per person. */
  neverOfferedBonus: 25,
  /** Candidates ranked beyond K per request, to refill a shortlist when months are forbidden for clashing. */
  reserve: 10,
  /** Groups of requests sharing people up to this size are searched exactly over their clashes, within exactNodes relaxations. */
  exactRequests: 16,
  exactNodes: 2000,
  /**
   * Relaxations in a larger group's dive: each after the first forbids the months that clashed and re-plans every request.
   * The few clashes left after the second are cheaper to fill by the repair: at national scale two more rounds added
   * 0.03 % to the total and doubled the time.
   */
  maxClashRounds: 2,
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
  /** Never offered for the request's role this year (neverOfferedFor): the rows the bonus is paid for. */
  neverOffered: boolean;
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
 * Capacity is counted per person and Stockholm month: a person with a March slot and an April slot uses up what is left of
 * each month separately, exactly as the monthly cap does when the offers are accepted. The bonus is paid once per person
 * who gets a request they were never offered for (neverOfferedFor): the plan's job is to spread the offers.
 */
export function planAssignments(snapshot: MatchingSnapshot, options: PlanOptions = {}): Plan {
  const bonusPoints = options.neverOfferedBonus ?? PLAN_DEFAULTS.neverOfferedBonus;
  const { model, requests } = prepare(snapshot, options);
  const rows = groups(model, requests).flatMap((group) => planGroup(model, group, PLAN_DEFAULTS));
  return toPlan(snapshot, requests, rows, bonusPoints);
}

/** The relaxation's value in points: no plan over the same top K (reserve included) can total more. */
export function planBound(snapshot: MatchingSnapshot, options: PlanOptions = {}): number {
  const { model, requests } = prepare(snapshot, options);
  return round2(Math.floor(relax(model, requests).value / model.scale) / 100);
}

function prepare(snapshot: MatchingSnapshot, options: PlanOptions): { model: PlanModel; requests: IndexedRequest[] } {
  const topK = options.topK ?? PLAN_DEFAULTS.topK;
  const bonusPoints = options.neverOfferedBonus ?? PLAN_DEFAULTS.neverOfferedBonus;
  const index = indexSnapshot(snapshot);
  const wanted = options.requestIds ? new Set(options.requestIds) : null;
  const requests = [...index.requests.values()]
    .filter((r) => r.request.status === "open" && (wanted === null || wanted.has(r.request.id)))
    .sort((a, b) => a.request.id - b.request.id);
  const pools = new Map(requests.map((r) => [r.request.id, topCandidates(index, r, topK + PLAN_DEFAULTS.reserve, bonusPoints)]));
  const people = new Map(index.people.map((p) => [p.person.id, p.person]));
  return { model: planModel(pools, people, topK, bonusPoints), requests };
}

/** Requests linked by a person in their pools, by lowest request id: no cap, clash or bonus reaches from one group to another. */
function groups(model: PlanModel, requests: IndexedRequest[]): IndexedRequest[][] {
  const parent = requests.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const firstOf = new Map<number, number>();
  requests.forEach((r, i) => {
    for (const c of model.pools.get(r.request.id)!) {
      const j = firstOf.get(c.personId);
      if (j === undefined) firstOf.set(c.personId, i);
      else parent[find(i)] = find(j);
    }
  });
  const byRoot = new Map<number, IndexedRequest[]>();
  requests.forEach((r, i) => {
    const root = find(i);
    const group = byRoot.get(root);
    if (group) group.push(r);
    else byRoot.set(root, [r]);
  });
  return [...byRoot.values()];
}

function toPlan(snapshot: MatchingSnapshot, requests: IndexedRequest[], picked: Row[], bonusPoints: number): Plan {
  const index = indexSnapshot(snapshot);
  const people = new Map(index.people.map((p) => [p.person.id, p.person]));
  const covered = new Set<number>();
  const rows = picked
    .map(({ pick, slot }): PlanRow => {
      const person = people.get(pick.candidate.personId)!;
      const { total, parts } = scoreCandidate(person, pick.r.request, snapshot.context);
      if (pick.candidate.neverOffered) covered.add(person.id);
      return { requestId: pick.r.request.id, personId: person.id, slotId: slot.id, score: total, parts, neverOffered: pick.candidate.neverOffered };
    })
    .sort((a, b) => a.requestId - b.requestId);
  const planned = new Set(rows.map((row) => row.requestId));
  const unassigned = requests.map((r) => r.request.id).filter((id) => !planned.has(id));
  const total = round2(rows.reduce((sum, row) => sum + row.score, 0) + covered.size * bonusPoints);
  return { rows, unassigned, total, neverOfferedCovered: covered.size };
}

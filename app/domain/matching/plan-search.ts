// Finds the plan for one independent group of requests where times clash: branch and bound over the clashes with the
// relaxation as the bound (exact where the group is small), a dive that re-plans every request where it is not, then a
// repair that fills what is left without moving anything already planned.
import { forbidKey, relax, UNRESTRICTED, valueOf, type Held, type PlanModel, type Restriction } from "./plan-relaxation";
import { placeSlots, type Conflict, type Row } from "./plan-slots";
import type { IndexedRequest } from "./snapshot-index";

export interface SearchLimits {
  /** Groups up to this many requests are searched exactly, within `exactNodes` relaxations. */
  exactRequests: number;
  exactNodes: number;
  /** Rounds of the dive in larger groups: each forbids the months that clashed and re-plans every request. */
  maxClashRounds: number;
}

export function planGroup(model: PlanModel, requests: IndexedRequest[], limits: SearchLimits): Row[] {
  const best = search(model, requests, limits);
  return repair(model, requests, best);
}

function search(model: PlanModel, requests: IndexedRequest[], limits: SearchLimits): Row[] {
  const exact = requests.length <= limits.exactRequests;
  let best: { value: number; rows: Row[] } = { value: -1, rows: [] };
  // Depth first, the dropped row's branch first, so the first plan found is a good one; later ones can only improve on it.
  const stack: Restriction[] = [UNRESTRICTED];
  for (let nodes = 0; stack.length > 0 && nodes < (exact ? limits.exactNodes : limits.maxClashRounds); nodes++) {
    const node = stack.pop()!;
    const { picks, value: bound, phantoms } = relax(model, requests, node);
    if (bound <= best.value) continue;
    const { rows, conflicts } = placeSlots(picks, model.people);
    const value = valueOf(model, rows);
    if (value > best.value) best = { value, rows };
    if (!exact) {
      // The dive: every clash's dropped row forbidden and every phantom unpaid at once, then all requests re-planned.
      if (conflicts.length > 0 || phantoms.length > 0) {
        stack.push({ ...node, forbidden: new Set([...node.forbidden, ...conflicts.map((c) => forbidKey(c.dropped))]), unpaid: new Set([...node.unpaid, ...phantoms]) });
      }
      continue;
    }
    const children = conflicts.length > 0 ? clashBranches(node, conflicts[0]) : phantoms.length > 0 ? bonusBranches(model, node, requests, phantoms[0]) : [];
    for (const child of children.reverse()) stack.push(child);
  }
  return best.rows;
}

/** Any plan leaves out at least one member of a clash: one branch per member covers them all, the dropped one first. */
function clashBranches(node: Restriction, { members, dropped }: Conflict): Restriction[] {
  const order = [dropped, ...members.filter((m) => m !== dropped).sort((a, b) => a.weight - b.weight)];
  return order.map((m) => ({ ...node, forbidden: new Set([...node.forbidden, forbidKey(m)]) }));
}

/**
 * The relaxation paid someone the bonus on requests that do not earn it (never offered is per role). Any plan either gives
 * her no request that earns it, or gives her one of them: a branch for the first, one per such request for the rest.
 */
function bonusBranches(model: PlanModel, node: Restriction, requests: IndexedRequest[], personId: number): Restriction[] {
  const unpaid = new Set([...node.unpaid, personId]);
  const earning = requests.filter((r) => !node.forced.has(r.request.id) && model.pools.get(r.request.id)!.some((c) => c.personId === personId && c.neverOffered));
  const keys = earning.flatMap((r) => r.slots.map((s) => `${r.request.id}:${personId}:${s.month}`));
  return [
    { ...node, unpaid, forbidden: new Set([...node.forbidden, ...keys]) },
    ...earning.map((r) => ({ ...node, forced: new Map([...node.forced, [r.request.id, personId]]) })),
  ];
}

/** Plans the requests still without anyone around the rows already there: each round can only add rows. */
function repair(model: PlanModel, requests: IndexedRequest[], rows: Row[]): Row[] {
  const result = [...rows];
  const held: Held = { used: new Map(), busy: new Map(), covered: new Set() };
  const hold = (row: Row) => {
    const { personId } = row.pick.candidate;
    const key = `${personId}|${row.pick.month}`;
    held.used.set(key, (held.used.get(key) ?? 0) + 1);
    held.busy.set(personId, [...(held.busy.get(personId) ?? []), row.slot]);
    if (row.pick.candidate.neverOffered) held.covered.add(personId);
  };
  rows.forEach(hold);
  const forbidden = new Set<string>();
  const planned = new Set(rows.map((row) => row.pick.r));
  let left = requests.filter((r) => !planned.has(r));
  for (let round = 0; left.length > 0 && round < 2 * requests.length; round++) {
    const { picks } = relax(model, left, { ...UNRESTRICTED, forbidden }, held);
    if (picks.length === 0) break;
    const placed = placeSlots(picks, model.people, held.busy);
    placed.rows.forEach(hold);
    result.push(...placed.rows);
    for (const c of placed.conflicts) forbidden.add(forbidKey(c.dropped));
    for (const row of placed.rows) planned.add(row.pick.r);
    left = left.filter((r) => !planned.has(r));
    if (placed.conflicts.length === 0) break;
  }
  return result.sort((a, b) => a.pick.r.request.id - b.pick.r.request.id);
}

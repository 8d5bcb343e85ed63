// Swapping a plan row's person: the next candidates who could take the request instead, and whether chosen rows clash.
import { clearOf } from "./plan-slots";
import type { PlanRow } from "./plan";
import { topCandidates } from "./rank";
import { scoreCandidate, type ScorePart } from "./score";
import { indexSnapshot, type SnapshotIndex } from "./snapshot-index";
import type { PreparedSlot } from "./slot-check";
import type { MatchingPerson, MatchingSnapshot } from "./types";

/** How many others a row offers to swap in. */
export const SWAP_CHOICES = 3;

export interface SwapOption {
  personId: number;
  slotId: number;
  score: number;
  parts: ScorePart[];
}

interface Booked {
  requestId: number;
  slot: PreparedSlot;
}

/** The slots and months each person holds in `rows`. */
function bookedByPerson(index: SnapshotIndex, rows: Pick<PlanRow, "requestId" | "personId" | "slotId">[]) {
  const booked = new Map<number, Booked[]>();
  for (const row of rows) {
    const slot = index.requests.get(row.requestId)?.slots.find((s) => s.id === row.slotId);
    if (!slot) continue;
    const own = booked.get(row.personId);
    if (own) own.push({ requestId: row.requestId, slot });
    else booked.set(row.personId, [{ requestId: row.requestId, slot }]);
  }
  return booked;
}

/** Free in `slot` beside the person's other rows: clear of each with the travel buffer, and a place left under the monthly cap. */
function fitsBeside(person: MatchingPerson, used: ReadonlyMap<string, number>, slot: PreparedSlot, others: Booked[]): boolean {
  if (!others.every((o) => clearOf(person, slot, o.slot))) return false;
  const sameMonth = others.filter((o) => o.slot.month === slot.month).length;
  return (used.get(slot.month) ?? 0) + sameMonth + 1 <= person.maxPerMonth;
}

/**
 * Per row, up to SWAP_CHOICES other candidates of its request in the ranking's order, each with the earliest of their
 * free slots that keeps clear of their own rows elsewhere in the plan: swapping one in never double-books anyone.
 */
export function swapOptions(snapshot: MatchingSnapshot, rows: PlanRow[]): Map<number, SwapOption[]> {
  const index = indexSnapshot(snapshot);
  const booked = bookedByPerson(index, rows);
  const positions = new Map(index.people.map((p, pos) => [p.person.id, pos]));
  const options = new Map<number, SwapOption[]>();
  for (const row of rows) {
    const r = index.requests.get(row.requestId);
    if (!r) continue;
    const found: SwapOption[] = [];
    // More than needed: some of the best are busy elsewhere in the plan at every one of the request's times.
    for (const c of topCandidates(index, r, SWAP_CHOICES * 4 + 1)) {
      if (found.length === SWAP_CHOICES) break;
      if (c.personId === row.personId) continue;
      const { person, usedByMonth } = index.people[positions.get(c.personId)!];
      const others = (booked.get(c.personId) ?? []).filter((b) => b.requestId !== row.requestId);
      const slot = r.slots.filter((s) => c.freeSlotIds.includes(s.id)).sort((a, b) => a.startMs - b.startMs).find((s) => fitsBeside(person, usedByMonth, s, others));
      if (!slot) continue;
      const { total, parts } = scoreCandidate(person, r.request, snapshot.context);
      found.push({ personId: c.personId, slotId: slot.id, score: total, parts });
    }
    options.set(row.requestId, found);
  }
  return options;
}

/**
 * The rows (as sent back from the form) that cannot all be held: a later row of a person that clashes with an earlier
 * one, or that takes her over the monthly cap. Rows whose request or slot is unknown are left to checkPlanRows.
 */
export function clashingRows<T extends Pick<PlanRow, "requestId" | "personId" | "slotId">>(snapshot: MatchingSnapshot, rows: T[]): T[] {
  const index = indexSnapshot(snapshot);
  const positions = new Map(index.people.map((p, pos) => [p.person.id, pos]));
  const held = new Map<number, Booked[]>();
  const clashing: T[] = [];
  for (const row of rows) {
    const pos = positions.get(row.personId);
    const slot = index.requests.get(row.requestId)?.slots.find((s) => s.id === row.slotId);
    if (pos === undefined || !slot) continue;
    const { person, usedByMonth } = index.people[pos];
    const others = held.get(row.personId) ?? [];
    if (!fitsBeside(person, usedByMonth, slot, others)) clashing.push(row);
    else held.set(row.personId, [...others, { requestId: row.requestId, slot }]);
  }
  return clashing;
}

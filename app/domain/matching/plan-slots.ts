// Gives each of the plan's rows a slot its person is free for, clear (with travel buffer) of the person's other rows; where
// no such choice exists, names the smallest set of rows that cannot all be held and the one to drop.
import { DEFAULT_BUFFER } from "../availability";
import type { PlanCandidate } from "./rank";
import type { IndexedRequest } from "./snapshot-index";
import type { PreparedSlot } from "./slot-check";
import type { MatchingPerson } from "./types";

/** One request given to one candidate in one Stockholm month, the slot still to choose. */
export interface Pick {
  r: IndexedRequest;
  candidate: PlanCandidate;
  month: string;
  /** The pick's value in the plan's scaled units: the score and a tie-break. */
  weight: number;
}

export interface Row {
  pick: Pick;
  slot: PreparedSlot;
}

export interface Conflict {
  /** Rows of one person that cannot all get clear slots, though any of them less can. */
  members: Pick[];
  /** The lowest-valued member, the one left out. */
  dropped: Pick;
}

/** Whether a and b, booked for one person, keep the travel buffer between them. */
export function clearOf(person: MatchingPerson, a: PreparedSlot, b: PreparedSlot): boolean {
  const buffer = person.availability.buffer ?? DEFAULT_BUFFER;
  const pad = (s: PreparedSlot) => (s.isDigital ? buffer.digitalMinutes : buffer.physicalMinutes) * 60_000;
  const gap = Math.max(pad(a), pad(b));
  return a.endMs + gap <= b.startMs || b.endMs + gap <= a.startMs;
}

/** The slots of the pick's month its person is free for, earliest first. */
export function slotsOf(r: IndexedRequest, candidate: PlanCandidate, month: string): PreparedSlot[] {
  return r.slots.filter((s) => s.month === month && candidate.freeSlotIds.includes(s.id)).sort((a, b) => a.startMs - b.startMs);
}

/** Per person, the highest-valued rows first keep their place; `busy` are slots the person already holds in the plan. */
export function placeSlots(picks: Pick[], people: Map<number, MatchingPerson>, busy?: Map<number, PreparedSlot[]>) {
  const rows: Row[] = [];
  const conflicts: Conflict[] = [];
  const byPerson = new Map<number, Pick[]>();
  for (const pick of picks) {
    const own = byPerson.get(pick.candidate.personId);
    if (own) own.push(pick);
    else byPerson.set(pick.candidate.personId, [pick]);
  }
  for (const [personId, own] of byPerson) {
    const person = people.get(personId)!;
    const held = busy?.get(personId) ?? [];
    own.sort((a, b) => b.weight - a.weight || a.r.request.id - b.r.request.id);
    let accepted: Pick[] = [];
    for (const pick of own) {
      if (assign(person, [...accepted, pick], held)) accepted = [...accepted, pick];
      else conflicts.push({ members: smallestClash(person, accepted, pick, held), dropped: pick });
    }
    const slots = assign(person, accepted, held)!;
    accepted.forEach((pick, i) => rows.push({ pick, slot: slots[i] }));
  }
  rows.sort((a, b) => a.pick.r.request.id - b.pick.r.request.id);
  return { rows, conflicts };
}

/** Leaves out of `accepted` every row the clash does not need (a deletion filter): `pick` with what it cannot fit beside. */
function smallestClash(person: MatchingPerson, accepted: Pick[], pick: Pick, held: PreparedSlot[]): Pick[] {
  let members = accepted;
  for (const other of accepted) {
    const without = members.filter((m) => m !== other);
    if (!assign(person, [...without, pick], held)) members = without;
  }
  return [...members, pick];
}

/** A slot per pick, in the picks' order, pairwise clear and clear of `held`; null when there is none (by backtracking). */
function assign(person: MatchingPerson, picks: Pick[], held: PreparedSlot[]): PreparedSlot[] | null {
  const choices = picks.map((pick, i) => ({ i, slots: slotsOf(pick.r, pick.candidate, pick.month).filter((s) => held.every((h) => clearOf(person, s, h))) }));
  // The most constrained first: the search then rarely backs up.
  choices.sort((a, b) => a.slots.length - b.slots.length || picks[a.i].r.request.id - picks[b.i].r.request.id);
  const chosen: PreparedSlot[] = new Array(picks.length);
  const taken: PreparedSlot[] = [];
  const visit = (k: number): boolean => {
    if (k === choices.length) return true;
    for (const slot of choices[k].slots) {
      if (!taken.every((t) => clearOf(person, slot, t))) continue;
      taken.push(slot);
      chosen[choices[k].i] = slot;
      if (visit(k + 1)) return true;
      taken.pop();
    }
    return false;
  };
  return visit(0) ? chosen : null;
}

// An optimiser for the plan's tests that shares nothing with the engine's search: every choice of (person, slot) or nobody
// per request, over shortlists ranked here from the single-pair checks, pruned only by a bound that never cuts the optimum.
import { DEFAULT_BUFFER } from "~/domain/availability";
import { checkCandidate } from "~/domain/matching/constraints";
import { neverOfferedFor, scoreCandidate } from "~/domain/matching/score";
import { prepareSlot } from "~/domain/matching/slot-check";
import type { MatchingPerson, MatchingSnapshot } from "~/domain/matching/types";

export interface ShortlistEntry {
  personId: number;
  /** The score in hundredths. */
  weight: number;
  neverOffered: boolean;
  freeSlotIds: number[];
}

/** Each open request's best `topK` candidates by score plus the bonus where it applies; ties to fewer offers, then lower id. */
export function shortlistsOf(snap: MatchingSnapshot, topK: number, bonusPoints: number): Map<number, ShortlistEntry[]> {
  const people = [...snap.people].sort((a, b) => a.id - b.id);
  return new Map(
    snap.requests
      .filter((r) => r.status === "open")
      .map((r) => {
        const ranked = people.flatMap((p) => {
          const check = checkCandidate(p, r, snap.context);
          if (!check.ok) return [];
          const neverOffered = neverOfferedFor(p, r.wantedRole);
          const weight = Math.round(scoreCandidate(p, r, snap.context).total * 100);
          return [{ person: p, entry: { personId: p.id, weight, neverOffered, freeSlotIds: check.freeSlotIds } }];
        });
        const value = (x: (typeof ranked)[number]) => x.entry.weight + (x.entry.neverOffered ? Math.round(bonusPoints * 100) : 0);
        ranked.sort((a, b) => value(b) - value(a) || a.person.offersThisYear - b.person.offersThisYear || a.person.id - b.person.id);
        return [r.id, ranked.slice(0, topK).map((x) => x.entry)] as const;
      }),
  );
}

/** Whether two slots of one person keep the travel buffer between them. */
export function keepApart(person: MatchingPerson, a: { start: Date; end: Date; digital: boolean }, b: { start: Date; end: Date; digital: boolean }): boolean {
  const buffer = person.availability.buffer ?? DEFAULT_BUFFER;
  const pad = (s: { digital: boolean }) => (s.digital ? buffer.digitalMinutes : buffer.physicalMinutes) * 60_000;
  const gap = Math.max(pad(a), pad(b));
  return a.end.getTime() + gap <= b.start.getTime() || b.end.getTime() + gap <= a.start.getTime();
}

/** The best plan value in hundredths over the shortlists; with `clashes: false`, clashing times are allowed (the relaxation). */
export function exhaustiveOptimum(snap: MatchingSnapshot, shortlists: Map<number, ShortlistEntry[]>, bonusPoints: number, { clashes = true } = {}): number {
  const bonus = Math.round(bonusPoints * 100);
  const people = new Map(snap.people.map((p) => [p.id, p]));
  const requests = snap.requests.filter((r) => shortlists.has(r.id)).sort((a, b) => a.id - b.id);
  const choices = requests.map((r) =>
    shortlists.get(r.id)!.flatMap((entry) =>
      r.slots
        .filter((s) => entry.freeSlotIds.includes(s.id))
        .map((s) => ({ entry, slot: { start: s.start, end: s.end, digital: r.isDigital }, month: prepareSlot(s, r.isDigital).month })),
    ),
  );
  // The most any request still to decide can add: a bound that only skips branches that cannot win.
  const most = choices.map((list) => Math.max(0, ...list.map((c) => c.entry.weight + (c.entry.neverOffered ? bonus : 0))));
  const rest = most.map((_, i) => most.slice(i).reduce((a, b) => a + b, 0));
  const used = new Map<string, number>();
  const taken = new Map<number, { start: Date; end: Date; digital: boolean }[]>();
  const covered = new Map<number, number>();
  let best = 0;
  const visit = (i: number, value: number) => {
    if (value > best) best = value;
    if (i === requests.length || value + rest[i] <= best) return;
    for (const { entry, slot, month } of choices[i]) {
      const person = people.get(entry.personId)!;
      const key = `${entry.personId}|${month}`;
      if ((used.get(key) ?? 0) + (person.assignmentsByMonth[month] ?? 0) >= person.maxPerMonth) continue;
      const own = taken.get(entry.personId) ?? [];
      if (clashes && !own.every((t) => keepApart(person, slot, t))) continue;
      const first = entry.neverOffered && !covered.get(entry.personId);
      used.set(key, (used.get(key) ?? 0) + 1);
      taken.set(entry.personId, [...own, slot]);
      if (entry.neverOffered) covered.set(entry.personId, (covered.get(entry.personId) ?? 0) + 1);
      visit(i + 1, value + entry.weight + (first ? bonus : 0));
      if (entry.neverOffered) covered.set(entry.personId, covered.get(entry.personId)! - 1);
      taken.set(entry.personId, own);
      used.set(key, used.get(key)! - 1);
    }
    visit(i + 1, value);
  };
  visit(0, 0);
  return best;
}

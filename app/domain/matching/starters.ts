// Ranks self-help group starters for a new group's first four meetings as one request: the matching engine's place,
// cap and free-time rules, every meeting at once, scored by nearness and load spread.
import { isActiveOn, isTrainedFor } from "../eligibility";
import type { ExclusionReason } from "./constraints";
import { servesPlace } from "./constraints";
import { compareCandidates, placeAndLoadScore, type ScorePart } from "./score";
import { indexPerson, type IndexedPerson } from "./snapshot-index";
import { fitsPrepared, prepareSlot, type PreparedSlot } from "./slot-check";
import type { MatchingContext, MatchingPerson } from "./types";

/** Where the group meets: digitally, or in a municipality of a care area. */
export type GroupPlace = { isDigital: true } | { isDigital: false; municipalityId: number; careAreaId: number };

export interface StarterCandidate {
  personId: number;
  total: number;
  parts: ScorePart[];
}

export interface StarterRanking {
  candidates: StarterCandidate[];
  excluded: { personId: number; reason: ExclusionReason }[];
}

/** Why a starter cannot take the meetings, or null when they can: the order of EXCLUSION_REASONS. */
function starterProblem(p: IndexedPerson, place: GroupPlace, slots: PreparedSlot[], ctx: MatchingContext): ExclusionReason | null {
  const { person } = p;
  if (!isActiveOn(person.state, ctx.today)) return "notActive";
  if (!isTrainedFor(person.state, "starter", ctx.today)) return "notTrained";
  if (!servesPlace(p, place.isDigital ? { isDigital: true, municipalityId: 0, careAreaId: 0 } : { ...place, isDigital: false })) return "outsideArea";
  // Unlike a request's alternative slots, the starter must come to every one of the meetings.
  if (slots.some((slot) => (p.usedByMonth.get(slot.month) ?? 0) >= person.maxPerMonth)) return "overCap";
  if (slots.some((slot) => slot.startMs <= ctx.now.getTime() || !fitsPrepared(p.availability, slot))) return "noFreeSlot";
  return null;
}

/**
 * `people` are those holding the starter role; `meetings` the group's meetings with the starter. Candidates best first
 * (as compareCandidates), the rest by person id with the first reason they fail.
 */
export function rankStarters(
  people: readonly MatchingPerson[],
  place: GroupPlace,
  meetings: readonly { start: Date; end: Date }[],
  ctx: MatchingContext,
): StarterRanking {
  const slots = meetings.map((m, i) => prepareSlot({ id: i + 1, start: m.start, end: m.end }, place.isDigital));
  const whereabouts = place.isDigital ? { municipalityId: 0, careAreaId: 0 } : place;
  const candidates: (StarterCandidate & { offersThisYear: number })[] = [];
  const excluded: StarterRanking["excluded"] = [];
  for (const person of [...people].sort((a, b) => a.id - b.id)) {
    const reason = starterProblem(indexPerson(person, ctx.today), place, slots, ctx);
    if (reason !== null) {
      excluded.push({ personId: person.id, reason });
      continue;
    }
    const { total, parts } = placeAndLoadScore(person, whereabouts, ctx);
    candidates.push({ personId: person.id, total, parts, offersThisYear: person.offersThisYear });
  }
  candidates.sort(compareCandidates);
  return { candidates: candidates.map(({ personId, total, parts }) => ({ personId, total, parts })), excluded };
}

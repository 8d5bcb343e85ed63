// The hard constraints of DESIGN.md ("Matching"): who may be offered a request at all, and why not.
import { indexPerson, indexRequest, type IndexedPerson, type IndexedRequest } from "./snapshot-index";
import { fitsPrepared } from "./slot-check";
import type { MatchingContext, MatchingPerson, MatchingRequest } from "./types";

/** In the order they are checked; the first that fails is the reason given. */
export const EXCLUSION_REASONS = [
  "wrongRole",
  "notActive",
  "notTrained",
  "declinedBefore",
  "alreadyOffered",
  "outsideArea",
  "overCap",
  "noFreeSlot",
] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

export type CandidateCheck = { ok: true; freeSlotIds: number[] } | { ok: false; reason: ExclusionReason };

/** One person against one request; ranking uses checkIndexed with indexes built once per snapshot. */
export function checkCandidate(person: MatchingPerson, request: MatchingRequest, ctx: MatchingContext): CandidateCheck {
  return checkIndexed(indexPerson(person, ctx.today), indexRequest(request), ctx);
}

/** Facts about the person come first, then this request's history, then place, then the slots. */
export function checkIndexed(p: IndexedPerson, r: IndexedRequest, ctx: MatchingContext): CandidateCheck {
  const { request } = r;
  if (!p.roles.has(request.wantedRole)) return REFUSED.wrongRole;
  const unfit = p.notOfferable.get(request.wantedRole);
  if (unfit) return REFUSED[unfit];
  if (r.declined.has(p.person.id)) return REFUSED.declinedBefore;
  if (r.pending.has(p.person.id)) return REFUSED.alreadyOffered;
  if (!servesPlace(p, request)) return REFUSED.outsideArea;
  return checkSlots(p, r, ctx);
}

/**
 * The last two constraints alone, for callers that already know the others hold (the plan's pools): a slot
 * counts when it starts after now, its Stockholm month is under the person's cap, and the person is free then.
 */
export function checkSlots(p: IndexedPerson, r: IndexedRequest, ctx: MatchingContext): CandidateCheck {
  const now = ctx.now.getTime();
  let freeSlotIds: number[] | null = null;
  let uncapped = 0;
  for (const slot of r.slots) {
    if ((p.usedByMonth.get(slot.month) ?? 0) >= p.person.maxPerMonth) continue;
    uncapped++;
    if (slot.startMs > now && fitsPrepared(p.availability, slot)) (freeSlotIds ??= []).push(slot.id);
  }
  if (freeSlotIds !== null) return { ok: true, freeSlotIds };
  // Capped in every slot's month is the reason; free time only matters in the months still open to them.
  return uncapped === 0 && r.slots.length > 0 ? REFUSED.overCap : REFUSED.noFreeSlot;
}

// Shared, frozen refusals: ranking checks every person against every request, and most are refused.
const REFUSED = Object.fromEntries(EXCLUSION_REASONS.map((reason) => [reason, Object.freeze({ ok: false as const, reason })])) as Record<
  ExclusionReason,
  { ok: false; reason: ExclusionReason }
>;

/** A digital request needs someone who serves digitally, wherever they live; a physical one someone serving its place. */
export function servesPlace(p: IndexedPerson, request: Pick<MatchingRequest, "isDigital" | "municipalityId" | "careAreaId">): boolean {
  if (request.isDigital) return p.person.servesDigital;
  return p.municipalities.has(request.municipalityId) || p.careAreas.has(request.careAreaId);
}

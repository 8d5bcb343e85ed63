// The request page's candidates: the matching ranking with names and roles, and offering them with the same checks again.
import type { Role } from "../../db/schema";
import { EXCLUSION_REASONS, type ExclusionReason } from "~/domain/matching/constraints";
import { rankCandidates, type Ranking } from "~/domain/matching/rank";
import { raisedHandsFirst } from "~/domain/open-call";
import { startOfMinute } from "~/domain/stockholm-time";
import { memoByVersion } from "~/utils/cache.server";
import type { DB } from "~/utils/db.server";
import { makeOffers } from "./coordinator-offers.server";
import { loadMatchingSnapshot } from "./matching.server";
import { raisedHandSlots } from "./open-call.server";

export const TOP_CANDIDATES = 10;
/** Names listed per exclusion reason; the rest are only counted, so the page stays small with thousands of people. */
export const EXCLUDED_NAMES_MAX = 50;

/** Why a chosen person cannot get the offer; each becomes one message naming the people. */
export type OfferProblem = "alreadyOffered" | "notFree" | "notCandidate";
export type DeskOfferResult =
  | { ok: true; made: number }
  | { ok: false; reason: "closed" }
  | { ok: false; reason: "notFound" }
  | { ok: false; reason: "people"; problems: Partial<Record<OfferProblem, string[]>> };

async function namesAndRoles(db: DB, ids: number[]) {
  if (ids.length === 0) return new Map<number, { name: string; roles: Role[] }>();
  const [people, roles] = await Promise.all([
    db.selectFrom("people").select(["id", "name"]).where("id", "in", ids).execute(),
    db.selectFrom("person_roles").select(["person_id", "role"]).where("person_id", "in", ids).execute(),
  ]);
  const byId = new Map(people.map((p) => [p.id, { name: p.name, roles: [] as Role[] }]));
  for (const r of roles) byId.get(r.person_id)?.roles.push(r.role);
  return byId;
}

async function rank(db: DB, requestId: number, now: Date): Promise<Ranking | null> {
  return rankCandidates(await loadMatchingSnapshot(db, { now, requestIds: [requestId] }), requestId);
}

/**
 * Null when the request takes no offers (not open or offered). Those who raised a hand come first (the open call), each
 * with the slot she chose; the rest in the ranking's order. People without the wanted role are left out of the
 * excluded: they were never in question, and listing most of the library under "has not the role" hides the rest.
 */
export function getCandidatesForDesk(db: DB, { requestId, all, now = new Date() }: { requestId: number; all: boolean; now?: Date }) {
  return memoCandidates(db, `${requestId}|${all}`, requestId, all, now);
}

/**
 * Ranked once a minute and per state of the database, like the snapshot it reads: a coordinator goes back and forth
 * between a request and the desk. Offering ranks afresh (offerFromDesk), so a cached page never decides who is offered.
 */
const memoCandidates = memoByVersion(candidatesForDesk, { size: 64, stamp: (_requestId, _all, now) => startOfMinute(now).toISOString() });

async function candidatesForDesk(db: DB, requestId: number, all: boolean, now: Date) {
  const [ranking, hands] = await Promise.all([rank(db, requestId, now), raisedHandSlots(db, requestId)]);
  if (!ranking) return null;
  const ordered = raisedHandsFirst(ranking.candidates, new Set(hands.keys()));
  const shown = all ? ordered : ordered.slice(0, TOP_CANDIDATES);
  const groups = new Map<ExclusionReason, number[]>();
  for (const e of ranking.excluded) {
    if (e.reason === "wrongRole") continue;
    const group = groups.get(e.reason);
    if (group) group.push(e.personId);
    else groups.set(e.reason, [e.personId]);
  }
  const listed = [...groups.values()].flatMap((ids) => ids.slice(0, EXCLUDED_NAMES_MAX));
  const people = await namesAndRoles(db, [...shown.map((c) => c.personId), ...listed]);
  const nameOf = (id: number) => people.get(id)?.name ?? "";
  return {
    total: ranking.candidates.length,
    candidates: shown.map((c) => ({
      personId: c.personId,
      name: nameOf(c.personId),
      roles: people.get(c.personId)?.roles ?? [],
      total: c.total,
      parts: c.parts,
      freeSlotIds: c.freeSlotIds,
      raisedHand: raisedHand(hands.get(c.personId), c.freeSlotIds),
    })),
    excludedCount: [...groups.values()].reduce((n, ids) => n + ids.length, 0),
    excluded: EXCLUSION_REASONS.filter((reason) => groups.has(reason)).map((reason) => {
      const ids = groups.get(reason)!;
      return { reason, count: ids.length, people: ids.slice(0, EXCLUDED_NAMES_MAX).map((id) => ({ id, name: nameOf(id) })) };
    }),
  };
}

/** Her chosen slot while she is still free in it; after that the hand still counts, for the request as a whole. */
function raisedHand(slotId: number | undefined, freeSlotIds: number[]): { slotId: number | null } | null {
  if (slotId === undefined) return null;
  return { slotId: freeSlotIds.includes(slotId) ? slotId : null };
}

export type DeskCandidates = NonNullable<Awaited<ReturnType<typeof getCandidatesForDesk>>>;

/**
 * Offers the chosen people the chosen slot after ranking again, so nobody excluded since the page was drawn (or never
 * shown on it) is offered. All or nothing at this step: one problem and nobody is offered, with every problem named.
 */
export async function offerFromDesk(
  db: DB,
  input: { requestId: number; slotId: number; personIds: number[]; replyByDate: string; coordinatorId: number; now?: Date },
): Promise<DeskOfferResult> {
  const now = input.now ?? new Date();
  const snapshot = await loadMatchingSnapshot(db, { now, requestIds: [input.requestId] });
  const ranking = rankCandidates(snapshot, input.requestId);
  const slot = snapshot.requests[0]?.slots.find((s) => s.id === input.slotId);
  if (!ranking) return { ok: false, reason: "closed" };
  const personIds = [...new Set(input.personIds)];
  const people = await namesAndRoles(db, personIds);
  // Ids that name nothing (no such person, or not one of this request's slots) are not a choice the page offered.
  if (!slot || people.size < personIds.length) return { ok: false, reason: "notFound" };
  const candidates = new Map(ranking.candidates.map((c) => [c.personId, c]));
  const excluded = new Map(ranking.excluded.map((e) => [e.personId, e.reason]));
  const problems: Partial<Record<OfferProblem, number[]>> = {};
  for (const personId of personIds) {
    const candidate = candidates.get(personId);
    const why = excluded.get(personId);
    const problem: OfferProblem | null = candidate
      ? candidate.freeSlotIds.includes(input.slotId)
        ? null
        : "notFree"
      : why === "alreadyOffered" || why === "declinedBefore"
        ? "alreadyOffered"
        : "notCandidate";
    if (problem) (problems[problem] ??= []).push(personId);
  }
  if (Object.keys(problems).length > 0) {
    const named = Object.fromEntries(Object.entries(problems).map(([problem, ids]) => [problem, ids.map((id) => people.get(id)!.name)]));
    return { ok: false, reason: "people", problems: named };
  }
  const result = await makeOffers(db, {
    offers: personIds.map((personId) => ({ requestId: input.requestId, slotId: input.slotId, personId })),
    replyOn: input.replyByDate,
    coordinatorId: input.coordinatorId,
    now,
  });
  // makeOffers checks again inside its transaction; a refusal there means someone else offered or closed it meanwhile.
  // It still makes the rest, so `made` can be fewer than chosen: the notice then shows the smaller count.
  if (result.made.length === 0) {
    if (!result.refused.every((r) => r.reason === "alreadyAsked")) return { ok: false, reason: "closed" };
    return { ok: false, reason: "people", problems: { alreadyOffered: personIds.map((id) => people.get(id)!.name) } };
  }
  return { ok: true, made: result.made.length };
}

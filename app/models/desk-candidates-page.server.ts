// The request page's candidates (a page read): the matching ranking with names and roles; offering them is offer/make.
import { EXCLUSION_REASONS, type ExclusionReason } from "~/domain/matching/constraints";
import { rankCandidates, type Ranking } from "~/domain/matching/rank";
import { raisedHandsFirst } from "~/domain/open-call";
import { startOfMinute } from "~/domain/stockholm-time";
import { memoByVersion } from "~/utils/cache.server";
import type { DB } from "~/utils/db.server";
import { loadMatchingSnapshot } from "./matching.server";
import { loadNamesAndRoles } from "./matching-labels.server";
import { raisedHandSlots } from "./open-call.server";

export const TOP_CANDIDATES = 10;
/** Names listed per exclusion reason; the rest are only counted, so the page stays small with thousands of people. */
export const EXCLUDED_NAMES_MAX = 50;

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
  const people = await loadNamesAndRoles(db, [...shown.map((c) => c.personId), ...listed]);
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

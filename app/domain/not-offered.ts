// Who counts against the book goal without having been offered anything this year, and the open request that suits each best.
import { isEligibleBook, type GoalPerson } from "./goals";
import { rankCandidates } from "./matching/rank";
import type { ScorePart } from "./matching/score";
import type { MatchingPerson, MatchingSnapshot } from "./matching/types";

/** The goal's view of a matching person: DESIGN.md's eligibility lives in goals.ts only. */
export function asGoalPerson(person: Pick<MatchingPerson, "id" | "roles" | "state">): GoalPerson {
  return { id: person.id, roles: person.roles, joinedOn: person.state.joinedOn, leftOn: person.state.leftOn };
}

export interface BookGoalList {
  eligible: number;
  offered: number;
  /** Eligible books without a book-request offer this year: the longest-standing members first, then by id. */
  notOffered: MatchingPerson[];
}

/** Uses the snapshot's own year: the local year of its `today`. */
export function booksNotOffered(snapshot: MatchingSnapshot): BookGoalList {
  const year = Number(snapshot.context.today.slice(0, 4));
  const eligible = snapshot.people.filter((p) => isEligibleBook(asGoalPerson(p), year));
  const notOffered = eligible
    .filter((p) => p.bookOffersThisYear === 0)
    .sort((a, b) => (a.state.joinedOn < b.state.joinedOn ? -1 : a.state.joinedOn > b.state.joinedOn ? 1 : a.id - b.id));
  return { eligible: eligible.length, offered: eligible.length - notOffered.length, notOffered };
}

export interface BestRequest {
  requestId: number;
  /** The same score, with the same parts, as the request page shows for this person. */
  score: number;
  parts: ScorePart[];
}

/**
 * For each of `personIds`, the open book request where they score highest as a candidate (ties: the lower request id).
 * Ranks every open book request once: people × requests constraint checks, with the snapshot indexed once.
 */
export function bestOpenBookRequests(snapshot: MatchingSnapshot, personIds: Iterable<number>): Map<number, BestRequest> {
  const wanted = new Set(personIds);
  const best = new Map<number, BestRequest>();
  const requests = snapshot.requests.filter((r) => r.status === "open" && r.wantedRole === "book").sort((a, b) => a.id - b.id);
  for (const request of requests) {
    const ranking = rankCandidates(snapshot, request.id);
    for (const candidate of ranking?.candidates ?? []) {
      if (!wanted.has(candidate.personId)) continue;
      const current = best.get(candidate.personId);
      if (!current || candidate.total > current.score) best.set(candidate.personId, { requestId: request.id, score: candidate.total, parts: candidate.parts });
    }
  }
  return best;
}

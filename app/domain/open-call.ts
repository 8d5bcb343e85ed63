// The open call: which open requests a volunteer fits, raised hands first on the desk, and when the weekly digest is due.
import { REMINDER_HOUR } from "./mail/delivery";
import { checkIndexed } from "./matching/constraints";
import { indexSnapshot } from "./matching/snapshot-index";
import type { MatchingSnapshot } from "./matching/types";
import { addDays, instantToLocal, localToInstant } from "./stockholm-time";

export interface OpenCallFit {
  requestId: number;
  /** The request's slots she is free for and under her cap in, in the request's order. */
  freeSlotIds: number[];
}

/**
 * The open requests (nobody offered yet) that the matching's hard constraints let the person be offered, soonest
 * first; none when she is not in the snapshot (she holds no role). The same check the desk ranks by, so she is
 * shown exactly the requests she would be a candidate for.
 */
export function openCallFor(snapshot: MatchingSnapshot, personId: number): OpenCallFit[] {
  const index = indexSnapshot(snapshot);
  const person = index.people.find((p) => p.person.id === personId);
  if (!person) return [];
  const fits: (OpenCallFit & { first: number })[] = [];
  for (const r of index.requests.values()) {
    if (r.request.status !== "open") continue;
    const check = checkIndexed(person, r, index.context);
    if (!check.ok) continue;
    const first = Math.min(...r.slots.filter((s) => check.freeSlotIds.includes(s.id)).map((s) => s.startMs));
    fits.push({ requestId: r.request.id, freeSlotIds: check.freeSlotIds, first });
  }
  fits.sort((a, b) => a.first - b.first || a.requestId - b.requestId);
  return fits.map(({ requestId, freeSlotIds }) => ({ requestId, freeSlotIds }));
}

/** Whether she may raise a hand for this slot now: the request is one she fits and she is free in that slot. */
export function mayRaiseHand(fits: OpenCallFit[], requestId: number, slotId: number): "ok" | "notFit" | "slotNotFree" {
  const fit = fits.find((f) => f.requestId === requestId);
  if (!fit) return "notFit";
  return fit.freeSlotIds.includes(slotId) ? "ok" : "slotNotFree";
}

/** Candidates who raised a hand first, each group keeping its own order (the ranking's). */
export function raisedHandsFirst<T extends { personId: number }>(candidates: readonly T[], raised: ReadonlySet<number>): T[] {
  return [...candidates.filter((c) => raised.has(c.personId)), ...candidates.filter((c) => !raised.has(c.personId))];
}

/** The start of the digest week `now` is in: Monday at REMINDER_HOUR in Stockholm, like the other reminders. */
export function digestWeekStart(now: Date): Date {
  const local = instantToLocal(now);
  const monday = addDays(local.date, 1 - local.weekday);
  const start = localToInstant(monday, REMINDER_HOUR * 60);
  return start.getTime() <= now.getTime() ? start : localToInstant(addDays(monday, -7), REMINDER_HOUR * 60);
}

/**
 * When the person is due a digest now, the instant from which a request counts as new: the last digest, or a week
 * before this digest week for her first one. Null when this week's digest was already done.
 */
export function digestNewSince(lastDigestAt: string | null, now: Date): Date | null {
  const week = digestWeekStart(now);
  if (lastDigestAt === null) return new Date(week.getTime() - 7 * 86_400_000);
  const last = new Date(lastDigestAt);
  return last.getTime() < week.getTime() ? last : null;
}

/** The fitting requests created after `since` that she has not already raised a hand for: what her digest lists. */
export function digestRequests(
  fits: OpenCallFit[],
  requests: ReadonlyMap<number, { createdAt: string }>,
  { since, raised }: { since: Date; raised: ReadonlySet<number> },
): OpenCallFit[] {
  return fits.filter((f) => !raised.has(f.requestId) && Date.parse(requests.get(f.requestId)?.createdAt ?? "") > since.getTime());
}

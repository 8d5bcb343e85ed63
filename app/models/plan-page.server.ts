// The plan page's data (a page read): the engine's proposal for every open request with names and times; sending it is offer/make.
import { weakMatch, type WeakReason } from "~/domain/matching/match-quality";
import { PLAN_DEFAULTS, planAssignments } from "~/domain/matching/plan";
import { swapOptions } from "~/domain/matching/plan-swap";
import type { ScorePart } from "~/domain/matching/score";
import { planRowValue } from "~/domain/plan-offers";
import type { DB } from "~/utils/db.server";
import { loadMatchingSnapshot } from "./matching.server";
import { loadPersonNames, loadRequestLabels, type RequestLabel } from "./matching-labels.server";
import { getScoreFloor } from "./region-settings.server";

/** Someone who could take a row's request instead, with the slot that keeps clear of her other rows. */
export interface PlanChoice {
  /** The form value that sends this choice. */
  value: string;
  personId: number;
  personName: string;
  slotStart: string;
  score: number;
  parts: ScorePart[];
  /** Why the choice is under the region's floor, if it is. */
  weak: WeakReason | null;
}

export interface PlanRowView extends PlanChoice {
  request: RequestLabel;
  /** Never offered for the request's role this year (neverOfferedFor): the people the plan tries to spread offers to. */
  neverOffered: boolean;
  /** The plan's never-offered bonus, on the one row of the person it is counted for; not part of the score. */
  bonus: number | null;
  /** Up to SWAP_CHOICES others to send instead, in the ranking's order. */
  alternatives: PlanChoice[];
}

export interface PlanView {
  summary: { requests: number; proposed: number; neverOfferedCovered: number; weak: number };
  /** The region's quality floor: rows under it start unticked. */
  scoreFloor: number;
  rows: PlanRowView[];
  unassigned: RequestLabel[];
}

/** The snapshot's fixed number of queries plus five for the labels and the floor, however many requests are open. */
export async function loadPlan(db: DB, { now = new Date() }: { now?: Date } = {}): Promise<PlanView> {
  const [snapshot, scoreFloor] = await Promise.all([loadMatchingSnapshot(db, { now }), getScoreFloor(db)]);
  const plan = planAssignments(snapshot);
  const alternatives = swapOptions(snapshot, plan.rows);
  const shownIds = [...plan.rows.map((r) => r.personId), ...[...alternatives.values()].flat().map((a) => a.personId)];
  const [labels, names] = await Promise.all([
    loadRequestLabels(db, [...plan.rows.map((r) => r.requestId), ...plan.unassigned]),
    loadPersonNames(db, [...new Set(shownIds)]),
  ]);
  const requests = new Map(snapshot.requests.map((r) => [r.id, r]));
  const people = new Map(snapshot.people.map((p) => [p.id, p]));
  const choice = (requestId: number, c: { personId: number; slotId: number; score: number; parts: ScorePart[] }): PlanChoice => {
    const request = requests.get(requestId)!;
    return {
      value: planRowValue({ requestId, personId: c.personId, slotId: c.slotId }),
      personId: c.personId,
      personName: names.get(c.personId) ?? "",
      slotStart: request.slots.find((s) => s.id === c.slotId)!.start.toISOString(),
      score: c.score,
      parts: c.parts,
      weak: weakMatch(people.get(c.personId)!, request, c.score, scoreFloor),
    };
  };
  // The bonus is counted once per person: shown on her first row, where the total counts it.
  const bonusShown = new Set<number>();
  const rows = plan.rows.map((row): PlanRowView => {
    const bonus = row.neverOffered && !bonusShown.has(row.personId) ? PLAN_DEFAULTS.neverOfferedBonus : null;
    if (bonus !== null) bonusShown.add(row.personId);
    return {
      ...choice(row.requestId, row),
      request: labels.get(row.requestId)!,
      neverOffered: row.neverOffered,
      bonus,
      alternatives: (alternatives.get(row.requestId) ?? []).map((a) => choice(row.requestId, a)),
    };
  });
  return {
    summary: {
      requests: plan.rows.length + plan.unassigned.length,
      proposed: plan.rows.length,
      neverOfferedCovered: plan.neverOfferedCovered,
      weak: rows.filter((r) => r.weak !== null).length,
    },
    scoreFloor,
    rows,
    unassigned: plan.unassigned.map((id) => labels.get(id)!),
  };
}

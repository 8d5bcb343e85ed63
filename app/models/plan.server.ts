// The plan page's data: the engine's proposal for every open request with names and times, and sending it as offers.
import type { ScorePart } from "~/domain/matching/score";
import { planAssignments } from "~/domain/matching/plan";
import { checkPlanRows, planRowValue, type PlanRowInput } from "~/domain/plan-offers";
import { makeOffers } from "~/models/coordinator-offers.server";
import type { DB } from "~/utils/db.server";
import { loadMatchingSnapshot } from "./matching.server";
import { loadPersonNames, loadRequestLabels, type RequestLabel } from "./matching-labels.server";

export interface PlanRowView {
  /** The form value that sends this row. */
  value: string;
  request: RequestLabel;
  personId: number;
  personName: string;
  /** No offer of any kind this year: the people the plan tries to spread offers to. */
  neverOffered: boolean;
  slotStart: string;
  score: number;
  parts: ScorePart[];
}

export interface PlanView {
  summary: { requests: number; proposed: number; neverOfferedCovered: number };
  rows: PlanRowView[];
  unassigned: RequestLabel[];
}

/** The snapshot's fixed number of queries plus four for the labels, however many requests are open. */
export async function loadPlan(db: DB, { now = new Date() }: { now?: Date } = {}): Promise<PlanView> {
  const snapshot = await loadMatchingSnapshot(db, { now });
  const plan = planAssignments(snapshot);
  const [labels, names] = await Promise.all([
    loadRequestLabels(db, [...plan.rows.map((r) => r.requestId), ...plan.unassigned]),
    loadPersonNames(db, plan.rows.map((r) => r.personId)),
  ]);
  const requests = new Map(snapshot.requests.map((r) => [r.id, r]));
  const people = new Map(snapshot.people.map((p) => [p.id, p]));
  const rows = plan.rows.map((row): PlanRowView => {
    const slot = requests.get(row.requestId)!.slots.find((s) => s.id === row.slotId)!;
    return {
      value: planRowValue(row),
      request: labels.get(row.requestId)!,
      personId: row.personId,
      personName: names.get(row.personId) ?? "",
      neverOffered: people.get(row.personId)!.offersThisYear === 0,
      slotStart: slot.start.toISOString(),
      score: row.score,
      parts: row.parts,
    };
  });
  return {
    summary: { requests: plan.rows.length + plan.unassigned.length, proposed: plan.rows.length, neverOfferedCovered: plan.neverOfferedCovered },
    rows,
    unassigned: plan.unassigned.map((id) => labels.get(id)!),
  };
}

export interface SendResult {
  made: number;
  refused: number;
}

/**
 * Checks the rows against a fresh snapshot of their requests (so a forged or stale row never reaches the insert),
 * then makes the offers that hold in one transaction; makeOffers checks request, slot and earlier answers again on write.
 */
export async function sendPlanOffers(
  db: DB,
  { rows, replyOn, coordinatorId, now = new Date() }: { rows: PlanRowInput[]; replyOn: string; coordinatorId: number; now?: Date },
): Promise<SendResult> {
  const snapshot = await loadMatchingSnapshot(db, { now, requestIds: [...new Set(rows.map((r) => r.requestId))] });
  const checked = checkPlanRows(snapshot, rows);
  const result = checked.ok.length > 0 ? await makeOffers(db, { offers: checked.ok, replyOn, coordinatorId, now }) : { made: [], refused: [] };
  return { made: result.made.length, refused: checked.refused.length + result.refused.length };
}

// Sending the plan: which sent-back rows still hold against a fresh snapshot.
import { checkCandidate, type ExclusionReason } from "./matching/constraints";
import { clashingRows } from "./matching/plan-swap";
import type { MatchingSnapshot } from "./matching/types";

export interface PlanRowInput {
  requestId: number;
  personId: number;
  slotId: number;
}

/** The form's value for a row, "<requestId>:<personId>:<slotId>". */
export const planRowValue = (row: PlanRowInput) => `${row.requestId}:${row.personId}:${row.slotId}`;

/** `clash`: the person's other row sent with it is too close in time (travel buffer) or fills her month. */
export type PlanRowRefusal = "requestClosed" | "slotMissing" | "notCandidate" | "slotNotFree" | "clash" | ExclusionReason;

export interface CheckedRows {
  ok: PlanRowInput[];
  refused: (PlanRowInput & { reason: PlanRowRefusal })[];
}

/**
 * Rows come back from a form, so each is checked again as the desk would: the request still open, the slot its own,
 * the person still a candidate and free in that slot, and no two rows of one person clashing (a swapped-in person may
 * already hold another row at that time). What the plan promised at load time may no longer hold.
 */
export function checkPlanRows(snapshot: MatchingSnapshot, rows: PlanRowInput[]): CheckedRows {
  const requests = new Map(snapshot.requests.map((r) => [r.id, r]));
  const people = new Map(snapshot.people.map((p) => [p.id, p]));
  const result: CheckedRows = { ok: [], refused: [] };
  for (const row of rows) {
    const request = requests.get(row.requestId);
    const person = people.get(row.personId);
    const refuse = (reason: PlanRowRefusal) => result.refused.push({ ...row, reason });
    if (!request || request.status !== "open") refuse("requestClosed");
    else if (!request.slots.some((s) => s.id === row.slotId)) refuse("slotMissing");
    else if (!person) refuse("notCandidate");
    else {
      const check = checkCandidate(person, request, snapshot.context);
      if (!check.ok) refuse(check.reason);
      else if (!check.freeSlotIds.includes(row.slotId)) refuse("slotNotFree");
      else result.ok.push(row);
    }
  }
  const clashing = new Set(clashingRows(snapshot, result.ok));
  for (const row of clashing) result.refused.push({ ...row, reason: "clash" });
  result.ok = result.ok.filter((row) => !clashing.has(row));
  return result;
}

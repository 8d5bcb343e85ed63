// The unmet-demand page's data: every open request ranked once, the unmet ones grouped by what is missing.
import { rankCandidates } from "~/domain/matching/rank";
import { groupUnmet, unmetReason, type UnmetReason, type UnmetRequest } from "~/domain/unmet";
import type { DB } from "~/utils/db.server";
import { loadMatchingSnapshot } from "./matching.server";
import { loadRequestLabels, type RequestLabel } from "./matching-labels.server";

export interface UnmetGroupView {
  reason: UnmetReason;
  requests: (UnmetRequest & { request: RequestLabel })[];
}

/** The snapshot's fixed number of queries plus three for the labels; ranking is people × open requests in memory. */
export async function loadUnmet(db: DB, { now = new Date() }: { now?: Date } = {}): Promise<{ open: number; groups: UnmetGroupView[] }> {
  const snapshot = await loadMatchingSnapshot(db, { now });
  const open = snapshot.requests.filter((r) => r.status === "open");
  // Each ranking is read and dropped at once: kept for every request, they would hold requests × people objects.
  const unmet = open.flatMap((request): UnmetRequest[] => {
    const ranking = rankCandidates(snapshot, request.id);
    if (!ranking) return [];
    const reason = unmetReason({ requestId: request.id, wantsExperience: request.experienceAreaIds.length > 0, candidates: ranking.candidates, excluded: ranking.excluded });
    return reason ? [reason] : [];
  });
  const groups = groupUnmet(unmet);
  const labels = await loadRequestLabels(
    db,
    groups.flatMap((g) => g.requests.map((r) => r.requestId)),
  );
  return {
    open: open.length,
    groups: groups.map((g) => ({ reason: g.reason, requests: g.requests.map((r) => ({ ...r, request: labels.get(r.requestId)! })) })),
  };
}

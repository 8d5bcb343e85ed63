// The in-process timings on either engine: snapshot, ranking, the desk's page path, the plan, the goals and a
// 10,000-row history import.
import { createDb } from "../db/create-db";
import { createRng } from "../db/seed-time";
import { planAssignments, planBound } from "../app/domain/matching/plan";
import { rankCandidates } from "../app/domain/matching/rank";
import { indexSnapshot } from "../app/domain/matching/snapshot-index";
import { getCandidatesForDesk } from "../app/models/desk-candidates-page.server";
import { loadMatchingSnapshot } from "../app/models/matching.server";
import { loadGoalReport, loadGoals } from "../app/models/goals.server";
import { runImport } from "../app/models/import.server";
import { runOpenCallDigests } from "../app/models/open-call-digest.server";
import { loadPlan } from "../app/models/plan-page.server";
import { historyCsv } from "./history-csv";
import { stats, type Stats } from "./stats";

export interface Optional { ran: boolean; note?: string; ms?: Stats; result?: unknown; error?: string }
export interface InProcessResults {
  snapshotLoadMs: Stats;
  indexBuildMs: number;
  openRequests: number;
  ranking: Stats & { requests: number; medianCandidates: number };
  deskPageModelMs: Stats & { requests: number };
  planEngineMs: Stats;
  planEndToEndMs: Stats;
  /**
   * The plan's coverage and its total against the clash-free relaxation (an upper bound on any plan): over the plan's own
   * shortlists and over every candidate. gapPercent is to the latter.
   */
  plan: { rows: number; unassigned: number; neverOfferedCovered: number; total: number; bound: number; boundAllCandidates: number; gapPercent: number };
  goals: Optional & { dashboardMs?: { first: number; warm: number } };
  historyImport: Optional & { rows?: number };
  /** The weekly open-call digest over everyone (stamps cleared on the import copy first): its people and mails. */
  openCallDigest: Optional & { people?: number; mails?: number };
  /** An open request with the median number of candidates: the load test's request page. */
  requestPageId: number;
}

async function timed<T>(work: () => Promise<T> | T): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await work();
  return [value, performance.now() - t0];
}

async function repeat(times: number, work: () => Promise<unknown> | unknown): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) samples.push((await timed(work))[1]);
  return samples;
}

/**
 * `databaseUrl` is the generated data set (file:… or postgres://…), `importUrl` a copy of it that the history import
 * writes to, and `generatedFile` the SQLite file they were made from, which the import's CSV is drawn from.
 */
export async function runInProcess({
  databaseUrl,
  importUrl,
  generatedFile,
  now,
  coordinatorUserId,
}: {
  databaseUrl: string;
  importUrl: string;
  generatedFile: string;
  now: Date;
  coordinatorUserId: number;
}): Promise<InProcessResults> {
  const db = createDb(databaseUrl);
  try {
    // Snapshot: one warm-up, then the median of three loads.
    await loadMatchingSnapshot(db, { now });
    const snapshotLoadMs = stats(await repeat(3, () => loadMatchingSnapshot(db, { now })));
    const snapshot = await loadMatchingSnapshot(db, { now });
    const [, indexBuildMs] = await timed(() => indexSnapshot(snapshot));

    // Ranking: 200 random open requests against the one loaded snapshot (the index is built above).
    const open = snapshot.requests.filter((r) => r.status === "open").map((r) => r.id);
    const rng = createRng(0xbe7c4);
    const chosen = Array.from({ length: Math.min(200, open.length) }, () => rng.pick(open));
    const samples: number[] = [];
    const counts: { id: number; candidates: number }[] = [];
    for (const id of chosen) {
      const [ranking, ms] = await timed(() => rankCandidates(snapshot, id));
      samples.push(ms);
      counts.push({ id, candidates: ranking?.candidates.length ?? 0 });
    }
    counts.sort((a, b) => a.candidates - b.candidates || a.id - b.id);
    const median = counts[Math.floor(counts.length / 2)];

    // What one request page's loader really costs today: its own snapshot (all people, one request) plus ranking and names.
    const deskIds = chosen.slice(0, 30);
    const deskSamples: number[] = [];
    for (const requestId of deskIds) deskSamples.push((await timed(() => getCandidatesForDesk(db, { requestId, all: false, now })))[1]);

    // The plan: the engine on a freshly loaded snapshot (index included), and the page's whole model call.
    const planSamples: number[] = [];
    let plan = planAssignments(await loadMatchingSnapshot(db, { now }));
    for (let i = 0; i < 3; i++) {
      const fresh = await loadMatchingSnapshot(db, { now });
      const [p, ms] = await timed(() => planAssignments(fresh));
      plan = p;
      planSamples.push(ms);
    }
    const planEndToEnd = await repeat(3, () => loadPlan(db, { now }));
    const boundAllCandidates = planBound(snapshot, { topK: Number.POSITIVE_INFINITY });

    return {
      snapshotLoadMs,
      indexBuildMs,
      openRequests: open.length,
      ranking: { ...stats(samples), requests: chosen.length, medianCandidates: median?.candidates ?? 0 },
      deskPageModelMs: { ...stats(deskSamples), requests: deskIds.length },
      planEngineMs: stats(planSamples),
      planEndToEndMs: stats(planEndToEnd),
      plan: {
        rows: plan.rows.length,
        unassigned: plan.unassigned.length,
        neverOfferedCovered: plan.neverOfferedCovered,
        total: plan.total,
        bound: planBound(snapshot),
        boundAllCandidates,
        gapPercent: Math.round((1 - plan.total / boundAllCandidates) * 10_000) / 100,
      },
      goals: await timeGoals(db, now),
      historyImport: await timeImport(importUrl, historyCsv(generatedFile, 10_000, now), now, coordinatorUserId),
      openCallDigest: await timeDigest(importUrl, now),
      requestPageId: median?.id ?? open[0],
    };
  } finally {
    await db.destroy();
  }
}

/**
 * The goal report (what GET /reports/goals.json and `npm run report` compute; never cached) five times, and the
 * dashboard's model once cold and then warm (cached until the database changes).
 */
async function timeGoals(db: ReturnType<typeof createDb>, now: Date): Promise<Optional & { dashboardMs?: { first: number; warm: number } }> {
  const year = now.getUTCFullYear();
  try {
    const [first, cold] = await timed(() => loadGoalReport(db, year));
    const runs = await repeat(5, () => loadGoalReport(db, year));
    const [, dashboardFirst] = await timed(() => loadGoals(db, { year, now }));
    const [, dashboardWarm] = await timed(() => loadGoals(db, { year, now }));
    return { ran: true, ms: { ...stats(runs), first: cold }, dashboardMs: { first: dashboardFirst, warm: dashboardWarm }, result: JSON.stringify(first)?.slice(0, 300) };
  } catch (error) {
    return { ran: false, error: (error as Error).message };
  }
}

async function timeDigest(url: string, now: Date): Promise<Optional & { people?: number; mails?: number }> {
  const db = createDb(url);
  try {
    const people = Number((await db.deleteFrom("open_call_digest_stamps").executeTakeFirst()).numDeletedRows);
    const [mails, ms] = await timed(() => runOpenCallDigests(db, now));
    return { ran: true, people, mails, ms: stats([ms]) };
  } catch (error) {
    return { ran: false, error: (error as Error).message };
  } finally {
    await db.destroy();
  }
}

async function timeImport(url: string, csv: string, now: Date, actorUserId: number): Promise<Optional & { rows?: number }> {
  const db = createDb(url);
  try {
    const [result, ms] = await timed(() => runImport(db, "history", csv, { actorUserId, now }));
    const summary = JSON.stringify(result)?.slice(0, 500);
    return { ran: true, rows: 10_000, ms: stats([ms]), result: summary };
  } catch (error) {
    return { ran: false, rows: 10_000, error: (error as Error).message };
  } finally {
    await db.destroy();
  }
}

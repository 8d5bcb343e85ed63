// Turns the measurements into target verdicts and a short table for the terminal.
import type { InProcessResults } from "./in-process";
import type { JsSize } from "./js-size";
import type { LoadResult } from "./load";
import type { OpenLoopResult } from "./open-loop";

export interface PageLoad extends Partial<LoadResult> {
  name: string; path: string; as: string; checkStatus: number; ratioToFloor?: number; ratioToDocumentFloor?: number;
  maxRssMB?: number; error?: string; drainSeconds?: number; sustainedReqPerSec?: number;
  /** CPU the server (all its workers) used during the run, in cores. */
  serverCores?: number | null;
  /** Requests at a fixed rate, each timed from when it was due (issue N's p99 target). */
  openLoop?: OpenLoopResult;
}

/**
 * The sign-in page, anonymous: the least a server-rendered document costs here (root layout, a form, React, gzip).
 * Not a target; it shows how much of a page's distance to the floor is the framework's and how much the page's own.
 */
export const DOCUMENT_FLOOR = "sign-in page";
export const REFERENCES = ["floor", DOCUMENT_FLOOR];
export interface Verdict { target: string; limit: string; value: string; met: boolean | null }

const ms = (v: number | undefined) => (v === undefined ? "–" : `${v.toFixed(v < 10 ? 2 : 0)} ms`);
export const VOLUNTEER_JS_LIMIT = 120_000;

export function verdicts(inProcess: InProcessResults | null, pages: PageLoad[], peakRssMB: number | null, js: JsSize[]): Verdict[] {
  const out: Verdict[] = [];
  if (inProcess) {
    const { ranking, planEndToEndMs, goals } = inProcess;
    out.push({ target: "ranking p95 (200 requests, one snapshot)", limit: "≤ 5 ms", value: ms(ranking.p95), met: ranking.p95 <= 5 });
    out.push({ target: "full plan (loadPlan: snapshot + plan + labels)", limit: "≤ 1000 ms", value: ms(planEndToEndMs.p50), met: planEndToEndMs.p50 <= 1000 });
    out.push({ target: "plan total below the clash-free bound", limit: "≤ 1 %", value: `${inProcess.plan.gapPercent.toFixed(2)} %`, met: inProcess.plan.gapPercent <= 1 });
    out.push({ target: "goal report for a year (median of 5)", limit: "≤ 50 ms", value: goals.ms ? ms(goals.ms.p50) : goals.note ?? goals.error ?? "–", met: goals.ms ? goals.ms.p50 <= 50 : null });
  }
  for (const page of pages.filter((p) => !REFERENCES.includes(p.name))) {
    out.push({ target: `${page.name}: req/s vs floor`, limit: "≥ 0.5×", value: page.ratioToFloor === undefined ? "–" : `${page.ratioToFloor.toFixed(2)}×`, met: page.ratioToFloor === undefined ? null : page.ratioToFloor >= 0.5 });
  }
  for (const page of pages.filter((p) => !REFERENCES.includes(p.name))) {
    out.push({ target: `${page.name}: req/s vs sign-in page`, limit: "≥ 0.5×", value: page.ratioToDocumentFloor === undefined ? "–" : `${page.ratioToDocumentFloor.toFixed(2)}×`, met: page.ratioToDocumentFloor === undefined ? null : page.ratioToDocumentFloor >= 0.5 });
    const open = page.openLoop;
    out.push({
      target: `${page.name}: p99 open loop ${open?.ratePerSecond ?? "–"} req/s`,
      limit: "≤ 100 ms",
      value: open ? `${ms(open.p99)}${open.non2xx + open.errors > 0 ? `, ${open.non2xx + open.errors} failed` : ""}` : "–",
      met: open ? open.p99 <= 100 && open.non2xx + open.errors === 0 : null,
    });
  }
  for (const page of pages) {
    const none = page.requests === 0;
    if (!REFERENCES.includes(page.name)) out.push({ target: `${page.name}: p99 at 50 connections`, limit: "≤ 100 ms", value: none ? "none answered in the run" : ms(page.p99), met: page.p99 === undefined ? null : !none && page.p99 <= 100 });
    out.push({ target: `${page.name}: non-2xx responses`, limit: "= 0", value: none ? "none answered" : String(page.non2xx ?? `status ${page.checkStatus}`), met: page.non2xx === undefined ? false : !none && page.non2xx === 0 && page.errors === 0 && page.checkStatus === 200 });
  }
  if (peakRssMB !== null) out.push({ target: "server peak RSS (VmHWM)", limit: "≤ 200 MB", value: `${peakRssMB.toFixed(0)} MB`, met: peakRssMB <= 200 });
  for (const size of js.filter((s) => s.page.startsWith("/volunteer"))) {
    out.push({ target: `JS gz ${size.page}`, limit: "≤ 120 kB", value: `${(size.gzipBytes / 1000).toFixed(1)} kB`, met: size.status === 200 && size.gzipBytes <= VOLUNTEER_JS_LIMIT });
  }
  return out;
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + " ".repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : " ".repeat(n - s.length) + s);

export function printTable(inProcess: InProcessResults | null, pages: PageLoad[], js: JsSize[], checks: Verdict[], more: string[] = []) {
  const lines: string[] = [];
  if (inProcess) {
    const r = inProcess;
    lines.push("In-process");
    lines.push(`  snapshot load (all people, ${r.openRequests} open)  p50 ${ms(r.snapshotLoadMs.p50)}   index build ${ms(r.indexBuildMs)}`);
    lines.push(`  ranking ×${r.ranking.n}            p50 ${ms(r.ranking.p50)}  p95 ${ms(r.ranking.p95)}  max ${ms(r.ranking.max)}  (median ${r.ranking.medianCandidates} candidates)`);
    lines.push(`  desk page model ×${r.deskPageModelMs.n}     p50 ${ms(r.deskPageModelMs.p50)}  p95 ${ms(r.deskPageModelMs.p95)}  (snapshot per request + rank + names)`);
    lines.push(`  plan engine (index + solve) p50 ${ms(r.planEngineMs.p50)}   loadPlan end-to-end p50 ${ms(r.planEndToEndMs.p50)}   ${r.plan.rows} rows, ${r.plan.unassigned} unassigned, ${r.plan.neverOfferedCovered} never offered covered`);
    lines.push(`  plan total ${r.plan.total}   clash-free bound ${r.plan.bound} (its top K), ${r.plan.boundAllCandidates} (every candidate): ${r.plan.gapPercent.toFixed(2)} % below`);
    lines.push(`  goal report (year)          ${r.goals.ms ? `p50 ${ms(r.goals.ms.p50)}  first ${ms(r.goals.ms.first)}` : r.goals.note ?? r.goals.error}`);
    if (r.goals.dashboardMs) lines.push(`  goal dashboard model        first ${ms(r.goals.dashboardMs.first)}  warm ${ms(r.goals.dashboardMs.warm)}`);
    lines.push(`  history import 10,000 rows  ${r.historyImport.ms ? ms(r.historyImport.ms.p50) : r.historyImport.note ?? r.historyImport.error}`);
    const d = r.openCallDigest;
    lines.push(`  open-call digest, everyone  ${d.ms ? `${ms(d.ms.p50)}  (${d.people} people, ${d.mails} mails)` : d.note ?? d.error}`);
  }
  if (pages.length) {
    lines.push("", "Load (signed in, 50 connections). sust. = (answered + unanswered) / (run + drain): the ratio uses it;");
    lines.push("  unans. = sent but unanswered when the run ended (in no percentile); drain = seconds until the server was idle again;");
    lines.push(`  ×doc = ratio to the "${DOCUMENT_FLOOR}", the cheapest server-rendered document; server/gen. cores = CPU the server (every worker) and the load generator used`);
    lines.push(`  ${pad("page", 18)}${lpad("req/s", 9)}${lpad("sust.", 8)}${lpad("p50", 9)}${lpad("p99", 9)}${lpad("non2xx", 8)}${lpad("unans.", 8)}${lpad("×floor", 8)}${lpad("×doc", 7)}${lpad("RSS MB", 8)}${lpad("drain s", 9)}${lpad("server cores", 14)}${lpad("gen. cores", 12)}`);
    for (const p of pages) {
      lines.push(`  ${pad(p.name, 18)}${lpad(String(p.reqPerSec ?? "–"), 9)}${lpad(String(p.sustainedReqPerSec ?? "–"), 8)}${lpad(ms(p.p50), 9)}${lpad(ms(p.p99), 9)}${lpad(String(p.non2xx ?? "–"), 8)}${lpad(String(p.unanswered ?? "–"), 8)}${lpad(p.ratioToFloor?.toFixed(2) ?? "–", 8)}${lpad(p.ratioToDocumentFloor?.toFixed(2) ?? "–", 7)}${lpad(p.maxRssMB?.toFixed(0) ?? "–", 8)}${lpad(String(p.drainSeconds ?? "–"), 9)}${lpad(p.serverCores?.toFixed(2) ?? "–", 14)}${lpad(p.generatorCores?.toFixed(2) ?? "–", 12)}`);
    }
  }
  const open = pages.filter((p) => p.openLoop);
  if (open.length) {
    lines.push("", `Open loop: ${open[0].openLoop!.ratePerSecond} req/s whatever the answers, each timed from when it was due`);
    lines.push(`  ${pad("page", 18)}${lpad("sent", 7)}${lpad("p50", 9)}${lpad("p99", 9)}${lpad("max", 9)}${lpad("failed", 8)}`);
    for (const p of open) {
      const o = p.openLoop!;
      lines.push(`  ${pad(p.name, 18)}${lpad(String(o.sent), 7)}${lpad(ms(o.p50), 9)}${lpad(ms(o.p99), 9)}${lpad(ms(o.max), 9)}${lpad(String(o.non2xx + o.errors), 8)}`);
    }
  }
  for (const p of pages) if (p.error) lines.push(`  ! ${p.name}: ${p.error.slice(0, 400)}`);
  if (js.length) {
    lines.push("", "JavaScript per page (gzip -9)");
    for (const s of js) lines.push(`  ${pad(s.page, 34)}${lpad((s.gzipBytes / 1000).toFixed(1), 7)} kB gz  (${s.files} files, ${(s.rawBytes / 1000).toFixed(0)} kB raw)`);
  }
  lines.push(...more, "", "Targets");
  for (const c of checks) lines.push(`  ${c.met === null ? "SKIP" : c.met ? "ok  " : "MISS"}  ${pad(c.target, 48)}${pad(c.limit, 11)}${c.value}`);
  console.log(lines.join("\n"));
}

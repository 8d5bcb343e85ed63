// `tsx bench/profile-summary.ts FILE.cpuprofile… [top]`: self and inclusive time per function, app code marked, for the report.
import fs from "node:fs";
import path from "node:path";

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] }
interface Profile { nodes: Node[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] }

export function summarize(file: string, top = 25): string {
  const profile = JSON.parse(fs.readFileSync(file, "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const total = [...selfMs.values()].reduce((a, b) => a + b, 0);
  const idle = new Set(["(idle)", "(program)", "(garbage collector)"]);
  const label = (n: Node) => {
    const url = n.callFrame.url.replace(/^file:\/\//, "");
    const rel = url.includes("/node_modules/") ? url.slice(url.lastIndexOf("/node_modules/") + 14) : path.relative(process.cwd(), url);
    return `${n.callFrame.functionName || "(anonymous)"} ${rel ? `${rel}:${n.callFrame.lineNumber + 1}` : ""}`.trim();
  };
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, ms] of selfMs) {
    const leaf = byId.get(id)!;
    self.set(label(leaf), (self.get(label(leaf)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const l = label(byId.get(cur)!);
      if (seen.has(l)) continue;
      seen.add(l);
      inclusive.set(l, (inclusive.get(l) ?? 0) + ms);
    }
  }
  const pct = (ms: number) => `${((ms / total) * 100).toFixed(1).padStart(5)} %`;
  const rows = (map: Map<string, number>, filter: (l: string) => boolean) =>
    [...map].filter(([l]) => filter(l)).sort((a, b) => b[1] - a[1]).slice(0, top).map(([l, ms]) => `  ${pct(ms)} ${ms.toFixed(0).padStart(7)} ms  ${l}`);
  const gc = self.get("(garbage collector)") ?? 0;
  const idleMs = [...self].filter(([l]) => idle.has(l)).reduce((a, [, ms]) => a + ms, 0);
  return [
    `${path.basename(file)}: ${total.toFixed(0)} ms sampled, idle/program/GC ${pct(idleMs)} (GC ${pct(gc)})`,
    "Self time:", ...rows(self, () => true),
    "Inclusive time, app code (app/, build/, db/):", ...rows(inclusive, (l) => /\s(app|build|db)\//.test(l)),
    ...(process.env.PROFILE_ALL ? ["Inclusive time, everything:", ...rows(inclusive, () => true)] : []),
  ].join("\n");
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const rest = process.argv.slice(2); // PROFILE_ALL=1 adds inclusive time of every function
  const top = Number(rest.find((a) => /^\d+$/.test(a)) ?? 25);
  // tsx's loader thread writes a profile of its own (.1.002): mostly idle, so only the main thread's are summarized.
  for (const file of rest.filter((a) => a.endsWith(".cpuprofile") && !/\.[1-9]\.\d+\.cpuprofile$/.test(a))) console.log(summarize(file, top));
}

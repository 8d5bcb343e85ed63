// The open-loop load generator's own process: requests sent at a fixed rate whether or not the earlier ones were
// answered (as independent users arrive), each timed from when it was due, so a slow server cannot hide its queue by
// slowing the generator down (autocannon's closed loop waits for an answer before asking again). Prints JSON on stdout.
import { percentile } from "./stats";

export interface OpenLoopJob { url: string; headers: Record<string, string>; ratePerSecond: number; seconds: number }
export interface OpenLoopResult { ratePerSecond: number; sent: number; p50: number; p99: number; max: number; non2xx: number; errors: number }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One request; its latency counts from when it was due, its error as an error, its late answer as late. */
async function timed(job: OpenLoopJob, due: number): Promise<{ ms: number; ok: boolean; error: boolean }> {
  try {
    const response = await fetch(job.url, { headers: job.headers, redirect: "manual", signal: AbortSignal.timeout(30_000) });
    await response.arrayBuffer();
    return { ms: performance.now() - due, ok: response.status >= 200 && response.status < 300, error: false };
  } catch {
    return { ms: performance.now() - due, ok: false, error: true };
  }
}

export async function openLoop(job: OpenLoopJob): Promise<OpenLoopResult> {
  const interval = 1000 / job.ratePerSecond;
  const count = Math.round(job.ratePerSecond * job.seconds);
  const started = performance.now();
  const answers: Promise<{ ms: number; ok: boolean; error: boolean }>[] = [];
  for (let i = 0; i < count; i++) {
    const due = started + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    answers.push(timed(job, due));
  }
  const done = await Promise.all(answers);
  const ms = done.map((d) => d.ms);
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    ratePerSecond: job.ratePerSecond,
    sent: count,
    p50: round(percentile(ms, 50)),
    p99: round(percentile(ms, 99)),
    max: round(Math.max(...ms)),
    non2xx: done.filter((d) => !d.ok && !d.error).length,
    errors: done.filter((d) => d.error).length,
  };
}

if (process.argv[1]?.endsWith("open-loop.ts") && process.argv[2]) {
  openLoop(JSON.parse(process.argv[2]) as OpenLoopJob)
    .then((result) => process.stdout.write(`${JSON.stringify(result)}\n`))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}

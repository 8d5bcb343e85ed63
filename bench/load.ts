// The load generator's own process: autocannon against one URL (a warm-up, then the measured run); prints JSON on stdout.
import autocannon from "autocannon";

export interface LoadJob { url: string; headers: Record<string, string>; connections: number; seconds: number; warmupRequests: number }
export interface LoadResult {
  reqPerSec: number; requests: number; p50: number; p99: number; max: number;
  /** Sent but not answered when the run ended: their latency is in no percentile, so a large number means p99 is flattering. */
  unanswered: number;
  non2xx: number; errors: number; timeouts: number; statusCodes: Record<string, number>;
  /** CPU the load generator itself used during the run, in cores: on a small machine it competes with the server. */
  generatorCores: number;
}

function run(job: LoadJob, limit: { duration: number } | { amount: number }): Promise<autocannon.Result> {
  const connections = "amount" in limit ? Math.min(job.connections, 10, limit.amount) : job.connections;
  return new Promise((resolve, reject) => {
    autocannon({ url: job.url, headers: job.headers, connections, timeout: 30, ...limit }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

async function main() {
  const job = JSON.parse(process.argv[2]) as LoadJob;
  // A counted warm-up ends when every request is answered, so it leaves no backlog for the measured run.
  if (job.warmupRequests > 0) await run(job, { amount: job.warmupRequests });
  const cpuBefore = process.cpuUsage();
  const r = await run(job, { duration: job.seconds });
  const cpu = process.cpuUsage(cpuBefore);
  const statusCodes = Object.fromEntries(Object.entries(r.statusCodeStats ?? {}).map(([code, v]) => [code, Number((v as { count: number }).count)]));
  const result: LoadResult = {
    reqPerSec: Math.round((r.requests.total / r.duration) * 10) / 10,
    requests: r.requests.total,
    p50: r.latency.p50,
    p99: r.latency.p99,
    max: r.latency.max,
    unanswered: Math.max(0, (r.requests.sent ?? r.requests.total) - r.requests.total),
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    statusCodes,
    generatorCores: Math.round(((cpu.user + cpu.system) / 1e6 / r.duration) * 100) / 100,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

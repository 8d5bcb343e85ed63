// Percentiles of a list of millisecond samples, rounded for the report.
export interface Stats { n: number; p50: number; p95: number; max: number; mean: number; first?: number }

const round = (ms: number) => Math.round(ms * 100) / 100;

/** The nearest-rank percentile: p95 of 200 samples is the 190th smallest. */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => percentile(sorted, p);
  const mean = sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length);
  return { n: sorted.length, p50: round(at(50)), p95: round(at(95)), max: round(sorted[sorted.length - 1] ?? 0), mean: round(mean) };
}

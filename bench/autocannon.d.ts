// The part of autocannon 9's API the benchmark uses (the package ships no types and @types/autocannon is not installed).
declare module "autocannon" {
  interface Histogram { sent?: number; average: number; mean: number; total: number; p50: number; p99: number; max: number; min: number }
  interface Result {
    requests: Histogram; latency: Histogram; throughput: Histogram; duration: number; errors: number; timeouts: number;
    non2xx: number; statusCodeStats?: Record<string, { count: number }>;
  }
  interface Options { url: string; headers?: Record<string, string>; connections?: number; duration?: number; amount?: number; timeout?: number }
  function autocannon(options: Options, callback: (error: Error | null, result: Result) => void): unknown;
  namespace autocannon { export type { Result, Options } }
  export default autocannon;
}

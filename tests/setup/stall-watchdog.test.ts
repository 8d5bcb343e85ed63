// The reporter that ends a stuck vitest run: quiet while tests make progress, loud and failing once nothing has moved for too long.
import type { TestSpecification, Vitest } from "vitest/node";
import StallWatchdog, { stallLimitMs } from "./stall-watchdog";

function watched() {
  let now = 0;
  const exits: number[] = [];
  const written: string[] = [];
  const watchdog = new StallWatchdog({ now: () => now, exit: (code) => exits.push(code), write: (text) => written.push(text), checkEveryMs: 60_000 });
  const projects = [{ config: { testTimeout: 20_000, hookTimeout: 10_000 } }, { config: { testTimeout: 60_000, hookTimeout: 180_000 } }];
  watchdog.onInit({ config: { root: "/repo" }, projects } as unknown as Vitest);
  const files = ["/repo/tests/a.test.ts", "/repo/tests/b.test.ts", "/repo/tests/c.test.ts"];
  watchdog.onTestRunStart(files.map((moduleId) => ({ moduleId })) as unknown as TestSpecification[]);
  return { watchdog, exits, written, advance: (ms: number) => (now += ms) };
}

describe("the stall watchdog", () => {
  it("allows the slowest test or hook of any project plus a minute, and at least the 4 minutes a browser journey may take", () => {
    expect(stallLimitMs([{ testTimeout: 20_000, hookTimeout: 10_000 }, { testTimeout: 60_000, hookTimeout: 600_000 }])).toBe(660_000);
    expect(stallLimitMs([{ testTimeout: 20_000, hookTimeout: 10_000 }])).toBe(300_000);
  });

  it("stays quiet while tests keep finishing, however long the whole run takes", () => {
    const { watchdog, exits, written, advance } = watched();
    for (let i = 0; i < 20; i++) {
      advance(200_000);
      watchdog.onTestCaseResult();
      watchdog.check();
    }
    expect(exits).toEqual([]);
    expect(written).toEqual([]);
  });

  it("exits with 1 naming the unfinished files once nothing happened for longer than the limit", () => {
    const { watchdog, exits, written, advance } = watched();
    watchdog.onTestModuleEnd({ moduleId: "/repo/tests/a.test.ts" });
    advance(300_000);
    watchdog.check();
    expect(exits).toEqual([]);
    advance(1);
    watchdog.check();
    expect(exits).toEqual([1]);
    expect(written.join("")).toContain("FEL: vitest har inte kommit framåt på 300 s (gränsen är 300 s): körningen har fastnat. 2 testfiler blev inte klara:\n  tests/b.test.ts\n  tests/c.test.ts\n");
  });

  it("checks on a timer, and stops it once it has fired or the run has ended", () => {
    vi.useFakeTimers();
    try {
      const { watchdog, exits, advance } = watched();
      expect(vi.getTimerCount()).toBe(1);
      advance(300_001);
      vi.advanceTimersByTime(60_000);
      expect(exits).toEqual([1]);
      expect(vi.getTimerCount()).toBe(0);

      const second = watched();
      second.watchdog.onTestRunEnd();
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});

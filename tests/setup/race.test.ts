// The start line of the two-process race tests: nobody starts before everybody is ready, however long one takes to get there.
import { race } from "./race";

describe("race", () => {
  it("lets every child go only after the slowest one is ready", { timeout: 60_000 }, async () => {
    const outputs = await race("tests/setup/race.child.ts", [["0"], ["1500"], ["0"]]);
    expect(outputs.map((o) => o.code)).toEqual([0, 0, 0]);
    const times = outputs.map((o) => JSON.parse(o.stdout) as { readyAt: number; goAt: number });
    const lastReady = Math.max(...times.map((t) => t.readyAt));
    for (const t of times) expect(t.goAt).toBeGreaterThanOrEqual(lastReady);
  });

  it("fails at once, naming the exit code, when a child exits before it is ready", { timeout: 60_000 }, async () => {
    const started = Date.now();
    await expect(race("tests/setup/race.child.ts", [["exit"], ["0"]])).rejects.toThrow("the child exited with 3 before it was ready");
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});

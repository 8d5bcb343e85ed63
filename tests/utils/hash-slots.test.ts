// Password hashes take memory and a thread each: at most a few run at once, a short queue waits, the rest are told to retry.
import { createSlots, SlotsFull } from "~/utils/hash-slots.server";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("hash slots", () => {
  it("runs at most two at once, queues three in arrival order, and refuses the next", async () => {
    const slots = createSlots({ running: 2, queued: 3 });
    const gates = Array.from({ length: 5 }, deferred);
    const started: number[] = [];
    let running = 0;
    let most = 0;
    const tasks = gates.map((gate, i) =>
      slots.run(async () => {
        started.push(i);
        most = Math.max(most, ++running);
        await gate.promise;
        running--;
        return i;
      }),
    );
    await expect(slots.run(async () => 99)).rejects.toBeInstanceOf(SlotsFull);
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    gates[1].resolve();
    gates[0].resolve();
    for (const gate of gates.slice(2)) gate.resolve();
    expect(await Promise.all(tasks)).toEqual([0, 1, 2, 3, 4]);
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(most).toBe(2);
  });

  it("frees the slot when a task fails", async () => {
    const slots = createSlots({ running: 1, queued: 0 });
    await expect(slots.run(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await slots.run(async () => "next")).toBe("next");
  });
});

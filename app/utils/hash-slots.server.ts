// A bound on work that takes much memory or a thread each (password hashes): a few run, a short queue waits, the rest
// are refused at once, so a burst of sign-ins can neither grow the heap without limit nor fill the thread pool.

export class SlotsFull extends Error {
  constructor() {
    super("too many password checks at once");
  }
}

export function createSlots({ running: max, queued: maxQueued }: { running: number; queued: number }) {
  let running = 0;
  const queue: (() => void)[] = [];
  // A finished task hands its slot straight to the next in the queue, so a newcomer cannot slip in between.
  const release = () => {
    const next = queue.shift();
    if (next) next();
    else running--;
  };
  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (running < max) running++;
      else if (queue.length < maxQueued) await new Promise<void>((resolve) => queue.push(resolve));
      else throw new SlotsFull();
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}

// The bench's open-loop generator: requests leave at the rate asked whatever the server does, and a queue the server
// builds shows in the latencies (timed from when each request was due), where a closed loop would hide it.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { openLoop } from "../../bench/open-loop";

/** A server that answers one request at a time, each taking `ms`: at a rate above 1000/ms a queue builds. */
async function serialServer(ms: number, status = 200) {
  const arrivals: number[] = [];
  let queue = Promise.resolve();
  const server = http.createServer((_, res) => {
    arrivals.push(performance.now());
    queue = queue.then(() => new Promise<void>((resolve) => setTimeout(() => (res.writeHead(status).end("ok"), resolve()), ms)));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return { url, arrivals, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe("the bench's open loop", () => {
  it("sends at the rate asked while earlier requests wait, and times each from when it was due", { timeout: 20_000 }, async () => {
    const server = await serialServer(100);
    try {
      const result = await openLoop({ url: server.url, headers: {}, ratePerSecond: 20, seconds: 1 });
      expect(result).toMatchObject({ ratePerSecond: 20, sent: 20, non2xx: 0, errors: 0 });
      // All 20 arrived within about a second although the server needs two to answer them.
      expect(server.arrivals.length).toBe(20);
      expect(server.arrivals[19] - server.arrivals[0]).toBeLessThan(1_500);
      // The last waited behind the others: about 20 × 100 ms − 950 ms.
      expect(result.p99).toBeGreaterThan(900);
      expect(result.p50).toBeGreaterThan(300);
    } finally {
      await server.close();
    }
  });

  it("counts answers that are not 2xx as failed", async () => {
    const server = await serialServer(1, 503);
    try {
      expect(await openLoop({ url: server.url, headers: {}, ratePerSecond: 50, seconds: 0.2 })).toMatchObject({ sent: 10, non2xx: 10, errors: 0 });
    } finally {
      await server.close();
    }
  });
});

// `npm run serve` is what production, the browser tests and the benchmark run: plain node on the build, heap capped.
import { serveNodeArgs } from "../../scripts/serve-args";

describe("serveNodeArgs", () => {
  it("runs the compiled server under node with a bounded heap", () => {
    const args = serveNodeArgs();
    expect(args[args.length - 1]).toBe("build/server.js");
    expect(args.some((a) => /^--max-old-space-size=\d+$/.test(a))).toBe(true);
  });
});

// `npm run serve` is what production, the browser tests and the benchmark run: plain node on the build, heap capped; --demo only when asked.
import fs from "node:fs";
import { parseServerFlags, serveNodeArgs } from "../../scripts/serve-args";

describe("serveNodeArgs", () => {
  it("runs the compiled server under node with a bounded heap", () => {
    const args = serveNodeArgs();
    expect(args[args.length - 1]).toBe("build/server.js");
    expect(args.some((a) => /^--max-old-space-size=\d+$/.test(a))).toBe(true);
  });
});

describe("parseServerFlags", () => {
  it("seeds the demo only with --demo", () => {
    expect(parseServerFlags([])).toEqual({ demo: false });
    expect(parseServerFlags(["--demo"])).toEqual({ demo: true });
  });

  it("refuses anything else, so a typo cannot start a server without the operator noticing", () => {
    expect(parseServerFlags(["--dmeo"])).toBeNull();
    expect(parseServerFlags(["--demo", "extra"])).toBeNull();
  });

  it("is what npm start passes and npm run serve does not", () => {
    const { scripts } = JSON.parse(fs.readFileSync("package.json", "utf8")) as { scripts: Record<string, string> };
    expect(scripts.start).toMatch(/npm run serve -- --demo$/);
    expect(scripts.serve).not.toContain("--demo");
  });
});

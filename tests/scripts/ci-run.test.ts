// .ci/run gives `npm test` an overall time limit and says so loudly when it runs out, instead of hanging CI forever.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "levande-ci-run-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs .ci/run with an `npm` on PATH whose `npm test` does what `testScript` says; `npm ci` does nothing. */
async function ciRun(testScript: string, suiteTimeout: string) {
  const bin = fs.mkdtempSync(path.join(dir, "bin-"));
  fs.writeFileSync(path.join(bin, "npm"), `#!/bin/sh\nif [ "$1" = test ]; then ${testScript}; fi\nexit 0\n`, { mode: 0o755 });
  // The machine has chromium and java, so .ci/run installs nothing; a fresh one would reach apt-get first.
  const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, SUITE_TIMEOUT: suiteTimeout };
  const started = Date.now();
  const result = await run(".ci/run", [], { env, timeout: 60_000 }).then(
    ({ stderr }) => ({ code: 0, stderr }),
    (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
  );
  return { ...result, seconds: (Date.now() - started) / 1000 };
}

describe(".ci/run", () => {
  it("stops a suite that hangs at the time limit with exit code 124 and a message naming the limit", async () => {
    const result = await ciRun("sleep 600", "2s");
    expect(result.code).toBe(124);
    expect(result.stderr).toContain("FEL: npm test avbröts efter tidsgränsen 2s");
    expect(result.seconds).toBeLessThan(30);
  });

  it("passes the suite's own exit code through, without the time-limit message", async () => {
    expect(await ciRun("exit 0", "1m")).toMatchObject({ code: 0, stderr: "" });
    const failed = await ciRun("exit 3", "1m");
    expect(failed.code).toBe(3);
    expect(failed.stderr).not.toContain("tidsgränsen");
  });
});

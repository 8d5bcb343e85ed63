// A start line for child processes racing on one database: each says "ready" once set up, the parent says "go" to all
// at once only when every one is ready, so their transactions collide whatever the load (no agreed wall-clock instant).
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";

const READY = "ready\n";

export interface RaceResult {
  code: number | null;
  /** What the child printed after its "ready" line. */
  stdout: string;
  stderr: string;
}

/** Child side: signal readiness on stdout, then wait for the parent's "go" line on stdin. */
export async function waitForGo(): Promise<void> {
  process.stdout.write(READY);
  let input = "";
  for await (const chunk of process.stdin) {
    input += String(chunk);
    if (input.includes("go\n")) return;
  }
  throw new Error("stdin closed before go");
}

/** Follows one child: `ready` settles on its "ready" line (or fails if it exits first), `done` when it has exited. */
function follow(child: ChildProcessWithoutNullStreams): { ready: Promise<void>; done: Promise<RaceResult> } {
  let stdout = "";
  let stderr = "";
  let isReady = false;
  let ready!: { resolve: () => void; reject: (error: Error) => void };
  const readyPromise = new Promise<void>((resolve, reject) => (ready = { resolve, reject }));
  // Only the first failure is reported (race() awaits them all); the others would be unhandled rejections.
  readyPromise.catch(() => {});
  child.stdout.on("data", (data) => {
    stdout += String(data);
    if (!isReady && stdout.startsWith(READY)) {
      isReady = true;
      ready.resolve();
    }
  });
  child.stderr.on("data", (data) => (stderr += String(data)));
  const done = new Promise<RaceResult>((resolve) =>
    child.on("close", (code) => {
      if (!isReady) ready.reject(new Error(`the child exited with ${code} before it was ready:\n${stderr}`));
      resolve({ code, stdout: isReady ? stdout.slice(READY.length) : stdout, stderr });
    }),
  );
  return { ready: readyPromise, done };
}

/** Parent side: starts `node --import tsx script …args` once per entry of runs, releases them together, waits for all. */
export async function race(script: string, runs: string[][]): Promise<RaceResult[]> {
  const children = runs.map((args) => spawn(process.execPath, ["--import", "tsx", script, ...args], { stdio: "pipe", timeout: 60_000 }));
  const followed = children.map(follow);
  try {
    await Promise.all(followed.map((f) => f.ready));
  } catch (error) {
    for (const child of children) child.kill();
    throw error;
  }
  for (const child of children) child.stdin.end("go\n");
  return Promise.all(followed.map((f) => f.done));
}

// Runs a CLI two ways: its main() in this process (fast, for the behaviour) and as the child process an operator starts (the smoke test).
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { CliIo } from "../../scripts/cli-io";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Calls a script's main(args, io) with the lines it prints collected, on this test file's database unless env says otherwise. */
export async function runMain(main: (args: string[], io: CliIo) => Promise<number>, args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (line) => out.push(line), err: (line) => err.push(line), env: { ...process.env, ...env } });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

/** Starts `node --import tsx scripts/<name>.ts …` as npm run would (without npm's own start-up) and waits for it to exit. */
export async function spawnScript(name: string, args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ["--import", "tsx", `scripts/${name}.ts`, ...args], { env: { ...process.env, ...env }, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

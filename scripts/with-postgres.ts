// Runs a command against a throwaway PostgreSQL cluster (scripts/postgres-cluster.ts) with TEST_DATABASE_URL set for
// it, e.g. `tsx scripts/with-postgres.ts vitest run --project unit`; the cluster is stopped and deleted afterwards,
// whatever the command did, and the command's exit code is this one's.
import { spawn } from "node:child_process";
import os from "node:os";
import { startThrowawayPostgres } from "./postgres-cluster";

const USAGE = "Användning: tsx scripts/with-postgres.ts <kommando> [argument …]   (kör kommandot med TEST_DATABASE_URL mot ett tillfälligt PostgreSQL-kluster)";

/** The command's exit code; killed by a signal, 128 + its number, as a shell reports it. */
function runCommand(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    // Stopped from outside (Ctrl-C, CI's time limit): the command is told too, and the cluster goes once it has ended.
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, forward);
    child.once("error", (error) => {
      console.error(`FEL: kunde inte starta ${command}: ${error.message}`);
      resolve(127);
    });
    child.once("exit", (code, signal) => resolve(code ?? 128 + (signal ? os.constants.signals[signal] : 0)));
  });
}

async function main(): Promise<number> {
  const [command, ...args] = process.argv.slice(2);
  if (!command) {
    console.error(USAGE);
    return 2;
  }
  let cluster;
  try {
    cluster = await startThrowawayPostgres();
  } catch (error) {
    console.error(`FEL: ${error instanceof Error ? error.message : error}`);
    return 1;
  }
  try {
    console.log(`PostgreSQL på ${cluster.url} (TEST_DATABASE_URL)`);
    return await runCommand(command, args, { ...process.env, TEST_DATABASE_URL: cluster.url });
  } finally {
    await cluster.stop();
  }
}

process.exitCode = await main();

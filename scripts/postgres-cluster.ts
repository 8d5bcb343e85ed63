// A throwaway PostgreSQL cluster for tests: initdb into a temporary folder, a free port on 127.0.0.1, durability off;
// stopping it deletes everything. Needs Debian's `postgresql` package; as root, the cluster runs as the `postgres` user.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export interface ThrowawayPostgres {
  /** postgres://levande@127.0.0.1:PORT/postgres: the superuser on the cluster's maintenance database. */
  url: string;
  /** Stops the cluster at once and deletes its folder; a second call does nothing. */
  stop(): Promise<void>;
}

const MISSING = "PostgreSQL saknas (Debian-paketet postgresql); installera det med apt-get install postgresql.";

/** The newest installed server's bin folder (/usr/lib/postgresql/<version>/bin). */
function postgresBin(): string {
  const root = "/usr/lib/postgresql";
  const versions = fs.existsSync(root) ? fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, "bin", "initdb"))) : [];
  const newest = versions.sort((a, b) => a.localeCompare(b, "en", { numeric: true })).at(-1);
  if (newest === undefined) throw new Error(MISSING);
  return path.join(root, newest, "bin");
}

/** A TCP port on 127.0.0.1 that nothing listens on right now (the e2e servers take theirs here too). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/**
 * Runs a PostgreSQL program (as `postgres` when this is root: PostgreSQL refuses to run as root) with its output in
 * `log`, which a failure quotes (and `serverLog`, when given). Waits for the program's exit, not for its output to close: `pg_ctl start` leaves the
 * server running.
 */
async function run(program: string, args: string[], log: string, serverLog?: string): Promise<void> {
  const asRoot = process.getuid?.() === 0;
  const [command, ...rest] = asRoot ? ["runuser", "-u", "postgres", "--", program, ...args] : [program, ...args];
  const out = fs.openSync(log, "a");
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(command, rest, { stdio: ["ignore", out, out] });
      child.once("error", reject);
      child.once("exit", (exitCode) => resolve(exitCode));
    });
    if (code !== 0) {
      const logs = [log, ...(serverLog && fs.existsSync(serverLog) ? [serverLog] : [])].map((file) => fs.readFileSync(file, "utf8"));
      throw new Error(`${path.basename(program)} misslyckades (kod ${code}):\n${logs.join("\n")}`);
    }
  } finally {
    fs.closeSync(out);
  }
}

/** Starts a fresh cluster; the caller stops it (stop() also deletes it), whatever happens in between. */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = postgresBin();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "levande-pg-"));
  if (process.getuid?.() === 0) execFileSync("chown", ["postgres", dir]);
  const data = path.join(dir, "data");
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    // Immediate: the cluster is deleted next, so nothing needs to be written out; a server never started is no error.
    await run(path.join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "stop"], path.join(dir, "stop.log")).catch(() => {});
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await run(path.join(bin, "initdb"), ["-D", data, "-A", "trust", "-U", "levande", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], path.join(dir, "initdb.log"));
    const port = await freePort();
    // Durability off (the cluster is deleted afterwards); room for every test file's pool and the two-server tests.
    const options = [
      `-p ${port}`,
      `-k ${dir}`,
      "-c listen_addresses=127.0.0.1",
      "-c fsync=off",
      "-c synchronous_commit=off",
      "-c full_page_writes=off",
      "-c max_connections=400",
    ].join(" ");
    // The server's own log (which it writes as `postgres`) explains a start that failed.
    const serverLog = path.join(dir, "server.log");
    await run(path.join(bin, "pg_ctl"), ["-D", data, "-l", serverLog, "-w", "-o", options, "start"], path.join(dir, "pg_ctl.log"), serverLog);
    return { url: `postgres://levande@127.0.0.1:${port}/postgres`, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

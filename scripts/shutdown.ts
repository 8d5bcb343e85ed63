// Graceful shutdown on SIGTERM/SIGINT: stop taking connections, finish the requests in flight, stop the background work, close the database.
import type { Server } from "node:http";
import type { RequestHandler } from "express";
import type { Logger } from "../app/utils/logger.server";

/** systemd's default TimeoutStopSec is 90 s; ours is shorter so a stuck request cannot hold a restart up. */
export const SHUTDOWN_TIMEOUT_MS = 10_000;
/** How often connections that fell idle after shutdown began are closed: keep-alive would hold them open for 5 s. */
const IDLE_SWEEP_MS = 100;

export interface ShutdownOptions {
  server: Server;
  log: Logger;
  /** Run in order once the last request has finished: the outbox sender, the backup schedule, then the database. */
  steps: { name: string; run: () => Promise<void> | void }[];
  timeoutMs?: number;
  exit?: (code: number) => void;
}

export function gracefulShutdown({ server, log, steps, timeoutMs = SHUTDOWN_TIMEOUT_MS, exit = (code) => process.exit(code) }: ShutdownOptions) {
  let shuttingDown = false;

  /** While shutting down: /healthz says so (a load balancer stops sending), and no response keeps its connection. */
  const middleware: RequestHandler = (req, res, next) => {
    if (!shuttingDown) return next();
    res.setHeader("Connection", "close");
    if (req.path === "/healthz") {
      res.status(503).set("Cache-Control", "no-store").type("text/plain; charset=utf-8").send("shutting down");
      return;
    }
    next();
  };

  async function shutdown(signal: string): Promise<void> {
    if (shuttingDown) {
      log.warn({ signal }, "second signal during shutdown: exiting now");
      exit(1);
      return;
    }
    shuttingDown = true;
    log.info({ signal, timeoutMs }, "shutting down: finishing the requests in flight");
    const force = setTimeout(() => {
      log.error({ timeoutMs }, "shutdown did not finish in time: exiting anyway");
      exit(1);
    }, timeoutMs);
    force.unref();
    const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
    try {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      clearInterval(sweep);
      let failed = false;
      for (const step of steps) {
        try {
          await step.run();
        } catch (error) {
          failed = true;
          log.error({ err: error, step: step.name }, "shutdown step failed");
        }
      }
      clearTimeout(force);
      log.info("stopped");
      exit(failed ? 1 : 0);
    } finally {
      clearInterval(sweep);
    }
  }

  return { middleware, shutdown, isShuttingDown: () => shuttingDown };
}

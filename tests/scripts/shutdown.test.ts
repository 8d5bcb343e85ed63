// Graceful shutdown: a request in flight finishes, /healthz says 503, new connections are refused, the steps run in order, and a stuck request cannot hold the exit up.
import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import express from "express";
import { createLogger } from "~/utils/logger.server";
import { gracefulShutdown } from "../../scripts/shutdown";

interface Harness {
  port: number;
  release: () => void;
  slowStarted: Promise<void>;
  exited: Promise<number>;
  done: string[];
  shutdown: (signal: string) => Promise<void>;
  server: http.Server;
}

async function harness(timeoutMs = 5_000): Promise<Harness> {
  const done: string[] = [];
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let started!: () => void;
  const slowStarted = new Promise<void>((resolve) => (started = resolve));
  let exit!: (code: number) => void;
  const exited = new Promise<number>((resolve) => (exit = resolve));
  const app = express();
  const server = http.createServer(app);
  const log = createLogger({ NODE_ENV: "test", LOG_LEVEL: "silent" });
  const control = gracefulShutdown({
    server,
    log,
    timeoutMs,
    exit,
    steps: [
      { name: "sender", run: () => void done.push("sender") },
      { name: "database", run: async () => void done.push("database") },
    ],
  });
  app.use(control.middleware);
  app.get("/healthz", (_req, res) => void res.send("ok"));
  app.get("/slow", async (_req, res) => {
    started();
    await released;
    done.push("slow request");
    res.send("slow done");
  });
  server.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  return { port: (server.address() as AddressInfo).port, release, slowStarted, exited, done, shutdown: control.shutdown, server };
}

/** Raw HTTP/1.1 on one socket, so a second request can follow the first on the same connection. */
function rawConnection(port: number) {
  const socket = net.connect(port, "127.0.0.1");
  let received = "";
  socket.on("data", (chunk) => (received += chunk));
  const closed = new Promise<void>((resolve) => socket.on("close", () => resolve()));
  socket.on("error", () => {});
  return {
    send: (path: string) => socket.write(`GET ${path} HTTP/1.1\r\nHost: localhost\r\n\r\n`),
    received: () => received,
    closed,
  };
}

describe("graceful shutdown", () => {
  it("finishes the request in flight, answers /healthz with 503, refuses new connections, then runs the steps and exits 0", async () => {
    const h = await harness();
    const connection = rawConnection(h.port);
    connection.send("/slow");
    await h.slowStarted;

    const shutdown = h.shutdown("SIGTERM");
    // The same connection asks for /healthz while the slow request is still running.
    connection.send("/healthz");
    await expect(fetch(`http://127.0.0.1:${h.port}/healthz`)).rejects.toThrow();
    expect(h.done).toEqual([]);

    h.release();
    expect(await h.exited).toBe(0);
    await shutdown;
    await connection.closed;
    expect(h.done).toEqual(["slow request", "sender", "database"]);
    const [first, second] = connection.received().split(/(?=HTTP\/1\.1 )/);
    expect(first).toMatch(/^HTTP\/1\.1 200/);
    expect(first).toContain("slow done");
    expect(second).toMatch(/^HTTP\/1\.1 503/);
    expect(second).toContain("shutting down");
  });

  it("does not wait for idle keep-alive connections", async () => {
    const h = await harness();
    const agent = new http.Agent({ keepAlive: true });
    await new Promise<void>((resolve) => http.get({ port: h.port, host: "127.0.0.1", path: "/healthz", agent }, (res) => res.resume().on("end", resolve)));
    const started = Date.now();
    void h.shutdown("SIGTERM");
    expect(await h.exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(1_000);
    agent.destroy();
  });

  it("exits with 1 when a request is still running at the deadline", async () => {
    const h = await harness(300);
    const connection = rawConnection(h.port);
    connection.send("/slow");
    await h.slowStarted;
    const started = Date.now();
    void h.shutdown("SIGTERM");
    expect(await h.exited).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    h.release();
    h.server.closeAllConnections();
  });

  it("exits at once on a second signal", async () => {
    const h = await harness();
    const connection = rawConnection(h.port);
    connection.send("/slow");
    await h.slowStarted;
    void h.shutdown("SIGINT");
    void h.shutdown("SIGINT");
    expect(await h.exited).toBe(1);
    h.release();
    h.server.closeAllConnections();
  });

  it("closes a keep-alive connection whose request finishes after shutdown began", async () => {
    const h = await harness();
    const agent = new http.Agent({ keepAlive: true });
    const response = new Promise<string>((resolve) =>
      http.get({ port: h.port, host: "127.0.0.1", path: "/slow", agent }, (res) => {
        let body = "";
        res.on("data", (c) => (body += c)).on("end", () => resolve(`${res.headers.connection} ${body}`));
      }),
    );
    await h.slowStarted;
    const started = Date.now();
    void h.shutdown("SIGTERM");
    h.release();
    expect(await response).toBe("keep-alive slow done");
    expect(await h.exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(1_000);
    agent.destroy();
  });
});

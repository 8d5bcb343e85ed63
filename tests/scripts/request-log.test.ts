// The request log: one JSON line per request with its id, method, path, status, duration and user — never a token.
import type { AddressInfo } from "node:net";
import express from "express";
import { createLogger } from "~/utils/logger.server";
import { noteRequestUser, requestsInFlight } from "~/utils/request-context.server";
import { loggedPath, requestLog } from "../../scripts/request-log";

const TOKEN = "Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5d2FsZG8";

describe("loggedPath", () => {
  it.each([
    ["/", "/"],
    ["/coordinator/requests/12?tab=offers&token=abc", "/coordinator/requests/12"],
    ["/catalogue#top", "/catalogue"],
    [`/invite/${TOKEN}`, "/invite/[redacted]"],
    ["/invite/short", "/invite/[redacted]"],
    [`/invite/${TOKEN}.data`, "/invite/[redacted]"],
    [`/calendar/${TOKEN}.ics`, "/calendar/[redacted]"],
    [`/reset-password/${TOKEN}`, "/reset-password/[redacted]"],
    // what the router would still match: another case, percent-encoding, doubled slashes
    [`/INVITE/${TOKEN}`, "/INVITE/[redacted]"],
    [`/%69nvite/abc`, "/invite/[redacted]"],
    [`//invite//abc`, "/invite/[redacted]"],
    [`/invite%2Fabc`, "/invite/[redacted]"],
    // a token-length run anywhere is a token, whatever the route
    [`/something/${TOKEN}/more`, "/something/[redacted]/more"],
    ["/volunteer/calendar", "/volunteer/calendar"],
    ["/unit/calendar?x=1", "/unit/calendar"],
    ["/%E0%A4%A", "/%E0%A4%A"],
  ])("%s is logged as %s", (url, expected) => {
    expect(loggedPath(url)).toBe(expected);
  });

  it("cuts an absurdly long path", () => {
    expect(loggedPath(`/${"a/".repeat(500)}`).length).toBeLessThanOrEqual(201);
  });
});

describe("requestLog", () => {
  let lines: string[];
  let baseUrl: string;
  let close: () => Promise<void>;

  beforeEach(async () => {
    lines = [];
    const log = createLogger({ NODE_ENV: "production", LOG_LEVEL: "info" }, { write: (line: string) => void lines.push(line) });
    const app = express();
    app.use(requestLog(log));
    app.get("/signed-in", (req, res) => {
      // What getUser does inside the app: the app sees the request through Remix, as a Fetch Request.
      noteRequestUser(new Request("http://localhost/signed-in", { headers: { "x-request-id": String(req.headers["x-request-id"]) } }), 42);
      res.send("hello");
    });
    app.get("/broken", (_req, res) => void res.status(500).send("no"));
    app.all("*", (_req, res) => void res.send("ok"));
    const server = app.listen(0);
    await new Promise((resolve) => server.once("listening", resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => new Promise((resolve) => server.close(() => resolve()));
  });

  afterEach(() => close());

  const entries = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);

  it("writes one JSON line per request with id, method, path, status and duration, and sends the id back", async () => {
    const response = await fetch(`${baseUrl}/catalogue?search=cancer`, { method: "GET" });
    await response.text();
    await vi.waitFor(() => expect(lines).toHaveLength(1));
    const [entry] = entries();
    expect(entry).toMatchObject({ level: 30, msg: "request", method: "GET", path: "/catalogue", status: 200 });
    expect(entry.reqId).toBe(response.headers.get("X-Request-Id"));
    expect(entry.reqId).toMatch(/^[0-9a-f-]{36}$/);
    expect(typeof entry.durationMs).toBe("number");
    expect(typeof entry.time).toBe("string");
    expect(entry).not.toHaveProperty("userId");
  });

  it("gives each request its own id and ignores the one a client sends", async () => {
    const a = await fetch(`${baseUrl}/a`, { headers: { "X-Request-Id": "chosen-by-client" } });
    const b = await fetch(`${baseUrl}/b`);
    expect(a.headers.get("X-Request-Id")).not.toBe("chosen-by-client");
    expect(a.headers.get("X-Request-Id")).not.toBe(b.headers.get("X-Request-Id"));
  });

  it("names the signed-in user the app noted, and forgets the request once logged", async () => {
    await (await fetch(`${baseUrl}/signed-in`)).text();
    await vi.waitFor(() => expect(lines).toHaveLength(1));
    expect(entries()[0]).toMatchObject({ path: "/signed-in", userId: 42 });
    expect(requestsInFlight().size).toBe(0);
  });

  it("logs server errors at error level", async () => {
    await (await fetch(`${baseUrl}/broken`)).text();
    await vi.waitFor(() => expect(lines).toHaveLength(1));
    expect(entries()[0]).toMatchObject({ level: 50, status: 500 });
  });

  it("never writes a token, from the path or the query string", async () => {
    for (const url of [`/invite/${TOKEN}`, `/calendar/${TOKEN}.ics`, `/reset-password/${TOKEN}`, `/login?redirectTo=/invite/${TOKEN}`]) {
      await (await fetch(baseUrl + url)).text();
    }
    await vi.waitFor(() => expect(lines).toHaveLength(4));
    expect(lines.join("\n")).not.toContain(TOKEN);
    expect(entries().map((e) => e.path)).toEqual(["/invite/[redacted]", "/calendar/[redacted]", "/reset-password/[redacted]", "/login"]);
  });
});

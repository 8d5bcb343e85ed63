// Running Levande for real: a bare production server has no demo and says it is not set up; --demo seeds; the log is JSON
// lines without secrets; SIGTERM lets a request in flight finish and exits 0; BACKUP_DIR gets today's backup.
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { createDb } from "../../db/create-db";
import { launchChromium, SCREENSHOT_DIR, seriousViolations, signInOverHttp, startServer, watchConsole, type RunningServer } from "./server";

const DEMO_LOGIN = { email: "samordnare@example.se", password: "levande-demo-2026" };
const TOKEN = "Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5d2FsZG8";

let dir: string;
let browser: Browser;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "levande-operations-"));
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function postLogin(server: RunningServer, fields: Record<string, string>) {
  return fetch(`${server.baseUrl}/login`, {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: { Origin: server.baseUrl, "Content-Type": "application/x-www-form-urlencoded" },
    redirect: "manual",
  });
}

/** The JSON lines of the server's output (the demo banner is the only other text). */
function logEntries(server: RunningServer): Record<string, any>[] {
  return server
    .output()
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, any>);
}

describe("a production server on an empty database", () => {
  let server: RunningServer;
  const file = () => path.join(dir, "empty", "levande.db");

  beforeAll(async () => {
    fs.mkdirSync(path.dirname(file()), { recursive: true });
    server = await startServer({ demo: false, databaseFile: file() });
  });
  afterAll(() => server?.stop());

  it("has no demo user: the demo login fails and the database holds no users and no region", async () => {
    // No session: the form's page answers, and on an empty database that page sends the visitor home.
    const login = await postLogin(server, DEMO_LOGIN);
    expect(login.headers.get("Set-Cookie")).toBeNull();
    expect(login.headers.get("Location")).toBe("/");
    const db = createDb(`file:${file()}`);
    try {
      expect(await db.selectFrom("users").select("id").execute()).toEqual([]);
      expect(await db.selectFrom("care_areas").select("id").execute()).toEqual([]);
    } finally {
      await db.destroy();
    }
    expect(server.output()).not.toContain(DEMO_LOGIN.password);
    expect(server.output()).not.toContain("Demo-inloggningar");
  });

  it("logs the setup commands when it starts", () => {
    const warning = logEntries(server).find((e) => e.level === 40 && Array.isArray(e.commands));
    expect(warning?.commands).toEqual([
      "npm run db:migrate",
      "npm run import -- region REGION.csv",
      "npm run import -- people PEOPLE.csv --create-areas",
      "npm run import -- history HISTORY.csv",
      'npm run user -- add coordinator EMAIL "NAME"',
    ]);
    expect(warning?.msg).toContain("docs/operations.md");
  });

  it("shows the not-set-up page instead of home and sign-in, accessible, at 375 px", async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, locale: "sv-SE" });
    const page = await context.newPage();
    const problems = watchConsole(page);
    await page.goto(`${server.baseUrl}/login`);
    await page.waitForURL(`${server.baseUrl}/`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Levande är inte konfigurerat än");
    expect(await page.getByText('npm run user -- add coordinator EMAIL "NAME"').isVisible()).toBe(true);
    expect(await page.getByRole("link", { name: "Logga in för att fortsätta" }).count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, "not-set-up-375.png"), fullPage: true });
    expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe("a demo server (npm start)", () => {
  let server: RunningServer;
  const backups = () => path.join(dir, "backups");

  beforeAll(async () => {
    server = await startServer({ env: { BACKUP_DIR: backups() } });
  });
  afterAll(() => server?.stop());

  it("seeds the demo, prints its logins and does not ask to be set up", async () => {
    expect(await signInOverHttp(server, DEMO_LOGIN.email, DEMO_LOGIN.password)).toMatch(/=/);
    expect(server.output()).toContain("Demo-inloggningar");
    expect(logEntries(server).some((e) => Array.isArray(e.commands))).toBe(false);
  });

  it("writes one JSON line per request with id, method, path, status, duration and user, and no secret", async () => {
    const cookie = await signInOverHttp(server, DEMO_LOGIN.email, DEMO_LOGIN.password);
    const page = await fetch(`${server.baseUrl}/coordinator/requests?q=${TOKEN}`, { headers: { Cookie: cookie } });
    await page.text();
    for (const url of [`/invite/${TOKEN}`, `/calendar/${TOKEN}.ics`, `/reset-password/${TOKEN}`]) await (await fetch(server.baseUrl + url)).text();
    await expect.poll(() => logEntries(server).filter((e) => e.msg === "request" && e.path === "/reset-password/[redacted]").length).toBe(1);

    const requests = logEntries(server).filter((e) => e.msg === "request");
    const desk = requests.find((e) => e.reqId === page.headers.get("X-Request-Id"));
    expect(desk).toMatchObject({ method: "GET", path: "/coordinator/requests", status: 200, userId: expect.any(Number) });
    expect(desk?.durationMs).toBeGreaterThan(0);
    expect(requests.filter((e) => e.path === "/login" && e.method === "POST").every((e) => e.status === 302 && typeof e.userId === "number")).toBe(true);
    expect(requests.map((e) => e.path)).toEqual(expect.arrayContaining(["/invite/[redacted]", "/calendar/[redacted]", "/reset-password/[redacted]"]));
    const output = server.output();
    expect(output).not.toContain(TOKEN);
    expect(output).not.toContain(cookie.split("=")[1]);
    expect(logEntries(server).map((e) => JSON.stringify(e)).join("\n")).not.toContain(DEMO_LOGIN.password);
  });

  it("backs the database up into BACKUP_DIR at start, readable only by its owner", async () => {
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Stockholm" }).format(new Date());
    const file = path.join(backups(), `levande-${today}.db`);
    await expect.poll(() => fs.existsSync(file), { timeout: 20_000 }).toBe(true);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(backups())).toEqual([`levande-${today}.db`]);
  });
});

describe("graceful shutdown", () => {
  it("on SIGTERM finishes the request in flight, takes no new ones, closes the database and exits 0 within 10 s", async () => {
    const file = path.join(dir, "shutdown", "levande.db");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const server = await startServer({ databaseFile: file });
    try {
      // A sign-in whose body is still arriving: the server has started on it and must wait for the rest.
      const body = new URLSearchParams(DEMO_LOGIN).toString();
      const url = new URL(`${server.baseUrl}/login`);
      const request = http.request({
        host: url.hostname,
        port: url.port,
        path: "/login",
        method: "POST",
        headers: { Origin: server.baseUrl, "Content-Type": "application/x-www-form-urlencoded", "Content-Length": Buffer.byteLength(body) },
      });
      const response = new Promise<http.IncomingMessage>((resolve, reject) => request.on("response", resolve).on("error", reject));
      request.write(body.slice(0, 10));
      await new Promise((r) => setTimeout(r, 500));

      const started = Date.now();
      const exited = server.terminate();
      await expect.poll(() => server.output()).toContain("shutting down");
      const health = await fetch(`${server.baseUrl}/healthz`).then((r) => r.status, () => "refused");
      expect([503, "refused"]).toContain(health);

      request.end(body.slice(10));
      const answer = await response;
      answer.resume();
      expect(answer.statusCode).toBe(302);
      expect(answer.headers.location).toBe("/coordinator");

      expect(await exited).toBe(0);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(server.output()).toContain('"msg":"stopped"');
      // The last connection closed cleanly: SQLite checkpointed its write-ahead log and removed it.
      expect(fs.existsSync(`${file}-wal`)).toBe(false);
    } finally {
      await server.stop();
    }
  });
});

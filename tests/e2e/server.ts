// Starts the production server on a fresh database for the browser tests, and a Chromium to drive it.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type Page } from "playwright-core";
import { serveNodeArgs } from "../../scripts/serve-args";
import { freePort } from "../../scripts/postgres-cluster";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const SCREENSHOT_DIR = path.resolve("test-results");

export { freePort };

export interface RunningServer {
  baseUrl: string;
  /** The server's process: with WORKERS above 1, the primary whose children serve. */
  pid: number;
  /** Where the server writes its e-mails as .eml files (it has no SMTP server). */
  outboxDir: string;
  output: () => string;
  stop: () => Promise<void>;
  /** SIGKILL, as a crash or a power cut would: no shutdown code runs. */
  kill: () => Promise<void>;
  /** SIGTERM, as systemd stops it; resolves with the exit code once the server has shut itself down. */
  terminate: () => Promise<number | null>;
}

export interface ServerOptions {
  /** Use this database file and leave it in place on stop; without it a fresh one in a temporary directory. */
  databaseFile?: string;
  /** Or this PostgreSQL database (postgres://…), left in place on stop; the e-mails still go to a temporary directory. */
  databaseUrl?: string;
  /** Start as `npm start` does, seeding an empty database with the demo (default); false starts a bare production server. */
  demo?: boolean;
  /** Extra environment, e.g. BACKUP_DIR or LOG_LEVEL. */
  env?: Record<string, string>;
  /** Listen here (see freePort) when the test must know the address first, e.g. to register it with an identity provider. */
  port?: number;
}

/** The production server (build/server.js, as `npm run serve` runs it) on a fresh database, on `databaseFile` or on `databaseUrl`. */
export async function startServer({ databaseFile, databaseUrl, demo = true, env = {}, port: chosenPort }: ServerOptions = {}): Promise<RunningServer> {
  if (!fs.existsSync("build/server.js")) throw new Error("build/server.js saknas: kör `npm run build` före webbläsartesterna.");
  const dir = databaseFile ? path.dirname(databaseFile) : fs.mkdtempSync(path.join(os.tmpdir(), "levande-e2e-"));
  const port = chosenPort ?? (await freePort());
  let log = "";
  const child: ChildProcess = spawn(process.execPath, [...serveNodeArgs(), ...(demo ? ["--demo"] : [])], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      DATABASE_URL: databaseUrl ?? `file:${databaseFile ?? path.join(dir, "levande.db")}`,
      // On PostgreSQL the server would write its e-mails to data/outbox in the working directory.
      ...(databaseUrl ? { OUTBOX_DIR: path.join(dir, "outbox") } : {}),
      SESSION_SECRET: crypto.randomBytes(32).toString("hex"),
      // One process, as the journeys read its log and stop it; tests/e2e/workers.test.ts runs several.
      WORKERS: "1",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  child.stdout?.on("data", (chunk) => (log += chunk));
  child.stderr?.on("data", (chunk) => (log += chunk));
  const baseUrl = `http://localhost:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Servern avslutades (kod ${child.exitCode}):\n${log}`);
    try {
      if ((await fetch(`${baseUrl}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`Servern startade inte inom två minuter:\n${log}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    baseUrl,
    pid: child.pid!,
    outboxDir: env.OUTBOX_DIR ?? path.join(dir, "outbox"),
    output: () => log,
    kill: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGKILL");
      await exited;
    },
    terminate: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      return exited;
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        await exited;
      }
      if (!databaseFile) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** axe-core on the page as it is now: serious and critical violations, described for a failure message. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

/** Collects console errors and failed requests, so a CSP violation or a broken script fails the test. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  return problems;
}

/** Starts a fresh server and a Chromium for the test file, and stops both afterwards. */
export function serverAndBrowser(): { readonly server: RunningServer; readonly browser: Browser } {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  return {
    get server() {
      if (!server) throw new Error("server not started");
      return server;
    },
    get browser() {
      if (!browser) throw new Error("browser not started");
      return browser;
    },
  };
}

const DEMO = {
  coordinator: { email: "samordnare@example.se", home: "/coordinator" },
  requester: { email: "enhet@example.se", home: "/unit" },
  volunteer: { email: "volontar@example.se", home: "/volunteer" },
} as const;

/** Signs in through the login form as one of the seeded demo users and waits for their start page. */
export async function signInAsDemo(page: Page, baseUrl: string, role: keyof typeof DEMO): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("E-postadress").fill(DEMO[role].email);
  await page.getByLabel("Lösenord").fill("levande-demo-2026");
  await page.getByRole("button", { name: "Logga in" }).click();
  await page.waitForURL(`${baseUrl}${DEMO[role].home}`);
}

/** Signs in with a plain POST to the login form, for tests that talk HTTP without a browser; returns the cookie. */
export async function signInOverHttp(server: RunningServer, email: string, password: string): Promise<string> {
  let response: Response;
  // Many sign-ins at once are told to come back (503 with Retry-After: only a few password checks run at a time);
  // a test that signs in many users in parallel comes back sooner than the header asks, with some spread.
  for (let attempt = 0; ; attempt++) {
    response = await fetch(`${server.baseUrl}/login`, {
      method: "POST",
      body: new URLSearchParams({ email, password }),
      headers: { Origin: server.baseUrl, "Content-Type": "application/x-www-form-urlencoded" },
      redirect: "manual",
    });
    if (response.status !== 503 || attempt >= 60) break;
    if (!response.headers.get("retry-after")) throw new Error("503 utan Retry-After");
    await new Promise((r) => setTimeout(r, 200 + Math.random() * 600));
  }
  if (response.status !== 302) throw new Error(`Inloggningen som ${email} gav ${response.status}`);
  return response.headers.get("Set-Cookie")!.split(";")[0];
}

/**
 * The text of the newest e-mail to `to` whose text matches `pattern`, read from the .eml files as the recipient's
 * mailbox would get it (the outbox page shows sent mails with their one-time links removed); waits up to 20 s.
 */
export async function mailTo(server: RunningServer, to: string, pattern: RegExp): Promise<string> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const files = fs.existsSync(server.outboxDir) ? fs.readdirSync(server.outboxDir).filter((f) => f.endsWith(".eml")).sort().reverse() : [];
    for (const file of files) {
      const raw = fs.readFileSync(path.join(server.outboxDir, file), "utf8");
      const text = decodeMail(raw);
      if (new RegExp(`^To: ${to.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "m").test(raw) && pattern.test(text)) return text;
    }
    if (Date.now() > deadline) throw new Error(`Inget e-brev till ${to} som matchar ${pattern}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Enough of RFC 2045 for our own mails: quoted-printable soft breaks and =XX bytes. */
function decodeMail(raw: string): string {
  const bytes = raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

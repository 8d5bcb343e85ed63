// Signing in with SITHS/e-tjänstekort in Chromium: the production server against a real OpenID provider over https.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { startProvider, type TestProvider } from "../setup/oidc-provider";
import { freePort, launchChromium, SCREENSHOT_DIR, seriousViolations, startServer, type RunningServer } from "./server";

const ACCOUNTS = {
  samordnare: { email: "samordnare@example.se", email_verified: true },
  okand: { email: "okand@example.se", email_verified: true },
};

let dir: string;
let idp: TestProvider;
let server: RunningServer;
let browser: Browser;

/** A self-signed certificate for 127.0.0.1, which the server is told to trust (NODE_EXTRA_CA_CERTS): production needs https. */
function certificate() {
  const [cert, key] = [path.join(dir, "idp.pem"), path.join(dir, "idp-key.pem")];
  execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key, "-out", cert], { stdio: "ignore" });
  return { certFile: cert, tls: { cert: fs.readFileSync(cert, "utf8"), key: fs.readFileSync(key, "utf8") } };
}

beforeAll(async () => {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "levande-oidc-"));
  const { certFile, tls } = certificate();
  const port = await freePort();
  const appUrl = `http://localhost:${port}`;
  idp = await startProvider({ redirectUri: `${appUrl}/auth/oidc/callback`, accounts: ACCOUNTS, tls });
  const env = { OIDC_ISSUER: idp.issuer, OIDC_CLIENT_ID: idp.clientId, OIDC_CLIENT_SECRET: idp.clientSecret, APP_URL: appUrl, NODE_EXTRA_CA_CERTS: certFile };
  [server, browser] = await Promise.all([startServer({ port, env }), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await idp?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Console errors on the app's own pages (the provider's dev pages fetch web fonts this machine cannot reach). */
function watchOurConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && message.location().url.startsWith(server.baseUrl)) problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  return problems;
}

async function phone(options: { javaScriptEnabled?: boolean } = {}): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  // The provider's certificate is the test's own; the app itself is plain http on localhost.
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, locale: "sv-SE", ignoreHTTPSErrors: true, ...options });
  const page = await context.newPage();
  return { context, page, problems: watchOurConsole(page) };
}

/** Waits for a page of the app, saying where the browser is instead and what the server logged if it never comes. */
async function backAt(page: Page, url: string) {
  await page.waitForURL(url, { timeout: 15_000 }).catch(() => {
    throw new Error(`expected ${url}, at ${page.url()}\n${server.output().slice(-3000)}`);
  });
}

/** Presses the button and waits for the provider's page; a refusal in the console (e.g. by the CSP) is the failure. */
async function pressButton(page: Page, problems: string[]) {
  await page.getByRole("button", { name: "Logga in med SITHS/e-tjänstekort" }).click();
  await page.waitForURL(`${idp.issuer}/interaction/**`, { timeout: 10_000 }).catch((error: Error) => {
    throw new Error(problems.join("\n") || error.message);
  });
}

/** At the provider: its dev login page (any password), then its consent page. */
async function signInAtProvider(page: Page, login: string) {
  await page.locator("input[name=login]").fill(login);
  await page.locator("input[name=password]").fill("valfritt");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

describe("signing in with SITHS/e-tjänstekort", () => {
  it("a coordinator presses the button on a phone, signs in at the provider and lands on their start page", async () => {
    const { context, page, problems } = await phone();
    await page.goto(`${server.baseUrl}/coordinator`);
    await page.waitForURL(/\/login\?redirectTo=/);
    const button = page.getByRole("button", { name: "Logga in med SITHS/e-tjänstekort" });
    expect(await button.isVisible()).toBe(true);
    expect(await page.getByLabel("Lösenord").isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, "login-oidc-375.png"), fullPage: true });

    await pressButton(page, problems);
    await signInAtProvider(page, "samordnare");
    await backAt(page, `${server.baseUrl}/coordinator`);
    expect(await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Översikt" }).isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("someone without an account comes back to the login page with a Swedish message that passes axe", async () => {
    const { context, page, problems } = await phone();
    await page.goto(`${server.baseUrl}/login`);
    await pressButton(page, problems);
    await signInAtProvider(page, "okand");
    await backAt(page, `${server.baseUrl}/login`);
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("Det finns inget konto för e-postadressen okand@example.se. Be en samordnare om en inbjudan.");
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, "login-oidc-unknown-375.png"), fullPage: true });
    // The page answers 403 on purpose (the refusal has a status too), which Chromium reports in the console.
    expect(problems).toEqual(["Failed to load resource: the server responded with a status of 403 (Forbidden)"]);
    await context.close();
  });

  it("the button works without JavaScript too (the page's CSP lets the form go to the provider)", async () => {
    const { context, page, problems } = await phone({ javaScriptEnabled: false });
    await page.goto(`${server.baseUrl}/login`);
    await pressButton(page, problems);
    expect(problems).toEqual([]);
    await context.close();
  });
});

// Accounts in Chromium: a coordinator disables a volunteer (after confirming), who is signed out at once and cannot sign in
// until enabled again; and an idle session leads to the login page with a notice saying why.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import SQLite from "better-sqlite3";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium, SCREENSHOT_DIR, seriousViolations, signInAsDemo, startServer, watchConsole, type RunningServer } from "./server";

const VOLUNTEER = "volontar@example.se";
const COORDINATOR = "samordnare@example.se";
const PASSWORD = "levande-demo-2026";

let dir: string;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "levande-accounts-"));
  [server, browser] = await Promise.all([startServer({ databaseFile: path.join(dir, "levande.db") }), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Writes straight into the server's database file, as time passing would: the user's sessions were last used `ms` ago. */
function ageSessions(email: string, ms: number) {
  const sqlite = new SQLite(path.join(dir, "levande.db"));
  sqlite.pragma("busy_timeout = 5000");
  try {
    const at = new Date(Date.now() - ms).toISOString();
    return sqlite.prepare("update sessions set last_seen_at = ? where user_id = (select id from users where email = ?)").run(at, email).changes;
  } finally {
    sqlite.close();
  }
}

async function signIn(page: Page, email: string) {
  await page.goto(`${server.baseUrl}/login`);
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord").fill(PASSWORD);
  await page.getByRole("button", { name: "Logga in" }).click();
}

async function open(context: BrowserContext) {
  const page = await context.newPage();
  return { page, problems: watchConsole(page) };
}

describe("a coordinator disables and enables an account", () => {
  it("the volunteer is signed out on their next click, cannot sign in while disabled, and can once enabled", async () => {
    const volunteerContext = await browser.newContext({ viewport: { width: 375, height: 812 }, locale: "sv-SE" });
    const volunteer = await open(volunteerContext);
    await signInAsDemo(volunteer.page, server.baseUrl, "volunteer");

    const coordinatorContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "sv-SE" });
    const coordinator = await open(coordinatorContext);
    await signInAsDemo(coordinator.page, server.baseUrl, "coordinator");
    await coordinator.page.goto(`${server.baseUrl}/admin/users`);
    const row = coordinator.page.locator("tbody tr", { hasText: VOLUNTEER });
    await expect.poll(() => row.locator("td").nth(1).textContent()).toBe("Aktiv");
    expect(await row.locator("td").nth(3).textContent()).toBe("1");
    expect(await seriousViolations(coordinator.page)).toEqual([]);
    await coordinator.page.screenshot({ path: path.join(SCREENSHOT_DIR, "admin-users-1280.png"), fullPage: true });

    // The coordinator's own row offers no way to disable themselves.
    const own = coordinator.page.locator("tbody tr", { hasText: COORDINATOR });
    await own.locator("summary", { hasText: "Hantera" }).click();
    expect(await own.getByText("Du kan inte stänga av ditt eget konto.").isVisible()).toBe(true);
    expect(await own.locator("summary", { hasText: "Stäng av" }).count()).toBe(0);

    // Disabling takes a second, explicit click.
    await row.locator("summary", { hasText: "Hantera" }).click();
    await row.locator("summary", { hasText: "Stäng av" }).click();
    expect(await row.getByText(/loggas ut överallt direkt/).isVisible()).toBe(true);
    expect(await seriousViolations(coordinator.page)).toEqual([]);
    await row.getByRole("button", { name: "Ja, stäng av kontot" }).click();
    await expect.poll(() => coordinator.page.getByRole("status").first().textContent()).toMatch(/Kontot för .+ är avstängt\. Avslutade sessioner: 1\.$/);
    await expect.poll(() => row.locator("td").nth(1).textContent()).toBe("Avstängd");
    expect(await row.locator("td").nth(3).textContent()).toBe("0");

    // The volunteer's open page: the next click leads to the login page, and signing in is refused.
    await volunteer.page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Erbjudanden" }).click();
    await volunteer.page.waitForURL(/\/login\?redirectTo=%2Fvolunteer%2Foffers/);
    await signIn(volunteer.page, VOLUNTEER);
    await expect.poll(() => volunteer.page.getByRole("alert").textContent()).toContain("Fel e-postadress eller lösenord.");
    expect(await seriousViolations(volunteer.page)).toEqual([]);
    // The refused sign-in answers 400, which Chromium logs as a failed resource: expected here, and only that.
    expect(volunteer.problems).toEqual(["Failed to load resource: the server responded with a status of 400 (Bad Request)"]);
    volunteer.problems.length = 0;

    // Enabled again, without JavaScript in the coordinator's browser: the volunteer can sign in.
    const plainContext = await browser.newContext({ viewport: { width: 375, height: 812 }, locale: "sv-SE", javaScriptEnabled: false });
    const plain = await plainContext.newPage();
    await signIn(plain, COORDINATOR);
    await plain.waitForURL(`${server.baseUrl}/coordinator`);
    await plain.goto(`${server.baseUrl}/admin/users`);
    const plainRow = plain.locator("tbody tr", { hasText: VOLUNTEER });
    await plainRow.locator("summary", { hasText: "Hantera" }).click();
    await plainRow.getByRole("button", { name: "Aktivera kontot" }).click();
    await plain.waitForLoadState();
    expect(await plain.getByRole("status").first().textContent()).toMatch(/Kontot för .+ är aktiverat igen\.$/);
    expect(await plain.locator("tbody tr", { hasText: VOLUNTEER }).locator("td").nth(1).textContent()).toBe("Aktiv");

    await signIn(volunteer.page, VOLUNTEER);
    await volunteer.page.waitForURL(`${server.baseUrl}/volunteer`);
    expect(volunteer.problems).toEqual([]);
    expect(coordinator.problems).toEqual([]);
    await Promise.all([volunteerContext.close(), coordinatorContext.close(), plainContext.close()]);
  });

  it("/admin/users fits a 375 px phone: each account's row stacks, and it passes axe with the actions open", async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, locale: "sv-SE" });
    const { page, problems } = await open(context);
    await signInAsDemo(page, server.baseUrl, "coordinator");
    await page.goto(`${server.baseUrl}/admin/users`);
    const row = page.locator("tbody tr", { hasText: VOLUNTEER });
    await row.locator("summary", { hasText: "Hantera" }).click();
    await row.locator("summary", { hasText: "Stäng av" }).click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, "admin-users-375.png"), fullPage: true });
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe("the idle timeout", () => {
  it("a coordinator away for 31 minutes is led to the login page with a notice, and back to the page after signing in", async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, locale: "sv-SE" });
    const { page, problems } = await open(context);
    await signInAsDemo(page, server.baseUrl, "coordinator");
    expect(ageSessions(COORDINATOR, 31 * 60_000)).toBeGreaterThan(0);
    await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Förfrågningar" }).click();
    await page.waitForURL(/\/login\?redirectTo=%2Fcoordinator%2Frequests/);
    await expect.poll(() => page.getByRole("status").first().textContent()).toBe(
      "Du har loggats ut eftersom du varit inaktiv en längre stund. Logga in igen för att fortsätta.",
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, "login-idle-375.png"), fullPage: true });
    // The notice is said once: the cookie of the idle session is gone.
    await page.reload();
    expect(await page.getByText("Du har loggats ut eftersom").count()).toBe(0);

    await page.getByLabel("E-postadress").fill(COORDINATOR);
    await page.getByLabel("Lösenord").fill(PASSWORD);
    await page.getByRole("button", { name: "Logga in" }).click();
    await page.waitForURL(`${server.baseUrl}/coordinator/requests`);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("a volunteer away for 31 minutes is still signed in", async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, locale: "sv-SE" });
    const { page, problems } = await open(context);
    await signInAsDemo(page, server.baseUrl, "volunteer");
    ageSessions(VOLUNTEER, 31 * 60_000);
    await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Erbjudanden" }).click();
    await page.waitForURL(`${server.baseUrl}/volunteer/offers`);
    expect(problems).toEqual([]);
    await context.close();
  });
});

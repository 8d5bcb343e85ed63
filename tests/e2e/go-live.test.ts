// A new operator sets up a real region on an empty production server, following docs/operations.md "First-time setup for
// a region" step by step: the commands as the section writes them, then the first coordinator's invite in Chromium.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { Browser } from "playwright-core";
import { launchChromium, SCREENSHOT_DIR, seriousViolations, startServer, watchConsole, type RunningServer } from "./server";

const exec = promisify(execFile);
const COORDINATOR = { email: "karin.dahl@example.se", name: "Karin Dahl", password: "Lövskog-Tranås-2026!" };
const PEOPLE = ["Astrid Lind", "Bertil Ek", "Cecilia Holm", "David Sjö"];

/** The commands of the section, in order, exactly as an operator would copy them. */
const STEPS = [
  "npm run db:migrate",
  "npm run import -- region docs/examples/region.csv",
  "npm run import -- people docs/examples/people.csv --create-areas",
  "npm run import -- history docs/examples/history.csv",
  `npm run user -- add coordinator ${COORDINATOR.email} "${COORDINATOR.name}"`,
] as const;

function setupSection(): string {
  const doc = fs.readFileSync("docs/operations.md", "utf8");
  const start = doc.indexOf("## First-time setup for a region");
  expect(start, "docs/operations.md has the section").toBeGreaterThanOrEqual(0);
  const end = doc.indexOf("\n## ", start + 3);
  return doc.slice(start, end === -1 ? undefined : end);
}

/** Splits a command line the way the shell would for these commands: words, and one double-quoted argument. */
const words = (command: string) => [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);

let dir: string;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "levande-go-live-"));
  [server, browser] = await Promise.all([startServer({ databaseFile: path.join(dir, "levande.db"), demo: false }), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function run(command: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const [npm, ...args] = words(command);
  const env = { ...process.env, NODE_ENV: "production" as const, DATABASE_URL: `file:${path.join(dir, "levande.db")}`, APP_URL: server.baseUrl };
  try {
    const { stdout, stderr } = await exec(npm, args, { env, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("going live with a region of its own", () => {
  it("follows the operator's setup from an empty server to a coordinator who sees the imported people", async () => {
    const section = setupSection();
    let from = 0;
    for (const step of STEPS) {
      const at = section.indexOf(step, from);
      expect(at, `the section gives \`${step}\` after the step before it`).toBeGreaterThan(-1);
      from = at + step.length;
    }

    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, locale: "sv-SE" });
    const page = await context.newPage();
    const problems = watchConsole(page);
    const check = async (name: string) => {
      expect(await seriousViolations(page), name).toEqual([]);
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `go-live-${name}-375.png`), fullPage: true });
    };

    // Before setup a visitor sees that the service is not set up yet, and no demo account exists.
    await page.goto(server.baseUrl);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Levande är inte konfigurerat än");
    await check("not-set-up");

    const outputs: string[] = [];
    for (const step of STEPS) {
      const result = await run(step);
      expect(result.code, `${step}\n${result.stdout}\n${result.stderr}`).toBe(0);
      outputs.push(result.stdout);
    }
    const [migrated, region, people, history, invited] = outputs;
    // The server migrated the database when it started, so step 1 has nothing left to do.
    expect(migrated).toContain("är redan uppdaterad");
    expect(region).toContain("Nya sjukvårdsområden: 2");
    expect(region).toContain("Nya kommuner: 4");
    expect(people).toContain("Nya personer: 5");
    expect(people).toContain("Nya erfarenhetsområden: 7");
    expect(history).toContain("Nya erbjudanden (med uppdrag där ett följde): 5");
    const link = /https?:\/\/\S+\/invite\/\S+/.exec(invited)?.[0];
    expect(link, invited).toBeDefined();

    // Every import is safe to repeat: the second run changes nothing.
    expect((await run(STEPS[1])).stdout).toContain("Oförändrade kommuner: 4");
    expect((await run(STEPS[2])).stdout).toContain("Oförändrade personer: 5");
    expect((await run(STEPS[3])).stdout).toContain("Redan importerade rader (hoppas över): 5");

    // The first coordinator opens the invite, chooses a password and lands on the goal dashboard.
    await page.goto(new URL(new URL(link!).pathname, server.baseUrl).href);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Välj lösenord");
    await check("invite");
    await page.getByLabel("Nytt lösenord").fill(COORDINATOR.password);
    await page.getByLabel("Upprepa lösenordet").fill(COORDINATOR.password);
    await page.getByRole("button", { name: "Spara lösenord och logga in" }).click();
    await page.waitForURL(`${server.baseUrl}/coordinator`);
    const overview = page.getByRole("region", { name: "Just nu" });
    const figure = (label: string) => overview.locator(".figure", { hasText: label }).locator("dd").textContent();
    // Five people, one of whom left in 2025; three care units from the history file.
    expect(await figure("Aktiva personer")).toBe("4");
    expect(await figure("Vårdenheter")).toBe("3");
    // Astrid, Cecilia and David are trained books, so this year's goal counts them.
    expect(await page.getByRole("region", { name: "Böcker som erbjudits uppdrag" }).textContent()).toContain("0 av 3 böcker");
    await check("coordinator");

    await page.getByRole("button", { name: "Logga ut" }).click();
    await page.waitForURL(`${server.baseUrl}/`);
    // With a coordinator in place, visitors get the start page and its login link instead of the setup notice.
    expect(await page.getByRole("heading", { level: 1 }).textContent()).not.toBe("Levande är inte konfigurerat än");
    expect(await page.getByRole("main").getByRole("link", { name: "Logga in" }).count()).toBe(1);

    // The demo's published password opens nothing here.
    await page.goto(`${server.baseUrl}/login`);
    await page.getByLabel("E-postadress").fill("samordnare@example.se");
    await page.getByLabel("Lösenord").fill("levande-demo-2026");
    await page.getByRole("button", { name: "Logga in" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("Fel e-postadress eller lösenord.");
    await check("demo-login-refused");

    // The coordinator signs in with the password chosen at the invite and finds the imported people.
    await page.getByLabel("E-postadress").fill(COORDINATOR.email);
    await page.getByLabel("Lösenord").fill(COORDINATOR.password);
    await page.getByRole("button", { name: "Logga in" }).click();
    await page.waitForURL(`${server.baseUrl}/coordinator`);
    await page.goto(`${server.baseUrl}/admin/people`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Personer");
    const listed = await page.getByRole("table").textContent();
    for (const name of PEOPLE) expect(listed).toContain(name);
    await check("people");

    expect(problems.filter((p) => !/status of 40[01]/.test(p))).toEqual([]);
    await context.close();
  });
});

// A patient supporter on a phone: finds "Mina kontakter", is told no new unit yet this month, gets a wrong date back as
// an error, logs a contact with a unit she never met, sees the month met and the "Ny enhet" pill, and removes it again.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Kysely } from "kysely";
import type { Browser } from "playwright-core";
import { createDb } from "../../db/create-db";
import { ensureMunicipality, insertCareUnit, insertPerson, insertUser } from "../../db/insert-rows";
import type { Database } from "../../db/schema";
import { addDays, instantToLocal } from "~/domain/stockholm-time";
import { hashPassword } from "~/utils/password.server";
import { launchChromium, SCREENSHOT_DIR, seriousViolations, startServer, watchConsole, type RunningServer } from "./server";

const EMAIL = "stodjare-e2e@example.se";
const PASSWORD = "stodjare-test-2026";
const UNIT = "Hudmottagningen Tranås";

let dir: string;
let db: Kysely<Database>;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "levande-supporter-"));
  const file = path.join(dir, "levande.db");
  [server, browser] = await Promise.all([startServer({ databaseFile: file }), launchChromium()]);
  db = createDb(`file:${file}`);
  const personId = await insertPerson(db, { name: "Stina Stödjare", email: EMAIL, roles: [{ role: "supporter" }] });
  await insertUser(db, { role: "volunteer", person_id: personId, email: EMAIL, name: "Stina Stödjare", passwordHash: await hashPassword(PASSWORD) });
  await insertCareUnit(db, { name: UNIT, municipality_id: (await ensureMunicipality(db, "Tranås", "Höglandet")).id });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await db?.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("a patient supporter at phone width", () => {
  it("logs a contact with a new unit and sees this month's goal met", async () => {
    const today = instantToLocal(new Date()).date;
    const month = new Intl.DateTimeFormat("sv-SE", { month: "long", timeZone: "UTC" }).format(new Date(`${today.slice(0, 7)}-01T00:00:00Z`));
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, locale: "sv-SE" });
    const page = await context.newPage();
    const problems = watchConsole(page);
    const main = page.getByRole("main");

    await page.goto(`${server.baseUrl}/login`);
    await page.getByLabel("E-postadress").fill(EMAIL);
    await page.getByLabel("Lösenord").fill(PASSWORD);
    await page.getByRole("button", { name: "Logga in" }).click();
    await page.waitForURL(`${server.baseUrl}/volunteer`);
    // The address changes a moment before the new page is drawn after a client-side sign-in: wait for the menu.
    await expect.poll(() => page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Mina kontakter" }).count()).toBe(1);
    await main.getByRole("link", { name: "Mina kontakter med vårdenheter" }).click();
    await page.waitForURL(/\/volunteer\/contacts$/);
    await expect.poll(() => main.getByText(`Ingen ny enhet ännu i ${month} – målet är en ny enhet varje månad.`).count()).toBe(1);
    expect(await page.getByLabel("Datum").inputValue()).toBe(today);
    expect(await seriousViolations(page)).toEqual([]);

    // A day after today is told at its field, and the title starts with "Fel:".
    await page.getByLabel("Vårdenhet").selectOption({ label: `${UNIT} (Tranås)` });
    await page.getByLabel("Datum").fill(addDays(today, 1));
    await page.getByRole("button", { name: "Spara kontakten" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("Datum: Datumet kan inte vara senare än i dag.");
    await expect.poll(() => page.title()).toMatch(/^Fel: /);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel("Datum").fill(today);
    await page.getByRole("radio", { name: "Telefon" }).check();
    await page.getByRole("button", { name: "Spara kontakten" }).click();
    await expect.poll(() => main.getByText(`I ${month} har du nått 1 ny enhet.`).count()).toBe(1);
    const logged = main.getByRole("listitem").filter({ hasText: UNIT });
    expect(await logged.count()).toBe(1);
    expect(await logged.textContent()).toContain("Telefon");
    expect(await logged.getByText("Ny enhet", { exact: true }).count()).toBe(1);
    await expect.poll(() => page.title()).not.toMatch(/^Fel: /);
    const capitalised = month.charAt(0).toUpperCase() + month.slice(1);
    expect(await main.getByText(`${capitalised}: målet nått, 1 ny enhet`).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, "supporter-contacts-375.png"), fullPage: true });

    // Logged by mistake: removed only after the confirmation.
    await logged.getByRole("button", { name: `Ta bort kontakten med ${UNIT}`, exact: false }).click();
    const question = page.getByRole("group", { name: "Ta bort kontakten?" });
    await expect.poll(() => question.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, "supporter-contacts-remove-375.png"), fullPage: true });
    await question.getByRole("button", { name: "Ja, ta bort kontakten" }).click();
    await expect.poll(() => main.getByText("Du har inte loggat någon kontakt ännu.").count()).toBe(1);
    expect(await main.getByText(`Ingen ny enhet ännu i ${month}`, { exact: false }).count()).toBe(1);

    expect(problems.filter((p) => !p.includes("status of 400"))).toEqual([]);
    await context.close();
  });
});

// Meeting places at phone width: anyone finds a place's calendar from the footer and sees its activity; the demo
// volunteer takes a coming shift, gets a negative count back as an error and enters the visitors of a shift that has
// started; the coordinator then sees them on /coordinator/meeting-places. axe and the console are checked on each page.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Kysely } from "kysely";
import type { Browser, Page } from "playwright-core";
import { createDb } from "../../db/create-db";
import { insertActivity, insertMeetingPlace, insertShift } from "../../db/insert-meeting-places";
import type { Database } from "../../db/schema";
import { addDays, instantToLocal, weekdayOf } from "~/domain/stockholm-time";
import { hydrated, PHONE } from "./journey-helpers";
import { launchChromium, SCREENSHOT_DIR, seriousViolations, signInAsDemo, startServer, watchConsole, type RunningServer } from "./server";

const PLACE = "Hjärtats hus Provby";
const ACTIVITY = "Kvällsträff";

let dir: string;
let db: Kysely<Database>;
let server: RunningServer;
let browser: Browser;
let placeId: number;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "levande-meeting-places-"));
  const file = path.join(dir, "levande.db");
  [server, browser] = await Promise.all([startServer({ databaseFile: file }), launchChromium()]);
  db = createDb(`file:${file}`);
  // Yesterday's 10:00 has started and is inside the 14 days for entering visitors; the next is six days ahead.
  const yesterday = addDays(instantToLocal(new Date()).date, -1);
  placeId = await insertMeetingPlace(db, { name: PLACE, municipality: "Habo", careArea: "Jönköping", address: "Kyrkvägen 1", hours: [[weekdayOf(yesterday), 540, 900]] });
  const activityId = await insertActivity(db, { placeId, title: ACTIVITY, weekday: weekdayOf(yesterday), startMinute: 600, fromDate: addDays(yesterday, -28) });
  const demo = await db.selectFrom("users").select("person_id").where("email", "=", "volontar@example.se").executeTakeFirstOrThrow();
  await insertShift(db, { activityId, date: yesterday, personId: demo.person_id! });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await db?.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function checked(page: Page, problems: string[], name: string) {
  expect(await seriousViolations(page)).toEqual([]);
  // The negative count is answered with a 400 on purpose; nothing else may be logged.
  expect(problems.filter((p) => !p.includes("status of 400"))).toEqual([]);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `meeting-places-${name}.png`), fullPage: true });
}

describe("meeting places at phone width", () => {
  it("shows a place's calendar to anyone, from the footer", async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const problems = watchConsole(page);
    await page.goto(server.baseUrl);
    await page.getByRole("contentinfo").getByRole("link", { name: "Mötesplatser" }).click();
    await page.waitForURL(/\/motesplatser$/);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Mötesplatser");
    expect(await page.getByRole("heading", { name: "Habo" }).count()).toBe(1);
    await checked(page, problems, "list");
    await page.getByRole("link", { name: PLACE }).click();
    await page.waitForURL(new RegExp(`/motesplatser/${placeId}$`));
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(PLACE);
    const main = page.getByRole("main");
    expect(await main.getByText("Kyrkvägen 1, Habo").count()).toBe(1);
    expect(await main.getByRole("listitem").filter({ hasText: `10:00–12:00 ${ACTIVITY}` }).count()).toBeGreaterThanOrEqual(5);
    expect(await main.getByText(/Strömberg/).count()).toBe(0);
    await checked(page, problems, "place");
    const feed = await page.request.get(`${server.baseUrl}/motesplatser/${placeId}.ics`);
    expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(await feed.text()).toContain(`SUMMARY:${ACTIVITY}`);
    await context.close();
  });

  it("lets the volunteer take a shift and enter the visitors of one that has started; the coordinator sees them", async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const problems = watchConsole(page);
    await signInAsDemo(page, server.baseUrl, "volunteer");
    await expect.poll(() => page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Pass" }).count()).toBe(1);
    await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Pass" }).click();
    await page.waitForURL(/\/volunteer\/shifts$/);
    const mine = page.getByRole("region", { name: "Mina pass" });
    await expect.poll(() => mine.getByRole("listitem").filter({ hasText: ACTIVITY }).count()).toBe(1);
    await checked(page, problems, "shifts");

    // Each place's coming shifts open from its name; the first is taken by keyboard.
    await page.getByRole("region", { name: "Pass att ta" }).locator("summary", { hasText: PLACE }).click();
    await page.getByRole("button", { name: new RegExp(`^Ta passet: ${ACTIVITY}`) }).first().focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => mine.getByRole("listitem").filter({ hasText: ACTIVITY }).count()).toBe(2);

    const started = mine.getByRole("listitem").filter({ hasText: ACTIVITY }).filter({ has: page.getByLabel("Antal besökare") });
    await started.getByLabel("Antal besökare").fill("-3");
    await started.getByRole("button", { name: "Spara antalet" }).click();
    await expect.poll(() => page.getByRole("alert").first().textContent()).toContain("Ange antalet besökare som ett heltal från 0 till 500.");
    await expect.poll(() => page.title()).toMatch(/^Fel: /);
    expect(await seriousViolations(page)).toEqual([]);
    await started.getByLabel("Antal besökare").fill("17");
    await started.getByRole("button", { name: "Spara antalet" }).click();
    await expect.poll(() => started.getByText("Registrerat: 17 besökare.").count()).toBe(1);
    await checked(page, problems, "counted");
    await context.close();

    const coordinatorContext = await browser.newContext(PHONE);
    const coordinator = await coordinatorContext.newPage();
    const coordinatorProblems = watchConsole(coordinator);
    await signInAsDemo(coordinator, server.baseUrl, "coordinator");
    await hydrated(coordinator);
    await coordinator.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Mötesplatser" }).click();
    await coordinator.waitForURL(/\/coordinator\/meeting-places$/);
    await expect.poll(() => coordinator.getByRole("table", { name: "Besökare per mötesplats och månad" }).getByRole("row").filter({ hasText: PLACE }).count()).toBe(1);
    await checked(coordinator, coordinatorProblems, "coordinator");
    await coordinator.getByRole("link", { name: PLACE }).click();
    await coordinator.waitForURL(new RegExp(`/coordinator/meeting-places/${placeId}$`));
    const row = coordinator.getByRole("table", { name: /^Besökare per aktivitet och vecka/ }).getByRole("row").filter({ hasText: ACTIVITY });
    await expect.poll(() => row.getByRole("cell", { name: "17", exact: true }).count()).toBe(1);
    await checked(coordinator, coordinatorProblems, "coordinator-place");
    await coordinatorContext.close();
  });
});

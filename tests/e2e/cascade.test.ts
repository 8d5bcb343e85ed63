// The automatic next offer end to end at phone width: a care unit asks, the coordinator offers one person, that offer
// runs out, the server's own schedule offers the next candidate (their e-mail arrives), and that volunteer accepts.
import path from "node:path";
import type SQLite from "better-sqlite3";
import type { Page } from "playwright-core";
import { focusedAndVisible, serverDatabase, signInAsVolunteer, slotDate, submitRequest } from "./journey-helpers";
import { mailTo, SCREENSHOT_DIR, seriousViolations, serverAndBrowser, signInAsDemo, watchConsole } from "./server";

const e2e = serverAndBrowser();
const TITLE = "Lärcafé om att vänta på svar";
const PHONE = { viewport: { width: 375, height: 812 }, locale: "sv-SE" } as const;

async function checkPage(page: Page, name: string) {
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `cascade-${name}-375.png`), fullPage: true });
}

const database = <T>(work: (sqlite: SQLite.Database) => T): T => serverDatabase(e2e.server, work);

describe("the automatic next offer", () => {
  it("offers the next candidate by itself when an offer runs out, and that volunteer's yes books the request", { timeout: 180_000 }, async () => {
    const unit = await e2e.browser.newContext(PHONE);
    const unitPage = await unit.newPage();
    const problems = watchConsole(unitPage);
    await signInAsDemo(unitPage, e2e.server.baseUrl, "requester");
    const requestId = await submitRequest(unitPage, e2e.server.baseUrl, { title: TITLE, date: slotDate() });

    // The coordinator offers the top candidate, with "offer the next one automatically" on from the region's default.
    const desk = await e2e.browser.newContext(PHONE);
    const deskPage = await desk.newPage();
    problems.push(...watchConsole(deskPage));
    await signInAsDemo(deskPage, e2e.server.baseUrl, "coordinator");
    await deskPage.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Inställningar" }).click();
    await deskPage.waitForURL(/\/admin\/settings$/);
    expect(await deskPage.getByLabel("Erbjud nästa automatiskt på nya förfrågningar").isChecked()).toBe(true);
    await checkPage(deskPage, "settings");
    // The first of the settings page's forms: the automatic next offer.
    await deskPage.getByRole("button", { name: "Spara", exact: true }).first().click();
    await deskPage.waitForURL(/\/admin\/settings\?sparat=1$/);
    await expect.poll(() => focusedAndVisible(deskPage, ".notification-banner")).toBe("focused, in view");
    await checkPage(deskPage, "settings-saved");
    await deskPage.goto(`${e2e.server.baseUrl}/coordinator/requests/${requestId}`);
    expect(await deskPage.getByLabel("Erbjud nästa automatiskt").isChecked()).toBe(true);
    const candidates = deskPage.getByRole("region", { name: "Föreslagna personer" }).getByRole("checkbox");
    expect(await candidates.count()).toBeGreaterThan(1);
    await candidates.first().check();
    await deskPage.getByRole("button", { name: "Skicka erbjudanden" }).click();
    await deskPage.waitForURL(/notis=erbjudna/);
    await checkPage(deskPage, "offered");

    // The reply date passes; the server's schedule (about once a minute) expires the offer and offers the next one.
    const first = database((db) => db.prepare("update offers set reply_by = ? where request_id = ? and status = 'pending' returning person_id").get(new Date(Date.now() - 60_000).toISOString(), requestId)) as { person_id: number };
    let next: { person_id: number; email: string } | undefined;
    await expect
      .poll(
        () => {
          next = database((db) =>
            db
              .prepare("select offers.person_id, users.email from offers join users on users.person_id = offers.person_id where offers.request_id = ? and offers.status = 'pending' and offers.cascade_step = 1")
              .get(requestId),
          ) as typeof next;
          return next !== undefined;
        },
        { timeout: 100_000, interval: 2_000 },
      )
      .toBe(true);
    expect(next!.person_id).not.toBe(first.person_id);
    expect(await mailTo(e2e.server, next!.email, new RegExp(TITLE))).toContain("/volunteer/offers");

    await deskPage.reload();
    const offers = deskPage.getByRole("region", { name: "Erbjudanden" });
    expect(await offers.getByText("Svarstiden gick ut").count()).toBe(1);
    expect(await offers.getByText(/automatiskt, steg 1 av 3/).count()).toBe(1);
    expect(await deskPage.getByText("Automatiska erbjudanden hittills: 1 av 3.").count()).toBe(1);
    await checkPage(deskPage, "next-offered");

    const volunteer = await e2e.browser.newContext(PHONE);
    const volunteerPage = await volunteer.newPage();
    problems.push(...watchConsole(volunteerPage));
    await signInAsVolunteer(volunteerPage, e2e.server, next!.email);
    await volunteerPage.goto(`${e2e.server.baseUrl}/volunteer/offers`);
    await checkPage(volunteerPage, "volunteer-offers");
    await volunteerPage.getByRole("article", { name: TITLE }).getByRole("button", { name: "Tacka ja" }).click();
    await expect.poll(() => volunteerPage.getByRole("article", { name: TITLE }).count()).toBe(0);
    await checkPage(volunteerPage, "volunteer-accepted");

    await unitPage.reload();
    await expect.poll(() => unitPage.getByText("Bekräftad").count()).toBeGreaterThan(0);
    await checkPage(unitPage, "unit-confirmed");
    expect(database((db) => db.prepare("select status from requests where id = ?").get(requestId))).toEqual({ status: "confirmed" });
    expect(problems).toEqual([]);
    await Promise.all([unit.close(), desk.close(), volunteer.close()]);
  });
});

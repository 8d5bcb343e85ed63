// The automatic next offer end to end at phone width: a care unit asks, the coordinator offers one person, that offer
// runs out, the server's own schedule offers the next candidate (their e-mail arrives), and that volunteer accepts.
import path from "node:path";
import SQLite from "better-sqlite3";
import type { Page } from "playwright-core";
import { addDays, instantToLocal, weekdayOf } from "~/domain/stockholm-time";
import { mailTo, SCREENSHOT_DIR, seriousViolations, serverAndBrowser, signInAsDemo, watchConsole } from "./server";

const e2e = serverAndBrowser();
const TITLE = "Lärcafé om att vänta på svar";
const PHONE = { viewport: { width: 375, height: 812 }, locale: "sv-SE" } as const;

async function checkPage(page: Page, name: string) {
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `cascade-${name}-375.png`), fullPage: true });
}

/** The server's database file, written to directly as time passing would. */
function database<T>(work: (sqlite: SQLite.Database) => T): T {
  const sqlite = new SQLite(path.join(path.dirname(e2e.server.outboxDir), "levande.db"));
  sqlite.pragma("busy_timeout = 5000");
  try {
    return work(sqlite);
  } finally {
    sqlite.close();
  }
}

/** A Tuesday or Wednesday two weeks ahead or more: a working day most of the demo's volunteers are free. */
function slotDate(): string {
  let date = addDays(instantToLocal(new Date()).date, 14);
  while (![2, 3].includes(weekdayOf(date))) date = addDays(date, 1);
  return date;
}

describe("the automatic next offer", () => {
  it("offers the next candidate by itself when an offer runs out, and that volunteer's yes books the request", { timeout: 180_000 }, async () => {
    const unit = await e2e.browser.newContext(PHONE);
    const unitPage = await unit.newPage();
    const problems = watchConsole(unitPage);
    await signInAsDemo(unitPage, e2e.server.baseUrl, "requester");
    await unitPage.goto(`${e2e.server.baseUrl}/unit/requests/new`);
    await unitPage.getByRole("radio", { name: /^Bok – / }).check();
    await unitPage.getByLabel("Form").selectOption("lecture");
    await unitPage.getByLabel("Rubrik").fill(TITLE);
    await unitPage.getByRole("radio", { name: "Personal" }).check();
    await unitPage.getByLabel("Ungefär hur många?").fill("20");
    await unitPage.getByLabel("Adress").fill("Huskvarnavägen 1, samlingssalen");
    const slot = unitPage.getByRole("group", { name: "Tidsförslag 1" });
    await slot.getByLabel("Datum").fill(slotDate());
    await slot.getByLabel("Starttid").fill("10:00");
    await slot.getByLabel("Längd i minuter").fill("60");
    await unitPage.getByLabel("Telefon").fill("036-10 20 30");
    await unitPage.getByRole("button", { name: "Skicka förfrågan" }).click();
    await unitPage.waitForURL(/\/unit\/requests\/\d+/);
    const requestId = Number(/\/unit\/requests\/(\d+)/.exec(unitPage.url())![1]);

    // The coordinator offers the top candidate, with "offer the next one automatically" on from the region's default.
    const desk = await e2e.browser.newContext(PHONE);
    const deskPage = await desk.newPage();
    problems.push(...watchConsole(deskPage));
    await signInAsDemo(deskPage, e2e.server.baseUrl, "coordinator");
    await deskPage.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Inställningar" }).click();
    await deskPage.waitForURL(/\/admin\/settings$/);
    expect(await deskPage.getByLabel("Erbjud nästa automatiskt på nya förfrågningar").isChecked()).toBe(true);
    await checkPage(deskPage, "settings");
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

    // The demo gives only the demo volunteer a password; the candidate the cascade chose gets the same one to sign in.
    database((db) =>
      db.prepare("update users set password_hash = (select password_hash from users where email = 'volontar@example.se') where email = ?").run(next!.email),
    );
    const volunteer = await e2e.browser.newContext(PHONE);
    const volunteerPage = await volunteer.newPage();
    problems.push(...watchConsole(volunteerPage));
    await volunteerPage.goto(`${e2e.server.baseUrl}/login`);
    await volunteerPage.getByLabel("E-postadress").fill(next!.email);
    await volunteerPage.getByLabel("Lösenord").fill("levande-demo-2026");
    await volunteerPage.getByRole("button", { name: "Logga in" }).click();
    await volunteerPage.waitForURL(/\/volunteer/);
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

// "Jag kan inte komma" in Chromium at phone width: the demo volunteer calls off a booking with a reason, the unit and
// the coordinator get the reason by e-mail, the request is open again and her calendar feed shows the event CANCELLED;
// then blocking the day of another booking first shows what it touches and asks, and keeping it keeps it.
import path from "node:path";
import type { Page } from "playwright-core";
import { instantToLocal } from "~/domain/stockholm-time";
import { formatDate } from "~/domain/format";
import { feedEvents } from "./journey-helpers";
import { mailTo, SCREENSHOT_DIR, seriousViolations, serverAndBrowser, signInAsDemo, watchConsole } from "./server";

const e2e = serverAndBrowser();

async function checkPage(page: Page, name: string) {
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `cant-come-${name}-375.png`), fullPage: true });
}

describe("a volunteer who cannot come", () => {
  it("cancels with a reason: the request reopens, unit and coordinator are told, the feed says CANCELLED; a block over a booking asks first", async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 375, height: 812 }, locale: "sv-SE" });
    const page = await context.newPage();
    const problems = watchConsole(page);
    const base = e2e.server.baseUrl;
    await signInAsDemo(page, base, "volunteer");

    await page.goto(`${base}/volunteer/calendar`);
    await page.getByRole("button", { name: "Skapa länk" }).click();
    const feedUrl = await page.getByRole("textbox", { name: "Kalenderlänk" }).inputValue();

    // The demo's book offer is at the demo care unit, whose user can read the mail.
    await page.goto(`${base}/volunteer/offers`);
    await page.getByRole("button", { name: "Tacka ja" }).first().click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("Du har tackat ja");
    await page.goto(`${base}/volunteer/assignments`);
    const hrefs = await page.getByRole("main").getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? "").filter((h) => /\/volunteer\/assignments\/\d+$/.test(h)));
    let target: string | undefined;
    for (const href of hrefs) {
      await page.goto(base + href);
      if ((await page.getByText("Vårdcentralen Huskvarna").count()) > 0 && (await page.getByRole("button", { name: "Jag kan inte komma" }).count()) > 0) {
        target = href;
        break;
      }
    }
    expect(target).toBeDefined();
    const assignmentId = /(\d+)$/.exec(target!)![1];

    await page.getByRole("button", { name: "Jag kan inte komma" }).click();
    await expect.poll(() => page.getByText("Skriv varför du inte kan komma.").count()).toBeGreaterThan(0);
    await page.getByLabel("Anledning").fill("Jag har blivit sjuk");
    await page.getByRole("button", { name: "Jag kan inte komma" }).click();
    await expect.poll(() => page.getByRole("heading", { name: "Vill du ställa in uppdraget?" }).count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-labelledby"))).toBe("cant-come-confirm");
    await checkPage(page, "confirm");
    await page.getByRole("button", { name: "Ja, ställ in uppdraget" }).click();
    await page.waitForURL(/\?installt=1$/);
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("Uppdraget är inställt");
    expect(await page.getByText("Jag har blivit sjuk").count()).toBeGreaterThan(0);
    await checkPage(page, "cancelled");

    const unitMail = await mailTo(e2e.server, "enhet@example.se", /Anledning: Jag har blivit sjuk/);
    expect(unitMail).toMatch(/Förfrågan är öppen igen/);
    const requestPath = /(\/unit\/requests\/\d+)/.exec(unitMail)![1];
    const coordinatorMail = await mailTo(e2e.server, "samordnare@example.se", /Anledning: Jag har blivit sjuk/);
    expect(coordinatorMail).toMatch(/volontären kan inte komma/);

    const events = await feedEvents(feedUrl);
    const cancelled = events.find((e) => e.uid === `assignment-${assignmentId}@levande`);
    expect(cancelled).toMatchObject({ status: "CANCELLED" });
    expect(cancelled!.sequence).toBeGreaterThan(0);

    // The care unit sees its request open again.
    const unitContext = await e2e.browser.newContext({ viewport: { width: 375, height: 812 }, locale: "sv-SE" });
    const unitPage = await unitContext.newPage();
    await signInAsDemo(unitPage, base, "requester");
    await unitPage.goto(base + requestPath);
    expect(await unitPage.getByText("Öppen").count()).toBeGreaterThan(0);
    await unitContext.close();

    // Blocking the day of a remaining booking: the second step lists it and asks; keeping it keeps it.
    const kept = events.find((e) => e.status === "CONFIRMED" && e.start.getTime() > Date.now());
    expect(kept).toBeDefined();
    const day = instantToLocal(kept!.start).date;
    await page.goto(`${base}/volunteer/availability`);
    await page.getByLabel("Från datum").fill(day);
    await page.getByRole("button", { name: "Lägg till undantag" }).click();
    await expect.poll(() => page.getByRole("heading", { name: "Du har uppdrag eller erbjudanden de dagarna" }).count()).toBe(1);
    expect(await page.getByText(`Upptagen ${formatDate(day, "sv")}`).count()).toBe(0);
    await checkPage(page, "block-touches");
    await page.getByRole("button", { name: "Spara undantaget" }).click();
    await expect.poll(() => page.getByText("Välj om uppdragen ska ställas in eller behållas.").count()).toBeGreaterThan(0);
    await page.getByLabel("Behåll dem – de blir av som planerat").check();
    await page.getByRole("button", { name: "Spara undantaget" }).click();
    await expect.poll(() => page.getByText(`Upptagen ${formatDate(day, "sv")}`).count()).toBe(1);
    await checkPage(page, "block-saved");
    const after = (await feedEvents(feedUrl)).find((e) => e.uid === kept!.uid);
    expect(after).toMatchObject({ status: "CONFIRMED", sequence: kept!.sequence });

    expect(problems.filter((p) => !p.includes("status of 400"))).toEqual([]);
    await context.close();
  });
});

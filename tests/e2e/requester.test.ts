// The demo care unit on a phone: filters the catalogue, opens a card, asks for that person with two slots.
import path from "node:path";
import type { Page } from "playwright-core";
import { addDays, instantToLocal } from "~/domain/stockholm-time";
import { SCREENSHOT_DIR, seriousViolations, serverAndBrowser, signInAsDemo, watchConsole } from "./server";

const e2e = serverAndBrowser();

async function checkPage(page: Page, name: string) {
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `requester-${name}-375.png`), fullPage: true });
}

describe("a care unit at phone width", () => {
  it("filters the catalogue, opens a card, requests that person with two slots, fixes an error and sees the request", async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 375, height: 812 }, locale: "sv-SE" });
    const page = await context.newPage();
    const problems = watchConsole(page);
    await signInAsDemo(page, e2e.server.baseUrl, "requester");
    await checkPage(page, "home");

    await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Katalog" }).click();
    await page.waitForURL(/\/catalogue/);
    await checkPage(page, "catalogue");
    const everything = await page.getByRole("status").first().textContent();
    await page.getByLabel("Sök i rubrik, presentation och erfarenhetsområden").fill("ångest");
    await page.getByRole("button", { name: "Visa träffar" }).click();
    await page.waitForURL(/q=%C3%A5ngest|q=ångest/);
    await expect.poll(() => page.getByRole("status").first().textContent()).not.toBe(everything);
    expect(await page.getByRole("status").first().textContent()).toMatch(/kort? matchar/);
    await checkPage(page, "catalogue-filtered");

    await page.getByRole("link", { name: /^Visa / }).first().click();
    await page.waitForURL(/\/catalogue\/\d+/);
    await checkPage(page, "card");
    await page.getByRole("link", { name: /^Be om den här personen/ }).first().click();
    await page.waitForURL(/\/unit\/requests\/new\?person=\d+/);
    await expect.poll(() => page.getByText(/^Önskad person:/).count()).toBe(1);

    const today = instantToLocal(new Date()).date;
    await page.getByLabel("Form").selectOption("lecture");
    await page.getByLabel("Rubrik").fill("Lärcafé om ångest");
    await page.getByRole("radio", { name: "Personal" }).check();
    await page.getByLabel("Ungefär hur många?").fill("-3");
    await page.getByLabel("Adress").fill("Huskvarnavägen 1, samlingssalen");
    await page.getByRole("group", { name: "Tidsförslag 1" }).getByLabel("Datum").fill(addDays(today, 21));
    await page.getByRole("group", { name: "Tidsförslag 1" }).getByLabel("Starttid").fill("13:00");
    await page.getByRole("group", { name: "Tidsförslag 1" }).getByLabel("Längd i minuter").fill("90");
    await page.getByText("Fler tidsförslag").click();
    await page.getByRole("group", { name: "Tidsförslag 2" }).getByLabel("Datum").fill(addDays(today, 28));
    await page.getByRole("group", { name: "Tidsförslag 2" }).getByLabel("Starttid").fill("09:30");
    await page.getByRole("group", { name: "Tidsförslag 2" }).getByLabel("Längd i minuter").fill("60");
    await page.getByLabel("Telefon").fill("036-10 20 30");
    await page.getByRole("button", { name: "Skicka förfrågan" }).click();

    await expect.poll(() => page.getByRole("alert").count()).toBeGreaterThan(0);
    expect(await page.getByLabel("Rubrik").inputValue()).toBe("Lärcafé om ångest");
    await checkPage(page, "new-request-error");
    await page.getByLabel("Ungefär hur många?").fill("25");
    await page.getByRole("button", { name: "Skicka förfrågan" }).click();
    await page.waitForURL(/\/unit\/requests\/\d+/);
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("Förfrågan är skickad");
    await checkPage(page, "request");

    await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Förfrågningar" }).click();
    await page.waitForURL(/\/unit\/requests$/);
    await expect.poll(() => page.getByRole("link", { name: "Lärcafé om ångest", exact: true }).count()).toBe(1);
    await checkPage(page, "requests");
    await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Kalender" }).click();
    await page.waitForURL(/\/unit\/calendar/);
    await page.getByRole("button", { name: "Skapa länk" }).click();
    await expect.poll(() => page.locator("input[readonly]").inputValue()).toMatch(/\/calendar\/[\w-]+\.ics$/);
    await checkPage(page, "calendar");
    expect(problems.filter((p) => !p.includes("status of 400"))).toEqual([]);
    await context.close();
  });
});

// Confirmations in view on a phone: the banner after "Tacka ja" is on screen and focused, a client-side navigation
// moves focus to the new <h1>, and the unit's booked request shows who is coming and which time was chosen first.
import path from "node:path";
import type { Page } from "playwright-core";
import { focusedAndVisible } from "./journey-helpers";
import { SCREENSHOT_DIR, seriousViolations, serverAndBrowser, signInAsDemo, watchConsole } from "./server";

const e2e = serverAndBrowser();
const PHONE = { viewport: { width: 375, height: 812 }, locale: "sv-SE" } as const;

async function checkPage(page: Page, name: string) {
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `confirmations-${name}-375.png`) });
}

describe("confirmations at phone width", () => {
  it("after 'Tacka ja' the banner is in view and focused; a link moves focus to the new page's heading", async () => {
    const context = await e2e.browser.newContext(PHONE);
    const page = await context.newPage();
    const problems = watchConsole(page);
    await signInAsDemo(page, e2e.server.baseUrl, "volunteer");
    await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Erbjudanden" }).click();
    await page.waitForURL(/\/volunteer\/offers/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("H1");

    const accept = page.getByRole("button", { name: "Tacka ja" }).last();
    await accept.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
    await accept.click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("Du har tackat ja");
    await expect.poll(() => focusedAndVisible(page, ".notification-banner")).toBe("focused, in view");
    await checkPage(page, "accepted");

    await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Uppdrag" }).click();
    await page.waitForURL(/\/volunteer\/assignments$/);
    await expect.poll(() => focusedAndVisible(page, "main h1")).toBe("focused, in view");
    await expect.poll(async () => (await page.locator("[aria-live=polite]").last().textContent()) === (await page.title())).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("the unit's booked request shows the booking, the coming person's card and the chosen time before the details", async () => {
    const context = await e2e.browser.newContext(PHONE);
    const page = await context.newPage();
    const problems = watchConsole(page);
    await signInAsDemo(page, e2e.server.baseUrl, "requester");
    await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Förfrågningar" }).click();
    await page.waitForURL(/\/unit\/requests$/);
    await page.getByRole("row").filter({ hasText: "Bekräftad" }).first().getByRole("link").click();
    await page.waitForURL(/\/unit\/requests\/\d+$/);

    const booking = page.getByRole("region", { name: "Bokat uppdrag" });
    await expect.poll(() => booking.count()).toBe(1);
    const box = (await booking.boundingBox())!;
    expect(box.y).toBeLessThan(812);
    expect(await booking.textContent()).toMatch(/kommer .+\d{2}:\d{2}\./);
    expect(await booking.getByRole("article").getByRole("heading", { level: 3 }).textContent()).not.toBe("");
    const facts = await page.getByRole("heading", { name: "Tidsförslag" }).boundingBox();
    expect(facts!.y).toBeGreaterThan(box.y);
    expect(await page.locator("[aria-current=true]").textContent()).toContain("vald tid");
    await checkPage(page, "unit-booked");

    await page.getByRole("link", { name: "Boka samma person igen" }).click();
    await page.waitForURL(/\/unit\/requests\/new\?person=\d+&role=\w+/);
    await expect.poll(() => page.getByText(/^Önskad person:/).count()).toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Ny förfrågan");
    expect(problems).toEqual([]);
    await context.close();
  });
});

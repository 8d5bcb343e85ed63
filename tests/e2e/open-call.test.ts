// The open call in Chromium at phone width: the demo volunteer raises a hand on an open request, and the coordinator's
// desk shows her first with the badge. Every page visited passes axe; no console errors.
import path from "node:path";
import type { Page } from "playwright-core";
import { SCREENSHOT_DIR, seriousViolations, serverAndBrowser, signInAsDemo, watchConsole } from "./server";

const e2e = serverAndBrowser();

async function checkPage(page: Page, name: string) {
  expect(await seriousViolations(page), name).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(375);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `open-call-${name}-375.png`), fullPage: true });
}

describe("the open call", () => {
  it("a volunteer raises a hand and the desk shows her first with the badge", async () => {
    const phone = { viewport: { width: 375, height: 812 }, locale: "sv-SE" };
    const volunteerContext = await e2e.browser.newContext(phone);
    const page = await volunteerContext.newPage();
    const problems = watchConsole(page);
    await signInAsDemo(page, e2e.server.baseUrl, "volunteer");
    await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Öppna förfrågningar" }).click();
    await page.waitForURL(/\/volunteer\/open-requests$/);
    await checkPage(page, "volunteer");

    const card = page.getByRole("main").getByRole("article").first();
    const title = await card.getByRole("heading").textContent();
    const requestId = await card.locator('input[name="requestId"]').first().getAttribute("value");
    await card.getByRole("button", { name: /^Jag kan/ }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("Samordnaren ser nu att du kan");
    const raised = page.getByRole("article", { name: title! }).first();
    await expect.poll(() => raised.getByText("Du har anmält intresse", { exact: true }).count()).toBe(1);
    await checkPage(page, "volunteer-raised");
    expect(problems).toEqual([]);
    await volunteerContext.close();

    const coordinatorContext = await e2e.browser.newContext(phone);
    const desk = await coordinatorContext.newPage();
    const deskProblems = watchConsole(desk);
    await signInAsDemo(desk, e2e.server.baseUrl, "coordinator");
    await desk.goto(`${e2e.server.baseUrl}/coordinator/requests/${requestId}`);
    const first = desk.getByRole("group", { name: "Personer att erbjuda" }).getByRole("listitem").first();
    await expect.poll(() => first.textContent()).toContain("1. Camilla Strömberg");
    // The badge, and the score part among her reasons.
    expect(await first.getByText("Anmälde intresse", { exact: true }).count()).toBe(1);
    expect(await first.getByText("Anmälde intresse (+20)", { exact: true }).count()).toBe(1);
    await checkPage(desk, "desk");
    expect(deskProblems).toEqual([]);
    await coordinatorContext.close();
  });
});

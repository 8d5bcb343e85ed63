// The demo coordinator on a phone: filters the request desk, opens an open request, reads the reasons, offers the top candidate.
import path from "node:path";
import type { Page } from "playwright-core";
import { SCREENSHOT_DIR, seriousViolations, serverAndBrowser, signInAsDemo, watchConsole } from "./server";

const e2e = serverAndBrowser();

async function checkPage(page: Page, name: string) {
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `coordinator-${name}-375.png`), fullPage: true });
}

/** The first open request in the list that has someone to offer: the seed has open requests nobody can take too. */
async function openRequestWithCandidates(page: Page): Promise<string> {
  const hrefs = await page.getByRole("main").getByRole("table").getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) {
    await page.goto(e2e.server.baseUrl + href);
    if ((await page.getByRole("region", { name: "Föreslagna personer" }).getByRole("checkbox").count()) > 0) return href;
  }
  throw new Error("Ingen öppen förfrågan i demodata har någon att erbjuda.");
}

describe("a coordinator at phone width", () => {
  it("filters the desk, opens an open request, sees the reasons and offers the top candidate", async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 375, height: 812 }, locale: "sv-SE" });
    const page = await context.newPage();
    const problems = watchConsole(page);
    await signInAsDemo(page, e2e.server.baseUrl, "coordinator");

    await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Förfrågningar" }).click();
    await page.waitForURL(/\/coordinator\/requests$/);
    await expect.poll(() => page.getByRole("status").first().textContent()).toMatch(/Antal förfrågningar: \d+/);
    await checkPage(page, "desk");

    await page.getByLabel("Status").selectOption({ label: "Öppen" });
    await page.getByRole("button", { name: "Visa" }).click();
    await page.waitForURL(/status=open/);
    const statuses = await page.getByRole("main").getByRole("table").locator("tbody .badge").allTextContents();
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(["Öppen"]));
    await checkPage(page, "desk-open");

    const href = await openRequestWithCandidates(page);
    await expect.poll(() => page.getByRole("heading", { level: 2, name: "Föreslagna personer" }).count()).toBe(1);
    const reasons = page.getByRole("list", { name: /^Skäl för / }).first();
    expect(await reasons.getByRole("listitem").count()).toBe(7);
    expect(await reasons.textContent()).toMatch(/erfarenhetsområden|Inga särskilda erfarenhetsområden önskade/);
    await checkPage(page, "request");

    await page.getByText(/^Visa uteslutna \(\d+\)$/).click();
    await checkPage(page, "request-excluded");

    const top = page.getByRole("region", { name: "Föreslagna personer" }).getByRole("checkbox").first();
    const topName = ((await page.locator("label[for=personId] strong").textContent()) ?? "").replace(/^1\. /, "");
    expect(topName.length).toBeGreaterThan(0);
    await top.check();
    await page.getByRole("button", { name: "Skicka erbjudanden" }).click();
    await page.waitForURL(`${e2e.server.baseUrl}${href}?notis=erbjudna&antal=1`);
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("Erbjudanden skickade: 1.");
    const offers = page.getByRole("region", { name: "Erbjudanden" });
    const row = offers.getByRole("listitem").filter({ hasText: topName });
    expect(await row.getByText("Väntar på svar").count()).toBe(1);
    expect(await row.getByText("Dra tillbaka", { exact: true }).count()).toBe(1);
    await checkPage(page, "request-offered");

    // The withdraw step opens by keyboard alone and asks before anything changes.
    await row.getByText("Dra tillbaka", { exact: true }).focus();
    await page.keyboard.press("Enter");
    expect(await row.getByRole("button", { name: "Ja, dra tillbaka erbjudandet" }).isVisible()).toBe(true);
    expect(await row.getByText("Väntar på svar").count()).toBe(1);
    await checkPage(page, "request-withdraw-step");

    expect(problems).toEqual([]);
    await context.close();
  });
});

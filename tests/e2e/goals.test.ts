// The goal dashboard in Chromium: this year's figures, switching year, the chart's table, the exports — axe-clean at phone width.
import path from "node:path";
import { SCREENSHOT_DIR, seriousViolations, serverAndBrowser, signInAsDemo, watchConsole } from "./server";

const e2e = serverAndBrowser();

describe("goal dashboard", () => {
  it("shows both goals, switches year, opens a chart as a table and links the exports", async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 375, height: 812 }, locale: "sv-SE" });
    const page = await context.newPage();
    const problems = watchConsole(page);
    await signInAsDemo(page, e2e.server.baseUrl, "coordinator");

    const year = Number(new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric" }).format(new Date()));
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(`Mål och läge ${year}`);
    await expect.poll(() => page.getByRole("heading", { name: "Böcker som erbjudits uppdrag" }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole("heading", { name: "Peer-uppdrag", exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole("img", { name: /Peer-uppdrag månad för månad/ }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, "coordinator-goals-375.png"), fullPage: true });

    await page.getByLabel("År", { exact: true }).selectOption(String(year - 1));
    await page.getByRole("button", { name: "Visa" }).click();
    await page.waitForURL(`${e2e.server.baseUrl}/coordinator?year=${year - 1}`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(`Mål och läge ${year - 1}`);
    await expect.poll(() => page.getByText("Inget underlag från förra året").isVisible()).toBe(true);
    await page.getByText("Visa som tabell").first().click();
    expect(await page.getByRole("table", { name: "Andel böcker som erbjudits uppdrag, månad för månad" }).getByRole("row").count()).toBe(13);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, "coordinator-goals-last-year-375.png"), fullPage: true });

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: `Uppdrag för lön och ersättning ${year - 1} (CSV för Excel)` }).click();
    expect((await download).suggestedFilename()).toBe(`levande-uppdrag-${year - 1}.csv`);
    const report = await page.request.get(`${e2e.server.baseUrl}/reports/goals.json?year=${year - 1}`);
    expect((await report.json()).year).toBe(year - 1);
    expect(problems).toEqual([]);
    await context.close();
  });
});

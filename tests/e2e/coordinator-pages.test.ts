// Every coordinator page at phone width passes axe and fits the screen; the plan can be sent.
import path from "node:path";
import { SCREENSHOT_DIR, seriousViolations, serverAndBrowser, signInAsDemo, watchConsole } from "./server";

const e2e = serverAndBrowser();

describe("coordinator pages", () => {
  it("plan, not yet offered, unmet demand and the admin pages pass axe at 375 px; the plan sends offers", async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 375, height: 812 }, locale: "sv-SE" });
    const page = await context.newPage();
    const problems = watchConsole(page);
    await signInAsDemo(page, e2e.server.baseUrl, "coordinator");

    for (const [name, url] of [
      ["plan", "/coordinator/plan"],
      ["not-offered", "/coordinator/not-offered"],
      ["unmet", "/coordinator/unmet"],
      ["people", "/admin/people"],
      ["person-new", "/admin/people/new"],
      ["units", "/admin/units"],
      ["areas", "/admin/areas"],
      ["users", "/admin/users"],
    ]) {
      await page.goto(`${e2e.server.baseUrl}${url}`);
      expect(await seriousViolations(page), url).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(375);
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `coordinator-${name}-375.png`), fullPage: true });
    }

    await page.goto(`${e2e.server.baseUrl}/admin/people`);
    await page.getByRole("main").getByRole("link", { name: "Camilla Strömberg" }).click();
    await page.waitForURL(/\/admin\/people\/\d+/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("link", { name: "Personuppgifter, utdrag och ändringslogg" }).click();
    await page.waitForURL(/\/admin\/people\/\d+\/privacy/);
    await expect.poll(() => page.getByRole("heading", { name: "Ändringslogg" }).isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Anonymisera personen" }).click();
    await expect.poll(() => page.getByRole("alert").first().textContent()).toContain("Kryssa i att du förstår");
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, "coordinator-privacy-375.png"), fullPage: true });
    await page.getByRole("link", { name: "Tillbaka till personen" }).click();
    await page.waitForURL(/\/admin\/people\/\d+$/);
    await page.getByRole("link", { name: /^Redigera profilen/ }).click();
    await page.waitForURL(/\/admin\/people\/\d+\/profile/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel("Högst antal uppdrag per månad").fill("3");
    await page.getByRole("button", { name: "Spara profilen" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("Profilen är sparad");

    // A patient supporter's page shows her contact log, read-only, and no catalogue card to approve.
    await page.goto(`${e2e.server.baseUrl}/admin/people`);
    await page.getByLabel("Roll").selectOption({ label: "Patientstödjare" });
    await page.getByRole("button", { name: "Filtrera" }).click();
    await page.waitForURL(/role=supporter/);
    await page.getByRole("main").getByRole("link", { name: "Siv Stödberg" }).click();
    await page.waitForURL(/\/admin\/people\/\d+$/);
    await expect.poll(() => page.getByRole("table", { name: "Kontakter med vårdenheter" }).locator("tbody tr").count()).toBeGreaterThanOrEqual(10);
    expect(await page.getByRole("heading", { name: "Katalogkort" }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, "coordinator-supporter-375.png"), fullPage: true });

    await page.goto(`${e2e.server.baseUrl}/admin/units`);
    await page.getByRole("main").getByRole("link", { name: "Vårdcentralen Huskvarna" }).click();
    await page.waitForURL(/\/admin\/units\/\d+/);
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`${e2e.server.baseUrl}/coordinator/plan`);
    const ticked = await page.getByRole("checkbox", { checked: true }).count();
    expect(ticked).toBeGreaterThan(1);
    await page.getByRole("checkbox", { checked: true }).first().uncheck();
    await page.getByRole("button", { name: "Skicka erbjudanden" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain(`Skickade erbjudanden: ${ticked - 1}`);
    expect(problems.filter((p) => !p.includes("status of 400"))).toEqual([]);
    await context.close();
  });

  it("the plan at desktop width: a badge that wraps stays a pill on each line, never one oval over two", async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "sv-SE" });
    const page = await context.newPage();
    const problems = watchConsole(page);
    await signInAsDemo(page, e2e.server.baseUrl, "coordinator");
    await page.goto(`${e2e.server.baseUrl}/coordinator/plan`);
    const badges = page.locator("main .badge");
    expect(await badges.count()).toBeGreaterThan(0);
    // Each box the badge draws is at most one line of its text high (plus its border).
    const tooTall = await badges.evaluateAll((els) =>
      els.flatMap((el) => {
        const lineHeight = parseFloat(getComputedStyle(el).lineHeight);
        return [...el.getClientRects()].filter((box) => box.height > lineHeight * 1.3 + 4).map((box) => `${el.textContent}: ${Math.round(box.height)} px`);
      }),
    );
    expect(tooTall).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, "coordinator-plan-1280.png"), fullPage: true });
    expect(problems).toEqual([]);
    await context.close();
  });
});

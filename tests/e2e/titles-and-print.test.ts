// Page titles that say "Fel:" after a form comes back with errors (with and without JavaScript), and the goal report printed on A4.
import path from "node:path";
import { SCREENSHOT_DIR, seriousViolations, serverAndBrowser, signInAsDemo, watchConsole } from "./server";

const e2e = serverAndBrowser();
const PHONE = { viewport: { width: 375, height: 812 }, locale: "sv-SE" } as const;

describe("page titles", () => {
  it.each([true, false])("start with Fel: once a form has errors (JavaScript %s)", async (javaScriptEnabled) => {
    const context = await e2e.browser.newContext({ ...PHONE, javaScriptEnabled });
    const page = await context.newPage();
    const problems = watchConsole(page);
    await page.goto(`${e2e.server.baseUrl}/forgot-password`);
    expect(await page.title()).toBe("Glömt lösenord – Levande bibliotek");
    await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.getByRole("button", { name: "Skicka länk" }).click()]);
    await page.waitForLoadState("load");
    await expect.poll(() => page.title()).toBe("Fel: Glömt lösenord – Levande bibliotek");
    // axe runs as a script in the page, so only where scripts run.
    if (javaScriptEnabled) expect(await seriousViolations(page)).toEqual([]);
    // The answer to the form is a 400, which Chromium logs as a failed resource.
    expect(problems.filter((p) => !p.includes("status of 400"))).toEqual([]);
    await context.close();
  });
});

describe("the printable goal report", () => {
  it("is linked from the dashboard, names its year and prints on A4 without the site's header", async () => {
    const context = await e2e.browser.newContext(PHONE);
    const page = await context.newPage();
    const problems = watchConsole(page);
    await signInAsDemo(page, e2e.server.baseUrl, "coordinator");
    const year = Number(new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric" }).format(new Date()));
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(`Mål och läge ${year}`);
    await page.getByRole("link", { name: `Målrapport ${year} att skriva ut (ledningsgruppen)` }).click();
    await page.waitForURL(`${e2e.server.baseUrl}/coordinator/goals/report?year=${year}`);
    await expect.poll(() => page.title()).toBe(`Målrapport: ${year} – Levande bibliotek`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(`Målrapport för Levande bibliotek ${year}`);
    expect(await page.getByRole("heading", { name: "Böcker som erbjudits uppdrag" }).isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".site-header").isVisible()).toBe(false);
    expect(await page.locator(".site-footer").isVisible()).toBe(false);
    expect(await page.getByText("Skriv ut sidan eller spara den som PDF").isVisible()).toBe(false);
    expect(await page.getByRole("heading", { name: "Peer-uppdrag", exact: true }).isVisible()).toBe(true);
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, "goal-report-print.png"), fullPage: true });
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString("latin1");
    // An A4 page is 595 × 842 points (@page size: A4); a report of two goals and their tables fits on a few pages.
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
    expect(boxes.length).toBeGreaterThan(0);
    expect(new Set(boxes.map((b) => b.join("x")))).toEqual(new Set(["595x842"]));
    const pages = boxes.length;
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(6);
    expect(problems).toEqual([]);
    await context.close();
  });
});

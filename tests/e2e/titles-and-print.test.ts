// Page titles that name their object and say "Fel:" after a form comes back with errors (with and without JavaScript), and the
// goal report printed on A4.
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

describe("a page about one thing names it in its title", () => {
  it("the volunteer's assignment, a person's personal data and profile pages", async () => {
    const context = await e2e.browser.newContext(PHONE);
    const page = await context.newPage();
    const problems = watchConsole(page);
    const { baseUrl } = e2e.server;
    await signInAsDemo(page, baseUrl, "volunteer");
    await page.goto(`${baseUrl}/volunteer/assignments`);
    const assignment = await page.locator('main a[href^="/volunteer/assignments/"]').first().getAttribute("href");
    await page.goto(`${baseUrl}${assignment}`);
    const title = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();
    await expect.poll(() => page.title()).toBe(`Uppdrag: ${title} – Levande bibliotek`);
    await context.close();

    const staff = await e2e.browser.newContext(PHONE);
    const admin = await staff.newPage();
    const staffProblems = watchConsole(admin);
    await signInAsDemo(admin, baseUrl, "coordinator");
    await admin.goto(`${baseUrl}/admin/people`);
    const href = await admin.locator('main a[href^="/admin/people/"]:not([href$="/new"])').first().getAttribute("href");
    await admin.goto(`${baseUrl}${href}`);
    const name = /^Personer: (.+) – Levande bibliotek$/.exec(await admin.title())?.[1];
    expect(name).toBeTruthy();
    await admin.goto(`${baseUrl}${href}/privacy`);
    await expect.poll(() => admin.title()).toBe(`Personuppgifter: ${name} – Levande bibliotek`);
    await admin.screenshot({ path: path.join(SCREENSHOT_DIR, "privacy-375.png"), fullPage: true });
    await admin.setViewportSize({ width: 1280, height: 900 });
    await admin.screenshot({ path: path.join(SCREENSHOT_DIR, "privacy-1280.png") });
    await admin.setViewportSize(PHONE.viewport);
    await admin.goto(`${baseUrl}${href}/profile`);
    await expect.poll(() => admin.title()).toBe(`Profil: ${name} – Levande bibliotek`);
    expect(await seriousViolations(admin)).toEqual([]);
    expect([...problems, ...staffProblems]).toEqual([]);
    await staff.close();
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

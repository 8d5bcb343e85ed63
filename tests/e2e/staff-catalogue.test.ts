// The coordinators' texts come with their pages: on a first load and on a client navigation from a page without them, in
// Swedish and English, while a volunteer's browser never downloads them.
import type { Page } from "playwright-core";
import { staffSv } from "~/i18n/staff";
import { hydrated, PHONE, pageCheck } from "./journey-helpers";
import { serverAndBrowser, signInAsDemo, watchConsole } from "./server";

const e2e = serverAndBrowser();
const checkPage = pageCheck("staff-catalogue");

/** Staff texts as the bundle spells them: plain ASCII, long enough to be nowhere else. */
const STAFF_TEXTS = Object.values(staffSv).filter((text) => /^[\x20-\x7e]{30,}$/.test(text) && !/["\\{]/.test(text));

/** Every JavaScript file the page downloads while `visit` runs. */
async function scriptsLoaded(page: Page, visit: () => Promise<void>): Promise<string> {
  const bodies: Promise<string>[] = [];
  const onResponse = (response: { url(): string; text(): Promise<string> }) => {
    if (response.url().endsWith(".js")) bodies.push(response.text());
  };
  page.on("response", onResponse);
  await visit();
  await page.waitForLoadState("networkidle");
  page.off("response", onResponse);
  return (await Promise.all(bodies)).join("\n");
}

const staffTextsIn = (scripts: string) => STAFF_TEXTS.filter((text) => scripts.includes(text));

describe("the staff catalogue in the browser", () => {
  it("has the coordinator's texts on a first load and after navigating from the catalogue, in Swedish and English", async () => {
    const context = await e2e.browser.newContext(PHONE);
    const page = await context.newPage();
    const problems = watchConsole(page);
    expect(STAFF_TEXTS.length).toBeGreaterThan(10);

    const start = await scriptsLoaded(page, () => signInAsDemo(page, e2e.server.baseUrl, "coordinator"));
    expect(staffTextsIn(start).length).toBeGreaterThan(10);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toContain("Mål och läge");

    await page.goto(`${e2e.server.baseUrl}/catalogue`);
    const nav = page.getByRole("navigation", { name: "Huvudmeny" });
    await expect.poll(() => nav.getByRole("link", { name: "Utkorg" }).count()).toBe(1);
    await expect.poll(() => nav.getByRole("link", { name: "Inställningar" }).count()).toBe(1);
    await nav.getByRole("link", { name: "Översikt" }).click();
    await page.waitForURL(`${e2e.server.baseUrl}/coordinator`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toContain("Mål och läge");
    await checkPage(page, "overview-after-navigation");

    await page.goto(`${e2e.server.baseUrl}/catalogue`);
    await hydrated(page);
    await page.getByRole("button", { name: "English" }).click();
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("en");
    await page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Overview" }).click();
    await page.waitForURL(`${e2e.server.baseUrl}/coordinator`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toContain("Goals and progress");
    await checkPage(page, "overview-english");

    expect(problems).toEqual([]);
    await context.close();
  });

  it("leaves the coordinators' texts out of what a volunteer downloads", async () => {
    const context = await e2e.browser.newContext(PHONE);
    const page = await context.newPage();
    const problems = watchConsole(page);
    const scripts = await scriptsLoaded(page, async () => {
      await signInAsDemo(page, e2e.server.baseUrl, "volunteer");
      for (const path of ["/volunteer/offers", "/volunteer/profile", "/volunteer/availability"]) await page.goto(e2e.server.baseUrl + path);
    });
    expect(scripts.length).toBeGreaterThan(100_000);
    expect(staffTextsIn(scripts)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

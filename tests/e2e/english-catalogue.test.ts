// The catalogue in English for a care unit on a phone: an English word finds its area, areas read in English, and the
// volunteers' Swedish titles and presentations are marked lang="sv" (WCAG 3.1.2) — axe-clean at 375 px.
import { hydrated, PHONE, pageCheck } from "./journey-helpers";
import { serverAndBrowser, signInAsDemo, watchConsole } from "./server";

const e2e = serverAndBrowser();
const checkPage = pageCheck("english-catalogue");

describe("the catalogue in English", () => {
  it("finds books by an English area name and marks the Swedish that stays", async () => {
    const context = await e2e.browser.newContext(PHONE);
    const page = await context.newPage();
    const problems = watchConsole(page);
    await signInAsDemo(page, e2e.server.baseUrl, "requester");
    await page.goto(`${e2e.server.baseUrl}/catalogue`);
    await hydrated(page);
    await page.getByRole("button", { name: "English" }).click();
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("en");

    await page.getByRole("searchbox").fill("anxiety");
    await page.getByRole("button", { name: "Show results" }).click();
    await page.waitForURL(/q=anxiety/);
    const cards = page.getByRole("article");
    const first = cards.first();
    // A client navigation: the URL can change a moment before React shows the filtered cards (run 3 of 3 read the
    // unfiltered list's first card), so wait for the result rather than read the page once.
    await expect.poll(() => first.getByRole("list", { name: "Experience areas" }).getByRole("listitem").allTextContents()).toContain("Anxiety and depression");
    expect(await cards.count()).toBeGreaterThan(0);
    expect(await first.getByRole("heading").getAttribute("lang")).toBe("sv");
    expect(await page.locator("article [lang]:not([lang=sv])").count()).toBe(0);
    await checkPage(page, "anxiety");

    expect(problems).toEqual([]);
    await context.close();
  });
});

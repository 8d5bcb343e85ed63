// The demo volunteer on a phone: sets availability, answers two offers, finds the booked assignment.
import path from "node:path";
import type { Page } from "playwright-core";
import { addDays, instantToLocal } from "~/domain/stockholm-time";
import { formatDate } from "~/domain/format";
import { SCREENSHOT_DIR, seriousViolations, serverAndBrowser, signInAsDemo, watchConsole } from "./server";

const e2e = serverAndBrowser();

async function checkPage(page: Page, name: string) {
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `volunteer-${name}-375.png`), fullPage: true });
}

describe("a volunteer at phone width", () => {
  it("sets a weekly window and a blocked day, accepts one offer, declines another and sees the assignment", async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 375, height: 812 }, locale: "sv-SE" });
    const page = await context.newPage();
    const problems = watchConsole(page);
    await signInAsDemo(page, e2e.server.baseUrl, "volunteer");
    await checkPage(page, "home");

    await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Tillgänglighet" }).click();
    await page.waitForURL(/\/volunteer\/availability/);
    await page.getByLabel("Veckodag").selectOption({ label: "lördag" });
    await page.getByRole("textbox", { name: "Från (tt:mm)" }).first().fill("10:00");
    await page.getByRole("textbox", { name: "Till (tt:mm)" }).first().fill("12:00");
    await page.getByRole("button", { name: "Lägg till veckotid" }).click();
    await expect.poll(() => page.getByText("lördag 10:00–12:00").count()).toBe(1);

    const blocked = addDays(instantToLocal(new Date()).date, 70);
    await page.getByLabel("Från datum").fill(blocked);
    await page.getByRole("button", { name: "Lägg till undantag" }).click();
    // The exception is listed with the date in Swedish, as every date the pages show.
    await expect.poll(() => page.getByText(`Upptagen ${formatDate(blocked, "sv")}`).count()).toBe(1);
    await checkPage(page, "availability");

    await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Erbjudanden" }).click();
    await page.waitForURL(/\/volunteer\/offers/);
    await checkPage(page, "offers");
    const pending = page.getByRole("button", { name: "Tacka ja" });
    expect(await pending.count()).toBe(2);

    await pending.first().click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("Du har tackat ja");
    await expect.poll(() => page.getByRole("button", { name: "Tacka ja" }).count()).toBe(1);

    await page.getByText("Tacka nej", { exact: true }).click();
    await page.getByLabel("Vill du berätta varför? (frivilligt)").fill("Jag är bortrest den veckan.");
    await page.getByRole("button", { name: "Bekräfta att du tackar nej" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("Du har tackat nej");
    await expect.poll(() => page.getByRole("button", { name: "Tacka ja" }).count()).toBe(0);
    await checkPage(page, "offers-answered");

    await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Uppdrag" }).click();
    await page.waitForURL(/\/volunteer\/assignments/);
    await checkPage(page, "assignments");
    const links = page.getByRole("main").getByRole("link");
    expect(await links.count()).toBeGreaterThanOrEqual(2);
    await links.first().click();
    await page.waitForURL(/\/volunteer\/assignments\/\d+/);
    await checkPage(page, "assignment");

    await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Profil" }).click();
    await page.waitForURL(/\/volunteer\/profile/);
    await checkPage(page, "profile");
    await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Kalender" }).click();
    await page.waitForURL(/\/volunteer\/calendar/);
    await checkPage(page, "calendar");

    expect(problems.filter((p) => !p.includes("status of 400"))).toEqual([]);
    await context.close();
  });
});

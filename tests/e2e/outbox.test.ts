// The coordinator sees the e-mails the plan wrote in /admin/outbox, sent by the server's loop; a unit user chooses reminders.
import path from "node:path";
import { SCREENSHOT_DIR, seriousViolations, serverAndBrowser, signInAsDemo, watchConsole } from "./server";

const e2e = serverAndBrowser();

describe("outbox page", () => {
  it("lists the offer e-mails the plan wrote, and the sender marks them sent", async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 375, height: 812 }, locale: "sv-SE" });
    const page = await context.newPage();
    const problems = watchConsole(page);
    await signInAsDemo(page, e2e.server.baseUrl, "coordinator");

    await page.goto(`${e2e.server.baseUrl}/coordinator/plan`);
    await page.getByRole("button", { name: "Skicka erbjudanden" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("Skickade erbjudanden");

    await page.goto(`${e2e.server.baseUrl}/admin/outbox`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Utkorg för e-post");
    const offers = page.getByRole("table").getByText(/^Nytt erbjudande: /);
    expect(await offers.count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);

    await expect
      .poll(async () => {
        await page.reload();
        return page.getByRole("row").filter({ hasText: "Nytt erbjudande" }).filter({ hasText: "Skickat" }).count();
      }, { timeout: 30_000, interval: 1000 })
      .toBeGreaterThan(0);
    await page.getByRole("row").filter({ hasText: "Nytt erbjudande" }).first().getByText(/^Nytt erbjudande: /).click();
    await expect.poll(() => page.locator("pre.mail-text").first().textContent()).toContain("/volunteer/offers");
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, "coordinator-outbox-375.png"), fullPage: true });
    expect(problems).toEqual([]);
    await context.close();
  });

  it("a care-unit user turns off a reminder on /unit by keyboard and sees it saved", async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 375, height: 812 }, locale: "sv-SE" });
    const page = await context.newPage();
    const problems = watchConsole(page);
    await signInAsDemo(page, e2e.server.baseUrl, "requester");
    const box = page.getByLabel("Dagen efter ett uppdrag, med en fråga om hur det gick");
    expect(await box.isChecked()).toBe(true);
    await box.focus();
    await page.keyboard.press("Space");
    await page.getByRole("button", { name: "Spara påminnelser" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("Dina val av påminnelser är sparade.");
    expect(await page.getByLabel("Dagen efter ett uppdrag, med en fråga om hur det gick").isChecked()).toBe(false);
    expect(await page.getByLabel("Dagen före ett uppdrag").isChecked()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

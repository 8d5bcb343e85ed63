// A resident on a phone, without an account: finds a self-help theme, gets a missing consent back as an error,
// registers interest digitally, sees (and is mailed) the withdrawal link, and withdraws; the coordinator sees the demo's
// Ensamhet in Jönköping ready to start. axe-clean at 375 px, no console errors.
import path from "node:path";
import { phoneFitProblems } from "./phone-fit";
import { mailTo, SCREENSHOT_DIR, seriousViolations, serverAndBrowser, signInAsDemo, watchConsole } from "./server";

const e2e = serverAndBrowser();
const EMAIL = "gran-e2e@example.se";

describe("self-help interest at phone width", () => {
  it("a resident registers interest without an account, keeps the withdrawal link and withdraws", async () => {
    const { baseUrl } = e2e.server;
    const context = await e2e.browser.newContext({ viewport: { width: 375, height: 812 }, locale: "sv-SE" });
    const page = await context.newPage();
    const problems = watchConsole(page);
    const main = page.getByRole("main");

    await page.goto(`${baseUrl}/`);
    await page.getByRole("contentinfo").getByRole("link", { name: "Självhjälpsgrupper" }).click();
    await page.waitForURL(`${baseUrl}/sjalvhjalp`);
    await expect.poll(() => main.getByRole("listitem").filter({ hasText: "Ensamhet" }).first().textContent()).toContain("Intresse anmält på 1 plats");
    expect(await seriousViolations(page)).toEqual([]);

    await main.getByRole("link", { name: "Utmattning" }).click();
    await page.waitForURL(/\/sjalvhjalp\/\d+$/);
    await expect.poll(() => main.getByText("Det är gratis att vara med.").count()).toBe(1);
    expect(await main.getByText("Digitalt: 3 anmälda").count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    // No consent: told at the checkbox, and what was typed stays.
    await page.getByLabel("Alias").fill("Gran");
    await page.getByLabel("E-post").fill(EMAIL);
    await page.getByLabel("Plats").selectOption({ label: "Digitalt" });
    await page.getByRole("button", { name: "Anmäl intresse" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("Kryssa i rutan om du samtycker");
    await expect.poll(() => page.title()).toMatch(/^Fel: /);
    expect(await page.getByLabel("Alias").inputValue()).toBe("Gran");
    expect(await seriousViolations(page)).toEqual([]);
    expect(await phoneFitProblems(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, "self-help-theme-errors-375.png"), fullPage: true });

    await page.getByLabel("Jag har läst texten och samtycker").check();
    await page.getByRole("button", { name: "Anmäl intresse" }).click();
    await expect.poll(() => main.getByRole("heading", { name: "Tack för din anmälan" }).count()).toBe(1);
    expect(await main.getByText("Du har anmält intresse för Utmattning (Digitalt).", { exact: false }).count()).toBe(1);
    const link = main.getByRole("link", { name: /\/sjalvhjalp\/aterkalla\// });
    const href = (await link.getAttribute("href"))!;
    expect(href).toMatch(/^\/sjalvhjalp\/aterkalla\/[A-Za-z0-9_-]{40,}$/);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await phoneFitProblems(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, "self-help-interest-375.png"), fullPage: true });
    expect(await mailTo(e2e.server, EMAIL, /sjalvhjalp\/aterkalla\//)).toContain(href);

    await link.click();
    await page.waitForURL(`${baseUrl}${href}`);
    await expect.poll(() => main.getByText("med aliaset Gran raderas helt", { exact: false }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Ja, radera min anmälan" }).click();
    await page.waitForURL(`${baseUrl}/sjalvhjalp?aterkallad=1`);
    await expect.poll(() => main.getByText("Din anmälan är raderad").count()).toBe(1);
    expect(await main.getByRole("listitem").filter({ hasText: "Utmattning" }).first().textContent()).toContain("Intresse anmält på 1 plats");
    expect(await seriousViolations(page)).toEqual([]);
    // The used link leads nowhere now.
    await page.goto(`${baseUrl}${href}`);
    expect(await main.getByText("Länken gäller inte.", { exact: false }).count()).toBe(1);

    expect(problems.filter((p) => !p.includes("status of 400") && !p.includes("status of 404"))).toEqual([]);
    await context.close();
  });

  it("the coordinator sees Ensamhet in Jönköping ready to start and the first group by alias", async () => {
    const { baseUrl } = e2e.server;
    const context = await e2e.browser.newContext({ viewport: { width: 375, height: 812 }, locale: "sv-SE" });
    const page = await context.newPage();
    const problems = watchConsole(page);
    await signInAsDemo(page, baseUrl, "coordinator");
    await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Självhjälp" }).click();
    await page.waitForURL(`${baseUrl}/coordinator/self-help`);
    const main = page.getByRole("main");
    const row = main.getByRole("row").filter({ hasText: "Jönköping" }).filter({ hasText: "Ensamhet" });
    await expect.poll(() => row.getByText("Redo att starta").count()).toBe(1);
    expect(await main.getByText("@example.se", { exact: false }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await row.getByRole("link", { name: "Visa anmälda till Ensamhet, Jönköping" }).click();
    await expect.poll(() => main.getByRole("heading", { name: "Ensamhet, Jönköping" }).count()).toBe(1);
    expect(await main.getByText("Vitsippa").count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await phoneFitProblems(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, "coordinator-self-help-375.png"), fullPage: true });
    expect(problems).toEqual([]);
    await context.close();
  });
});

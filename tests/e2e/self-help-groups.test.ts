// Starting a self-help group at phone width: the fifth resident registers interest for Utmattning digitally, the
// coordinator sees it ready, opens "Starta grupp", finds the demo starter ranked first, starts the group and sees the
// five aliases invited; the invited resident confirms by the mailed link; the starter signs in and sees the group.
// axe-clean at 375 px, no console errors.
import path from "node:path";
import type { Page } from "playwright-core";
import { phoneFitProblems } from "./phone-fit";
import { mailTo, SCREENSHOT_DIR, seriousViolations, serverAndBrowser, signInAsDemo, watchConsole } from "./server";

const e2e = serverAndBrowser();
const PHONE = { viewport: { width: 375, height: 812 }, locale: "sv-SE" } as const;

async function register(page: Page, baseUrl: string, alias: string, reach: { email?: string; phone?: string }) {
  await page.goto(`${baseUrl}/sjalvhjalp`);
  await page.getByRole("main").getByRole("link", { name: "Utmattning" }).click();
  await page.waitForURL(/\/sjalvhjalp\/\d+$/);
  await page.getByLabel("Alias").fill(alias);
  if (reach.email) await page.getByLabel("E-post").fill(reach.email);
  if (reach.phone) await page.getByLabel("Telefon").fill(reach.phone);
  await page.getByLabel("Plats").selectOption({ label: "Digitalt" });
  await page.getByLabel("Jag har läst texten och samtycker").check();
  await page.getByRole("button", { name: "Anmäl intresse" }).click();
  await expect.poll(() => page.getByRole("main").getByRole("heading", { name: "Tack för din anmälan" }).count()).toBe(1);
}

describe("self-help groups at phone width", () => {
  it("the fifth registration makes a group ready; the coordinator starts it with the best starter and the members are invited", async () => {
    const { baseUrl } = e2e.server;
    const resident = await e2e.browser.newContext(PHONE);
    const residentPage = await resident.newPage();
    const residentProblems = watchConsole(residentPage);
    // The demo has three waiting for Utmattning digitally: these two make five.
    await register(residentPage, baseUrl, "Lind", { email: "lind-e2e@example.se" });
    await register(residentPage, baseUrl, "Asp", { phone: "070-174 06 99" });
    expect(await seriousViolations(residentPage)).toEqual([]);

    const context = await e2e.browser.newContext(PHONE);
    const page = await context.newPage();
    const problems = watchConsole(page);
    const main = page.getByRole("main");
    await signInAsDemo(page, baseUrl, "coordinator");
    await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Självhjälp" }).click();
    await page.waitForURL(`${baseUrl}/coordinator/self-help`);
    const row = main.getByRole("row").filter({ hasText: "Utmattning" }).filter({ hasText: "Digitalt" });
    await expect.poll(() => row.getByText("Redo att starta").count()).toBe(1);
    expect(await main.getByRole("heading", { name: "Grupper", exact: true }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    await row.getByRole("link", { name: "Starta grupp: Utmattning, Digitalt" }).click();
    await page.waitForURL(/\/coordinator\/self-help\/start\?tema=\d+&plats=digital$/);
    await expect.poll(() => main.getByRole("heading", { name: "Starta grupp: Utmattning, Digitalt" }).count()).toBe(1);
    const starters = main.getByRole("group", { name: "Välj igångsättare för de 4 första träffarna" }).getByRole("radio");
    expect(await starters.first().isChecked()).toBe(true);
    expect(await main.getByRole("radio", { name: /^Ingrid Igång/ }).isChecked()).toBe(true);
    expect(await main.getByText("Vera Värn: Utanför sitt område").count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await phoneFitProblems(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, "self-help-start-375.png"), fullPage: true });

    await page.getByLabel("Mötesplats").fill("Videomöte – länken mejlas dagen före");
    await page.getByRole("button", { name: "Starta gruppen och skicka inbjudningar" }).click();
    await page.waitForURL(/\/coordinator\/self-help\/groups\/\d+\?startad=1$/);
    await expect.poll(() => main.getByText("Gruppen är startad och inbjudningarna är skickade.").count()).toBe(1);
    const members = main.getByRole("region", { name: "Deltagare" }).getByRole("listitem");
    // In registration order, and those who left only a phone number listed again with it, to be called.
    await expect.poll(() => members.allTextContents()).toEqual([
      "Moln · Inbjuden", "Fyr · Inbjuden", "Ekorre · Inbjuden", "Lind · Inbjuden", "Asp · Inbjuden",
      "Moln: 070-174 06 10", "Ekorre: 070-174 06 12", "Asp: 070-174 06 99",
    ]);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await phoneFitProblems(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, "self-help-group-375.png"), fullPage: true });
    expect(problems).toEqual([]);
    await context.close();

    // The resident answers by the personal link, without an account.
    const mail = await mailTo(e2e.server, "lind-e2e@example.se", /sjalvhjalp\/grupp\//);
    const href = /\/sjalvhjalp\/grupp\/[A-Za-z0-9_-]+/.exec(mail)![0];
    await residentPage.goto(`${baseUrl}${href}`);
    await expect.poll(() => residentPage.getByText("med aliaset Lind", { exact: false }).count()).toBe(1);
    expect(await residentPage.getByText("Moln").count()).toBe(0);
    expect(await seriousViolations(residentPage)).toEqual([]);
    await residentPage.getByRole("button", { name: "Ja, jag kommer" }).click();
    await expect.poll(() => residentPage.getByText("Tack! Du är anmäld till gruppen.", { exact: false }).count()).toBe(1);
    expect(await seriousViolations(residentPage)).toEqual([]);
    expect(residentProblems).toEqual([]);
    await resident.close();
  });

  it("the starter signs in and sees the new group under aliases in her own menu", async () => {
    const { baseUrl } = e2e.server;
    const context = await e2e.browser.newContext(PHONE);
    const page = await context.newPage();
    const problems = watchConsole(page);
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel("E-postadress").fill("igangsattare@example.se");
    await page.getByLabel("Lösenord").fill("levande-demo-2026");
    await page.getByRole("button", { name: "Logga in" }).click();
    await page.waitForURL(`${baseUrl}/volunteer`);
    await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Mina grupper" }).click();
    await page.waitForURL(`${baseUrl}/volunteer/groups`);
    const main = page.getByRole("main");
    await expect.poll(() => main.getByRole("heading", { name: "Utmattning, Digitalt", level: 2 }).count()).toBe(1);
    const group = main.getByRole("article", { name: "Utmattning, Digitalt" });
    expect(await group.getByText("Lind · Kommer").count()).toBe(1);
    expect(await main.getByText("070-174", { exact: false }).count()).toBe(0);
    expect(await main.getByRole("heading", { name: "Nära anhörigs död, Digitalt", exact: true, level: 2 }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await phoneFitProblems(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, "starter-groups-375.png"), fullPage: true });
    expect(problems).toEqual([]);
    await context.close();
  });
});

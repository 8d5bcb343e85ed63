// Lärcafé on a phone: the demo care unit starts a series of three sessions (after a wrong start time comes back as an
// error), sees each session's book request, and the coordinator finds those requests on the request desk.
import type { Page } from "playwright-core";
import { addDays, instantToLocal } from "~/domain/stockholm-time";
import { pageCheck, PHONE } from "./journey-helpers";
import { serverAndBrowser, signInAsDemo, watchConsole } from "./server";

const e2e = serverAndBrowser();
const checkPage = pageCheck("larcafe");
const TITLE = "Hjärtkafé i Huskvarna";

async function menuLink(page: Page, name: string) {
  const link = page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name, exact: true });
  await expect.poll(() => link.count()).toBe(1);
  await link.click();
}

describe("Lärcafé at phone width", () => {
  it("a unit starts a series of three sessions, and each session's book request reaches the coordinator's desk", async () => {
    const unit = await e2e.browser.newContext(PHONE);
    const page = await unit.newPage();
    const problems = watchConsole(page);
    await signInAsDemo(page, e2e.server.baseUrl, "requester");
    await menuLink(page, "Lärcafé");
    await page.waitForURL(/\/unit\/larcafe$/);
    await expect.poll(() => page.getByRole("link", { name: "Diabetes i vardagen" }).count()).toBe(1);
    await checkPage(page, "list");

    await page.getByRole("link", { name: "Nytt lärcafé" }).click();
    await page.waitForURL(/\/unit\/larcafe\/new$/);
    const first = addDays(instantToLocal(new Date()).date, 14);
    await page.getByLabel("Namn på lärcaféet").fill(TITLE);
    await page.getByLabel(/^Tema/).selectOption({ label: "Hjärt- och lungsjukdom" });
    await page.getByLabel("Ungefär hur många deltagare?").fill("10");
    await page.getByLabel("Adress").fill("Kungsgatan 14, Huskvarna");
    await page.getByLabel("Starttid").fill("kväll");
    await page.getByLabel("Första träffens datum").fill(first);
    await page.getByLabel("Intervall").selectOption({ label: "Varannan vecka" });
    await page.getByLabel("Antal träffar").fill("3");
    await page.getByLabel("Telefon").fill("036-10 20 30");
    await page.getByRole("button", { name: "Skapa lärcaféet och förfrågningarna" }).click();

    await expect.poll(() => page.getByRole("alert").textContent()).toContain("Starttid: Skriv starttiden som TT:MM, till exempel 17:30.");
    await expect.poll(() => page.title()).toMatch(/^Fel: /);
    expect(await page.getByLabel("Namn på lärcaféet").inputValue()).toBe(TITLE);
    await checkPage(page, "new-error");
    await page.getByLabel("Starttid").fill("17:30");
    await page.getByRole("button", { name: "Skapa lärcaféet och förfrågningarna" }).click();

    await page.waitForURL(/\/unit\/larcafe\/\d+\?notis=skapad$/);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(TITLE);
    expect(await page.getByText("Lärcaféet är skapat, med en förfrågan om en levande bok för varje träff.").count()).toBe(1);
    const requests = page.getByRole("link", { name: /^Förfrågan för träff \d: Öppen$/ });
    expect(await requests.count()).toBe(3);
    await checkPage(page, "series");
    // The wrong start time was answered with a 400 on purpose; nothing else may be logged.
    expect(problems.filter((p) => !p.includes("status of 400"))).toEqual([]);
    await unit.close();

    const desk = await e2e.browser.newContext(PHONE);
    const coordinator = await desk.newPage();
    const coordinatorProblems = watchConsole(coordinator);
    await signInAsDemo(coordinator, e2e.server.baseUrl, "coordinator");
    await menuLink(coordinator, "Förfrågningar");
    await coordinator.waitForURL(/\/coordinator\/requests/);
    for (const n of [1, 2, 3]) await expect.poll(() => coordinator.getByRole("link", { name: `Lärcafé: ${TITLE} (träff ${n} av 3)` }).count()).toBe(1);
    await checkPage(coordinator, "desk");

    await menuLink(coordinator, "Lärcafé");
    await coordinator.waitForURL(/\/coordinator\/larcafe$/);
    await expect.poll(() => coordinator.getByRole("heading", { name: TITLE }).count()).toBe(1);
    await checkPage(coordinator, "coordinator");
    expect(coordinatorProblems).toEqual([]);
    await desk.close();
  });
});

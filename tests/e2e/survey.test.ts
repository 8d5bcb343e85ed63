// The self-efficacy survey on a phone: the demo care unit makes links on its Lärcafé's page, a participant opens one
// without an account, gets a missing answer back as an error, answers, and cannot answer twice. axe-clean at 375 px.
import { hydrated, pageCheck, PHONE } from "./journey-helpers";
import { serverAndBrowser, signInAsDemo, watchConsole } from "./server";

const e2e = serverAndBrowser();
const checkPage = pageCheck("survey");

describe("the self-efficacy survey at phone width", () => {
  it("a unit hands out links and a participant answers once, anonymously", async () => {
    const { baseUrl } = e2e.server;
    const unit = await e2e.browser.newContext(PHONE);
    const page = await unit.newPage();
    const problems = watchConsole(page);
    await signInAsDemo(page, baseUrl, "requester");
    await page.goto(`${baseUrl}/unit/larcafe`);
    await page.getByRole("link", { name: "Diabetes i vardagen" }).click();
    await page.waitForURL(/\/unit\/larcafe\/\d+$/);
    await hydrated(page);
    await page.getByLabel("Antal länkar").fill("2");
    await page.getByRole("button", { name: "Skapa länkar" }).click();
    await expect.poll(() => page.getByText("2 länkar skapade.", { exact: false }).count()).toBe(1);
    const links = await page.locator(".survey-links code").allTextContents();
    expect(links).toHaveLength(2);
    await checkPage(page, "links");
    expect(problems).toEqual([]);
    await unit.close();

    const participant = await e2e.browser.newContext(PHONE);
    const form = await participant.newPage();
    const formProblems = watchConsole(form);
    const path = new URL(links[0]).pathname;
    await form.goto(`${baseUrl}${path}`);
    await expect.poll(() => form.getByRole("heading", { level: 1 }).textContent()).toBe("Enkät: din egen förmåga");
    await checkPage(form, "form");
    await hydrated(form);
    await form.getByLabel("Vill du berätta mer? (frivilligt)").fill("Jag vågar fråga mer nu.");
    await form.getByRole("button", { name: "Skicka svaret" }).click();
    await expect.poll(() => form.getByRole("alert").textContent()).toContain("Välj ett av de fem svaren.");
    expect(await form.getByLabel("Vill du berätta mer? (frivilligt)").inputValue()).toBe("Jag vågar fråga mer nu.");
    await checkPage(form, "error");
    await form.getByLabel("4 – Stämmer ganska bra").check();
    await form.getByRole("button", { name: "Skicka svaret" }).click();
    await expect.poll(() => form.getByRole("status").textContent()).toContain("Tack för ditt svar!");
    await checkPage(form, "thanks");

    await form.goto(`${baseUrl}${path}`);
    await expect.poll(() => form.getByText("Den här länken har redan använts.", { exact: false }).count()).toBe(1);
    // The missing answer was a 400 and the used link a 410, on purpose.
    expect(formProblems.filter((p) => !p.includes("status of 400") && !p.includes("status of 410"))).toEqual([]);
    await participant.close();
  });
});

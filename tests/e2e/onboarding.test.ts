// Onboarding in Chromium at 375 px: a coordinator creates and invites a person, whose card stays out of the catalogue;
// the volunteer signs in to a task list and does her part; the coordinator records training and approves; the unit sees the card.
import path from "node:path";
import type { Page } from "playwright-core";
import { focusedAndVisible } from "./journey-helpers";
import { SCREENSHOT_DIR, seriousViolations, serverAndBrowser, signInAsDemo, watchConsole } from "./server";

const NAME = "Nora Nyström";
const EMAIL = "nora.nystrom@example.se";
const TITLE = "Att leva med hörselnedsättning";
const PASSWORD = "nora-hör-bra-2026";
const SEARCH = "/catalogue?q=h%C3%B6rselneds%C3%A4ttning";

const env = serverAndBrowser();

async function phone() {
  const context = await env.browser.newContext({ viewport: { width: 375, height: 812 }, locale: "sv-SE" });
  const page = await context.newPage();
  return { page, problems: watchConsole(page) };
}

async function check(page: Page, name: string) {
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `onboarding-${name}-375.png`), fullPage: true });
}

const statusOf = (page: Page, task: string) => page.locator(".task-list__item", { hasText: task }).locator(".task-list__status").textContent();

describe("a new volunteer's way into the catalogue", () => {
  it("stays out of the catalogue until the coordinator approves, with a task list in between", async () => {
    const { server } = env;
    const coordinator = await phone();
    const requester = await phone();
    const volunteer = await phone();
    await signInAsDemo(coordinator.page, server.baseUrl, "coordinator");
    await signInAsDemo(requester.page, server.baseUrl, "requester");

    // The coordinator creates the person: the card waits for approval.
    const c = coordinator.page;
    await c.goto(`${server.baseUrl}/admin/people/new`);
    await c.getByLabel("Namn").fill(NAME);
    await c.getByLabel("E-post").fill(EMAIL);
    await c.getByLabel("Med sedan").fill("2025-01-15");
    await c.getByLabel("Bok", { exact: true }).check();
    await c.getByLabel("Titel som Bok").fill(TITLE);
    await c.getByRole("button", { name: "Skapa person" }).click();
    await c.waitForURL(/\/admin\/people\/\d+\?skapad=1$/);
    const personUrl = c.url().replace(/\?.*$/, "");
    const card = c.getByRole("region", { name: "Katalogkort" });
    expect(await card.textContent()).toContain("Väntar på godkännande");
    expect(await card.getByRole("listitem").allTextContents()).toEqual(["Har inget konto", "Saknar presentation", "Saknar erfarenhetsområden", "Har inga tider", "Saknar utbildning"]);
    await check(c, "person-waiting");

    // … and invites her.
    await c.goto(`${server.baseUrl}/admin/users`);
    const invite = c.getByRole("region", { name: "Bjud in användare" });
    await invite.getByLabel("E-post").fill(EMAIL);
    await invite.getByLabel("Namn").fill(NAME);
    await invite.getByLabel("Roll").selectOption({ label: "Volontär" });
    await invite.getByLabel("Volontär (person)").selectOption({ label: NAME });
    await invite.getByRole("button", { name: "Skapa inbjudan" }).click();
    const link = await c.locator("code.break").textContent();
    expect(link).toMatch(/\/invite\//);

    // The unit does not find the card, by search or by its address.
    const r = requester.page;
    await r.goto(`${server.baseUrl}${SEARCH}`);
    expect(await r.getByRole("status").textContent()).toBe("Inga kort matchar.");
    const personId = personUrl.split("/").pop();
    // Fetched rather than opened, so the 404 does not show up as a console error.
    expect((await r.request.get(`${server.baseUrl}/catalogue/${personId}?role=book`)).status()).toBe(404);

    // The volunteer accepts the invite and lands on a task list.
    const v = volunteer.page;
    await v.goto(new URL(new URL(link!).pathname, server.baseUrl).href);
    await v.getByLabel("Nytt lösenord").fill(PASSWORD);
    await v.getByLabel("Upprepa lösenordet").fill(PASSWORD);
    await v.getByRole("button", { name: "Spara lösenord och logga in" }).click();
    await v.waitForURL(`${server.baseUrl}/volunteer`);
    const tasks = v.getByRole("region", { name: "Kom igång" });
    expect(await tasks.textContent()).toContain("0 av 6 steg är klara.");
    expect(await statusOf(v, "Ange när du brukar kunna")).toBe("Inte klar");
    expect(await statusOf(v, "Ditt kort publiceras i katalogen")).toBe("Väntar på samordnaren");
    await check(v, "volunteer-tasks");

    // She follows the first task to her profile, writes a presentation and chooses what the form asks for.
    await tasks.getByRole("link", { name: "Skriv din presentation" }).click();
    await v.waitForURL(`${server.baseUrl}/volunteer/profile#presentation_book`);
    await v.getByLabel("Presentation", { exact: true }).fill("Jag hörde allt sämre i tjugo år innan någon lyssnade. Jag berättar om vägen till hjälpmedel.");
    await v.getByRole("group", { name: "Erfarenhetsområden" }).getByRole("checkbox").first().check();
    await v.getByLabel("Föreläsning", { exact: true }).check();
    await v.getByLabel("svenska", { exact: true }).check();
    await v.getByLabel("Jag kan ta digitala uppdrag").check();
    await v.getByRole("button", { name: "Spara profilen" }).click();
    await v.waitForURL(/\/volunteer\/profile\?sparad=1$/);
    await v.goto(`${server.baseUrl}/volunteer`);
    expect(await v.getByRole("region", { name: "Kom igång" }).textContent()).toContain("2 av 6 steg är klara.");
    expect(await statusOf(v, "Skriv din presentation")).toBe("Klar");

    // The coordinator's list shows her among the cards to approve, with what is still missing.
    await c.goto(`${server.baseUrl}/admin/people?godkannande=1`);
    const waiting = c.getByRole("region", { name: /Väntar på godkännande/ }).locator("tr", { hasText: NAME });
    expect(await waiting.locator("td").nth(2).textContent()).toBe("Har inga tider, Saknar utbildning");
    await check(c, "approval-queue");
    // The full list marks her card as waiting too.
    await c.getByRole("link", { name: "Alla personer" }).click();
    await c.waitForURL(`${server.baseUrl}/admin/people`);
    await expect.poll(() => c.getByRole("region", { name: /Väntar på godkännande/ }).count()).toBe(0);
    expect(await c.locator("tr", { hasText: NAME }).locator("td").nth(2).textContent()).toBe("Aktiv, väntar på godkännande");
    await check(c, "people-list");
    await c.goto(`${server.baseUrl}/admin/people?godkannande=1`);

    // The coordinator records her training and approves the card.
    await waiting.getByRole("link", { name: NAME }).click();
    await c.waitForURL(personUrl);
    const training = c.getByRole("region", { name: "Utbildningar", exact: true });
    await training.getByLabel("Utbildning", { exact: true }).selectOption({ label: "Grundutbildning" });
    await training.getByLabel("Datum").fill("2025-02-01");
    await training.getByRole("button", { name: "Lägg till utbildning" }).click();
    await expect.poll(() => training.textContent()).toContain("Grundutbildning:");
    await c.getByRole("button", { name: "Godkänn och publicera kortet" }).click();
    await c.waitForURL(`${personUrl}?kort=publicerat`);
    await expect.poll(() => c.getByRole("status", { name: "Klart" }).textContent()).toContain("Kortet är godkänt och syns nu i katalogen.");
    await expect.poll(() => focusedAndVisible(c, ".notification-banner")).toBe("focused, in view");
    await check(c, "person-approved");

    // The unit now finds the card, and the volunteer's task list says it is published.
    await r.goto(`${server.baseUrl}${SEARCH}`);
    expect(await r.getByRole("status").textContent()).toBe("1 kort matchar.");
    expect(await r.getByRole("heading", { name: TITLE }).count()).toBe(1);
    await check(r, "catalogue-published");
    await v.reload();
    expect(await statusOf(v, "Ditt kort publiceras i katalogen")).toBe("Klar");

    expect([...coordinator.problems, ...requester.problems, ...volunteer.problems]).toEqual([]);
  });
});

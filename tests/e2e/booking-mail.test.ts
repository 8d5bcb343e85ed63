// The booking confirmation as the volunteer's mailbox gets it: the details, and an invitation that ical.js reads
// with the same UID and SEQUENCE as the event in her calendar feed; the unit's copy names her by first name only.
import path from "node:path";
import ICAL from "ical.js";
import type { Page } from "playwright-core";
import { icsAttachment } from "../setup/mime";
import { mailbox } from "./journey-helpers";
import { mailTo, SCREENSHOT_DIR, seriousViolations, serverAndBrowser, signInAsDemo, watchConsole } from "./server";

const e2e = serverAndBrowser();

async function checkPage(page: Page, name: string) {
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `booking-mail-${name}-375.png`), fullPage: true });
}

const vevent = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!;

describe("the booking confirmation mail", () => {
  it("carries the details and an .ics with the feed's UID, to the volunteer and to the unit", async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 375, height: 812 }, locale: "sv-SE" });
    const page = await context.newPage();
    const problems = watchConsole(page);
    await signInAsDemo(page, e2e.server.baseUrl, "volunteer");
    await page.goto(`${e2e.server.baseUrl}/volunteer/offers`);
    await page.getByRole("button", { name: "Tacka ja" }).first().click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("Du har tackat ja");
    await checkPage(page, "accepted");

    const text = await mailTo(e2e.server, "volontar@example.se", /Du är bokad till/);
    expect(text).toMatch(/^Kontaktperson: .+, telefon .+$/m);
    expect(text).toMatch(/^Plats: .+$/m);
    expect(text).toMatch(/^Förbered: .+$/m);
    const assignmentLink = /^Öppna uppdraget: (http\S+\/volunteer\/assignments\/(\d+))$/m.exec(text);
    expect(assignmentLink).not.toBeNull();
    const assignmentId = assignmentLink![2];

    const volunteerMail = mailbox(e2e.server).find((m) => /^To: volontar@example\.se$/m.test(m.raw) && m.text.includes("Du är bokad till"))!;
    const invite = new ICAL.Component(ICAL.parse(icsAttachment(volunteerMail.raw)!));
    expect(invite.getFirstPropertyValue("method")).toBe("REQUEST");
    const event = invite.getFirstSubcomponent("vevent")!;
    expect(event.getFirstPropertyValue("uid")).toBe(`assignment-${assignmentId}@levande`);

    await page.goto(`${e2e.server.baseUrl}/volunteer/calendar`);
    await page.getByRole("button", { name: "Skapa länk" }).click();
    const feedUrl = await page.getByRole("textbox", { name: "Kalenderlänk", exact: true }).inputValue();
    await checkPage(page, "calendar");
    const feed = new ICAL.Component(ICAL.parse(await (await fetch(feedUrl)).text()));
    const inFeed = feed.getAllSubcomponents("vevent").find((e) => e.getFirstPropertyValue("uid") === event.getFirstPropertyValue("uid"));
    expect(inFeed).toBeDefined();
    expect(inFeed!.getFirstPropertyValue("sequence")).toBe(event.getFirstPropertyValue("sequence"));
    expect((inFeed!.getFirstPropertyValue("dtstart") as ICAL.Time).toJSDate().getTime()).toBe((event.getFirstPropertyValue("dtstart") as ICAL.Time).toJSDate().getTime());

    await page.goto(assignmentLink![1]);
    await page.waitForURL(/\/volunteer\/assignments\/\d+/);
    await checkPage(page, "assignment");

    // The unit's copy: the same event, the volunteer's first name, never her e-mail.
    await expect.poll(() => mailbox(e2e.server).filter((m) => m.text.includes("Den som kommer:")).length, { timeout: 20_000 }).toBeGreaterThan(0);
    const unitMail = mailbox(e2e.server).find((m) => m.text.includes("Den som kommer:") && icsAttachment(m.raw)?.includes(`assignment-${assignmentId}@levande`));
    expect(unitMail).toBeDefined();
    expect(vevent(icsAttachment(unitMail!.raw)!).getFirstPropertyValue("sequence")).toBe(event.getFirstPropertyValue("sequence"));
    expect(unitMail!.text).toMatch(/^Kort i katalogen: .+$/m);
    expect(unitMail!.raw).not.toContain("volontar@example.se");

    expect(problems).toEqual([]);
    await context.close();
  });
});

// Blocking a day or pausing over a booking, in Chromium at phone width: the volunteer blocks the day of a booking,
// sees what it touches, calls it off (the event is cancelled in the feed, the coordinator is told, her calendar file
// drops it); a coordinator pausing her over the rest from /admin/people/<id> gets the same question, with the same result.
import type { Page } from "playwright-core";
import { instantToLocal } from "~/domain/stockholm-time";
import { feedEvents, focusedAndVisible, invitation, mailWith, pageCheck, PHONE, serverDatabase } from "./journey-helpers";
import { serverAndBrowser, signInAsDemo, watchConsole } from "./server";

const e2e = serverAndBrowser();
const check = pageCheck("pause-over-booking");
const REASON = "Jag ska opereras";

/** The second step took focus: the section that lists what the period touches. */
const touchesFocused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("aria-labelledby"));

describe("a block or a pause over a booking", () => {
  it("asks first, and calling the booking off cancels it as 'Jag kan inte komma' does — from the volunteer's page and the coordinator's", async () => {
    const { server } = e2e;
    const base = server.baseUrl;
    const context = await e2e.browser.newContext(PHONE);
    const page = await context.newPage();
    const problems = watchConsole(page);
    await signInAsDemo(page, base, "volunteer");

    // A second booking, so one is left for the coordinator's pause.
    await page.goto(`${base}/volunteer/offers`);
    await page.getByRole("button", { name: "Tacka ja" }).first().click();
    await expect.poll(() => page.locator(".notification-banner").first().textContent()).toContain("Du har tackat ja");
    await page.goto(`${base}/volunteer/calendar`);
    await page.getByRole("button", { name: "Skapa länk" }).click();
    const feedUrl = await page.getByRole("textbox", { name: "Kalenderlänk", exact: true }).inputValue();
    const coming = (await feedEvents(feedUrl)).filter((e) => e.status === "CONFIRMED" && e.start.getTime() > Date.now() + 86_400_000).sort((a, b) => a.start.getTime() - b.start.getTime());
    const blocked = coming[0];
    const day = instantToLocal(blocked.start).date;

    // She blocks the day: the second step lists the booking and asks; she calls it off with a reason.
    await page.goto(`${base}/volunteer/availability`);
    await page.getByLabel("Från datum").fill(day);
    await page.getByRole("button", { name: "Lägg till undantag" }).click();
    await expect.poll(() => page.getByRole("heading", { name: "Du har uppdrag eller erbjudanden de dagarna" }).count()).toBe(1);
    await expect.poll(() => touchesFocused(page)).toBe("touches-title");
    expect(await page.getByRole("region", { name: "Du har uppdrag eller erbjudanden de dagarna" }).getByRole("listitem").count()).toBeGreaterThan(0);
    await check(page, "block-touches");
    await page.getByLabel(/^Ställ in dem/).check();
    await page.getByLabel("Anledning om de ställs in").fill(REASON);
    await page.getByRole("button", { name: "Spara undantaget" }).click();
    await page.waitForURL(/installda=\d+/);
    await expect.poll(() => page.locator(".notification-banner").first().textContent()).toMatch(/Undantaget är sparat\. \d+ bokade uppdrag är inställda/);
    await expect.poll(() => focusedAndVisible(page, ".notification-banner")).toBe("focused, in view");
    await check(page, "block-cancelled");

    // The same consequences as "Jag kan inte komma": CANCELLED in the feed, the coordinator told, her confirmation with the CANCEL.
    expect((await feedEvents(feedUrl)).find((e) => e.uid === blocked.uid)).toMatchObject({ status: "CANCELLED" });
    const assignmentId = /^assignment-(\d+)@levande$/.exec(blocked.uid)![1];
    expect(serverDatabase(server, (db) => db.prepare("select status, cancelled_by from assignments where id = ?").get(assignmentId))).toEqual({ status: "cancelled", cancelled_by: "volunteer" });
    expect((await mailWith(server, "samordnare@example.se", new RegExp(`Anledning: ${REASON}`))).text).toMatch(/volontären kan inte komma/);
    const confirmation = await mailWith(server, "volontar@example.se", new RegExp(`Anledning: ${REASON}`));
    expect(confirmation.text).toContain("Du har ställt in uppdraget");
    expect(invitation(confirmation.ics!)).toMatchObject({ method: "CANCEL", uid: blocked.uid, status: "CANCELLED" });

    // The coordinator pauses her until further notice: the same question lists the remaining bookings.
    const desk = await e2e.browser.newContext(PHONE);
    const deskPage = await desk.newPage();
    problems.push(...watchConsole(deskPage));
    await signInAsDemo(deskPage, base, "coordinator");
    const { person_id: personId } = serverDatabase(server, (db) => db.prepare("select person_id from users where email = 'volontar@example.se'").get()) as { person_id: number };
    await deskPage.goto(`${base}/admin/people/${personId}`);
    await deskPage.getByRole("button", { name: "Pausa", exact: true }).click();
    const question = deskPage.getByRole("region", { name: "Camilla Strömberg har uppdrag eller erbjudanden under pausen" });
    await expect.poll(() => question.count()).toBe(1);
    await expect.poll(() => touchesFocused(deskPage)).toBe("touches-title");
    expect(await question.getByRole("group", { name: "Vad vill du göra med de bokade uppdragen?" }).count()).toBe(1);
    await check(deskPage, "pause-touches");
    await question.getByLabel(/^Ställ in dem/).check();
    await question.getByRole("button", { name: "Spara pausen" }).click();
    await deskPage.waitForURL(/\?sparad=1$/);
    await expect.poll(() => focusedAndVisible(deskPage, ".notification-banner")).toBe("focused, in view");
    await check(deskPage, "paused");

    const kept = coming.find((e) => instantToLocal(e.start).date !== day);
    expect(kept).toBeDefined();
    expect((await feedEvents(feedUrl)).find((e) => e.uid === kept!.uid)).toMatchObject({ status: "CANCELLED" });
    const told = await mailWith(server, "volontar@example.se", /Ditt uppdrag .+ är inställt\./);
    expect(told.text).toContain("Anledning: Pausad");
    expect(invitation(told.ics!)).toMatchObject({ method: "CANCEL", status: "CANCELLED" });

    expect(problems).toEqual([]);
    await Promise.all([context.close(), desk.close()]);
  });
});

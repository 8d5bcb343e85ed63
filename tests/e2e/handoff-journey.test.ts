// Every hand-off of one request, chained, at phone width: the care unit asks, the coordinator offers, the offer runs
// out and the server offers the next candidate by itself, she accepts, both parties' mails carry the booking with the
// feed's calendar event, then she cannot come: the request reopens, the unit and the coordinator are told, and her own
// confirmation takes the event out of her calendar. axe on every page, the banner focused after every action.
import type { Page } from "playwright-core";
import { focusedAndVisible, invitation, mailWith, pageCheck, PHONE, serverDatabase, signInAsVolunteer, slotDate, submitRequest } from "./journey-helpers";
import { serverAndBrowser, signInAsDemo, watchConsole } from "./server";

const e2e = serverAndBrowser();
const TITLE = "Lärcafé om att få vänta";
const REASON = "Min mamma har blivit sjuk";
const check = pageCheck("handoff-journey");

/** The banner an action leads to: it says `text`, has focus and is on screen. */
async function bannerSays(page: Page, text: string) {
  await expect.poll(() => page.locator(".notification-banner").first().textContent()).toContain(text);
  await expect.poll(() => focusedAndVisible(page, ".notification-banner")).toBe("focused, in view");
}

describe("one request through every hand-off", () => {
  it("request → offer → expiry → automatic next offer → yes with mails and .ics → can't come → reopened and everyone told", { timeout: 240_000 }, async () => {
    const { server } = e2e;
    const base = server.baseUrl;
    const problems: string[] = [];
    const open = async () => {
      const context = await e2e.browser.newContext(PHONE);
      const page = await context.newPage();
      problems.push(...watchConsole(page));
      return { context, page };
    };

    // The care unit asks, and gets a receipt.
    const unit = await open();
    await signInAsDemo(unit.page, base, "requester");
    const requestId = await submitRequest(unit.page, base, { title: TITLE, date: slotDate() });
    await bannerSays(unit.page, "Förfrågan är skickad");
    await check(unit.page, "unit-sent");
    expect((await mailWith(server, "enhet@example.se", /Vi har tagit emot er förfrågan ”Lärcafé om att få vänta”/)).text).toContain(`/unit/requests/${requestId}`);

    // The coordinator offers it to the top candidate.
    const desk = await open();
    await signInAsDemo(desk.page, base, "coordinator");
    await desk.page.goto(`${base}/coordinator/requests/${requestId}`);
    await check(desk.page, "desk-request");
    await desk.page.getByRole("region", { name: "Föreslagna personer" }).getByRole("checkbox").first().check();
    await desk.page.getByRole("button", { name: "Skicka erbjudanden" }).click();
    await desk.page.waitForURL(/notis=erbjudna/);
    await bannerSays(desk.page, "Erbjudanden skickade: 1.");
    await check(desk.page, "desk-offered");
    const first = serverDatabase(server, (db) =>
      db
        .prepare(
          "select offers.person_id, coalesce(users.email, people.email) as email from offers join people on people.id = offers.person_id left join users on users.person_id = people.id where offers.request_id = ? and offers.status = 'pending'",
        )
        .get(requestId),
    ) as { person_id: number; email: string };
    await mailWith(server, first.email, /”Lärcafé om att få vänta”/);

    // Its reply date passes; the server's schedule expires it and offers the next candidate, who is mailed.
    serverDatabase(server, (db) => db.prepare("update offers set reply_by = ? where request_id = ? and status = 'pending'").run(new Date(Date.now() - 60_000).toISOString(), requestId));
    let next: { person_id: number; email: string } | undefined;
    await expect
      .poll(
        () =>
          (next = serverDatabase(server, (db) =>
            db
              .prepare("select offers.person_id, users.email from offers join users on users.person_id = offers.person_id where request_id = ? and status = 'pending' and cascade_step = 1")
              .get(requestId),
          ) as typeof next) !== undefined,
        { timeout: 100_000, interval: 2_000 },
      )
      .toBe(true);
    expect(next!.person_id).not.toBe(first.person_id);
    expect((await mailWith(server, next!.email, /”Lärcafé om att få vänta”/)).text).toContain("/volunteer/offers");
    await desk.page.reload();
    expect(await desk.page.getByRole("region", { name: "Erbjudanden" }).getByText("Svarstiden gick ut").count()).toBe(1);
    await check(desk.page, "desk-next-offered");

    // She accepts.
    const volunteer = await open();
    await signInAsVolunteer(volunteer.page, server, next!.email);
    await volunteer.page.goto(`${base}/volunteer/offers`);
    await check(volunteer.page, "volunteer-offers");
    await volunteer.page.getByRole("article", { name: TITLE }).getByRole("button", { name: "Tacka ja" }).click();
    await bannerSays(volunteer.page, "Du har tackat ja");
    await check(volunteer.page, "volunteer-accepted");

    // Both parties' mails carry the booking, each with an invitation that is the feed's event.
    const hers = await mailWith(server, next!.email, /Du är bokad till ”Lärcafé om att få vänta”/);
    const theirs = await mailWith(server, "enhet@example.se", /Er förfrågan ”Lärcafé om att få vänta” är bokad/);
    expect(hers.text).toMatch(/^Kontaktperson: .+, telefon 036-10 20 30$/m);
    expect(theirs.text).toMatch(/^Den som kommer: .+$/m);
    const assignmentUrl = /^Öppna uppdraget: (http\S+\/volunteer\/assignments\/(\d+))$/m.exec(hers.text)!;
    const uid = `assignment-${assignmentUrl[2]}@levande`;
    for (const mail of [hers, theirs]) expect(invitation(mail.ics!)).toMatchObject({ method: "REQUEST", uid, status: "CONFIRMED" });
    await volunteer.page.goto(`${base}/volunteer/calendar`);
    await volunteer.page.getByRole("button", { name: "Skapa länk" }).click();
    const feedUrl = await volunteer.page.getByRole("textbox", { name: "Kalenderlänk", exact: true }).inputValue();
    const feed = await (await fetch(feedUrl)).text();
    expect(feed).toContain(`UID:${uid}`);

    await unit.page.reload();
    await expect.poll(() => unit.page.getByRole("region", { name: "Bokat uppdrag" }).count()).toBe(1);
    await check(unit.page, "unit-booked");

    // She cannot come after all: a reason, a confirmation step, and the booking is called off.
    await volunteer.page.goto(new URL(new URL(assignmentUrl[1]).pathname, base).href);
    await check(volunteer.page, "assignment");
    await volunteer.page.getByLabel("Anledning").fill(REASON);
    await volunteer.page.getByRole("button", { name: "Jag kan inte komma" }).click();
    await expect.poll(() => volunteer.page.evaluate(() => document.activeElement?.getAttribute("aria-labelledby"))).toBe("cant-come-confirm");
    await check(volunteer.page, "cant-come-confirm");
    await volunteer.page.getByRole("button", { name: "Ja, ställ in uppdraget" }).click();
    await volunteer.page.waitForURL(/\?installt=1$/);
    await bannerSays(volunteer.page, "Uppdraget är inställt");
    await check(volunteer.page, "cancelled");

    // The request is open again; the unit and the coordinator are told why; her calendar drops the event.
    const unitTold = await mailWith(server, "enhet@example.se", new RegExp(`Anledning: ${REASON}`));
    expect(unitTold.text).toContain("Förfrågan är öppen igen");
    expect(invitation(unitTold.ics!)).toMatchObject({ method: "CANCEL", uid, status: "CANCELLED" });
    expect((await mailWith(server, "samordnare@example.se", new RegExp(`Anledning: ${REASON}`))).text).toContain(`/coordinator/requests/${requestId}`);
    const confirmation = await mailWith(server, next!.email, /Du har ställt in uppdraget ”Lärcafé om att få vänta”/);
    expect(confirmation.text).toContain(`Anledning: ${REASON}`);
    const cancel = invitation(confirmation.ics!);
    expect(cancel).toMatchObject({ method: "CANCEL", uid, status: "CANCELLED" });
    expect(cancel.sequence).toBeGreaterThan(invitation(hers.ics!).sequence);

    expect(serverDatabase(server, (db) => db.prepare("select status from requests where id = ?").get(requestId))).toEqual({ status: "open" });
    await unit.page.reload();
    // The called-off booking stays on the page, titled and marked as such, without "… kommer …".
    const booking = unit.page.getByRole("region", { name: "Inställt uppdrag" });
    await expect.poll(() => booking.textContent()).toContain("Inställt");
    expect(await booking.locator(".lead").count()).toBe(0);
    expect(await unit.page.getByText("Öppen", { exact: true }).count()).toBeGreaterThan(0);
    await check(unit.page, "unit-reopened");
    await desk.page.reload();
    expect(await desk.page.getByText("Öppen", { exact: true }).count()).toBeGreaterThan(0);
    await check(desk.page, "desk-reopened");

    expect(problems).toEqual([]);
    await Promise.all([unit.context.close(), desk.context.close(), volunteer.context.close()]);
  });
});

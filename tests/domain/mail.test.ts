// The pure parts of e-mail: back-off, reminder timing, and what a composed message holds.
import { MAX_ATTEMPTS, offerReminderDue, outboxStatus, reminderDay, retryDelayMs } from "~/domain/mail/delivery";
import { composeMail } from "~/domain/mail/templates";
import { EVERY_EVENT, offerMadeEvent } from "./mail-events";

describe("retryDelayMs", () => {
  it.each([
    [1, 30_000],
    [2, 60_000],
    [3, 120_000],
    [7, 1_920_000],
    [8, 3_600_000],
    [30, 3_600_000],
  ])("after %i failed attempts waits %i ms", (attempts, ms) => {
    expect(retryDelayMs(attempts)).toBe(ms);
  });

  it("gives up after a bounded number of attempts", () => {
    expect(MAX_ATTEMPTS).toBeGreaterThan(3);
    expect(outboxStatus({ sent_at: null, failed_at: "2026-03-02T08:00:00.000Z" })).toBe("failed");
    expect(outboxStatus({ sent_at: "2026-03-02T08:00:00.000Z", failed_at: null })).toBe("sent");
    expect(outboxStatus({ sent_at: null, failed_at: null })).toBe("pending");
  });
});

describe("reminder timing", () => {
  const offer = { offeredAt: "2026-03-01T10:00:00.000Z", replyBy: "2026-03-05T12:00:00.000Z" };
  it.each([
    ["2026-03-04T11:59:59.999Z", false],
    ["2026-03-04T12:00:00.000Z", true],
    ["2026-03-05T11:59:59.999Z", true],
    ["2026-03-05T12:00:00.000Z", false],
  ])("an offer's reminder at %s: %s", (now, due) => {
    expect(offerReminderDue(offer, new Date(now))).toBe(due);
  });

  it("no reminder for an offer made with less than a day to answer", () => {
    expect(offerReminderDue({ offeredAt: "2026-03-04T13:00:00.000Z", replyBy: offer.replyBy }, new Date("2026-03-04T14:00:00.000Z"))).toBe(false);
  });

  it("tomorrow and yesterday are Stockholm days, from 08:00 local, across the change to summer time", () => {
    expect(reminderDay(new Date("2026-03-09T06:59:00.000Z"), 1)).toBeNull();
    expect(reminderDay(new Date("2026-03-09T07:00:00.000Z"), 1)).toEqual({ from: new Date("2026-03-09T23:00:00.000Z"), to: new Date("2026-03-10T23:00:00.000Z") });
    expect(reminderDay(new Date("2026-03-28T10:00:00.000Z"), 1)).toEqual({ from: new Date("2026-03-28T23:00:00.000Z"), to: new Date("2026-03-29T22:00:00.000Z") });
    expect(reminderDay(new Date("2026-03-11T07:00:00.000Z"), -1)).toEqual({ from: new Date("2026-03-09T23:00:00.000Z"), to: new Date("2026-03-10T23:00:00.000Z") });
  });
});

describe("composeMail", () => {
  const base = { locale: "sv" as const, baseUrl: "https://levande.example.se" };

  it("an offer: Swedish, the title, the time and deadline in Stockholm, and a direct link", () => {
    const mail = composeMail(offerMadeEvent({ title: "Lärcafé <om> vården" }), base);
    expect(mail.subject).toBe("Nytt erbjudande: Lärcafé <om> vården");
    expect(mail.text).toContain("Tid: 10 mars 2026 10:00");
    expect(mail.text).toContain("Svara senast 5 mars 2026 13:00.");
    expect(mail.text).toContain("Svara på erbjudandet: https://levande.example.se/volunteer/offers");
    expect(mail.html).toContain('<a href="https://levande.example.se/volunteer/offers">');
    expect(mail.html).toContain("Lärcafé &#60;om&#62; vården");
    expect(mail.html).not.toContain("<om>");
  });

  it("an offer says who asks, where, when, as what, for how long, for what pay, and by when to answer", () => {
    const lines = composeMail(offerMadeEvent(), base).text.split("\n");
    expect(lines).toEqual(
      expect.arrayContaining([
        "En vårdenhet vill låna dig till ”Lärcafé på vårdcentralen”.",
        "Verksamhet: Primärvård",
        "Plats: Storgatan 1, Tranås",
        "Tid: 10 mars 2026 10:00",
        "Längd: 1 tim 30 min",
        "Du tillfrågas som: Peer",
        "Ersättning: 300 kr per timme, cirka 450 kr för uppdraget",
        "Svara senast 5 mars 2026 13:00. Svarar du inte i tid går erbjudandet vidare till någon annan.",
      ]),
    );
  });

  it("the booking tells the volunteer whom to call and what to prepare, and the unit who is coming and when", () => {
    const volunteer = composeMail(EVERY_EVENT.booking_confirmed_volunteer, base);
    expect(volunteer.text).toContain("Kontaktperson: Karin Kontakt, telefon 070-123 45 67");
    expect(volunteer.text).toContain("Plats: Storgatan 1, Tranås");
    expect(volunteer.text).toContain("Förbered: Föreläsning för personal, cirka 20 personer");
    expect(volunteer.text).toContain("Öppna uppdraget: https://levande.example.se/volunteer/assignments/7");
    expect(volunteer.calendar?.method).toBe("REQUEST");
    const unit = composeMail(EVERY_EVENT.booking_confirmed_unit, base);
    expect(unit.text).toContain("Den som kommer: Camilla");
    expect(unit.text).toContain("Kort i katalogen: Att leva med bipolär sjukdom (Bok)");
    expect(unit.text).toContain("Det är inte personen ni önskade");
    expect(unit.text).toContain("Tid: 10 mars 2026 10:00 (1 tim 30 min)");
    expect(unit.text).toContain("Öppna förfrågan: https://levande.example.se/unit/requests/3");
  });

  it("a cancellation gives the reason, removes the calendar event, and links to the offers", () => {
    const mail = composeMail(EVERY_EVENT.request_cancelled_booked, base);
    expect(mail.text).toContain("Anledning: Personalmötet är flyttat");
    expect(mail.text).toContain("Öppna dina erbjudanden: https://levande.example.se/volunteer/offers");
    expect(mail.calendar?.method).toBe("CANCEL");
  });

  it("keeps the subject on one line whatever the title holds", () => {
    expect(composeMail({ kind: "offer_taken", title: "Rad ett\r\nBcc: x@example.se", startsAt: null }, base).subject).toBe("Tiden gick till någon annan: Rad ett Bcc: x@example.se");
  });

  it("links each audience to its own page, and writes in the recipient's language", () => {
    const facts = { title: "Föreläsning", startsAt: "2026-03-10T09:00:00.000Z", assignmentId: 7, requestId: 3 };
    expect(composeMail({ kind: "assignment_tomorrow", audience: "volunteer", ...facts }, base).text).toContain("/volunteer/assignments/7");
    expect(composeMail({ kind: "assignment_tomorrow", audience: "unit", ...facts }, base).text).toContain("/unit/requests/3");
    expect(composeMail({ kind: "offer_declined", ...facts }, base).text).toContain("/coordinator/requests/3");
    expect(composeMail({ kind: "invite", name: "Ny", token: "abc", expiresAt: "2026-03-05T08:00:00.000Z" }, { ...base, locale: "en" })).toMatchObject({
      subject: "Welcome to Levande bibliotek",
      text: expect.stringContaining("Choose a password: https://levande.example.se/invite/abc"),
    });
  });
});

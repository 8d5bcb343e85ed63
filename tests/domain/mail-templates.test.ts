// Every e-mail template in Swedish and English, as the recipient reads it; and no value can break a mail's lines or HTML.
import { composeMail, type MailEvent, type MailKind } from "~/domain/mail/templates";
import { EVERY_EVENT, offerMadeEvent } from "./mail-events";
import type { Locale } from "~/domain/vocabulary";

const base = { baseUrl: "https://levande.example.se" };
const LOCALES: Locale[] = ["sv", "en"];

/** Compile-time: a new kind without an example here fails the type check. */
const COVERED: Record<MailKind, true> = Object.fromEntries(Object.values(EVERY_EVENT).map((e) => [e.kind, true])) as Record<MailKind, true>;

describe("every template, both languages", () => {
  it("has an example of every kind", () => {
    const kinds: MailKind[] = [
      "request_received", "offer_made", "booking_confirmed", "offer_taken", "request_cancelled", "unit_cancelled", "offer_accepted", "offer_declined",
      "offer_expired", "assignment_changed", "invite", "password_reset", "offer_deadline", "assignment_tomorrow", "feedback_request", "cascade_exhausted", "cant_come",
      "offer_withdrawn", "cant_come_confirmed", "open_call_digest", "self_help_interest", "self_help_group_invite", "survey_invite",
    ] satisfies (keyof typeof COVERED)[];
    expect(Object.keys(COVERED).sort()).toEqual([...kinds].sort());
  });

  describe.each(LOCALES)("%s", (locale) => {
    it.each(Object.entries(EVERY_EVENT))("%s", (_name, event) => {
      const mail = composeMail(event, { ...base, locale });
      expect(mail.text).not.toMatch(/\{\w+\}|mail\.\w/);
      expect(mail.html).not.toMatch(/\{\w+\}|mail\.\w/);
      expect({ subject: mail.subject, text: mail.text, html: mail.html, calendar: mail.calendar?.method ?? null }).toMatchSnapshot();
    });
  });

  it("English is English: no template falls back to Swedish", () => {
    for (const event of Object.values(EVERY_EVENT)) {
      const sv = composeMail(event, { ...base, locale: "sv" });
      const en = composeMail(event, { ...base, locale: "en" });
      expect(en.subject).not.toBe(sv.subject);
      expect(en.text.split("\n")[2]).not.toBe(sv.text.split("\n")[2]);
    }
  });
});

describe("values from the database", () => {
  const hostile = "Rad ett\r\nBcc: x@example.se\n\n<script>alert(1)</script> & \u2028ny rad";

  /** Every string field of an event replaced with the hostile value, except ids, codes and times. */
  function poisoned(event: MailEvent): MailEvent {
    const keep = new Set(["kind", "audience", "startsAt", "replyBy", "expiresAt", "token", "role", "format", "unitKind", "audienceKind", "how", "status", "method", "per"]);
    const walk = (value: unknown, key = ""): unknown => {
      if (typeof value === "string") return keep.has(key) || /_at$|At$/.test(key) ? value : hostile;
      if (Array.isArray(value)) return value.map((v) => walk(v));
      if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
      return value;
    };
    return walk(event) as MailEvent;
  }

  it.each(Object.entries(EVERY_EVENT))("%s: no value starts a new line, and the HTML escapes it", (_name, event) => {
    const clean = composeMail(event, { ...base, locale: "sv" });
    const mail = composeMail(poisoned(event), { ...base, locale: "sv" });
    expect(mail.subject).not.toMatch(/[\r\n\u2028]/);
    expect(mail.text.split("\n")).toHaveLength(clean.text.split("\n").length);
    expect(mail.text).not.toMatch(/\r|\u2028/);
    expect(mail.text).not.toMatch(/^Bcc:/m);
    expect(mail.html).not.toContain("<script>");
    expect(mail.html.split("\n")).toHaveLength(clean.html.split("\n").length);
  });

  it("a long presentation is shortened in the mail; the page has all of it", () => {
    const event = { ...EVERY_EVENT.booking_confirmed_unit, presentation: "ord ".repeat(200) } as MailEvent;
    const line = composeMail(event, { ...base, locale: "sv" }).text.split("\n").find((l) => l.startsWith("Presentation: "))!;
    expect(line.length).toBeLessThanOrEqual("Presentation: ".length + 300);
    expect(line.endsWith("…")).toBe(true);
  });

  it("a digital offer says so instead of a place", () => {
    expect(composeMail(offerMadeEvent({ place: { isDigital: true, municipality: "Tranås", address: "Storgatan 1" } }), { ...base, locale: "sv" }).text).toContain(
      "Plats: Digitalt – vårdenheten skickar länken",
    );
  });
});

import ICAL from "ical.js";
import type { FeedAssignment } from "~/models/calendar-events.server";
import { assignmentUid, buildCalendar } from "~/utils/ics.server";

const now = new Date("2026-11-23T10:00:00.000Z");

function row(overrides: Partial<FeedAssignment> = {}): FeedAssignment {
  return {
    id: 1,
    starts_at: "2026-12-01T08:00:00.000Z",
    ends_at: "2026-12-01T09:30:00.000Z",
    status: "booked",
    sequence: 0,
    title: "Föreläsning för personal",
    is_digital: 0,
    address: "Storgatan 1",
    municipality: "Jönköping",
    care_unit: "Vårdcentralen Tranås",
    updated_at: "2026-11-20T12:00:00.000Z",
    ...overrides,
  };
}

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents("vevent") };
}

const value = (component: ICAL.Component, name: string) => component.getFirstPropertyValue(name);
const instant = (component: ICAL.Component, name: string) => (value(component, name) as ICAL.Time).toJSDate().toISOString();

describe("buildCalendar", () => {
  it("publishes a named feed with a refresh hint of one hour", () => {
    const text = buildCalendar({ name: "Levande – mina uppdrag", events: [], now });
    const { calendar, events } = parse(text);
    expect(events).toHaveLength(0);
    expect(value(calendar, "method")).toBe("PUBLISH");
    expect(value(calendar, "x-wr-calname")).toBe("Levande – mina uppdrag");
    expect(value(calendar, "version")).toBe("2.0");
    expect(text).toContain("\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n");
    expect(text).toContain("\r\nX-PUBLISHED-TTL:PT1H\r\n");
  });

  it("writes one event per assignment with a stable UID, its SEQUENCE and its instants in UTC", () => {
    const text = buildCalendar({ name: "x", events: [row({ id: 7, sequence: 3 }), row({ id: 8 })], now });
    const { events } = parse(text);
    expect(events.map((e) => value(e, "uid"))).toEqual(["assignment-7@levande", "assignment-8@levande"]);
    expect(assignmentUid(7)).toBe("assignment-7@levande");
    const [first] = events;
    expect(value(first, "sequence")).toBe(3);
    expect(value(first, "status")).toBe("CONFIRMED");
    expect(instant(first, "dtstart")).toBe("2026-12-01T08:00:00.000Z");
    expect(instant(first, "dtend")).toBe("2026-12-01T09:30:00.000Z");
    expect(instant(first, "dtstamp")).toBe(now.toISOString());
    expect(instant(first, "last-modified")).toBe("2026-11-20T12:00:00.000Z");
    expect(text).toContain("\r\nDTSTART:20261201T080000Z\r\n");
    expect(text).not.toContain("TZID");
  });

  it("says in Swedish what, where and for whom – and nothing more", () => {
    const { events } = parse(buildCalendar({ name: "x", events: [row()], now }));
    const [event] = events;
    expect(value(event, "summary")).toBe("Levande bibliotek: Föreläsning för personal");
    expect(value(event, "location")).toBe("Storgatan 1, Jönköping");
    expect(value(event, "description")).toBe("Vårdenhet: Vårdcentralen Tranås");
    const names = event.getAllProperties().map((p) => p.name).sort();
    expect(names).toEqual(["description", "dtend", "dtstamp", "dtstart", "last-modified", "location", "sequence", "status", "summary", "transp", "uid"]);
  });

  it.each([
    [{ is_digital: 1, address: "Storgatan 1" }, "Digitalt"],
    [{ address: null }, "Jönköping"],
    [{ address: "  " }, "Jönköping"],
    [{ address: null, municipality: null }, null],
  ])("location for %j is %s", (overrides, expected) => {
    const { events } = parse(buildCalendar({ name: "x", events: [row(overrides)], now }));
    expect(value(events[0], "location")).toBe(expected);
  });

  it("marks a cancelled assignment CANCELLED, says so in the summary and frees the time", () => {
    const { events } = parse(buildCalendar({ name: "x", events: [row({ status: "cancelled", sequence: 2 })], now }));
    expect(value(events[0], "status")).toBe("CANCELLED");
    expect(value(events[0], "sequence")).toBe(2);
    expect(value(events[0], "summary")).toBe("INSTÄLLT – Levande bibliotek: Föreläsning för personal");
    expect(value(events[0], "transp")).toBe("TRANSPARENT");
  });

  it("counts a completed assignment as confirmed", () => {
    const { events } = parse(buildCalendar({ name: "x", events: [row({ status: "completed" })], now }));
    expect(value(events[0], "status")).toBe("CONFIRMED");
    expect(value(events[0], "transp")).toBe("OPAQUE");
  });

  it.each([
    // Spring forward: 02:00 local does not exist; 01:30Z is 03:30 CEST.
    ["2026-03-29T00:30:00.000Z", "2026-03-29T02:30:00.000Z"],
    // Fall back: 02:30 local happens twice; these are the first and the second of them.
    ["2026-10-25T00:30:00.000Z", "2026-10-25T01:30:00.000Z"],
  ])("keeps the exact instants of an event on a DST change day (%s → %s)", (starts_at, ends_at) => {
    const { events } = parse(buildCalendar({ name: "x", events: [row({ starts_at, ends_at })], now }));
    expect(instant(events[0], "dtstart")).toBe(starts_at);
    expect(instant(events[0], "dtend")).toBe(ends_at);
    expect((value(events[0], "dtstart") as ICAL.Time).zone?.tzid).toBe("UTC");
  });

  it("folds long lines at 75 octets without breaking multi-byte characters, and escapes text", () => {
    const title = `Åäö, ångest; ${"förälder till barn med språkstörning 🌱 ".repeat(6)}\nrad två {unit} \\ slut`;
    const text = buildCalendar({ name: `Levande – ${"Vårdcentralen Ödeshög ".repeat(5)}`, events: [row({ title, care_unit: "Ö".repeat(80) })], now });
    const lines = text.split("\r\n");
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(text).not.toMatch(/[^\r]\n/);
    expect(lines.some((l) => l.startsWith(" "))).toBe(true);
    const { events } = parse(text);
    expect(value(events[0], "summary")).toBe(`Levande bibliotek: ${title}`);
    expect(value(events[0], "description")).toBe(`Vårdenhet: ${"Ö".repeat(80)}`);
  });

  it("can write the texts in English", () => {
    const { events } = parse(buildCalendar({ name: "x", events: [row({ is_digital: 1 })], now, locale: "en" }));
    expect(value(events[0], "summary")).toBe("Levande library: Föreläsning för personal");
    expect(value(events[0], "location")).toBe("Online");
  });
});

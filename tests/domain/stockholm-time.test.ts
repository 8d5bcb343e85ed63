// Europe/Stockholm calendar arithmetic: DST days, midnight, year boundary, and no dependence on the machine's TZ.
import {
  addDays,
  daysBetween,
  instantToLocal,
  localDatesBetween,
  localToInstant,
  startOfLocalYear,
  startOfMinute,
  weekdayOf,
} from "~/domain/stockholm-time";

const at = (iso: string) => new Date(iso);
const hhmm = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;

describe("localToInstant", () => {
  it.each([
    ["winter day", "2026-01-15", 600, "2026-01-15T09:00:00.000Z"],
    ["summer day", "2026-07-01", 600, "2026-07-01T08:00:00.000Z"],
    ["leap day", "2024-02-29", 720, "2024-02-29T11:00:00.000Z"],
    ["spring day, midnight (still winter time)", "2026-03-29", 0, "2026-03-28T23:00:00.000Z"],
    ["spring day, 01:59 just before the jump", "2026-03-29", 119, "2026-03-29T00:59:00.000Z"],
    ["spring day, 02:00 does not exist → 03:00", "2026-03-29", 120, "2026-03-29T01:00:00.000Z"],
    ["spring day, 02:30 does not exist → 03:00", "2026-03-29", 150, "2026-03-29T01:00:00.000Z"],
    ["spring day, 02:59 does not exist → 03:00", "2026-03-29", 179, "2026-03-29T01:00:00.000Z"],
    ["spring day, 03:00 summer time", "2026-03-29", 180, "2026-03-29T01:00:00.000Z"],
    ["spring day, 04:00", "2026-03-29", 240, "2026-03-29T02:00:00.000Z"],
    ["spring day, 24:00 = 30 March 00:00", "2026-03-29", 1440, "2026-03-29T22:00:00.000Z"],
    ["autumn day, midnight (still summer time)", "2026-10-25", 0, "2026-10-24T22:00:00.000Z"],
    ["autumn day, 01:30", "2026-10-25", 90, "2026-10-24T23:30:00.000Z"],
    ["autumn day, 02:00 twice → the first", "2026-10-25", 120, "2026-10-25T00:00:00.000Z"],
    ["autumn day, 02:30 twice → the first", "2026-10-25", 150, "2026-10-25T00:30:00.000Z"],
    ["autumn day, 03:00 winter time", "2026-10-25", 180, "2026-10-25T02:00:00.000Z"],
    ["autumn day, 24:00 = 26 October 00:00", "2026-10-25", 1440, "2026-10-25T23:00:00.000Z"],
    ["New Year's Eve 23:00", "2026-12-31", 1380, "2026-12-31T22:00:00.000Z"],
    ["New Year's Eve 24:00", "2026-12-31", 1440, "2026-12-31T23:00:00.000Z"],
    ["New Year's Day 00:00", "2027-01-01", 0, "2026-12-31T23:00:00.000Z"],
  ])("%s: %s minute %i → %s", (_, date, minute, expected) => {
    expect(localToInstant(date, minute).toISOString()).toBe(expected);
  });

  it("gives minute 1440 of a date the same instant as minute 0 of the next date, all year", () => {
    for (let date = "2026-01-01"; date <= "2026-12-31"; date = addDays(date, 1)) {
      expect(localToInstant(date, 1440).getTime()).toBe(localToInstant(addDays(date, 1), 0).getTime());
    }
  });

  it.each([
    ["2026-03-28", 24],
    ["2026-03-29", 23],
    ["2026-03-30", 24],
    ["2026-10-24", 24],
    ["2026-10-25", 25],
    ["2026-10-26", 24],
  ])("makes %s %i hours long", (date, hours) => {
    expect(localToInstant(date, 1440).getTime() - localToInstant(date, 0).getTime()).toBe(hours * 3_600_000);
  });
});

describe("instantToLocal", () => {
  it.each([
    ["2026-01-15T09:00:00.000Z", "2026-01-15", 600, 4],
    ["2026-07-01T08:00:00.000Z", "2026-07-01", 600, 3],
    ["2026-03-29T00:59:00.000Z", "2026-03-29", 119, 7],
    ["2026-03-29T01:00:00.000Z", "2026-03-29", 180, 7],
    ["2026-03-29T21:59:00.000Z", "2026-03-29", 1439, 7],
    ["2026-03-29T22:00:00.000Z", "2026-03-30", 0, 1],
    ["2026-10-25T00:30:00.000Z", "2026-10-25", 150, 7],
    ["2026-10-25T01:30:00.000Z", "2026-10-25", 150, 7],
    ["2026-10-25T02:00:00.000Z", "2026-10-25", 180, 7],
    ["2026-10-25T22:59:00.000Z", "2026-10-25", 1439, 7],
    ["2026-10-25T23:00:00.000Z", "2026-10-26", 0, 1],
    ["2026-06-15T21:59:59.999Z", "2026-06-15", 1439, 1],
    ["2026-06-15T22:00:00.000Z", "2026-06-16", 0, 2],
    ["2026-12-31T22:59:00.000Z", "2026-12-31", 1439, 4],
    ["2026-12-31T23:00:00.000Z", "2027-01-01", 0, 5],
  ])("reads %s as %s minute %i, weekday %i", (iso, date, minute, weekday) => {
    expect(instantToLocal(at(iso))).toEqual({ date, minute, weekday });
  });

  it.each(["2026-03-29", "2026-10-25", "2026-06-15", "2026-12-31"])(
    "round-trips every quarter hour of %s that exists",
    (date) => {
      for (let minute = 0; minute < 1440; minute += 15) {
        const local = instantToLocal(localToInstant(date, minute));
        const skipped = date === "2026-03-29" && minute >= 120 && minute < 180;
        expect(hhmm(local.minute), `${date} ${hhmm(minute)}`).toBe(hhmm(skipped ? 180 : minute));
        expect(local.date).toBe(date);
      }
    },
  );
});

describe("calendar dates", () => {
  it.each([
    ["2026-12-31", 1, "2027-01-01"],
    ["2027-01-01", -1, "2026-12-31"],
    ["2026-03-01", -1, "2026-02-28"],
    ["2024-03-01", -1, "2024-02-29"],
    ["2026-03-28", 1, "2026-03-29"],
    ["2026-03-29", 1, "2026-03-30"],
    ["2026-10-25", 1, "2026-10-26"],
    ["2026-01-15", 0, "2026-01-15"],
    ["2026-01-01", 365, "2027-01-01"],
  ])("addDays(%s, %i) = %s", (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });

  it.each([
    ["2026-01-01", "2027-01-01", 365],
    ["2026-03-28", "2026-03-30", 2],
    ["2026-10-26", "2026-10-24", -2],
  ])("daysBetween(%s, %s) = %i", (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });

  it.each([
    ["2026-03-29", 7],
    ["2026-03-30", 1],
    ["2026-10-25", 7],
    ["2026-12-28", 1],
    ["2026-12-31", 4],
    ["2027-01-01", 5],
    ["2024-02-29", 4],
  ])("weekdayOf(%s) = %i (1 = Monday)", (date, expected) => {
    expect(weekdayOf(date)).toBe(expected);
  });
});

describe("localDatesBetween", () => {
  it.each([
    ["the whole 23-hour spring day", "2026-03-28T23:00:00.000Z", "2026-03-29T22:00:00.000Z", ["2026-03-29"]],
    ["the whole 25-hour autumn day", "2026-10-24T22:00:00.000Z", "2026-10-25T23:00:00.000Z", ["2026-10-25"]],
    ["one millisecond into New Year", "2026-12-31T22:00:00.000Z", "2026-12-31T23:00:00.001Z", ["2026-12-31", "2027-01-01"]],
    [
      "a UTC day that is two local days",
      "2026-06-15T00:00:00.000Z",
      "2026-06-16T00:00:00.000Z",
      ["2026-06-15", "2026-06-16"],
    ],
    [
      "a week across the spring change",
      "2026-03-26T12:00:00.000Z",
      "2026-04-01T12:00:00.000Z",
      ["2026-03-26", "2026-03-27", "2026-03-28", "2026-03-29", "2026-03-30", "2026-03-31", "2026-04-01"],
    ],
    ["an empty range", "2026-06-15T10:00:00.000Z", "2026-06-15T10:00:00.000Z", []],
    ["an inverted range", "2026-06-16T10:00:00.000Z", "2026-06-15T10:00:00.000Z", []],
  ])("%s", (_, from, to, expected) => {
    expect(localDatesBetween(at(from), at(to))).toEqual(expected);
  });
});

describe("startOfLocalYear", () => {
  it.each([
    [2026, "2025-12-31T23:00:00.000Z"],
    [2027, "2026-12-31T23:00:00.000Z"],
    [2024, "2023-12-31T23:00:00.000Z"],
  ])("%i starts at %s", (year, expected) => {
    expect(startOfLocalYear(year).toISOString()).toBe(expected);
  });
});

describe("the machine's time zone", () => {
  it.each([
    ["America/New_York", 300],
    ["Asia/Tokyo", -540],
    ["UTC", 0],
  ])("gives the same answers when TZ=%s", (tz, januaryOffset) => {
    const saved = process.env.TZ;
    process.env.TZ = tz;
    try {
      // Proves the switch took effect, so the assertions below are not vacuous.
      expect(new Date("2026-01-15T12:00:00.000Z").getTimezoneOffset()).toBe(januaryOffset);
      expect(localToInstant("2026-03-29", 150).toISOString()).toBe("2026-03-29T01:00:00.000Z");
      expect(localToInstant("2026-10-25", 1440).toISOString()).toBe("2026-10-25T23:00:00.000Z");
      expect(instantToLocal(at("2026-12-31T23:00:00.000Z"))).toEqual({ date: "2027-01-01", minute: 0, weekday: 5 });
      expect(startOfLocalYear(2028).toISOString()).toBe("2027-12-31T23:00:00.000Z");
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe("startOfMinute", () => {
  it("drops seconds and milliseconds, nothing else", () => {
    expect(startOfMinute(new Date("2026-03-29T00:59:59.999Z")).toISOString()).toBe("2026-03-29T00:59:00.000Z");
    expect(startOfMinute(new Date("2026-03-29T01:00:00.000Z")).toISOString()).toBe("2026-03-29T01:00:00.000Z");
  });
});

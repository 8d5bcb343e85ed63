// When a volunteer counts as free: weekly windows, exceptions, bookings with buffer, DST, midnight and the year boundary.
import {
  exceptionDatesProblem,
  fitsSlot,
  freeIntervals,
  isFree,
  usuallyFreeHint,
  type AvailabilityException,
  type AvailabilityRules,
  type Booking,
  type WeeklyWindow,
} from "~/domain/availability";

const at = (iso: string) => new Date(iso);
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const win = (weekday: number, from: string, to: string): WeeklyWindow => ({
  weekday,
  startMinute: minutes(from),
  endMinute: minutes(to),
});
const blocked = (fromDate: string, toDate: string, from?: string, to?: string): AvailabilityException => ({
  kind: "blocked",
  fromDate,
  toDate,
  startMinute: from ? minutes(from) : null,
  endMinute: to ? minutes(to) : null,
});
const extra = (fromDate: string, toDate: string, from: string, to: string): AvailabilityException => ({
  kind: "extra",
  fromDate,
  toDate,
  startMinute: minutes(from),
  endMinute: minutes(to),
});
const physical = (start: string, end: string): Booking => ({ start: at(start), end: at(end), isDigital: false });
const digital = (start: string, end: string): Booking => ({ start: at(start), end: at(end), isDigital: true });
const rules = (r: Partial<AvailabilityRules>): AvailabilityRules => ({ windows: [], exceptions: [], bookings: [], ...r });
/** Free intervals as ISO 8601 "start/end" strings. */
const free = (r: AvailabilityRules, [from, to]: readonly [string, string]) =>
  freeIntervals(r, at(from), at(to)).map((i) => `${i.start.toISOString()}/${i.end.toISOString()}`);

// Mon 12 – Sun 18 January 2026, winter time (UTC+1), as local midnight to local midnight.
const WEEK = ["2026-01-11T23:00:00.000Z", "2026-01-18T23:00:00.000Z"] as const;
const TWO_WEEKS = ["2026-01-11T23:00:00.000Z", "2026-01-25T23:00:00.000Z"] as const;
// Sat 28 – Mon 30 March 2026; clocks jump 02:00 → 03:00 on Sunday 29.
const SPRING = ["2026-03-27T23:00:00.000Z", "2026-03-30T22:00:00.000Z"] as const;
// Sat 24 – Mon 26 October 2026; clocks fall back 03:00 → 02:00 on Sunday 25.
const AUTUMN = ["2026-10-23T22:00:00.000Z", "2026-10-26T23:00:00.000Z"] as const;
const WORKDAYS = [1, 2, 3, 4, 5].map((d) => win(d, "09:00", "17:00"));

describe("weekly windows", () => {
  it.each([
    ["one window", [win(2, "13:00", "16:00")], ["2026-01-13T12:00:00.000Z/2026-01-13T15:00:00.000Z"]],
    ["overlapping windows merge", [win(3, "09:00", "12:00"), win(3, "11:00", "14:00")], ["2026-01-14T08:00:00.000Z/2026-01-14T13:00:00.000Z"]],
    ["adjacent windows merge", [win(3, "09:00", "12:00"), win(3, "12:00", "14:00")], ["2026-01-14T08:00:00.000Z/2026-01-14T13:00:00.000Z"]],
    ["a window inside another", [win(3, "09:00", "17:00"), win(3, "10:00", "11:00")], ["2026-01-14T08:00:00.000Z/2026-01-14T16:00:00.000Z"]],
    ["windows with a gap stay apart", [win(3, "09:00", "12:00"), win(3, "12:30", "14:00")],
      ["2026-01-14T08:00:00.000Z/2026-01-14T11:00:00.000Z", "2026-01-14T11:30:00.000Z/2026-01-14T13:00:00.000Z"]],
    [
      "unsorted windows come out sorted",
      [win(5, "10:00", "11:00"), win(1, "10:00", "11:00"), win(3, "10:00", "11:00")],
      [
        "2026-01-12T09:00:00.000Z/2026-01-12T10:00:00.000Z",
        "2026-01-14T09:00:00.000Z/2026-01-14T10:00:00.000Z",
        "2026-01-16T09:00:00.000Z/2026-01-16T10:00:00.000Z",
      ],
    ],
    ["empty and inverted windows are ignored", [win(3, "10:00", "10:00"), win(3, "14:00", "12:00")], []],
    ["whole days all week are one interval", [1, 2, 3, 4, 5, 6, 7].map((d) => win(d, "00:00", "24:00")), [WEEK.join("/")]],
    ["Wed 22:00–24:00 and Thu 00:00–01:00 merge across midnight", [win(3, "22:00", "24:00"), win(4, "00:00", "01:00")],
      ["2026-01-14T21:00:00.000Z/2026-01-15T00:00:00.000Z"]],
    ["a window ending at 23:59 does not touch the next day", [win(3, "22:00", "23:59"), win(4, "00:00", "01:00")],
      ["2026-01-14T21:00:00.000Z/2026-01-14T22:59:00.000Z", "2026-01-14T23:00:00.000Z/2026-01-15T00:00:00.000Z"]],
  ])("%s", (_, windows, expected) => {
    expect(free(rules({ windows }), WEEK)).toEqual(expected);
  });

  it("joins Sunday 20:00–24:00 to Monday 00:00–02:00, and wraps the week Sunday → Monday", () => {
    expect(free(rules({ windows: [win(7, "20:00", "24:00"), win(1, "00:00", "02:00")] }), TWO_WEEKS)).toEqual([
      "2026-01-11T23:00:00.000Z/2026-01-12T01:00:00.000Z",
      "2026-01-18T19:00:00.000Z/2026-01-19T01:00:00.000Z",
      "2026-01-25T19:00:00.000Z/2026-01-25T23:00:00.000Z",
    ]);
  });

  it.each([
    ["summer", ["2026-06-14T22:00:00.000Z", "2026-06-21T22:00:00.000Z"], ["2026-06-16T11:00:00.000Z/2026-06-16T14:00:00.000Z"]],
    [
      "across the spring change",
      ["2026-03-23T00:00:00.000Z", "2026-04-06T00:00:00.000Z"],
      ["2026-03-24T12:00:00.000Z/2026-03-24T15:00:00.000Z", "2026-03-31T11:00:00.000Z/2026-03-31T14:00:00.000Z"],
    ],
    [
      "across the autumn change",
      ["2026-10-19T00:00:00.000Z", "2026-11-02T00:00:00.000Z"],
      ["2026-10-20T11:00:00.000Z/2026-10-20T14:00:00.000Z", "2026-10-27T12:00:00.000Z/2026-10-27T15:00:00.000Z"],
    ],
  ] as const)("keeps Tue 13:00–16:00 at 13:00 local time in %s", (_, range, expected) => {
    expect(free(rules({ windows: [win(2, "13:00", "16:00")] }), range)).toEqual(expected);
  });
});

describe("daylight saving time", () => {
  it.each([
    ["01:00–04:00 spanning the jump lasts 2 h", [win(7, "01:00", "04:00")], ["2026-03-29T00:00:00.000Z/2026-03-29T02:00:00.000Z"]],
    ["00:00–02:00 ends at the jump", [win(7, "00:00", "02:00")], ["2026-03-28T23:00:00.000Z/2026-03-29T01:00:00.000Z"]],
    ["00:00–01:30 before the jump", [win(7, "00:00", "01:30")], ["2026-03-28T23:00:00.000Z/2026-03-29T00:30:00.000Z"]],
    ["09:00–12:00 after the jump", [win(7, "09:00", "12:00")], ["2026-03-29T07:00:00.000Z/2026-03-29T10:00:00.000Z"]],
    ["02:30–05:00 starts in the missing hour, so at 03:00", [win(7, "02:30", "05:00")], ["2026-03-29T01:00:00.000Z/2026-03-29T03:00:00.000Z"]],
    ["02:15–02:45 lies wholly in the missing hour", [win(7, "02:15", "02:45")], []],
    ["the whole day lasts 23 h", [win(7, "00:00", "24:00")], ["2026-03-28T23:00:00.000Z/2026-03-29T22:00:00.000Z"]],
    ["Saturday before is winter time", [win(6, "09:00", "12:00")], ["2026-03-28T08:00:00.000Z/2026-03-28T11:00:00.000Z"]],
    ["Monday after is summer time", [win(1, "09:00", "12:00")], ["2026-03-30T07:00:00.000Z/2026-03-30T10:00:00.000Z"]],
    ["Sat 20:00 – Sun 03:00 merges over midnight and the jump", [win(6, "20:00", "24:00"), win(7, "00:00", "03:00")],
      ["2026-03-28T19:00:00.000Z/2026-03-29T01:00:00.000Z"]],
  ])("spring, 29 March: %s", (_, windows, expected) => {
    expect(free(rules({ windows }), SPRING)).toEqual(expected);
  });

  it.each([
    ["01:00–04:00 spanning the change lasts 4 h", [win(7, "01:00", "04:00")], ["2026-10-24T23:00:00.000Z/2026-10-25T03:00:00.000Z"]],
    ["00:00–02:00 before the change", [win(7, "00:00", "02:00")], ["2026-10-24T22:00:00.000Z/2026-10-25T00:00:00.000Z"]],
    ["02:00–03:00 covers both passes of the repeated hour", [win(7, "02:00", "03:00")], ["2026-10-25T00:00:00.000Z/2026-10-25T02:00:00.000Z"]],
    ["03:00–05:00 after the change", [win(7, "03:00", "05:00")], ["2026-10-25T02:00:00.000Z/2026-10-25T04:00:00.000Z"]],
    ["10:00–12:00 after the change", [win(7, "10:00", "12:00")], ["2026-10-25T09:00:00.000Z/2026-10-25T11:00:00.000Z"]],
    ["the whole day lasts 25 h", [win(7, "00:00", "24:00")], ["2026-10-24T22:00:00.000Z/2026-10-25T23:00:00.000Z"]],
    ["Saturday before is summer time", [win(6, "10:00", "12:00")], ["2026-10-24T08:00:00.000Z/2026-10-24T10:00:00.000Z"]],
    ["Monday after is winter time", [win(1, "10:00", "12:00")], ["2026-10-26T09:00:00.000Z/2026-10-26T11:00:00.000Z"]],
  ])("autumn, 25 October: %s", (_, windows, expected) => {
    expect(free(rules({ windows }), AUTUMN)).toEqual(expected);
  });

  it("gives an extra window on the spring day its 2 real hours", () => {
    const r = rules({ exceptions: [extra("2026-03-29", "2026-03-29", "01:00", "04:00")] });
    expect(free(r, SPRING)).toEqual(["2026-03-29T00:00:00.000Z/2026-03-29T02:00:00.000Z"]);
  });

  it.each([
    ["2026-03-29T00:00:00.000Z", "2026-03-29T02:00:00.000Z", true],
    ["2026-03-29T00:00:00.000Z", "2026-03-29T02:01:00.000Z", false],
    ["2026-10-24T23:00:00.000Z", "2026-10-25T03:00:00.000Z", true],
    ["2026-10-24T23:00:00.000Z", "2026-10-25T03:01:00.000Z", false],
  ])("isFree for Sun 01:00–04:00, slot %s – %s: %s", (start, end, expected) => {
    expect(isFree(rules({ windows: [win(7, "01:00", "04:00")] }), at(start), at(end))).toBe(expected);
  });
});

describe("exceptions", () => {
  it.each([
    ["a blocked period over several days removes those days", WORKDAYS, [blocked("2026-01-13", "2026-01-15")],
      ["2026-01-12T08:00:00.000Z/2026-01-12T16:00:00.000Z", "2026-01-16T08:00:00.000Z/2026-01-16T16:00:00.000Z"]],
    ["a blocked part of each day over several days", WORKDAYS, [blocked("2026-01-12", "2026-01-16", "08:00", "10:00")],
      ["12", "13", "14", "15", "16"].map((d) => `2026-01-${d}T09:00:00.000Z/2026-01-${d}T16:00:00.000Z`)],
    ["an extra window on a date with no weekly window", [], [extra("2026-01-17", "2026-01-17", "10:00", "14:00")],
      ["2026-01-17T09:00:00.000Z/2026-01-17T13:00:00.000Z"]],
    ["an extra window overlapping a weekly one merges with it", [win(3, "09:00", "12:00")], [extra("2026-01-14", "2026-01-14", "11:00", "15:00")],
      ["2026-01-14T08:00:00.000Z/2026-01-14T14:00:00.000Z"]],
    ["an extra window touching a weekly one merges with it", [win(3, "09:00", "12:00")], [extra("2026-01-14", "2026-01-14", "12:00", "13:00")],
      ["2026-01-14T08:00:00.000Z/2026-01-14T12:00:00.000Z"]],
    ["an extra window on each of several days", [], [extra("2026-01-17", "2026-01-18", "10:00", "12:00")],
      ["2026-01-17T09:00:00.000Z/2026-01-17T11:00:00.000Z", "2026-01-18T09:00:00.000Z/2026-01-18T11:00:00.000Z"]],
    ["a blocked day wins over an extra window that day", [], [blocked("2026-01-17", "2026-01-17"), extra("2026-01-17", "2026-01-17", "10:00", "14:00")],
      []],
    ["a blocked hour cuts an extra window", [], [extra("2026-01-17", "2026-01-17", "10:00", "14:00"), blocked("2026-01-17", "2026-01-17", "12:00", "13:00")],
      ["2026-01-17T09:00:00.000Z/2026-01-17T11:00:00.000Z", "2026-01-17T12:00:00.000Z/2026-01-17T13:00:00.000Z"]],
    ["an extra window missing a time adds nothing", [], [{ ...extra("2026-01-17", "2026-01-17", "10:00", "14:00"), startMinute: null }],
      []],
    ["a blocked period outside the range changes nothing", [win(1, "09:00", "10:00")], [blocked("2026-01-19", "2026-01-20")],
      ["2026-01-12T08:00:00.000Z/2026-01-12T09:00:00.000Z"]],
  ] as [string, WeeklyWindow[], AvailabilityException[], string[]][])("%s", (_, windows, exceptions, expected) => {
    expect(free(rules({ windows, exceptions }), WEEK)).toEqual(expected);
  });

  it("cuts a window in two with a blocked hour on that date only, not a week later", () => {
    const r = rules({ windows: [win(3, "09:00", "17:00")], exceptions: [blocked("2026-01-14", "2026-01-14", "12:00", "13:00")] });
    expect(free(r, TWO_WEEKS)).toEqual([
      "2026-01-14T08:00:00.000Z/2026-01-14T11:00:00.000Z",
      "2026-01-14T12:00:00.000Z/2026-01-14T16:00:00.000Z",
      "2026-01-21T08:00:00.000Z/2026-01-21T16:00:00.000Z",
    ]);
  });
});

describe("bookings and their buffer (Wed 14 January, window 09:00–17:00)", () => {
  const noon = ["2026-01-14T11:00:00.000Z", "2026-01-14T12:00:00.000Z"] as const;
  const custom = { physicalMinutes: 30, digitalMinutes: 15 };
  it.each([
    ["physical, default 60 min", [physical(...noon)], undefined,
      ["2026-01-14T08:00:00.000Z/2026-01-14T10:00:00.000Z", "2026-01-14T13:00:00.000Z/2026-01-14T16:00:00.000Z"]],
    ["digital, default 0 min", [digital(...noon)], undefined,
      ["2026-01-14T08:00:00.000Z/2026-01-14T11:00:00.000Z", "2026-01-14T12:00:00.000Z/2026-01-14T16:00:00.000Z"]],
    ["physical, custom 30 min", [physical(...noon)], custom,
      ["2026-01-14T08:00:00.000Z/2026-01-14T10:30:00.000Z", "2026-01-14T12:30:00.000Z/2026-01-14T16:00:00.000Z"]],
    ["digital, custom 15 min", [digital(...noon)], custom,
      ["2026-01-14T08:00:00.000Z/2026-01-14T10:45:00.000Z", "2026-01-14T12:15:00.000Z/2026-01-14T16:00:00.000Z"]],
    ["physical, custom no buffer", [physical(...noon)], { physicalMinutes: 0, digitalMinutes: 0 },
      ["2026-01-14T08:00:00.000Z/2026-01-14T11:00:00.000Z", "2026-01-14T12:00:00.000Z/2026-01-14T16:00:00.000Z"]],
    ["physical 09–10, buffer reaching before the window", [physical("2026-01-14T08:00:00.000Z", "2026-01-14T09:00:00.000Z")], undefined,
      ["2026-01-14T10:00:00.000Z/2026-01-14T16:00:00.000Z"]],
    ["two physical ones whose buffers overlap",
      [physical("2026-01-14T09:00:00.000Z", "2026-01-14T10:00:00.000Z"), physical("2026-01-14T11:30:00.000Z", "2026-01-14T12:30:00.000Z")], undefined,
      ["2026-01-14T13:30:00.000Z/2026-01-14T16:00:00.000Z"]],
    ["two digital ones back to back",
      [digital("2026-01-14T09:00:00.000Z", "2026-01-14T10:00:00.000Z"), digital("2026-01-14T10:00:00.000Z", "2026-01-14T11:00:00.000Z")], undefined,
      ["2026-01-14T08:00:00.000Z/2026-01-14T09:00:00.000Z", "2026-01-14T11:00:00.000Z/2026-01-14T16:00:00.000Z"]],
    ["one on another day", [physical("2026-01-15T11:00:00.000Z", "2026-01-15T12:00:00.000Z")], undefined,
      ["2026-01-14T08:00:00.000Z/2026-01-14T16:00:00.000Z"]],
    ["one covering the whole window", [physical("2026-01-14T09:00:00.000Z", "2026-01-14T15:00:00.000Z")], undefined, []],
  ] as [string, Booking[], AvailabilityRules["buffer"], string[]][])("%s", (_, bookings, buffer, expected) => {
    const range = ["2026-01-13T23:00:00.000Z", "2026-01-14T23:00:00.000Z"] as const;
    expect(free(rules({ windows: [win(3, "09:00", "17:00")], bookings, buffer }), range)).toEqual(expected);
  });

  it("carries a physical buffer over midnight into the next day's window", () => {
    const r = rules({ windows: [win(1, "00:00", "02:00")], bookings: [physical("2026-01-18T21:30:00.000Z", "2026-01-18T22:30:00.000Z")] });
    expect(free(r, ["2026-01-18T23:00:00.000Z", "2026-01-19T23:00:00.000Z"])).toEqual([
      "2026-01-18T23:30:00.000Z/2026-01-19T01:00:00.000Z",
    ]);
  });
});

describe("isFree", () => {
  const r = rules({
    windows: [win(3, "09:00", "12:00"), win(3, "12:00", "14:00"), win(3, "15:00", "17:00"), win(4, "09:00", "17:00"),
      win(7, "20:00", "24:00"), win(1, "00:00", "02:00")],
    bookings: [physical("2026-01-15T11:00:00.000Z", "2026-01-15T12:00:00.000Z")],
  });
  it.each([
    ["exactly filling a window", "2026-01-14T14:00:00.000Z", "2026-01-14T16:00:00.000Z", true],
    ["inside a window", "2026-01-14T14:30:00.000Z", "2026-01-14T15:30:00.000Z", true],
    ["starting before a window", "2026-01-14T13:30:00.000Z", "2026-01-14T15:00:00.000Z", false],
    ["ending after a window", "2026-01-14T15:00:00.000Z", "2026-01-14T16:30:00.000Z", false],
    ["spanning two windows that touch", "2026-01-14T10:00:00.000Z", "2026-01-14T12:00:00.000Z", true],
    ["spanning two windows with a gap", "2026-01-14T12:30:00.000Z", "2026-01-14T14:30:00.000Z", false],
    ["ending where a booking's buffer starts", "2026-01-15T08:00:00.000Z", "2026-01-15T10:00:00.000Z", true],
    ["crossing into a booking's buffer", "2026-01-15T09:00:00.000Z", "2026-01-15T10:30:00.000Z", false],
    ["overlapping the booking itself", "2026-01-15T11:00:00.000Z", "2026-01-15T12:00:00.000Z", false],
    ["inside the buffer after a booking", "2026-01-15T12:30:00.000Z", "2026-01-15T13:30:00.000Z", false],
    ["starting where the buffer ends", "2026-01-15T13:00:00.000Z", "2026-01-15T14:00:00.000Z", true],
    ["across midnight Sunday → Monday", "2026-01-18T22:00:00.000Z", "2026-01-19T00:00:00.000Z", true],
    ["on a day without windows", "2026-01-17T09:00:00.000Z", "2026-01-17T10:00:00.000Z", false],
    ["of zero length", "2026-01-14T14:00:00.000Z", "2026-01-14T14:00:00.000Z", false],
    ["inverted", "2026-01-14T16:00:00.000Z", "2026-01-14T14:00:00.000Z", false],
  ])("a slot %s: %s – %s → %s", (_, start, end, expected) => {
    expect(isFree(r, at(start), at(end))).toBe(expected);
  });
});

describe("the year boundary", () => {
  it("joins 31 December 20:00–24:00 and 1 January 00:00–02:00 into one interval", () => {
    const r = rules({ windows: [win(4, "20:00", "24:00"), win(5, "00:00", "02:00")] });
    expect(free(r, ["2026-12-31T00:00:00.000Z", "2027-01-02T00:00:00.000Z"])).toEqual([
      "2026-12-31T19:00:00.000Z/2027-01-01T01:00:00.000Z",
    ]);
    expect(isFree(r, at("2026-12-31T22:00:00.000Z"), at("2027-01-01T00:00:00.000Z"))).toBe(true);
  });

  it("blocks 2026-12-28 to 2027-01-03 whole, and nothing around it", () => {
    const r = rules({ windows: WORKDAYS, exceptions: [blocked("2026-12-28", "2027-01-03")] });
    const days = ["2026-12-21", "2026-12-22", "2026-12-23", "2026-12-24", "2026-12-25", "2027-01-04", "2027-01-05", "2027-01-06", "2027-01-07", "2027-01-08"];
    expect(free(r, ["2026-12-20T23:00:00.000Z", "2027-01-10T23:00:00.000Z"])).toEqual(days.map((d) => `${d}T08:00:00.000Z/${d}T16:00:00.000Z`));
    expect(isFree(r, at("2026-12-31T09:00:00.000Z"), at("2026-12-31T10:00:00.000Z"))).toBe(false);
    expect(isFree(r, at("2027-01-04T08:00:00.000Z"), at("2027-01-04T16:00:00.000Z"))).toBe(true);
  });
});

describe("the query range", () => {
  const r = rules({ windows: [win(3, "09:00", "17:00"), win(7, "20:00", "24:00"), win(1, "00:00", "02:00")] });
  it.each([
    ["from and to inside a window", "2026-01-14T10:30:00.000Z", "2026-01-14T13:15:00.000Z", ["2026-01-14T10:30:00.000Z/2026-01-14T13:15:00.000Z"]],
    ["from inside a window", "2026-01-14T10:30:00.000Z", "2026-01-15T00:00:00.000Z", ["2026-01-14T10:30:00.000Z/2026-01-14T16:00:00.000Z"]],
    ["to inside a window", "2026-01-14T00:00:00.000Z", "2026-01-14T12:00:00.000Z", ["2026-01-14T08:00:00.000Z/2026-01-14T12:00:00.000Z"]],
    ["inside an interval across midnight", "2026-01-18T22:00:00.000Z", "2026-01-19T00:30:00.000Z", ["2026-01-18T22:00:00.000Z/2026-01-19T00:30:00.000Z"]],
    ["starting where a window ends", "2026-01-14T16:00:00.000Z", "2026-01-14T20:00:00.000Z", []],
    ["empty", "2026-01-14T12:00:00.000Z", "2026-01-14T12:00:00.000Z", []],
    ["inverted", "2026-01-14T15:00:00.000Z", "2026-01-14T09:00:00.000Z", []],
  ])("clips to the range when %s", (_, from, to, expected) => {
    expect(free(r, [from, to])).toEqual(expected);
  });

  it.each([
    ["empty rules", rules({})],
    ["only exceptions that block", rules({ exceptions: [blocked("2026-01-12", "2026-01-18")] })],
    ["only bookings", rules({ bookings: [digital("2026-01-14T10:00:00.000Z", "2026-01-14T11:00:00.000Z")] })],
  ])("gives no free time for %s", (_, r) => {
    expect(free(r, WEEK)).toEqual([]);
  });
});

describe("usuallyFreeHint", () => {
  it.each([
    ["no windows", [], []],
    ["Tue 13–16", [win(2, "13:00", "16:00")], [[2, "afternoon"]]],
    ["Tue 11–13 (1 h each side of noon)", [win(2, "11:00", "13:00")], []],
    ["Tue 10–14", [win(2, "10:00", "14:00")], [[2, "morning"], [2, "afternoon"]]],
    ["two adjacent hours", [win(1, "09:00", "10:00"), win(1, "10:00", "11:00")], [[1, "morning"]]],
    ["the same 1.5 h twice, not counted twice", [win(1, "09:00", "10:30"), win(1, "09:00", "10:30")], []],
    ["overlapping windows covering 2 h", [win(1, "09:00", "10:30"), win(1, "09:30", "11:00")], [[1, "morning"]]],
    ["exactly 2 h up to each boundary", [win(4, "10:00", "12:00"), win(4, "15:00", "17:00"), win(4, "17:00", "19:00")], [[4, "morning"], [4, "afternoon"], [4, "evening"]]],
    ["Thu 16–19 (1 h afternoon, 2 h evening)", [win(4, "16:00", "19:00")], [[4, "evening"]]],
    ["Thu 16–18:30", [win(4, "16:00", "18:30")], []],
    ["a whole Saturday", [win(6, "00:00", "24:00")], [[6, "morning"], [6, "afternoon"], [6, "evening"]]],
    ["unsorted input", [win(5, "18:00", "21:00"), win(1, "13:00", "15:00"), win(1, "08:00", "10:00")], [[1, "morning"], [1, "afternoon"], [5, "evening"]]],
    ["empty and inverted windows", [win(3, "14:00", "10:00"), win(3, "10:00", "10:00")], []],
  ] as [string, WeeklyWindow[], [number, string][]][])("%s", (_, windows, expected) => {
    expect(usuallyFreeHint(windows)).toEqual(expected.map(([weekday, part]) => ({ weekday, part })));
  });
});

describe("fitsSlot: the new assignment's own travel buffer", () => {
  const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 480, endMinute: 1020 }));
  const digitalBooking = { start: new Date("2026-11-24T08:00:00.000Z"), end: new Date("2026-11-24T09:00:00.000Z"), isDigital: true };
  const rules = { windows: weekdays, exceptions: [], bookings: [digitalBooking] };

  it.each([
    ["a digital slot right after a digital booking", "2026-11-24T09:00:00.000Z", "2026-11-24T10:00:00.000Z", true, true],
    ["a physical slot right after a digital booking (no time to travel)", "2026-11-24T09:00:00.000Z", "2026-11-24T10:00:00.000Z", false, false],
    ["a physical slot an hour after a digital booking", "2026-11-24T10:00:00.000Z", "2026-11-24T11:00:00.000Z", false, true],
    ["a physical slot ending just as a digital booking starts", "2026-11-24T07:00:00.000Z", "2026-11-24T08:00:00.000Z", false, false],
    ["a digital slot ending just as a digital booking starts", "2026-11-24T07:00:00.000Z", "2026-11-24T08:00:00.000Z", true, true],
    ["a physical slot overlapping the booking", "2026-11-24T08:30:00.000Z", "2026-11-24T09:30:00.000Z", false, false],
    ["a slot outside the weekly windows", "2026-11-24T17:00:00.000Z", "2026-11-24T18:00:00.000Z", true, false],
  ])("%s → %s", (_label, start, end, isDigital, expected) => {
    expect(fitsSlot(rules, { start: new Date(start), end: new Date(end), isDigital })).toBe(expected);
  });
});

describe("an exception's dates", () => {
  const today = "2026-12-06";
  it.each([
    [{ fromDate: "2026-12-06", toDate: "2026-12-06" }, null],
    [{ fromDate: "2026-12-01", toDate: "2026-12-06" }, null],
    [{ fromDate: "2026-12-01", toDate: "2026-12-05" }, { field: "toDate", key: "availability.inPast" }],
    [{ fromDate: "2026-12-10", toDate: "2026-12-09" }, { field: "toDate", key: "availability.toBeforeFrom" }],
    // 2027-12-07 is 366 days ahead (2027 is no leap year, the span holds no 29 February).
    [{ fromDate: "2027-12-07", toDate: "2027-12-07" }, null],
    [{ fromDate: "2027-12-08", toDate: "2027-12-08" }, { field: "fromDate", key: "availability.tooFarAhead" }],
    [{ fromDate: "9999-12-31", toDate: "9999-12-31" }, { field: "fromDate", key: "availability.tooFarAhead" }],
    [{ fromDate: "2027-01-01", toDate: "2028-01-02" }, null],
    [{ fromDate: "2027-01-01", toDate: "2028-01-03" }, { field: "toDate", key: "availability.tooLong" }],
  ] as const)("%j → %j", (dates, problem) => {
    expect(exceptionDatesProblem(dates, today)).toEqual(problem);
  });

  it("counts a leap day in the year ahead", () => {
    expect(exceptionDatesProblem({ fromDate: "2028-12-06", toDate: "2028-12-06" }, "2027-12-06")).toBeNull();
    expect(exceptionDatesProblem({ fromDate: "2028-12-07", toDate: "2028-12-07" }, "2027-12-06")).toEqual({ field: "fromDate", key: "availability.tooFarAhead" });
  });
});

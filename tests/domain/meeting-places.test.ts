// The meeting places' rules: weekly activities keep their local time across the clock changes, one-off activities,
// an activity's from/until edges and year edges, who may sign up or count visitors, opening hours, and the forms.
import { activityFormSchema, placeFormSchema, shiftFormSchema, visitorsFormSchema } from "~/domain/meeting-place-forms";
import {
  ENTRY_WINDOW_DAYS,
  mayChangeShift,
  mayEnterVisitors,
  occurrenceOn,
  occurrencesBetween,
  openingLines,
  shiftDates,
  sumVisitors,
  weekStart,
  type ActivityTiming,
} from "~/domain/meeting-places";
import { instantToLocal } from "~/domain/stockholm-time";

const weekly = (over: Partial<ActivityTiming> = {}): ActivityTiming => ({
  id: 1,
  kind: "weekly",
  startsAt: null,
  weekday: 7,
  startMinute: 18 * 60,
  fromDate: "2026-01-01",
  untilDate: null,
  durationMinutes: 120,
  ...over,
});
const once = (startsAt: string, id = 2): ActivityTiming => ({ id, kind: "once", startsAt, weekday: null, startMinute: null, fromDate: null, untilDate: null, durationMinutes: 90 });
const localStart = (iso: string) => instantToLocal(new Date(iso));

describe("a weekly activity", () => {
  it("stays at 18:00 local across the last Sunday of March (UTC+1 → UTC+2)", () => {
    const occ = occurrencesBetween([weekly()], "2026-03-22", "2026-04-05");
    expect(occ.map((o) => o.date)).toEqual(["2026-03-22", "2026-03-29", "2026-04-05"]);
    expect(occ.map((o) => o.startsAt)).toEqual(["2026-03-22T17:00:00.000Z", "2026-03-29T16:00:00.000Z", "2026-04-05T16:00:00.000Z"]);
    expect(occ.map((o) => localStart(o.startsAt).minute)).toEqual([1080, 1080, 1080]);
  });

  it("stays at 18:00 local across the last Sunday of October (UTC+2 → UTC+1), and lasts its two hours", () => {
    const occ = occurrencesBetween([weekly()], "2026-10-18", "2026-11-01");
    expect(occ.map((o) => o.startsAt)).toEqual(["2026-10-18T16:00:00.000Z", "2026-10-25T17:00:00.000Z", "2026-11-01T17:00:00.000Z"]);
    expect(occ.map((o) => Date.parse(o.endsAt) - Date.parse(o.startsAt))).toEqual([7_200_000, 7_200_000, 7_200_000]);
  });

  it("begins on its from date and ends on its until date, both included", () => {
    const activity = weekly({ weekday: 3, fromDate: "2026-05-06", untilDate: "2026-05-20" });
    expect(occurrencesBetween([activity], "2026-04-01", "2026-06-30").map((o) => o.date)).toEqual(["2026-05-06", "2026-05-13", "2026-05-20"]);
    expect(occurrenceOn(activity, "2026-04-29")).toBeNull();
    expect(occurrenceOn(activity, "2026-05-27")).toBeNull();
  });

  it("starting mid-week, first happens on its weekday after the from date", () => {
    expect(occurrencesBetween([weekly({ weekday: 1, fromDate: "2026-05-06" })], "2026-05-01", "2026-05-12").map((o) => o.date)).toEqual(["2026-05-11"]);
  });

  it("runs across the turn of the year: its dates are Stockholm's, not UTC's", () => {
    // 23:30 on New Year's Eve in Stockholm is still 31 December, though 22:30 UTC.
    const late = weekly({ weekday: 4, startMinute: 23 * 60 + 30, fromDate: "2026-12-01" });
    const occ = occurrencesBetween([late], "2026-12-28", "2027-01-08");
    expect(occ.map((o) => [o.date, o.startsAt])).toEqual([
      ["2026-12-31", "2026-12-31T22:30:00.000Z"],
      ["2027-01-07", "2027-01-07T22:30:00.000Z"],
    ]);
  });

  it("does not happen on other weekdays", () => {
    expect(occurrenceOn(weekly(), "2026-03-23")).toBeNull();
  });
});

describe("a one-off activity", () => {
  it("happens once, on its Stockholm date", () => {
    const event = once("2026-06-05T22:30:00.000Z"); // 00:30 on 6 June in Stockholm
    expect(occurrenceOn(event, "2026-06-05")).toBeNull();
    expect(occurrenceOn(event, "2026-06-06")).toMatchObject({ date: "2026-06-06", startsAt: "2026-06-05T22:30:00.000Z", endsAt: "2026-06-06T00:00:00.000Z" });
    expect(occurrencesBetween([event], "2026-01-01", "2026-12-31")).toHaveLength(1);
  });

  it("is listed among the weekly ones by start, ties by id", () => {
    const list = occurrencesBetween([weekly({ id: 5, weekday: 6, startMinute: 600 }), once("2026-06-06T08:00:00.000Z", 3), once("2026-06-06T07:00:00.000Z", 4)], "2026-06-06", "2026-06-06");
    expect(list.map((o) => o.activity.id)).toEqual([4, 3, 5]);
  });
});

describe("shifts and visitor counts", () => {
  const start = "2026-10-25T17:00:00.000Z";
  it("may be joined or left until the occurrence starts, not from then on", () => {
    expect(mayChangeShift(start, new Date("2026-10-25T16:59:59.999Z"))).toBe(true);
    expect(mayChangeShift(start, new Date(start))).toBe(false);
  });

  it.each([
    ["before the start", "2026-10-25T16:59:00.000Z", true, false],
    ["at the start", start, true, true],
    ["the last moment of the window", new Date(Date.parse(start) + ENTRY_WINDOW_DAYS * 86_400_000 - 1).toISOString(), true, true],
    ["after the window", new Date(Date.parse(start) + ENTRY_WINDOW_DAYS * 86_400_000).toISOString(), true, false],
    ["without a shift", "2026-10-26T10:00:00.000Z", false, false],
  ])("visitors may be entered %s: %s", (_, now, onDuty, expected) => {
    expect(mayEnterVisitors({ onDuty, startsAt: start, now: new Date(now) })).toBe(expected);
  });

  it("looks back over the entry window and six weeks ahead, in Stockholm dates", () => {
    expect(shiftDates(new Date("2026-12-31T23:30:00Z"))).toEqual({ from: "2026-12-18", to: "2027-02-12" });
  });
});

describe("opening hours", () => {
  it("joins consecutive days with the same hours and leaves closed days out", () => {
    const hours = [
      { weekday: 2, openMinute: 600, closeMinute: 960 },
      { weekday: 1, openMinute: 600, closeMinute: 960 },
      { weekday: 3, openMinute: 600, closeMinute: 960 },
      { weekday: 4, openMinute: 600, closeMinute: 1260 },
      { weekday: 6, openMinute: 600, closeMinute: 1260 },
    ];
    expect(openingLines(hours)).toEqual([
      { fromWeekday: 1, toWeekday: 3, openMinute: 600, closeMinute: 960 },
      { fromWeekday: 4, toWeekday: 4, openMinute: 600, closeMinute: 1260 },
      { fromWeekday: 6, toWeekday: 6, openMinute: 600, closeMinute: 1260 },
    ]);
    expect(openingLines([])).toEqual([]);
  });
});

describe("sums", () => {
  it("weeks start on Monday, also across a year", () => {
    expect(weekStart("2027-01-03")).toBe("2026-12-28");
    expect(weekStart("2026-12-28")).toBe("2026-12-28");
  });

  it("adds visitors by week and by month", () => {
    const rows = [
      { date: "2026-12-31", visitors: 12 },
      { date: "2027-01-01", visitors: 8 },
      { date: "2027-01-05", visitors: 3 },
    ];
    expect([...sumVisitors(rows, (r) => weekStart(r.date))]).toEqual([["2026-12-28", 20], ["2027-01-04", 3]]);
    expect([...sumVisitors(rows, (r) => r.date.slice(0, 7))]).toEqual([["2026-12", 12], ["2027-01", 11]]);
  });
});

describe("the forms", () => {
  const place = { name: "Hjärtats hus Tranås", municipalityId: "3", address: "Storgatan 1", description: "" };
  it("reads a place with hours; both times empty is closed", () => {
    const parsed = placeFormSchema().safeParse({ ...place, open1: "10:00", close1: "16:00", open2: "", close2: "", open5: "17.30", close5: "21:00" });
    expect(parsed.success && parsed.data).toEqual({ ...place, municipalityId: 3, hours: [{ weekday: 1, openMinute: 600, closeMinute: 960 }, { weekday: 5, openMinute: 1050, closeMinute: 1260 }] });
  });

  it.each([
    [{ open1: "10:00", close1: "" }, "close1", "meetingPlaces.errors.clock"],
    [{ open3: "25:00", close3: "26:00" }, "open3", "meetingPlaces.errors.clock"],
    [{ open7: "16:00", close7: "10:00" }, "close7", "meetingPlaces.errors.closeBeforeOpen"],
    [{ name: "" }, "name", "errors.required"],
    [{ municipalityId: "-1" }, "municipalityId", "meetingPlaces.errors.municipality"],
    [{ address: "Gata\u0007 1" }, "address", "errors.singleLine"],
  ])("refuses a place with %o at %s", (over, field, key) => {
    const parsed = placeFormSchema().safeParse({ ...place, ...over });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.find((i) => i.path[0] === field)?.message).toBe(key);
  });

  const activity = { title: "Öppet hus", description: "", kind: "weekly", date: "", weekday: "4", fromDate: "2026-03-01", start: "18:00", end: "20:00" };
  it("reads a weekly activity and a one-off one", () => {
    expect(activityFormSchema().parse(activity)).toEqual({ title: "Öppet hus", description: "", kind: "weekly", weekday: 4, startMinute: 1080, fromDate: "2026-03-01", durationMinutes: 120 });
    expect(activityFormSchema().parse({ ...activity, kind: "once", date: "2026-10-25", weekday: "", fromDate: "" })).toEqual({
      title: "Öppet hus",
      description: "",
      kind: "once",
      startsAt: "2026-10-25T17:00:00.000Z",
      durationMinutes: 120,
    });
  });

  it.each([
    [{ end: "17:00" }, "end", "meetingPlaces.errors.endBeforeStart"],
    [{ end: "18:10" }, "end", "meetingPlaces.errors.tooShort"],
    [{ weekday: "8" }, "weekday", "meetingPlaces.errors.weekday"],
    [{ fromDate: "2026-02-30" }, "fromDate", "meetingPlaces.errors.date"],
    [{ kind: "monthly" }, "kind", "meetingPlaces.errors.kind"],
    [{ kind: "once", date: "2026-03-29", start: "02:30", end: "04:00" }, "start", "meetingPlaces.errors.noSuchTime"],
  ])("refuses an activity with %o at %s", (over, field, key) => {
    const parsed = activityFormSchema().safeParse({ ...activity, ...over });
    expect(parsed.error?.issues.find((i) => i.path[0] === field)?.message).toBe(key);
  });

  it.each(["-1", "501", "1e2", "12.5", "", "99999999999"])("refuses %j visitors", (visitors) => {
    expect(visitorsFormSchema().safeParse({ intent: "count", activityId: "1", date: "2026-10-25", visitors }).success).toBe(false);
  });

  it("takes 0 and 500 visitors, and a shift on a real date only", () => {
    expect(visitorsFormSchema().parse({ intent: "count", activityId: "1", date: "2026-10-25", visitors: " 0" }).visitors).toBe(0);
    expect(visitorsFormSchema().parse({ intent: "count", activityId: "1", date: "2026-10-25", visitors: "500" }).visitors).toBe(500);
    expect(shiftFormSchema().safeParse({ intent: "join", activityId: "1", date: "2026-02-29" }).success).toBe(false);
  });
});

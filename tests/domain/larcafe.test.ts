// Lärcafé's rules: a series' sessions at the same Stockholm time across clock changes and year ends, the form's
// errors (each at its field), the request title, and "held" as the plan's goals count it.
import { intervalDates, isHeld, larcafeSchema, listedDates, sessionRequestTitle, sessionTimes, type LarcafeFormValues } from "~/domain/larcafe";

const NOW = new Date("2026-09-01T08:00:00Z");
const ctx = { now: NOW, municipalityIds: [7], experienceAreaIds: [3, 4] };

const good = (over: Partial<LarcafeFormValues> = {}): LarcafeFormValues => ({
  title: "Leva med diabetes",
  experienceAreaId: "3",
  audience: "patients",
  audienceSize: "12",
  description: "",
  place: "physical",
  municipalityId: "7",
  address: "Vårdcentralen, samlingssalen",
  firstDate: "2026-10-13",
  startTime: "17:30",
  durationMinutes: "90",
  schedule: "interval",
  count: "3",
  intervalWeeks: "2",
  dates: "",
  contactName: "Elin Enhetschef",
  contactPhone: "070-174 06 99",
  ...over,
});

const errorsOf = (values: LarcafeFormValues) => {
  const parsed = larcafeSchema(ctx).safeParse(values);
  expect(parsed.success).toBe(false);
  return Object.fromEntries(parsed.error!.issues.map((i) => [String(i.path[0]), i.message]));
};

describe("the sessions of a series", () => {
  it("keeps 17:30 local time on both sides of the October clock change (real duration stays 90 minutes)", () => {
    const parsed = larcafeSchema(ctx).parse(good({ firstDate: "2026-10-20", intervalWeeks: "1", count: "2" }));
    expect(parsed.sessions.map((s) => [s.startsAt.toISOString(), s.endsAt.toISOString()])).toEqual([
      ["2026-10-20T15:30:00.000Z", "2026-10-20T17:00:00.000Z"],
      ["2026-10-27T16:30:00.000Z", "2026-10-27T18:00:00.000Z"],
    ]);
  });

  it("keeps the local time across the March clock change", () => {
    const [before, after] = sessionTimes(["2027-03-23", "2027-03-30"], 600, 60);
    expect(before!.startsAt.toISOString()).toBe("2027-03-23T09:00:00.000Z");
    expect(after!.startsAt.toISOString()).toBe("2027-03-30T08:00:00.000Z");
  });

  it("refuses a time the spring clock change skips, at the time field", () => {
    expect(sessionTimes(["2027-03-28"], 150, 60)).toEqual([null]);
    const later = { ...ctx, now: new Date("2027-03-01T08:00:00Z") };
    const parsed = larcafeSchema(later).safeParse(good({ schedule: "dates", dates: "2027-03-21\n2027-03-28", startTime: "02:30" }));
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => [i.path[0], i.message])).toEqual([["startTime", "larcafe.errors.timeSkipped"]]);
  });

  it("runs across the new year every 4 weeks: dates, not instants, are stepped", () => {
    expect(intervalDates("2026-12-15", 3, 4)).toEqual(["2026-12-15", "2027-01-12", "2027-02-09"]);
    expect(intervalDates("2028-02-22", 2, 1)).toEqual(["2028-02-22", "2028-02-29"]);
    const [, newYear] = sessionTimes(["2026-12-31", "2027-01-01"], 0, 30);
    expect(newYear!.startsAt.toISOString()).toBe("2026-12-31T23:00:00.000Z");
  });

  it("reads a typed list of dates in order, once each", () => {
    expect(listedDates(" 2026-11-10\n2026-10-13, 2026-11-10 ;2026-12-01 ")).toEqual(["2026-10-13", "2026-11-10", "2026-12-01"]);
    const parsed = larcafeSchema(ctx).parse(good({ schedule: "dates", dates: "2026-11-10\n2026-10-13" }));
    expect(parsed.sessions.map((s) => s.startsAt.toISOString())).toEqual(["2026-10-13T15:30:00.000Z", "2026-11-10T16:30:00.000Z"]);
  });

  it("takes a digital series without municipality or address", () => {
    const parsed = larcafeSchema(ctx).parse(good({ place: "digital", municipalityId: "", address: "" }));
    expect(parsed).toMatchObject({ digital: true, municipalityId: null, address: null, experienceAreaId: 3, audience: "patients", audienceSize: 12, durationMinutes: 90 });
    expect(parsed.sessions).toHaveLength(3);
  });
});

describe("the series form's errors", () => {
  it.each([
    ["no title", { title: "ab" }, "title", "larcafe.errors.titleShort"],
    ["a title too long for the requests", { title: "x".repeat(81) }, "title", "larcafe.errors.titleLong"],
    ["a theme that is not an active area", { experienceAreaId: "9" }, "experienceAreaId", "larcafe.errors.theme"],
    ["staff as the audience", { audience: "staff" }, "audience", "larcafe.errors.audience"],
    ["13 sessions", { count: "13" }, "count", "larcafe.errors.count"],
    ["no sessions", { count: "0" }, "count", "larcafe.errors.count"],
    ["an interval outside the list", { intervalWeeks: "5" }, "intervalWeeks", "larcafe.errors.interval"],
    ["a date that does not exist", { firstDate: "2026-02-30" }, "firstDate", "larcafe.errors.dateInvalid"],
    ["a first session in the past", { firstDate: "2026-08-31" }, "firstDate", "larcafe.errors.inPast"],
    ["a first session earlier today", { firstDate: "2026-09-01", startTime: "09:00" }, "firstDate", "larcafe.errors.inPast"],
    ["a last session more than a year ahead", { firstDate: "2027-08-01", count: "4", intervalWeeks: "2" }, "count", "larcafe.errors.tooFar"],
    ["a duration of 10 minutes", { durationMinutes: "10" }, "durationMinutes", "larcafe.errors.duration"],
    ["a start time 25:00", { startTime: "25:00" }, "startTime", "larcafe.errors.startTime"],
    ["a physical place without municipality", { municipalityId: "" }, "municipalityId", "requests.errors.municipalityRequired"],
    ["a physical place without address", { address: "" }, "address", "requests.errors.addressShort"],
    ["a list with a bad date", { schedule: "dates", dates: "2026-10-13\n2026-13-01" }, "dates", "larcafe.errors.datesInvalid"],
    ["an empty list", { schedule: "dates", dates: " " }, "dates", "errors.required"],
    ["no schedule", { schedule: "" }, "schedule", "larcafe.errors.schedule"],
    ["a bad phone number", { contactPhone: "ring mig" }, "contactPhone", "requests.errors.phoneInvalid"],
  ] as const)("%s", (_, over, field, message) => {
    expect(errorsOf(good(over as Partial<LarcafeFormValues>))[field]).toBe(message);
  });

  it("shows every error at once", () => {
    expect(Object.keys(errorsOf(good({ title: "", count: "99", address: "" }))).sort()).toEqual(["address", "count", "title"]);
  });

  it("accepts 12 sessions and a year ahead to the day, including from 29 February", () => {
    expect(larcafeSchema(ctx).parse(good({ firstDate: "2026-09-01", startTime: "18:00", count: "12", intervalWeeks: "4" })).sessions).toHaveLength(12);
    expect(larcafeSchema(ctx).safeParse(good({ schedule: "dates", dates: "2027-09-01" })).success).toBe(true);
    expect(larcafeSchema(ctx).safeParse(good({ schedule: "dates", dates: "2027-09-02" })).success).toBe(false);
    const leap = { ...ctx, now: new Date("2028-02-29T08:00:00Z") };
    expect(larcafeSchema(leap).safeParse(good({ schedule: "dates", dates: "2029-02-28" })).success).toBe(true);
    expect(larcafeSchema(leap).safeParse(good({ schedule: "dates", dates: "2029-03-01" })).success).toBe(false);
  });
});

describe("a session's request title", () => {
  it("names the series and the session's place in it", () => {
    expect(sessionRequestTitle("Leva med diabetes", 2, 6)).toBe("Lärcafé: Leva med diabetes (träff 2 av 6)");
  });
});

describe("a held session", () => {
  const at = (iso: string, cancelled: string | null = null) => ({ starts_at: iso, cancelled_at: cancelled });
  it("has started and was not cancelled", () => {
    const now = new Date("2026-12-31T23:00:00.000Z");
    expect(isHeld(at("2026-12-31T22:59:00.000Z"), now)).toBe(true);
    expect(isHeld(at("2026-12-31T23:00:00.000Z"), now)).toBe(false);
    expect(isHeld(at("2027-01-05T16:00:00.000Z"), now)).toBe(false);
    expect(isHeld(at("2026-12-01T16:00:00.000Z", "2026-11-30T10:00:00.000Z"), now)).toBe(false);
  });
});

import { monthRange, monthView, shiftMonth } from "~/domain/month-view";
import { dayOffIn } from "~/models/days-off.server";

const at = (iso: string) => new Date(iso);

describe("month view", () => {
  it("covers every local day of the month, starting at local midnight", () => {
    const march = monthRange("2026-03");
    expect(march.days).toHaveLength(31);
    expect(march.from.toISOString()).toBe("2026-02-28T23:00:00.000Z");
    expect(march.to.toISOString()).toBe("2026-03-31T22:00:00.000Z");
    expect(monthRange("2028-02").days).toHaveLength(29);
  });

  it.each([
    ["2026-11", 1, "2026-12"],
    ["2026-12", 1, "2027-01"],
    ["2027-01", -1, "2026-12"],
    ["2026-05", -12, "2025-05"],
  ])("shifts %s by %i to %s", (month, delta, expected) => {
    expect(shiftMonth(month, delta)).toBe(expected);
  });

  it("splits an interval that crosses midnight into the two days it touches", () => {
    const { days } = monthRange("2026-11");
    const view = monthView(days, [{ start: at("2026-11-01T19:00:00.000Z"), end: at("2026-11-02T01:00:00.000Z") }], []);
    expect(view[0].free).toEqual([{ date: "2026-11-01", startMinute: 1200, endMinute: 1440 }]);
    expect(view[1].free).toEqual([{ date: "2026-11-02", startMinute: 0, endMinute: 120 }]);
    expect(view[0].weekday).toBe(7);
  });

  it("shows local clock times on the day the clocks go forward", () => {
    const { days } = monthRange("2026-03");
    const view = monthView(days, [{ start: at("2026-03-29T00:00:00.000Z"), end: at("2026-03-29T02:00:00.000Z") }], []);
    expect(view.find((d) => d.date === "2026-03-29")?.free).toEqual([{ date: "2026-03-29", startMinute: 60, endMinute: 240 }]);
  });

  it("marks bookings on their day with their title", () => {
    const { days } = monthRange("2026-12");
    const view = monthView(days, [], [{ start: at("2026-12-17T14:00:00.000Z"), end: at("2026-12-17T15:30:00.000Z"), title: "Lärcafé" }]);
    expect(view.find((d) => d.date === "2026-12-17")?.booked).toEqual([{ date: "2026-12-17", startMinute: 900, endMinute: 990, title: "Lärcafé" }]);
  });

  it("ignores the parts of intervals outside the month", () => {
    const { days } = monthRange("2026-11");
    const view = monthView(days, [{ start: at("2026-10-31T20:00:00.000Z"), end: at("2026-10-31T23:30:00.000Z") }], []);
    expect(view[0].free).toEqual([{ date: "2026-11-01", startMinute: 0, endMinute: 30 }]);
    expect(view.flatMap((d) => d.free)).toHaveLength(1);
  });

  it("names the public holidays and days off of the month, in the page's language", () => {
    const june = monthView(monthRange("2026-06").days, [], [], { dayOff: dayOffIn("sv") });
    expect(june.filter((d) => d.dayOff).map((d) => [d.date, d.dayOff])).toEqual([
      ["2026-06-06", "Nationaldagen"],
      ["2026-06-19", "Midsommarafton"],
      ["2026-06-20", "Midsommardagen"],
    ]);
    const march = monthView(monthRange("2027-03").days, [], [], { dayOff: dayOffIn("en") });
    expect(march.filter((d) => d.dayOff).map((d) => [d.date, d.dayOff])).toEqual([["2027-03-26", "Good Friday"], ["2027-03-28", "Easter Sunday"], ["2027-03-29", "Easter Monday"]]);
  });

  it("marks the days a whole-day block covers, not those of a block with times or of an extra window", () => {
    const view = monthView(monthRange("2026-11").days, [], [], {
      exceptions: [
        { kind: "blocked", from_date: "2026-11-09", to_date: "2026-11-10", start_minute: null },
        { kind: "blocked", from_date: "2026-11-12", to_date: "2026-11-12", start_minute: 600 },
        { kind: "extra", from_date: "2026-11-14", to_date: "2026-11-14", start_minute: null },
      ],
    });
    expect(view.filter((d) => d.blocked).map((d) => d.date)).toEqual(["2026-11-09", "2026-11-10"]);
  });
});

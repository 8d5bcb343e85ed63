import { dayOffName, daysOffBetween, isDayOff } from "~/domain/holidays";

describe("Swedish days off", () => {
  it.each([
    // Easter moves: Good Friday and Easter Monday over several years.
    ["2024-03-29", "Långfredagen"],
    ["2024-04-01", "Annandag påsk"],
    ["2025-04-18", "Långfredagen"],
    ["2025-04-21", "Annandag påsk"],
    ["2026-04-03", "Långfredagen"],
    ["2027-03-29", "Annandag påsk"],
    ["2025-05-29", "Kristi himmelsfärdsdag"],
    // Midsummer Eve is the Friday between 19 and 25 June.
    ["2024-06-21", "Midsommarafton"],
    ["2025-06-20", "Midsommarafton"],
    ["2026-06-19", "Midsommarafton"],
    ["2027-06-25", "Midsommarafton"],
    ["2026-06-20", "Midsommardagen"],
    ["2026-06-06", "Nationaldagen"],
    ["2026-12-24", "Julafton"],
    ["2026-12-31", "Nyårsafton"],
    ["2027-01-06", "Trettondedag jul"],
  ])("%s is %s", (date, name) => {
    expect(dayOffName(date)).toBe(name);
    expect(isDayOff(date)).toBe(true);
  });

  it.each(["2026-04-02", "2026-06-18", "2026-06-26", "2026-12-13", "2026-04-30", "2025-06-27"])("%s is an ordinary day", (date) => {
    expect(dayOffName(date)).toBeNull();
    expect(isDayOff(date)).toBe(false);
  });

  it("names the days in English on request", () => {
    expect(dayOffName("2026-06-19", "en")).toBe("Midsummer Eve");
    expect(dayOffName("2025-04-21", "en")).toBe("Easter Monday");
  });

  it("lists the days off across a new year in date order", () => {
    expect(daysOffBetween("2026-12-20", "2027-01-02")).toEqual([
      { date: "2026-12-24", name: "Julafton" },
      { date: "2026-12-25", name: "Juldagen" },
      { date: "2026-12-26", name: "Annandag jul" },
      { date: "2026-12-31", name: "Nyårsafton" },
      { date: "2027-01-01", name: "Nyårsdagen" },
    ]);
  });
});

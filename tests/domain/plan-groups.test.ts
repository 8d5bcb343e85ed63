// The plan's goals "groups started" and "two recurring Lärcafés per care area" (DESIGN.md "The plan's other goals").
import { groupsStarted, heldDates, isRecurringIn, startYear, type LarcafeSeriesFacts, type PlanGroup } from "~/domain/plan-groups";

const at = (startsAt: string, cancelled = false) => ({ startsAt, cancelled });
const group = (digital: boolean, ...starts: string[]): PlanGroup => ({ digital, meetings: starts.map((s) => at(s)) });
const cafe = (careAreaName: string, digital: boolean, ...starts: string[]): LarcafeSeriesFacts => ({ careAreaName, ...group(digital, ...starts) });
const AREAS = ["Värnamo", "Jönköping", "Höglandet"];

describe("the year a group started", () => {
  it("is the Stockholm year of its first meeting, not the UTC year", () => {
    // 23:30 UTC on 31 December is already 00:30 on 1 January in Stockholm.
    expect(startYear(group(false, "2025-12-31T23:30:00.000Z"), "2026-12-06")).toBe(2026);
    expect(startYear(group(false, "2025-12-31T22:59:00.000Z"), "2026-12-06")).toBe(2025);
  });

  it("skips meetings called off: a group whose first meeting was cancelled starts with the next", () => {
    const g: PlanGroup = { digital: false, meetings: [at("2025-12-20T17:00:00.000Z", true), at("2026-01-10T17:00:00.000Z")] };
    expect(startYear(g, "2026-12-06")).toBe(2026);
  });

  it("is none until a meeting is held: a group planned for next week has not started", () => {
    expect(startYear(group(false, "2026-12-14T17:00:00.000Z"), "2026-12-06")).toBeNull();
    expect(startYear({ digital: false, meetings: [] }, "2026-12-06")).toBeNull();
  });

  it("counts a meeting on today's date as held (the goals count by the day)", () => {
    expect(heldDates(group(false, "2026-12-06T17:00:00.000Z", "2026-12-13T17:00:00.000Z"), "2026-12-06")).toEqual(["2026-12-06"]);
  });

  it("reads meetings in any order", () => {
    expect(startYear(group(true, "2026-03-01T10:00:00.000Z", "2025-11-01T10:00:00.000Z"), "2026-12-06")).toBe(2025);
  });
});

describe("groups started in a year", () => {
  it("count self-help groups and Lärcafé series in their first meeting's year, split by digital", () => {
    const selfHelp = [group(false, "2026-02-01T17:00:00.000Z"), group(true, "2026-09-01T17:00:00.000Z"), group(true, "2025-09-01T17:00:00.000Z", "2026-01-05T17:00:00.000Z")];
    const larcafe = [cafe("Jönköping", true, "2026-04-01T12:00:00.000Z"), cafe("Värnamo", false, "2027-01-10T12:00:00.000Z")];
    const report = groupsStarted(selfHelp, larcafe, AREAS, 2026, "2026-12-06");
    expect(report).toMatchObject({ selfHelpStarted: 2, selfHelpDigitalStarted: 1, larcafeStarted: 1, larcafeDigitalStarted: 1 });
    expect(groupsStarted(selfHelp, larcafe, AREAS, 2025, "2026-12-06")).toMatchObject({ selfHelpStarted: 1, selfHelpDigitalStarted: 1, larcafeStarted: 0 });
  });

  it("are zero in a year not begun, even for groups already planned in it", () => {
    const report = groupsStarted([group(false, "2027-01-04T17:00:00.000Z")], [cafe("Jönköping", false, "2027-01-05T12:00:00.000Z")], AREAS, 2027, "2026-12-06");
    expect(report).toMatchObject({ selfHelpStarted: 0, larcafeStarted: 0 });
  });
});

describe("recurring Lärcafé series", () => {
  it("held at least two sessions in the year; one is not enough", () => {
    expect(isRecurringIn(group(false, "2026-01-10T12:00:00.000Z", "2026-02-10T12:00:00.000Z"), 2026, "2026-12-06")).toBe(true);
    expect(isRecurringIn(group(false, "2026-01-10T12:00:00.000Z"), 2026, "2026-12-06")).toBe(false);
  });

  it("count only the year's sessions: one in December and one in January recur in neither year", () => {
    const s = group(false, "2025-12-10T12:00:00.000Z", "2026-01-10T12:00:00.000Z");
    expect(isRecurringIn(s, 2025, "2026-12-06")).toBe(false);
    expect(isRecurringIn(s, 2026, "2026-12-06")).toBe(false);
  });

  it("do not count sessions called off or still ahead", () => {
    const s: PlanGroup = { digital: false, meetings: [at("2026-03-10T12:00:00.000Z"), at("2026-04-10T12:00:00.000Z", true), at("2026-12-20T12:00:00.000Z")] };
    expect(isRecurringIn(s, 2026, "2026-12-06")).toBe(false);
    expect(isRecurringIn(s, 2026, "2026-12-31")).toBe(true);
  });

  it("are counted per care area, every area listed, in Swedish order", () => {
    const larcafe = [
      cafe("Jönköping", false, "2026-01-10T12:00:00.000Z", "2026-02-10T12:00:00.000Z"),
      cafe("Jönköping", true, "2026-03-10T12:00:00.000Z", "2026-04-10T12:00:00.000Z"),
      cafe("Värnamo", false, "2026-03-10T12:00:00.000Z"),
    ];
    const report = groupsStarted([], larcafe, AREAS, 2026, "2026-12-06");
    expect(report.recurringLarcafeByCareArea).toEqual({ Höglandet: 0, Jönköping: 2, Värnamo: 0 });
    expect(Object.keys(report.recurringLarcafeByCareArea)).toEqual(["Höglandet", "Jönköping", "Värnamo"]);
  });
});

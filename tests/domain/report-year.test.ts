// Which years a report accepts, and which year "no year" means.
import { parseReportYear } from "~/domain/report-year";

describe("parseReportYear", () => {
  it("means this Stockholm year when no year is given, also on New Year's Eve at 23:30 UTC", () => {
    expect(parseReportYear(null, new Date("2026-06-01T12:00:00Z"))).toEqual({ ok: true, year: 2026 });
    expect(parseReportYear(undefined, new Date("2026-12-31T23:30:00Z"))).toEqual({ ok: true, year: 2027 });
  });

  it.each(["2000", "2026", "2100", " 2026 "])("accepts %j", (value) => {
    expect(parseReportYear(value, new Date())).toEqual({ ok: true, year: Number(value) });
  });

  it.each(["", "1999", "2101", "20x6", "26", "2026.5", "-2026", "２０２６", "2026; drop table", "9".repeat(400)])("refuses %j", (value) => {
    expect(parseReportYear(value, new Date())).toEqual({ ok: false, error: "goals.error.year" });
  });
});

// How dates, deadlines and shares read in Swedish and English, in Stockholm time whatever the machine's zone.
import { formatChange, formatDateTime, formatDeadline, formatPercent } from "~/domain/format";

const nbsp = (s: string) => s.replaceAll("\u00a0", " ");

describe("formatDeadline", () => {
  it("shows a deadline at local midnight as the end of the day before", () => {
    // 29 November 00:00 in Stockholm (winter time, UTC+1).
    expect(formatDeadline("2026-11-28T23:00:00.000Z", "sv")).toBe("28 nov. 2026 23:59");
    expect(formatDeadline("2026-11-28T23:00:00.000Z", "en")).toBe("28 Nov 2026, 23:59");
  });

  it("shows any other deadline as it is, also in summer time", () => {
    expect(formatDeadline("2026-07-01T08:30:00.000Z", "sv")).toBe("1 juli 2026 10:30");
    expect(formatDeadline("2026-06-30T22:00:00.000Z", "sv")).toBe("30 juni 2026 23:59");
    expect(formatDateTime("2026-06-30T22:00:00.000Z", "sv")).toBe("1 juli 2026 00:00");
  });
});

describe("shares", () => {
  it("rounds to whole percent and signs changes", () => {
    expect(nbsp(formatPercent(0.555, "sv"))).toBe("56 %");
    expect(formatPercent(0.7, "en")).toBe("70%");
    expect(nbsp(formatChange(0.3, "sv"))).toBe("+30 %");
    expect(nbsp(formatChange(-0.05, "sv"))).toBe("−5 %");
    expect(nbsp(formatChange(0, "sv"))).toBe("0 %");
  });
});

// Rules the forms check and the models check again: an exception's times, a pause's last day, an outcome's numbers.
import { exceptionProblem, exceptionTimesProblem } from "~/domain/availability";
import { isPauseEnd } from "~/domain/cant-come";
import { outcomeProblem } from "~/domain/desk-rules";
import { parseDecimal } from "~/domain/fields";

describe("an exception's times", () => {
  it.each([
    [{ kind: "blocked", startMinute: null, endMinute: null }, null],
    [{ kind: "blocked", startMinute: 600, endMinute: 720 }, null],
    [{ kind: "extra", startMinute: 600, endMinute: 720 }, null],
    [{ kind: "extra", startMinute: null, endMinute: null }, { field: "start", key: "availability.extraNeedsTimes" }],
    [{ kind: "blocked", startMinute: 600, endMinute: null }, { field: "end", key: "availability.extraNeedsTimes" }],
    [{ kind: "blocked", startMinute: null, endMinute: 600 }, { field: "start", key: "availability.extraNeedsTimes" }],
    [{ kind: "extra", startMinute: 720, endMinute: 720 }, { field: "end", key: "availability.endBeforeStart" }],
    [{ kind: "blocked", startMinute: 720, endMinute: 600 }, { field: "end", key: "availability.endBeforeStart" }],
  ] as const)("%j → %j", (times, problem) => {
    expect(exceptionTimesProblem(times)).toEqual(problem);
  });

  it("reports a date problem before a times problem", () => {
    const input = { kind: "extra", fromDate: "2026-12-01", toDate: "2026-12-01", startMinute: null, endMinute: null } as const;
    expect(exceptionProblem(input, "2026-12-06")).toEqual({ field: "toDate", key: "availability.inPast" });
    expect(exceptionProblem({ ...input, fromDate: "2026-12-07", toDate: "2026-12-07" }, "2026-12-06")).toEqual({ field: "start", key: "availability.extraNeedsTimes" });
  });
});

describe("a pause's last day", () => {
  it.each([
    [null, true],
    ["2026-12-06", true],
    ["2027-01-31", true],
    ["2026-12-05", false],
    ["2027-02-30", false],
    ["2027-1-31", false],
  ] as const)("%s, today 2026-12-06 → %s", (until, valid) => {
    expect(isPauseEnd(until, "2026-12-06")).toBe(valid);
  });
});

describe("an assignment's outcome", () => {
  const completed = { status: "completed", hours: 2, compensationSek: 600, reason: null } as const;
  it.each([
    [completed, null],
    [{ ...completed, hours: 24 }, null],
    [{ ...completed, hours: 1.25 }, null],
    [{ ...completed, hours: 1.255 }, { field: "hours", key: "desk.errors.hours" }],
    [{ ...completed, hours: 24.5 }, { field: "hours", key: "desk.errors.hours" }],
    [{ ...completed, hours: -1 }, { field: "hours", key: "desk.errors.hours" }],
    [{ ...completed, compensationSek: 100_001 }, { field: "compensationSek", key: "desk.errors.compensation" }],
    [{ ...completed, compensationSek: 10.5 }, { field: "compensationSek", key: "desk.errors.compensation" }],
    [{ ...completed, hours: null }, { field: "hours", key: "desk.errors.hoursRequired" }],
    [{ ...completed, compensationSek: null }, { field: "compensationSek", key: "desk.errors.compensationRequired" }],
    [{ status: "no_show", hours: null, compensationSek: null, reason: "" }, { field: "reason", key: "desk.errors.reasonRequired" }],
    [{ status: "cancelled", hours: null, compensationSek: null, reason: "Sjuk" }, null],
    [{ status: "cancelled", hours: null, compensationSek: null, reason: "x".repeat(501) }, { field: "reason", key: "desk.errors.reasonLong" }],
  ] as const)("%j → %j", (outcome, problem) => {
    expect(outcomeProblem(outcome)).toEqual(problem);
  });
});

describe("a decimal as people type it", () => {
  it.each([
    ["2,5", 2, 2.5],
    ["2.25", 2, 2.25],
    ["12", 0, 12],
    ["1 200", 0, 1200],
    ["2,555", 2, null],
    ["2,5", 0, null],
    ["-1", 2, null],
    ["1e3", 2, null],
    ["", 2, null],
  ] as const)("%s with %i decimals → %s", (text, decimals, value) => {
    expect(parseDecimal(text, decimals)).toBe(value);
  });
});

// The request desk's rules: outcomes and their requests, which changes a calendar must see.
import { changesCalendar, outcomeNeedsStart, requestStatusFor } from "~/domain/desk-rules";

describe("an assignment's outcome", () => {
  it.each([
    ["completed", "completed"],
    ["no_show", "cancelled"],
    ["cancelled", "cancelled"],
  ] as const)("%s makes the request %s", (outcome, request) => {
    expect(requestStatusFor(outcome)).toBe(request);
  });

  it.each([
    ["booked", "completed", false],
    ["booked", "cancelled", true],
    ["booked", "no_show", true],
    ["cancelled", "completed", true],
    ["no_show", "completed", true],
    ["completed", "completed", false],
    ["cancelled", "cancelled", false],
  ] as const)("%s → %s changes the calendar: %s", (from, to, changes) => {
    expect(changesCalendar(from, to)).toBe(changes);
  });

  it("only cancelling may happen before the start", () => {
    expect([outcomeNeedsStart("completed"), outcomeNeedsStart("no_show"), outcomeNeedsStart("cancelled")]).toEqual([true, true, false]);
  });
});

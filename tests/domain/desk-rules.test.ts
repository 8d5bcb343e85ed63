// The request desk's rules: outcomes and their requests, which changes a calendar must see, and reply deadlines.
import { changesCalendar, outcomeNeedsStart, replyDeadline, requestStatusFor } from "~/domain/desk-rules";

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

describe("a reply deadline", () => {
  it("lasts to the end of the chosen Stockholm day (midnight is 23:00 UTC in winter, 22:00 in summer)", () => {
    const farSlot = new Date("2026-12-20T09:00:00Z");
    expect(replyDeadline("2026-11-28", farSlot).toISOString()).toBe("2026-11-28T23:00:00.000Z");
    expect(replyDeadline("2026-06-10", farSlot).toISOString()).toBe("2026-06-10T22:00:00.000Z");
  });

  it("never runs past the start of the offered slot", () => {
    const slot = new Date("2026-11-28T09:00:00Z");
    expect(replyDeadline("2026-11-28", slot)).toEqual(slot);
    expect(replyDeadline("2026-12-03", slot)).toEqual(slot);
  });
});

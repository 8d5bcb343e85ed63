// Offer rules: expiry, the monthly cap counted in Stockholm calendar months, and compensation per role.
import {
  COMPENSATION,
  compensationFor,
  isOverMonthlyCap,
  localMonth,
  localMonthRange,
} from "~/domain/offer-rules";

const at = (iso: string) => new Date(iso);

describe("localMonth and localMonthRange", () => {
  it.each([
    ["mid-month", "2026-03-15T12:00:00.000Z", "2026-03", "2026-02-28T23:00:00.000Z", "2026-03-31T22:00:00.000Z"],
    ["31 March 23:30 local (summer time) is still March", "2026-03-31T21:30:00.000Z", "2026-03", "2026-02-28T23:00:00.000Z", "2026-03-31T22:00:00.000Z"],
    ["31 March 22:30 UTC is 1 April 00:30 local", "2026-03-31T22:30:00.000Z", "2026-04", "2026-03-31T22:00:00.000Z", "2026-04-30T22:00:00.000Z"],
    ["1 April 00:00 local exactly", "2026-03-31T22:00:00.000Z", "2026-04", "2026-03-31T22:00:00.000Z", "2026-04-30T22:00:00.000Z"],
    ["28 Feb 23:30 UTC is 1 March local (winter time)", "2026-02-28T23:30:00.000Z", "2026-03", "2026-02-28T23:00:00.000Z", "2026-03-31T22:00:00.000Z"],
    ["31 Oct 23:30 UTC is 1 Nov local (after autumn change)", "2026-10-31T23:30:00.000Z", "2026-11", "2026-10-31T23:00:00.000Z", "2026-11-30T23:00:00.000Z"],
    ["New Year's Eve 23:30 UTC is 1 January local", "2026-12-31T23:30:00.000Z", "2027-01", "2026-12-31T23:00:00.000Z", "2027-01-31T23:00:00.000Z"],
    ["December rolls into next year", "2026-12-10T10:00:00.000Z", "2026-12", "2026-11-30T23:00:00.000Z", "2026-12-31T23:00:00.000Z"],
  ])("%s", (_, instant, month, from, to) => {
    expect(localMonth(at(instant))).toBe(month);
    const range = localMonthRange(at(instant));
    expect([range.from.toISOString(), range.to.toISOString()]).toEqual([from, to]);
  });
});

describe("isOverMonthlyCap", () => {
  it.each([
    ["no assignments, cap 2", 2, "2026-03-10T09:00:00.000Z", [], false],
    ["one of two used", 2, "2026-03-10T09:00:00.000Z", ["2026-03-02T09:00:00.000Z"], false],
    ["two of two used", 2, "2026-03-10T09:00:00.000Z", ["2026-03-02T09:00:00.000Z", "2026-03-20T09:00:00.000Z"], true],
    ["cap 0 means no assignments at all", 0, "2026-03-10T09:00:00.000Z", [], true],
    ["other months do not count", 1, "2026-03-10T09:00:00.000Z", ["2026-02-27T09:00:00.000Z", "2026-04-02T09:00:00.000Z"], false],
    // 22:30 UTC on 31 March is April in Stockholm: an April slot with a late-March assignment is fine.
    ["slot at 2026-03-31T22:30Z is April; March assignment does not count", 1, "2026-03-31T22:30:00.000Z", ["2026-03-31T20:00:00.000Z"], false],
    ["slot at 2026-03-31T22:30Z is April; an April assignment counts", 1, "2026-03-31T22:30:00.000Z", ["2026-04-15T08:00:00.000Z"], true],
    ["an assignment at 2026-03-31T22:00Z (00:00 local) is April", 1, "2026-03-15T09:00:00.000Z", ["2026-03-31T22:00:00.000Z"], false],
    ["winter: 2026-02-28T23:00Z is 1 March local", 1, "2026-03-05T09:00:00.000Z", ["2026-02-28T23:00:00.000Z"], true],
    ["winter: 2026-02-28T22:59Z is still February", 1, "2026-03-05T09:00:00.000Z", ["2026-02-28T22:59:00.000Z"], false],
    ["year boundary: 2026-12-31T23:15Z is January 2027", 1, "2027-01-10T09:00:00.000Z", ["2026-12-31T23:15:00.000Z"], true],
    ["year boundary: a December slot ignores it", 1, "2026-12-20T09:00:00.000Z", ["2026-12-31T23:15:00.000Z"], false],
  ])("%s", (_, maxPerMonth, slot, starts, expected) => {
    expect(isOverMonthlyCap({ maxPerMonth, slotStart: at(slot), assignmentStarts: (starts as string[]).map(at) })).toBe(expected);
  });
});

describe("compensationFor", () => {
  it.each([
    ["peer, 90 minutes", "peer", 90, { per: "hour", rateSek: 300, totalSek: 450 }],
    ["peer, 60 minutes", "peer", 60, { per: "hour", rateSek: 300, totalSek: 300 }],
    ["peer, 50 minutes rounds to whole kronor", "peer", 50, { per: "hour", rateSek: 300, totalSek: 250 }],
    ["book, any length", "book", 180, { per: "assignment", rateSek: 600, totalSek: 600 }],
    ["storyteller, any length", "storyteller", 45, { per: "assignment", rateSek: 1200, totalSek: 1200 }],
  ] as const)("%s", (_, role, minutes, expected) => {
    expect(compensationFor(role, minutes)).toEqual(expected);
  });

  it("has one rate for every role", () => {
    expect(Object.keys(COMPENSATION).sort()).toEqual(["book", "peer", "storyteller"]);
  });
});

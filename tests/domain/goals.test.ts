// DESIGN.md's goal definitions clause by clause: eligibility, what counts as offered, what counts as a peer assignment, the year.
import {
  atLeast, goalReport, isEligibleBook, monthIndex, monthStarts, peerTargetCount, yearSpan,
  type GoalAssignment, type GoalData, type GoalOffer, type GoalPerson,
} from "~/domain/goals";
import { localToInstant } from "~/domain/stockholm-time";
import type { AssignmentStatus, Role } from "~/domain/vocabulary";

const book = (id: number, joinedOn = "2020-01-01", leftOn: string | null = null, roles: Role[] = ["book"]): GoalPerson => ({ id, roles, joinedOn, leftOn });
const at = (date: string, clock = "12:00") => localToInstant(date, Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3))).toISOString();
const offer = (personId: number, offeredAt: string, wantedRole: Role = "book"): GoalOffer => ({ personId, offeredAt, wantedRole });
const peerJob = (personId: number, startsAt: string, status: AssignmentStatus = "completed", wantedRole: Role = "peer"): GoalAssignment => ({
  personId, startsAt, status, wantedRole,
});
/** The report's "today": the supporters' months count up to it; the first two goals do not depend on it. */
const TODAY = "2026-12-06";
const data = (partial: Partial<GoalData>): GoalData => ({ people: [], offers: [], assignments: [], ...partial });

describe("eligible books", () => {
  it.each([
    ["joined before the year", book(1, "2019-05-01"), true],
    ["joined on 31 December of the year", book(1, "2026-12-31"), true],
    ["joins on 1 January of the next year", book(1, "2027-01-01"), false],
    ["left on 1 January of the year", book(1, "2019-05-01", "2026-01-01"), true],
    ["left on 31 December of the year before", book(1, "2019-05-01", "2025-12-31"), false],
    ["joined and left within the year", book(1, "2026-03-01", "2026-04-30"), true],
    ["a peer and storyteller only", book(1, "2019-05-01", null, ["peer", "storyteller"]), false],
    ["a peer who is also a book", book(1, "2019-05-01", null, ["peer", "book"]), true],
  ])("%s → %s", (_name, person, expected) => {
    expect(isEligibleBook(person, 2026)).toBe(expected);
  });

  it("counts a book who joined on 31 December as eligible and not offered", () => {
    const report = goalReport(data({ people: [book(1, "2026-12-31"), book(2)], offers: [offer(2, at("2026-06-01"))] }), 2026, TODAY);
    expect(report.bookOfferCoverage).toMatchObject({ eligible: 2, offered: 1, share: 0.5 });
  });
});

describe("offered books", () => {
  it("does not count an offer for a peer request to someone who is both book and peer", () => {
    const people = [book(1, "2020-01-01", null, ["book", "peer"])];
    const report = goalReport(data({ people, offers: [offer(1, at("2026-03-03"), "peer")] }), 2026, TODAY);
    expect(report.bookOfferCoverage).toMatchObject({ eligible: 1, offered: 0, share: 0, met: false });
  });

  it("counts offers by the local year of offered_at, midnight Stockholm time", () => {
    const people = [book(1), book(2), book(3), book(4)];
    const offers = [
      offer(1, at("2025-12-31", "23:59")), // last year, although 2025-12-31T22:59Z
      offer(2, at("2026-01-01", "00:00")), // this year, although still 2025 in UTC
      offer(3, at("2026-12-31", "23:30")), // this year, although 2026-12-31T22:30Z … and 2027 nowhere
      offer(4, at("2027-01-01", "00:00")), // next year
    ];
    const report = goalReport(data({ people, offers }), 2026, TODAY);
    expect(report.bookOfferCoverage.offered).toBe(2);
    expect(goalReport(data({ people, offers }), 2025, TODAY).bookOfferCoverage.offered).toBe(1);
    expect(goalReport(data({ people, offers }), 2027, TODAY).bookOfferCoverage.offered).toBe(1);
  });

  it("counts a person once however many offers they had", () => {
    const offers = [offer(1, at("2026-02-01")), offer(1, at("2026-05-01")), offer(1, at("2026-09-01"))];
    expect(goalReport(data({ people: [book(1), book(2)], offers }), 2026, TODAY).bookOfferCoverage.offered).toBe(1);
  });

  it("ignores offers to people who are not eligible in the year", () => {
    const people = [book(1, "2019-01-01", "2025-06-30"), book(2)];
    const report = goalReport(data({ people, offers: [offer(1, at("2026-02-01")), offer(2, at("2026-02-01"))] }), 2026, TODAY);
    expect(report.bookOfferCoverage).toMatchObject({ eligible: 1, offered: 1, share: 1, met: true });
  });

  it("meets the target at exactly 70 % and not below", () => {
    const people = Array.from({ length: 10 }, (_, i) => book(i + 1));
    const offers = (n: number) => Array.from({ length: n }, (_, i) => offer(i + 1, at("2026-04-01")));
    expect(goalReport(data({ people, offers: offers(7) }), 2026, TODAY).bookOfferCoverage).toMatchObject({ share: 0.7, target: 0.7, met: true });
    expect(goalReport(data({ people, offers: offers(6) }), 2026, TODAY).bookOfferCoverage).toMatchObject({ share: 0.6, met: false });
  });

  it("has share 0 and an unmet target when nobody is eligible", () => {
    expect(goalReport(data({}), 2026, TODAY).bookOfferCoverage).toEqual({ eligible: 0, offered: 0, share: 0, target: 0.7, met: false });
  });
});

describe("peer assignments", () => {
  it.each([
    ["completed", 1],
    ["cancelled", 0],
    ["no_show", 0],
    ["booked", 0],
  ] satisfies [AssignmentStatus, number][])("a %s peer assignment counts %i", (status, expected) => {
    const report = goalReport(data({ assignments: [peerJob(1, at("2026-05-05"), status)] }), 2026, TODAY);
    expect(report.peerAssignments.count).toBe(expected);
  });

  it("shows still-booked ones as booked ahead, not in the count", () => {
    const assignments = [peerJob(1, at("2026-11-30"), "booked"), peerJob(2, at("2026-12-10"), "booked"), peerJob(3, at("2027-01-10"), "booked")];
    expect(goalReport(data({ assignments }), 2026, TODAY).peerAssignments).toMatchObject({ count: 0, bookedAhead: 2 });
  });

  it("only counts requests wanting the peer role, even when a peer did the job", () => {
    const assignments = [peerJob(1, at("2026-05-05"), "completed", "book"), peerJob(1, at("2026-05-06"), "completed", "storyteller")];
    expect(goalReport(data({ assignments }), 2026, TODAY).peerAssignments.count).toBe(0);
  });

  it("puts an assignment starting 31 December 23:30 local in that year", () => {
    const assignments = [peerJob(1, at("2025-12-31", "23:30"))];
    expect(goalReport(data({ assignments }), 2025, TODAY).peerAssignments.count).toBe(1);
    expect(goalReport(data({ assignments }), 2026, TODAY).peerAssignments.previousYear).toBe(1);
    expect(goalReport(data({ assignments }), 2026, TODAY).peerAssignments.count).toBe(0);
  });

  it("puts an assignment starting 1 January 00:00 local in the new year", () => {
    const assignments = [peerJob(1, at("2026-01-01", "00:00"))];
    expect(goalReport(data({ assignments }), 2026, TODAY).peerAssignments.count).toBe(1);
    expect(goalReport(data({ assignments }), 2025, TODAY).peerAssignments.count).toBe(0);
  });

  it("has no growth and an undefined target without a previous year", () => {
    const report = goalReport(data({ assignments: [peerJob(1, at("2026-03-01"))] }), 2026, TODAY);
    expect(report.peerAssignments).toEqual({ count: 1, previousYear: 0, growth: null, target: 0.3, met: null, uniquePeers: 1, bookedAhead: 0 });
  });

  it("computes growth against the previous year and meets +30 % at exactly 13 after 10", () => {
    const last = Array.from({ length: 10 }, (_, i) => peerJob(i + 1, at("2025-06-01")));
    const now = (n: number) => Array.from({ length: n }, (_, i) => peerJob(1 + (i % 4), at("2026-06-01")));
    const met = goalReport(data({ assignments: [...last, ...now(13)] }), 2026, TODAY).peerAssignments;
    expect(met).toMatchObject({ count: 13, previousYear: 10, met: true, uniquePeers: 4 });
    expect(met.growth).toBeCloseTo(0.3, 10);
    const short = goalReport(data({ assignments: [...last, ...now(12)] }), 2026, TODAY).peerAssignments;
    expect(short).toMatchObject({ count: 12, met: false });
    expect(short.growth).toBeCloseTo(0.2, 10);
  });

  it("counts fewer assignments than last year as negative growth", () => {
    const assignments = [peerJob(1, at("2025-06-01")), peerJob(2, at("2025-06-02")), peerJob(1, at("2026-06-01"))];
    expect(goalReport(data({ assignments }), 2026, TODAY).peerAssignments).toMatchObject({ growth: -0.5, met: false });
  });

  it("does not let a cancelled or no-show baseline count as previous year", () => {
    const assignments = [peerJob(1, at("2025-06-01"), "cancelled"), peerJob(1, at("2025-06-01"), "no_show"), peerJob(1, at("2026-06-01"))];
    expect(goalReport(data({ assignments }), 2026, TODAY).peerAssignments).toMatchObject({ previousYear: 0, growth: null, met: null });
  });
});

describe("arithmetic of targets and years", () => {
  it.each([
    [10, 13],
    [1, 2],
    [3, 4],
    [100, 130],
    [7, 10],
    [0, null],
  ])("after %i peer assignments the target is %s", (previous, expected) => {
    expect(peerTargetCount(previous)).toBe(expected);
  });

  it.each([
    [10, 0.7, 7],
    [3, 0.7, 3],
    [30, 0.7, 21],
    [0, 0.7, 0],
  ])("at least %f of %i is %i", (whole, fraction, expected) => {
    expect(atLeast(whole, fraction)).toBe(expected);
  });

  it("spans the local year, 8,760 hours long across both DST changes", () => {
    const { start, end } = yearSpan(2026);
    expect(new Date(start).toISOString()).toBe("2025-12-31T23:00:00.000Z");
    expect(new Date(end).toISOString()).toBe("2026-12-31T23:00:00.000Z");
    expect((end - start) / 3_600_000).toBe(8760);
  });

  it("finds the local month of an instant, with summer time months starting at 22:00 UTC", () => {
    const starts = monthStarts(2026);
    expect(new Date(starts[3]).toISOString()).toBe("2026-03-31T22:00:00.000Z");
    expect(monthIndex(starts, Date.parse("2026-03-31T21:59:59.999Z"))).toBe(2);
    expect(monthIndex(starts, Date.parse("2026-03-31T22:00:00.000Z"))).toBe(3);
    expect(monthIndex(starts, Date.parse("2026-12-31T22:59:59.999Z"))).toBe(11);
    expect(monthIndex(starts, Date.parse("2026-12-31T23:00:00.000Z"))).toBe(-1);
    expect(monthIndex(starts, Date.parse("2025-12-31T22:59:59.999Z"))).toBe(-1);
  });
});

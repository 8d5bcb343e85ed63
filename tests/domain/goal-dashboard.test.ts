// The dashboard's extras around the report: pace, month curves, breakdowns and the not-yet-offered order.
import { goalDashboard, yearProgress, type DashboardData } from "~/domain/goal-dashboard";
import type { GoalPerson } from "~/domain/goals";
import { localToInstant } from "~/domain/stockholm-time";
import type { AssignmentStatus, Role } from "~/domain/vocabulary";

const at = (date: string, minute = 12 * 60) => localToInstant(date, minute).toISOString();
const person = (id: number, roles: Role[] = ["book"], joinedOn = "2020-01-01", leftOn: string | null = null): GoalPerson => ({ id, roles, joinedOn, leftOn });
const job = (personId: number, date: string, careAreaId = 1, status: AssignmentStatus = "completed", wantedRole: Role = "peer") => ({
  personId, startsAt: at(date), careAreaId, status, wantedRole,
});
const offer = (personId: number, date: string, careAreaId = 1, wantedRole: Role = "book") => ({ personId, offeredAt: at(date), careAreaId, wantedRole });
const world = (partial: Partial<DashboardData>): DashboardData => ({
  people: [],
  offers: [],
  assignments: [],
  careAreas: [{ id: 1, name: "Jönköping" }, { id: 2, name: "Höglandet" }],
  ...partial,
});

describe("yearProgress", () => {
  it("is 0 before the year, 1 after it and half way on 2 July at noon", () => {
    expect(yearProgress(2026, new Date("2025-12-31T22:00:00Z"))).toBe(0);
    expect(yearProgress(2026, new Date("2027-01-01T00:00:00Z"))).toBe(1);
    expect(yearProgress(2026, localToInstant("2026-07-02", 12 * 60))).toBeCloseTo(0.5, 2);
  });
});

describe("goalDashboard", () => {
  const now = localToInstant("2026-04-15", 12 * 60);

  it("asks for 70 % pro rata to the year gone and counts the books still needed", () => {
    const people = Array.from({ length: 10 }, (_, i) => person(i + 1));
    const view = goalDashboard(world({ people, offers: [offer(1, "2026-02-01"), offer(2, "2026-03-01")] }), 2026, now);
    expect(view.expectedShareNow).toBeCloseTo(0.7 * view.yearProgress, 10);
    expect(view.yearProgress).toBeGreaterThan(0.28);
    expect(view.yearProgress).toBeLessThan(0.29);
    expect(view.booksStillNeeded).toBe(5);
  });

  it("draws book coverage by month from each book's first offer, nothing for months still to come", () => {
    const people = [person(1), person(2), person(3), person(4)];
    const offers = [offer(1, "2026-01-31"), offer(1, "2026-03-01"), offer(2, "2026-03-31"), offer(3, "2026-03-05", 1, "peer")];
    const view = goalDashboard(world({ people, offers }), 2026, now);
    expect(view.months.map((m) => m.bookShare)).toEqual([0.25, 0.25, 0.5, 0.5, null, null, null, null, null, null, null, null]);
  });

  it("puts an offer at 23:30 on 31 January in January, although it is 22:30 UTC", () => {
    const view = goalDashboard(world({ people: [person(1)], offers: [{ personId: 1, offeredAt: at("2026-01-31", 23 * 60 + 30), careAreaId: 1, wantedRole: "book" }] }), 2026, now);
    expect(view.months[0].bookShare).toBe(1);
  });

  it("draws cumulative peer assignments against last year and last year × 1.3", () => {
    const assignments = [
      job(1, "2025-01-10"), job(2, "2025-02-10"), job(1, "2025-02-20"), job(3, "2025-06-01"), job(1, "2025-12-31"),
      job(1, "2026-01-05"), job(2, "2026-03-30"), job(2, "2026-03-31", 1, "cancelled"),
    ];
    const view = goalDashboard(world({ assignments }), 2026, now);
    expect(view.months.map((m) => m.peer)).toEqual([1, 1, 2, 2, null, null, null, null, null, null, null, null]);
    expect(view.months.map((m) => m.peerLastYear)).toEqual([1, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 5]);
    expect(view.months[11].peerTarget).toBeCloseTo(6.5, 10);
    expect(view.peerStillNeeded).toBe(5);
    expect(view.peerLastYearByNow).toBe(3);
  });

  it("has no target line and nothing still needed without a baseline", () => {
    const view = goalDashboard(world({ assignments: [job(1, "2026-02-02")] }), 2026, now);
    expect(view.months.every((m) => m.peerTarget === null)).toBe(true);
    expect(view.peerStillNeeded).toBeNull();
  });

  it("shows every month of a past year and none of a future one", () => {
    const assignments = [job(1, "2024-05-05")];
    expect(goalDashboard(world({ assignments }), 2024, now).months.every((m) => m.peer !== null)).toBe(true);
    expect(goalDashboard(world({ assignments }), 2027, now).months.every((m) => m.peer === null && m.bookShare === null)).toBe(true);
  });

  it("breaks the year down by role: holders, offered for that role, completed against last year", () => {
    const people = [person(1, ["book", "peer"]), person(2, ["peer"]), person(3, ["storyteller"], "2027-01-01")];
    const offers = [offer(1, "2026-02-01", 1, "peer"), offer(2, "2026-02-01", 1, "peer")];
    const assignments = [job(1, "2026-02-10"), job(2, "2025-02-10"), job(2, "2025-03-10")];
    const view = goalDashboard(world({ people, offers, assignments }), 2026, now);
    expect(view.byRole).toEqual([
      { role: "book", holders: 1, offered: 0, share: 0, completed: 0, previousYear: 0, growth: null },
      { role: "peer", holders: 2, offered: 2, share: 1, completed: 1, previousYear: 2, growth: -0.5 },
      { role: "storyteller", holders: 0, offered: 0, share: 0, completed: 0, previousYear: 0, growth: null },
    ]);
  });

  it("breaks the year down by the requesting unit's care area", () => {
    const people = [person(1), person(2)];
    const offers = [offer(1, "2026-02-01", 1), offer(1, "2026-03-01", 2), offer(2, "2026-03-01", 2), offer(2, "2025-03-01", 1)];
    const assignments = [job(5, "2026-02-10", 2), job(5, "2025-02-10", 2), job(6, "2026-05-10", 1, "booked")];
    const view = goalDashboard(world({ people, offers, assignments }), 2026, now);
    expect(view.byCareArea).toEqual([
      { id: 1, name: "Jönköping", booksOffered: 1, peerCompleted: 0, peerPreviousYear: 0, growth: null, peerBookedAhead: 1 },
      { id: 2, name: "Höglandet", booksOffered: 2, peerCompleted: 1, peerPreviousYear: 1, growth: 0, peerBookedAhead: 0 },
    ]);
  });

  it("lists eligible books not yet offered, longest-standing member first, then by id", () => {
    const people = [person(4, ["book"], "2022-01-01"), person(2, ["book"], "2019-01-01"), person(3, ["book"], "2019-01-01"), person(1, ["book"], "2018-01-01")];
    const view = goalDashboard(world({ people, offers: [offer(1, "2026-01-20")] }), 2026, now);
    expect(view.notOffered.map((p) => p.id)).toEqual([2, 3, 4]);
  });
});

// What the goal dashboard shows beyond the report: pace, months, breakdowns by role and care area, who is not yet offered.
import {
  assignmentsIn, atLeast, BOOK_COVERAGE_TARGET, bookCoverage, goalReport, growth, holdsRoleInYear, instantOf, monthIndex, monthStarts,
  offeredIds, peerTargetCount, PEER_GROWTH_TARGET, share, yearSpan,
  type GoalAssignment, type GoalData, type GoalOffer, type GoalPerson, type GoalReport,
} from "./goals";
import { instantToLocal } from "./stockholm-time";
import { outreachBySupporter } from "./supporter-outreach";
import { ROLES, type Role } from "./vocabulary";

/** Offers and assignments also carry the care area of the requesting unit. */
export interface DashboardData extends GoalData {
  offers: readonly (GoalOffer & { careAreaId: number })[];
  assignments: readonly (GoalAssignment & { careAreaId: number })[];
  careAreas: readonly { id: number; name: string }[];
}

export interface MonthPoint {
  /** 1–12. */
  month: number;
  /** Completed peer assignments so far this year by the end of the month; null for months still to come. */
  peer: number | null;
  peerLastYear: number;
  /** Last year's curve × 1.3; null without a baseline. */
  peerTarget: number | null;
  /** Book offer coverage by the end of the month; null for months still to come. */
  bookShare: number | null;
}

export interface RoleFigures {
  role: Role;
  holders: number;
  offered: number;
  share: number;
  completed: number;
  previousYear: number;
  growth: number | null;
}

export interface CareAreaFigures {
  id: number;
  name: string;
  booksOffered: number;
  peerCompleted: number;
  peerPreviousYear: number;
  growth: number | null;
  peerBookedAhead: number;
}

export interface GoalDashboard {
  report: GoalReport;
  /** How much of the year has passed: 0 before it, 1 after it. */
  yearProgress: number;
  /** Where the calendar says book coverage should be by now: 70 % pro rata to the year gone. */
  expectedShareNow: number;
  /** Eligible books still to be offered something to reach 70 %. */
  booksStillNeeded: number;
  /** Completed peer assignments last year by the same point of the year. */
  peerLastYearByNow: number;
  /** Completed peer assignments still needed to reach +30 %; null without a baseline. */
  peerStillNeeded: number | null;
  months: MonthPoint[];
  byRole: RoleFigures[];
  byCareArea: CareAreaFigures[];
  /** Eligible books without a book offer this year: the longest-standing members first. */
  notOffered: GoalPerson[];
  /** Each patient supporter with a supporter-month in the year: the months met of the months counted. */
  supporters: SupporterFigures[];
}

export interface SupporterFigures {
  id: number;
  months: number;
  metMonths: number;
  newUnits: number;
  /** Whether the last month counted (this month, in the current year) has a new unit. */
  lastMonthMet: boolean;
}

function cumulative(counts: number[]): number[] {
  let sum = 0;
  return counts.map((n) => (sum += n));
}

function monthlyCounts(rows: readonly GoalAssignment[], year: number): number[] {
  const starts = monthStarts(year);
  const counts = Array<number>(12).fill(0);
  for (const row of rows) {
    const month = monthIndex(starts, instantOf(row));
    if (month >= 0) counts[month]++;
  }
  return counts;
}

/** Months of `year` that have begun by `now` (0–12). */
function monthsBegun(year: number, now: Date): number {
  const starts = monthStarts(year);
  return starts.slice(0, 12).filter((start) => start <= now.getTime()).length;
}

function peerMonths(data: DashboardData, year: number, now: Date): Pick<MonthPoint, "peer" | "peerLastYear" | "peerTarget">[] {
  const begun = monthsBegun(year, now);
  const thisYear = cumulative(monthlyCounts(assignmentsIn(data.assignments, "peer", year, ["completed"]), year));
  const lastYear = cumulative(monthlyCounts(assignmentsIn(data.assignments, "peer", year - 1, ["completed"]), year - 1));
  const baseline = lastYear[11] > 0;
  return thisYear.map((n, i) => ({
    peer: i < begun ? n : null,
    peerLastYear: lastYear[i],
    peerTarget: baseline ? lastYear[i] * (1 + PEER_GROWTH_TARGET) : null,
  }));
}

function bookMonths(data: DashboardData, year: number, now: Date): (number | null)[] {
  const begun = monthsBegun(year, now);
  const { eligible } = bookCoverage(data, year);
  const eligibleIds = new Set(eligible.map((p) => p.id));
  const starts = monthStarts(year);
  const firstMonth = new Map<number, number>();
  for (const offer of data.offers) {
    if (offer.wantedRole !== "book" || !eligibleIds.has(offer.personId)) continue;
    const month = monthIndex(starts, instantOf(offer));
    if (month < 0) continue;
    const seen = firstMonth.get(offer.personId);
    if (seen === undefined || month < seen) firstMonth.set(offer.personId, month);
  }
  const firsts = Array<number>(12).fill(0);
  for (const month of firstMonth.values()) firsts[month]++;
  return cumulative(firsts).map((n, i) => (i < begun ? share(n, eligible.length) : null));
}

function byRole(data: DashboardData, year: number): RoleFigures[] {
  return ROLES.map((role) => {
    const holders = data.people.filter((p) => holdsRoleInYear(p, role, year));
    const offered = offeredIds(data.offers, role, year);
    const offeredHolders = holders.filter((p) => offered.has(p.id)).length;
    const completed = assignmentsIn(data.assignments, role, year, ["completed"]).length;
    const previousYear = assignmentsIn(data.assignments, role, year - 1, ["completed"]).length;
    return { role, holders: holders.length, offered: offeredHolders, share: share(offeredHolders, holders.length), completed, previousYear, growth: growth(completed, previousYear) };
  });
}

function countByArea<R extends { careAreaId: number }>(rows: readonly R[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const row of rows) counts.set(row.careAreaId, (counts.get(row.careAreaId) ?? 0) + 1);
  return counts;
}

/** One pass over the year's offers and assignments, whatever the number of care areas. */
function byCareArea(data: DashboardData, year: number): CareAreaFigures[] {
  const eligible = new Set(bookCoverage(data, year).eligible.map((p) => p.id));
  const { start, end } = yearSpan(year);
  const books = new Map<number, Set<number>>();
  for (const offer of data.offers) {
    if (offer.wantedRole !== "book" || !eligible.has(offer.personId)) continue;
    const at = instantOf(offer);
    if (at < start || at >= end) continue;
    let people = books.get(offer.careAreaId);
    if (!people) books.set(offer.careAreaId, (people = new Set()));
    people.add(offer.personId);
  }
  const done = countByArea(assignmentsIn(data.assignments, "peer", year, ["completed"]));
  const before = countByArea(assignmentsIn(data.assignments, "peer", year - 1, ["completed"]));
  const ahead = countByArea(assignmentsIn(data.assignments, "peer", year, ["booked"]));
  return data.careAreas.map(({ id, name }) => {
    const peerCompleted = done.get(id) ?? 0;
    const peerPreviousYear = before.get(id) ?? 0;
    return {
      id,
      name,
      booksOffered: books.get(id)?.size ?? 0,
      peerCompleted,
      peerPreviousYear,
      growth: growth(peerCompleted, peerPreviousYear),
      peerBookedAhead: ahead.get(id) ?? 0,
    };
  });
}

export function yearProgress(year: number, now: Date): number {
  const { start, end } = yearSpan(year);
  return Math.min(1, Math.max(0, (now.getTime() - start) / (end - start)));
}

/** The same instant one local year earlier, as a share of that year: the point to compare last year at. */
function lastYearByNow(data: DashboardData, year: number, progress: number): number {
  const { start, end } = yearSpan(year - 1);
  const cut = start + progress * (end - start);
  return assignmentsIn(data.assignments, "peer", year - 1, ["completed"]).filter((a) => instantOf(a) < cut).length;
}

export function goalDashboard(data: DashboardData, year: number, now: Date): GoalDashboard {
  const today = instantToLocal(now).date;
  const report = goalReport(data, year, today);
  const progress = yearProgress(year, now);
  const { eligible, offered } = bookCoverage(data, year);
  const peerTarget = peerTargetCount(report.peerAssignments.previousYear);
  const peer = peerMonths(data, year, now);
  const books = bookMonths(data, year, now);
  return {
    report,
    yearProgress: progress,
    expectedShareNow: BOOK_COVERAGE_TARGET * progress,
    booksStillNeeded: Math.max(0, atLeast(eligible.length, BOOK_COVERAGE_TARGET) - report.bookOfferCoverage.offered),
    peerLastYearByNow: lastYearByNow(data, year, progress),
    peerStillNeeded: peerTarget === null ? null : Math.max(0, peerTarget - report.peerAssignments.count),
    months: peer.map((point, i) => ({ month: i + 1, ...point, bookShare: books[i] })),
    byRole: byRole(data, year),
    byCareArea: byCareArea(data, year),
    notOffered: eligible
      .filter((p) => !offered.has(p.id))
      .sort((a, b) => (a.joinedOn < b.joinedOn ? -1 : a.joinedOn > b.joinedOn ? 1 : a.id - b.id)),
    supporters: outreachBySupporter(data.people, data.contacts ?? [], year, today).map(({ person, months }) => ({
      id: person.id,
      months: months.length,
      metMonths: months.filter((m) => m.met).length,
      newUnits: months.reduce((sum, m) => sum + m.newUnits, 0),
      lastMonthMet: months.at(-1)?.met ?? false,
    })),
  };
}

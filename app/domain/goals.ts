// The region's goals, exactly as DESIGN.md "Goal definitions" and "The plan's other goals" say; the dashboard, the JSON report and
// the CLI all call this.
import { localToInstant } from "./stockholm-time";
import { groupsStarted, type GroupsReport, type LarcafeSeriesFacts, type PlanGroup } from "./plan-groups";
import { selfEfficacy, type SelfEfficacyReport, type SurveyAnswer } from "./self-efficacy";
import { supporterOutreach, type SupporterContact, type SupporterOutreachReport } from "./supporter-outreach";
import type { AssignmentStatus, PersonRole, Role } from "./vocabulary";

export const BOOK_COVERAGE_TARGET = 0.7;
export const PEER_GROWTH_TARGET = 0.3;

export interface GoalPerson {
  id: number;
  roles: readonly PersonRole[];
  joinedOn: string;
  leftOn: string | null;
}

export interface GoalOffer {
  personId: number;
  /** The role the offer's request wanted. */
  wantedRole: Role;
  /** ISO instant. */
  offeredAt: string;
}

export interface GoalAssignment {
  personId: number;
  wantedRole: Role;
  status: AssignmentStatus;
  /** ISO instant. */
  startsAt: string;
}

export interface GoalData {
  people: readonly GoalPerson[];
  offers: readonly GoalOffer[];
  assignments: readonly GoalAssignment[];
  /** Every contact patient supporters logged up to the end of the year (a unit is new only if never contacted before). */
  contacts?: readonly SupporterContact[];
  /** Every self-help group with its meetings, and every Lärcafé series with its sessions and care area. */
  selfHelpGroups?: readonly PlanGroup[];
  larcafeSeries?: readonly LarcafeSeriesFacts[];
  /** Every care area's name: the recurring Lärcafé goal lists each, also those without a series. */
  careAreaNames?: readonly string[];
  /** The self-efficacy survey's answers submitted in the year. */
  surveyAnswers?: readonly SurveyAnswer[];
}

/** The object `GET /reports/goals.json` and `npm run report -- --json` print (DESIGN.md, "External interfaces"). */
export interface GoalReport {
  year: number;
  bookOfferCoverage: { eligible: number; offered: number; share: number; target: number; met: boolean };
  peerAssignments: {
    count: number;
    previousYear: number;
    growth: number | null;
    target: number;
    met: boolean | null;
    uniquePeers: number;
    bookedAhead: number;
  };
  supporterOutreach: SupporterOutreachReport;
  groups: GroupsReport;
  selfEfficacy: SelfEfficacyReport;
}

const parsed = new WeakMap<object, number>();

/** An offer's or assignment's instant in ms, parsed once per row however many figures read it. */
export function instantOf(row: GoalOffer | GoalAssignment): number {
  let ms = parsed.get(row);
  if (ms === undefined) {
    ms = Date.parse("offeredAt" in row ? row.offeredAt : row.startsAt);
    parsed.set(row, ms);
  }
  return ms;
}

/** Local 1 January 00:00 of each month boundary of `year`: 13 instants in ms, January 1 … next 1 January. */
export function monthStarts(year: number): number[] {
  return Array.from({ length: 13 }, (_, i) =>
    localToInstant(`${String(year + Math.floor(i / 12)).padStart(4, "0")}-${String((i % 12) + 1).padStart(2, "0")}-01`, 0).getTime(),
  );
}

/** The local year [1 January 00:00, next 1 January 00:00) in Stockholm, as ms. */
export function yearSpan(year: number): { start: number; end: number } {
  const starts = monthStarts(year);
  return { start: starts[0], end: starts[12] };
}

/** 0–11 for an instant in the year whose month starts these are, -1 outside it. */
export function monthIndex(starts: readonly number[], ms: number): number {
  if (!(ms >= starts[0] && ms < starts[12])) return -1;
  let month = 0;
  while (ms >= starts[month + 1]) month++;
  return month;
}

export function holdsRoleInYear(person: GoalPerson, role: PersonRole, year: number): boolean {
  return person.roles.includes(role) && person.joinedOn <= `${year}-12-31` && (person.leftOn === null || person.leftOn >= `${year}-01-01`);
}

/** "Eligible books in year Y": the book role, joined by 31 December, not left before 1 January. Anonymised people stay. */
export function isEligibleBook(person: GoalPerson, year: number): boolean {
  return holdsRoleInYear(person, "book", year);
}

/** Ids of people offered something for a request wanting `role` in the year, whatever became of the offer. */
export function offeredIds(offers: readonly GoalOffer[], role: Role, year: number): Set<number> {
  const { start, end } = yearSpan(year);
  const ids = new Set<number>();
  for (const offer of offers) {
    if (offer.wantedRole !== role) continue;
    const at = instantOf(offer);
    if (at >= start && at < end) ids.add(offer.personId);
  }
  return ids;
}

/** Assignments for requests wanting `role` starting in the year with one of the statuses. */
export function assignmentsIn<A extends GoalAssignment>(assignments: readonly A[], role: Role, year: number, statuses: readonly AssignmentStatus[]): A[] {
  const { start, end } = yearSpan(year);
  return assignments.filter((a) => {
    if (a.wantedRole !== role || !statuses.includes(a.status)) return false;
    const at = instantOf(a);
    return at >= start && at < end;
  });
}

/** Share of a whole, 0 when there is nothing to share. */
export function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

/** Growth from one count to the next; null without a baseline. */
export function growth(count: number, previous: number): number | null {
  return previous === 0 ? null : count / previous - 1;
}

/**
 * The smallest whole number n with n ≥ whole × fraction, computed so that floating point cannot push an exact
 * product over (10 × 1.3 is 13.000000000000002, which must still need 13).
 */
export function atLeast(whole: number, fraction: number): number {
  return Math.max(0, Math.ceil(whole * fraction - 1e-9));
}

/** Peer assignments needed in all for +30 %; null without a baseline. */
export function peerTargetCount(previous: number): number | null {
  return previous === 0 ? null : atLeast(previous, 1 + PEER_GROWTH_TARGET);
}

export function bookCoverage(data: GoalData, year: number) {
  const eligible = data.people.filter((p) => isEligibleBook(p, year));
  const offered = offeredIds(data.offers, "book", year);
  const offeredCount = eligible.filter((p) => offered.has(p.id)).length;
  const coverage = share(offeredCount, eligible.length);
  return {
    eligible,
    offered,
    report: {
      eligible: eligible.length,
      offered: offeredCount,
      share: coverage,
      target: BOOK_COVERAGE_TARGET,
      met: eligible.length > 0 && offeredCount >= atLeast(eligible.length, BOOK_COVERAGE_TARGET),
    },
  };
}

/** The report for `year` as seen on `today` (a local Stockholm date: the supporters' months count up to its month). */
export function goalReport(data: GoalData, year: number, today: string): GoalReport {
  const completed = assignmentsIn(data.assignments, "peer", year, ["completed"]);
  const previousYear = assignmentsIn(data.assignments, "peer", year - 1, ["completed"]).length;
  const target = peerTargetCount(previousYear);
  return {
    year,
    bookOfferCoverage: bookCoverage(data, year).report,
    peerAssignments: {
      count: completed.length,
      previousYear,
      growth: growth(completed.length, previousYear),
      target: PEER_GROWTH_TARGET,
      met: target === null ? null : completed.length >= target,
      uniquePeers: new Set(completed.map((a) => a.personId)).size,
      bookedAhead: assignmentsIn(data.assignments, "peer", year, ["booked"]).length,
    },
    supporterOutreach: supporterOutreach(data.people, data.contacts ?? [], year, today),
    groups: groupsStarted(data.selfHelpGroups ?? [], data.larcafeSeries ?? [], data.careAreaNames ?? [], year, today),
    selfEfficacy: selfEfficacy(data.surveyAnswers ?? [], year),
  };
}

// The plan's goal "groups started" (self-help groups and Lärcafé series) and "recurring Lärcafé per care area",
// exactly as DESIGN.md "The plan's other goals" defines them.
import { instantToLocal } from "./stockholm-time";

/** Two recurring Lärcafé series per care area and year. */
export const RECURRING_LARCAFE_TARGET = 2;
/** A series is recurring in a year when it held at least this many sessions in it. */
export const RECURRING_SESSIONS = 2;

/** A meeting or session: its start instant (ISO) and whether it was called off. */
export interface GroupMeeting {
  startsAt: string;
  cancelled: boolean;
}

export interface PlanGroup {
  digital: boolean;
  meetings: readonly GroupMeeting[];
}

export interface LarcafeSeriesFacts extends PlanGroup {
  /** The care area of the series' care unit (its care staff). */
  careAreaName: string;
}

export interface GroupsReport {
  selfHelpStarted: number;
  selfHelpDigitalStarted: number;
  larcafeStarted: number;
  larcafeDigitalStarted: number;
  recurringLarcafeByCareArea: Record<string, number>;
}

const localDate = (instant: string) => instantToLocal(new Date(instant)).date;

/**
 * The local dates of the meetings held by `today` (a Stockholm date): not called off and on or before that day. The
 * goals count by the day, as the supporters' months do: a session later today counts today.
 */
export function heldDates(group: PlanGroup, today: string): string[] {
  return group.meetings
    .filter((m) => !m.cancelled)
    .map((m) => localDate(m.startsAt))
    .filter((date) => date <= today)
    .sort();
}

/** The year of the group's first meeting held by `today`, null when none has been held yet. */
export function startYear(group: PlanGroup, today: string): number | null {
  const [first] = heldDates(group, today);
  return first === undefined ? null : Number(first.slice(0, 4));
}

/** At least two sessions held in `year`. */
export function isRecurringIn(series: PlanGroup, year: number, today: string): boolean {
  const prefix = `${year}-`;
  return heldDates(series, today).filter((date) => date.startsWith(prefix)).length >= RECURRING_SESSIONS;
}

function started(groups: readonly PlanGroup[], year: number, today: string) {
  const inYear = groups.filter((g) => startYear(g, today) === year);
  return { all: inYear.length, digital: inYear.filter((g) => g.digital).length };
}

/** Every care area is listed, with 0 where no series recurred, so the goal of two per area shows where it is missed. */
export function groupsStarted(
  selfHelp: readonly PlanGroup[],
  larcafe: readonly LarcafeSeriesFacts[],
  careAreaNames: readonly string[],
  year: number,
  today: string,
): GroupsReport {
  const groups = started(selfHelp, year, today);
  const cafes = started(larcafe, year, today);
  const recurring: Record<string, number> = Object.fromEntries([...careAreaNames].sort((a, b) => a.localeCompare(b, "sv")).map((name) => [name, 0]));
  for (const series of larcafe) if (isRecurringIn(series, year, today)) recurring[series.careAreaName] = (recurring[series.careAreaName] ?? 0) + 1;
  return {
    selfHelpStarted: groups.all,
    selfHelpDigitalStarted: groups.digital,
    larcafeStarted: cafes.all,
    larcafeDigitalStarted: cafes.digital,
    recurringLarcafeByCareArea: recurring,
  };
}

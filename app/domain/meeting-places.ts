// The meeting places' rules: when an activity happens (one-off or weekly, in Stockholm time across clock changes), how
// opening hours read, who may sign up for or leave a shift and who may enter an occurrence's visitors, and the sums.
import { addDays, DAY_MS, instantToLocal, localToInstant, MINUTE_MS, weekdayOf } from "./stockholm-time";

/** The most visitors one occurrence can have: more is a typing mistake. */
export const VISITORS_MAX = 500;
/** A volunteer on duty may enter (and correct) the visitors from the start of the occurrence for this many days. */
export const ENTRY_WINDOW_DAYS = 14;
/** How far ahead the public calendar, its feed and the volunteers' list of shifts look. */
export const CALENDAR_WEEKS = 6;

/** An activity as the rules need it: `once` has `startsAt` (an ISO instant); `weekly` the rest. */
export interface ActivityTiming {
  id: number;
  kind: "once" | "weekly";
  startsAt: string | null;
  weekday: number | null;
  startMinute: number | null;
  fromDate: string | null;
  untilDate: string | null;
  durationMinutes: number;
}

/** One time an activity happens: its local date (the key of shifts and visitor counts) and its instants. */
export interface Occurrence<A extends ActivityTiming = ActivityTiming> {
  activity: A;
  date: string;
  startsAt: string;
  endsAt: string;
}

function occurrence<A extends ActivityTiming>(activity: A, date: string, start: Date): Occurrence<A> {
  return { activity, date, startsAt: start.toISOString(), endsAt: new Date(start.getTime() + activity.durationMinutes * MINUTE_MS).toISOString() };
}

/** The activity's occurrence on a local date, or null when it does not happen that day. */
export function occurrenceOn<A extends ActivityTiming>(activity: A, date: string): Occurrence<A> | null {
  if (activity.kind === "once") {
    if (activity.startsAt === null) return null;
    const start = new Date(activity.startsAt);
    return instantToLocal(start).date === date ? occurrence(activity, date, start) : null;
  }
  if (activity.weekday === null || activity.startMinute === null || activity.fromDate === null) return null;
  if (weekdayOf(date) !== activity.weekday || date < activity.fromDate) return null;
  if (activity.untilDate !== null && date > activity.untilDate) return null;
  // The same wall-clock time every week: 18:00 stays 18:00 after the last Sunday of March or October.
  return occurrence(activity, date, localToInstant(date, activity.startMinute));
}

/** Every occurrence of the activities on the local dates from `fromDate` to `toDate` (both included), by start. */
export function occurrencesBetween<A extends ActivityTiming>(activities: readonly A[], fromDate: string, toDate: string): Occurrence<A>[] {
  const found: Occurrence<A>[] = [];
  for (let date = fromDate; date <= toDate; date = addDays(date, 1)) {
    for (const activity of activities) {
      const occ = occurrenceOn(activity, date);
      if (occ) found.push(occ);
    }
  }
  return found.sort((a, b) => (a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : a.activity.id - b.activity.id));
}

/** A volunteer may sign up for an occurrence, or leave it, only before it starts. */
export function mayChangeShift(startsAt: string, now: Date): boolean {
  return now.getTime() < Date.parse(startsAt);
}

/** A volunteer on duty at the occurrence may enter its visitors once it has started, for ENTRY_WINDOW_DAYS. */
export function mayEnterVisitors({ onDuty, startsAt, now }: { onDuty: boolean; startsAt: string; now: Date }): boolean {
  const start = Date.parse(startsAt);
  return onDuty && now.getTime() >= start && now.getTime() < start + ENTRY_WINDOW_DAYS * DAY_MS;
}

/** The local dates whose occurrences a volunteer may still count visitors for, or sign up for, seen from `now`. */
export function shiftDates(now: Date): { from: string; to: string } {
  const today = instantToLocal(now).date;
  return { from: addDays(today, -ENTRY_WINDOW_DAYS), to: addDays(today, CALENDAR_WEEKS * 7) };
}

/** A place's opening on one weekday (1 = Monday), in local minutes. */
export interface OpeningHours {
  weekday: number;
  openMinute: number;
  closeMinute: number;
}

/** Consecutive weekdays with the same hours, read as one line ("måndag–onsdag 10:00–16:00"). */
export interface OpeningLine {
  fromWeekday: number;
  toWeekday: number;
  openMinute: number;
  closeMinute: number;
}

/** The opening hours as lines, Monday first; closed days are left out. */
export function openingLines(hours: readonly OpeningHours[]): OpeningLine[] {
  const lines: OpeningLine[] = [];
  for (const day of [...hours].sort((a, b) => a.weekday - b.weekday)) {
    const last = lines[lines.length - 1];
    if (last && last.toWeekday === day.weekday - 1 && last.openMinute === day.openMinute && last.closeMinute === day.closeMinute) last.toWeekday = day.weekday;
    else lines.push({ fromWeekday: day.weekday, toWeekday: day.weekday, openMinute: day.openMinute, closeMinute: day.closeMinute });
  }
  return lines;
}

/** The Monday of the week a local date falls in (weeks run Monday to Sunday, as in Sweden). */
export function weekStart(date: string): string {
  return addDays(date, 1 - weekdayOf(date));
}

/** Visitors added up by a key of their date (a week's Monday, a month "YYYY-MM") and whatever else `key` says. */
export function sumVisitors<R extends { date: string; visitors: number }>(rows: readonly R[], key: (row: R) => string): Map<string, number> {
  const sums = new Map<string, number>();
  for (const row of rows) sums.set(key(row), (sums.get(key(row)) ?? 0) + row.visitors);
  return sums;
}

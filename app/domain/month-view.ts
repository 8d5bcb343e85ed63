// Lays free intervals and bookings out per local Stockholm day, for the volunteer's month view.
import type { ExceptionKind } from "./vocabulary";
import type { Interval } from "./availability";
import { addDays, instantToLocal, localToInstant } from "./stockholm-time";

export interface DayView {
  date: string;
  weekday: number;
  free: { startMinute: number; endMinute: number }[];
  booked: { startMinute: number; endMinute: number; title: string }[];
  /** The public holiday or de facto day off on this date ("Midsommarafton"), or null. */
  dayOff: string | null;
  /** The volunteer blocked the whole day (an exception without times). */
  blocked: boolean;
}

/** A date exception as the volunteer entered it: a whole-day block has no start minute. */
export interface DayException {
  kind: ExceptionKind;
  from_date: string;
  to_date: string;
  start_minute: number | null;
}

/** "2026-11" → the first local instant of the month and of the next one. */
export function monthRange(month: string): { from: Date; to: Date; days: string[] } {
  const [y, m] = month.split("-").map(Number);
  const first = `${month}-01`;
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
  const days: string[] = [];
  for (let d = first; d < next; d = addDays(d, 1)) days.push(d);
  return { from: localToInstant(first, 0), to: localToInstant(next, 0), days };
}

export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split("-").map(Number);
  const index = y * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Splits an interval at local midnights into per-day minute ranges (a day ending at midnight ends at 1440). */
function perDay(start: Date, end: Date): { date: string; startMinute: number; endMinute: number }[] {
  const parts: { date: string; startMinute: number; endMinute: number }[] = [];
  let cursor = start;
  while (cursor < end) {
    const local = instantToLocal(cursor);
    const midnight = localToInstant(addDays(local.date, 1), 0);
    const partEnd = end < midnight ? end : midnight;
    // Read the end off the local clock, not start + duration: on a DST day the two differ by an hour.
    const endMinute = partEnd.getTime() === midnight.getTime() ? 1440 : instantToLocal(partEnd).minute;
    parts.push({ date: local.date, startMinute: local.minute, endMinute });
    cursor = partEnd;
  }
  return parts;
}

export function monthView(
  days: string[],
  free: Interval[],
  bookings: { start: Date; end: Date; title: string }[],
  // The days off come from the caller (dayOffName in holidays.ts, through a .server module): the holiday library is large
  // and must stay out of the browser's bundle, which this module is part of.
  { exceptions = [], dayOff = () => null }: { exceptions?: readonly DayException[]; dayOff?: (date: string) => string | null } = {},
): DayView[] {
  const wholeDayBlocks = exceptions.filter((x) => x.kind === "blocked" && x.start_minute === null);
  const byDate = new Map<string, DayView>(
    days.map((date) => [
      date,
      {
        date,
        weekday: instantToLocal(localToInstant(date, 720)).weekday,
        free: [],
        booked: [],
        dayOff: dayOff(date),
        blocked: wholeDayBlocks.some((x) => x.from_date <= date && date <= x.to_date),
      },
    ]),
  );
  for (const interval of free) {
    for (const part of perDay(interval.start, interval.end)) byDate.get(part.date)?.free.push(part);
  }
  for (const b of bookings) {
    for (const part of perDay(b.start, b.end)) byDate.get(part.date)?.booked.push({ ...part, title: b.title });
  }
  return [...byDate.values()];
}

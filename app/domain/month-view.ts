// Lays free intervals and bookings out per local Stockholm day, for the volunteer's month view.
import type { Interval } from "./availability";
import { addDays, instantToLocal, localToInstant } from "./stockholm-time";

export interface DayView {
  date: string;
  weekday: number;
  free: { startMinute: number; endMinute: number }[];
  booked: { startMinute: number; endMinute: number; title: string }[];
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

export function monthView(days: string[], free: Interval[], bookings: { start: Date; end: Date; title: string }[]): DayView[] {
  const byDate = new Map<string, DayView>(
    days.map((date) => [date, { date, weekday: instantToLocal(localToInstant(date, 720)).weekday, free: [], booked: [] }]),
  );
  for (const interval of free) {
    for (const part of perDay(interval.start, interval.end)) byDate.get(part.date)?.free.push(part);
  }
  for (const b of bookings) {
    for (const part of perDay(b.start, b.end)) byDate.get(part.date)?.booked.push({ ...part, title: b.title });
  }
  return [...byDate.values()];
}

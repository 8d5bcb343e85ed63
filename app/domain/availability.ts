// When a volunteer is free: weekly windows and extra windows, minus blocked dates and existing assignments with their travel buffer.

import type { ExceptionKind } from "./vocabulary";
import { daysBetween, localDatesBetween, localToInstant, MINUTE_MS, MINUTES_PER_DAY, weekdayOf } from "./stockholm-time";

/** A recurring window in local Europe/Stockholm time. */
export interface WeeklyWindow {
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  startMinute: number;
  /** At most 1440; a window ending at 1440 runs into the next day's window starting at 0. */
  endMinute: number;
}

/**
 * Dates fromDate..toDate (inclusive, local). `blocked` with null minutes blocks the whole days, with
 * minutes that part of each day; `extra` adds the window (minutes required) on each of the days.
 */
export interface AvailabilityException {
  kind: ExceptionKind;
  fromDate: string;
  toDate: string;
  startMinute: number | null;
  endMinute: number | null;
}

/** An existing assignment (booked, not cancelled). */
export interface Booking {
  start: Date;
  end: Date;
  isDigital: boolean;
}

export interface Buffer {
  physicalMinutes: number;
  digitalMinutes: number;
}

export interface AvailabilityRules {
  windows: WeeklyWindow[];
  exceptions: AvailabilityException[];
  bookings: Booking[];
  /** Defaults to DEFAULT_BUFFER. */
  buffer?: Buffer;
}

export interface Interval {
  start: Date;
  end: Date;
}

export type DayPart = "morning" | "afternoon" | "evening";

/** Travel time around a physical assignment; a digital one needs none. */
export const DEFAULT_BUFFER: Buffer = { physicalMinutes: 60, digitalMinutes: 0 };

/** [start, end) in epoch milliseconds; plain numbers keep the sweeps cheap. */
type Span = [number, number];

/**
 * The free time in [from, to): sorted, non-overlapping, touching intervals merged, clipped to the range.
 * Blocked exceptions and bookings always win over weekly and extra windows.
 */
export function freeIntervals(rules: AvailabilityRules, from: Date, to: Date): Interval[] {
  const lo = from.getTime();
  const hi = to.getTime();
  if (!(hi > lo)) return [];
  const dates = localDatesBetween(from, to);
  const open = merge(openSpans(rules, dates));
  if (open.length === 0) return [];
  const closed = merge(closedSpans(rules, dates));
  const free: Interval[] = [];
  for (const [start, end] of subtract(open, closed)) {
    const s = Math.max(start, lo);
    const e = Math.min(end, hi);
    if (e > s) free.push({ start: new Date(s), end: new Date(e) });
  }
  return free;
}

/** True iff all of [start, end) lies inside one free interval. */
export function isFree(rules: AvailabilityRules, start: Date, end: Date): boolean {
  if (!(end.getTime() > start.getTime())) return false;
  const free = freeIntervals(rules, start, end);
  return free.length === 1 && free[0].start.getTime() === start.getTime() && free[0].end.getTime() === end.getTime();
}

/**
 * Can the person take a new assignment in [start, end)? Free by isFree, and the new assignment's own
 * travel buffer keeps clear of every booking too (a physical visit right after a digital one needs travel).
 */
export function fitsSlot(rules: AvailabilityRules, slot: { start: Date; end: Date; isDigital: boolean }): boolean {
  if (!isFree(rules, slot.start, slot.end)) return false;
  const buffer = rules.buffer ?? DEFAULT_BUFFER;
  const own = (slot.isDigital ? buffer.digitalMinutes : buffer.physicalMinutes) * MINUTE_MS;
  const lo = slot.start.getTime() - own;
  const hi = slot.end.getTime() + own;
  return rules.bookings.every((b) => b.end.getTime() <= lo || b.start.getTime() >= hi);
}

const DAY_PARTS: readonly { part: DayPart; start: number; end: number }[] = [
  { part: "morning", start: 0, end: 720 },
  { part: "afternoon", start: 720, end: 1020 },
  { part: "evening", start: 1020, end: MINUTES_PER_DAY },
];

/** Less than two hours is too little to call someone "often free" then. */
const HINT_MINUTES = 120;

/** The weekday parts with at least two hours of weekly window, for the catalogue's "often free Tue afternoons". */
export function usuallyFreeHint(windows: WeeklyWindow[]): { weekday: number; part: DayPart }[] {
  const hints: { weekday: number; part: DayPart }[] = [];
  for (let weekday = 1; weekday <= 7; weekday++) {
    // Merged first so that overlapping windows are not counted twice.
    const spans = merge(
      windows
        .filter((w) => w.weekday === weekday)
        .map((w): Span => [Math.max(0, w.startMinute), Math.min(MINUTES_PER_DAY, w.endMinute)])
        .filter(([s, e]) => e > s),
    );
    for (const { part, start, end } of DAY_PARTS) {
      const minutes = spans.reduce((sum, [s, e]) => sum + Math.max(0, Math.min(e, end) - Math.max(s, start)), 0);
      if (minutes >= HINT_MINUTES) hints.push({ weekday, part });
    }
  }
  return hints;
}

function openSpans(rules: AvailabilityRules, dates: string[]): Span[] {
  const byWeekday: WeeklyWindow[][] = [[], [], [], [], [], [], [], []];
  for (const w of rules.windows) byWeekday[w.weekday]?.push(w);
  const spans: Span[] = [];
  for (const date of dates) {
    for (const w of byWeekday[weekdayOf(date)]) pushLocal(spans, date, w.startMinute, w.endMinute);
  }
  for (const x of rules.exceptions) {
    // An extra window without times is invalid input; never invent availability from it.
    if (x.kind !== "extra" || x.startMinute === null || x.endMinute === null) continue;
    for (const date of dates) if (date >= x.fromDate && date <= x.toDate) pushLocal(spans, date, x.startMinute, x.endMinute);
  }
  return spans;
}

function closedSpans(rules: AvailabilityRules, dates: string[]): Span[] {
  const spans: Span[] = [];
  for (const x of rules.exceptions) {
    if (x.kind !== "blocked") continue;
    const startMinute = x.startMinute ?? 0;
    const endMinute = x.endMinute ?? MINUTES_PER_DAY;
    for (const date of dates) if (date >= x.fromDate && date <= x.toDate) pushLocal(spans, date, startMinute, endMinute);
  }
  const buffer = rules.buffer ?? DEFAULT_BUFFER;
  for (const booking of rules.bookings) {
    const pad = (booking.isDigital ? buffer.digitalMinutes : buffer.physicalMinutes) * MINUTE_MS;
    const start = booking.start.getTime() - pad;
    const end = booking.end.getTime() + pad;
    if (end > start) spans.push([start, end]);
  }
  return spans;
}

/** Adds a local-time part of one date; empty and inverted ones (also those inside the spring-forward gap) vanish. */
function pushLocal(spans: Span[], date: string, startMinute: number, endMinute: number): void {
  const s = Math.max(0, startMinute);
  const e = Math.min(MINUTES_PER_DAY, endMinute);
  if (!(e > s)) return;
  const start = localToInstant(date, s).getTime();
  const end = localToInstant(date, e).getTime();
  if (end > start) spans.push([start, end]);
}

/** Sorts and merges overlapping and touching spans. */
function merge(spans: Span[]): Span[] {
  spans.sort((a, b) => a[0] - b[0]);
  const merged: Span[] = [];
  for (const [s, e] of spans) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

/** open − closed, both sorted and merged. */
function subtract(open: Span[], closed: Span[]): Span[] {
  const out: Span[] = [];
  let j = 0;
  for (const [start, end] of open) {
    let s = start;
    // A closed span that ends before this open one cannot touch any later open span either.
    while (j < closed.length && closed[j][1] <= s) j++;
    for (let k = j; k < closed.length && closed[k][0] < end && s < end; k++) {
      if (closed[k][0] > s) out.push([s, closed[k][0]]);
      s = Math.max(s, closed[k][1]);
    }
    if (s < end) out.push([s, end]);
  }
  return out;
}

/** Exceptions are for the coming year: one may start at most this many days ahead and last at most this many days. */
export const EXCEPTION_MAX_DAYS = 366;

/** What is wrong with an exception's dates (local YYYY-MM-DD), as the field and message key to show; null when fine. */
export function exceptionDatesProblem(
  { fromDate, toDate }: { fromDate: string; toDate: string },
  today: string,
): { field: "fromDate" | "toDate"; key: "availability.toBeforeFrom" | "availability.inPast" | "availability.tooLong" | "availability.tooFarAhead" } | null {
  if (toDate < fromDate) return { field: "toDate", key: "availability.toBeforeFrom" };
  if (toDate < today) return { field: "toDate", key: "availability.inPast" };
  if (daysBetween(today, fromDate) > EXCEPTION_MAX_DAYS) return { field: "fromDate", key: "availability.tooFarAhead" };
  if (daysBetween(fromDate, toDate) > EXCEPTION_MAX_DAYS) return { field: "toDate", key: "availability.tooLong" };
  return null;
}

type ExceptionTimesKey = "availability.extraNeedsTimes" | "availability.endBeforeStart";

/** A blocked day may have times (both or none); an extra time needs both; the end comes after the start. */
export function exceptionTimesProblem({ kind, startMinute, endMinute }: { kind: ExceptionKind; startMinute: number | null; endMinute: number | null }): { field: "start" | "end"; key: ExceptionTimesKey } | null {
  if ((startMinute === null) !== (endMinute === null) || (kind === "extra" && startMinute === null)) return { field: startMinute === null ? "start" : "end", key: "availability.extraNeedsTimes" };
  if (startMinute !== null && endMinute !== null && endMinute <= startMinute) return { field: "end", key: "availability.endBeforeStart" };
  return null;
}

/** The first thing wrong with an exception, its dates first; null when it may be stored. */
export function exceptionProblem(
  input: { kind: ExceptionKind; fromDate: string; toDate: string; startMinute: number | null; endMinute: number | null },
  today: string,
) {
  return exceptionDatesProblem(input, today) ?? exceptionTimesProblem(input);
}

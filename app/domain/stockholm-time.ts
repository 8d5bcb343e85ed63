// Europe/Stockholm calendar arithmetic that gives the same answer whatever time zone the machine runs in.

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;
export const MINUTES_PER_DAY = 1440;

export interface LocalTime {
  /** Local date, YYYY-MM-DD. */
  date: string;
  /** Whole minutes after local midnight, 0..1439 (seconds are dropped). */
  minute: number;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
}

// Creating an Intl formatter costs far more than using one, so there is exactly one.
const formatter = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Stockholm",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** The Stockholm wall-clock reading of a minute-aligned instant, written as if it were UTC. */
function wallMs(ms: number): number {
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  for (const part of formatter.formatToParts(ms)) {
    if (part.type === "year") year = Number(part.value);
    else if (part.type === "month") month = Number(part.value);
    else if (part.type === "day") day = Number(part.value);
    else if (part.type === "hour") hour = Number(part.value);
    else if (part.type === "minute") minute = Number(part.value);
  }
  return Date.UTC(year, month - 1, day, hour, minute);
}

/** Stockholm's UTC offset (ms) at an instant. */
function offsetAt(ms: number): number {
  const minute = Math.floor(ms / MINUTE_MS) * MINUTE_MS;
  return wallMs(minute) - minute;
}

function parseDate(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

// Hand-built because toISOString() dominated the cost of walking through a range of dates.
function formatDate(ms: number): string {
  const d = new Date(ms);
  const month = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return `${String(d.getUTCFullYear()).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}

/** The instant of a wall-clock reading: first occurrence when ambiguous, the end of the gap when skipped. */
function wallToInstantMs(wall: number): number {
  const before = offsetAt(wall - DAY_MS);
  const after = offsetAt(wall + DAY_MS);
  const valid = [wall - before, wall - after].filter((utc) => offsetAt(utc) === wall - utc);
  if (valid.length > 0) return Math.min(...valid);
  // The reading was skipped by a spring-forward jump: the first instant after it is the jump itself.
  return findChange(wall - after, wall - before, after);
}

/** The first minute in (lo, hi] whose offset is `after`, given that lo's offset is not. */
function findChange(lo: number, hi: number, after: number): number {
  while (hi - lo > MINUTE_MS) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
    if (offsetAt(mid) === after) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** A clock change inside one local day: the instant it happens and the offsets (ms) before and after it. */
interface Change {
  at: number;
  before: number;
  after: number;
}

interface LocalDay {
  /** The date's midnight wall-clock reading, written as if it were UTC. */
  wall: number;
  start: number;
  end: number;
  /** Null on the ordinary days, where minutes map linearly; Stockholm never changes twice in one day. */
  change: Change | null;
}

// Intl is slow next to arithmetic; a person's availability converts the same few dates over and over.
const dayCache = new Map<string, LocalDay>();
const DAY_CACHE_LIMIT = 10_000;

function localDay(date: string): LocalDay {
  const cached = dayCache.get(date);
  if (cached) return cached;
  const wall = parseDate(date);
  const start = wallToInstantMs(wall);
  const end = wallToInstantMs(wall + DAY_MS);
  const before = offsetAt(start - MINUTE_MS);
  const after = offsetAt(end);
  const change = end - start === DAY_MS || before === after ? null : { at: findChange(start - MINUTE_MS, end, after), before, after };
  const day = { wall, start, end, change };
  if (dayCache.size >= DAY_CACHE_LIMIT) dayCache.clear();
  dayCache.set(date, day);
  return day;
}

/** The instant of a wall-clock reading on a day with a clock change, by the rules of wallToInstantMs. */
function changeDayInstant({ at, before, after }: Change, wall: number): number {
  const first = wall - before;
  const second = wall - after;
  const firstValid = first < at;
  const secondValid = second >= at;
  if (firstValid && secondValid) return Math.min(first, second);
  if (firstValid) return first;
  if (secondValid) return second;
  return at;
}

/**
 * The instant of a local date and minute (0..1440; 1440 is 00:00 of the next day). A time skipped in
 * spring becomes the first instant after the jump (02:30 → 03:00); a repeated autumn time is its first occurrence.
 */
export function localToInstant(date: string, minute: number): Date {
  const day = localDay(date);
  if (!(minute >= 0 && minute <= MINUTES_PER_DAY)) return new Date(wallToInstantMs(day.wall + minute * MINUTE_MS));
  if (day.change === null) return new Date(day.start + minute * MINUTE_MS);
  return new Date(changeDayInstant(day.change, day.wall + minute * MINUTE_MS));
}

/**
 * The instant a Stockholm clock really shows as this date and minute, or null when the spring clock change skips it
 * (02:30 on the last Sunday of March). A time the autumn night shows twice is its first occurrence. The request form
 * and the history import both take times by this rule.
 */
export function existingLocalInstant(date: string, minute: number): Date | null {
  const instant = localToInstant(date, minute);
  const local = instantToLocal(instant);
  return local.date === date && local.minute === minute ? instant : null;
}

/** The local date, minute of the day and weekday of an instant. */
export function instantToLocal(instant: Date): LocalTime {
  const ms = instant.getTime();
  let date = formatDate(ms);
  let day = localDay(date);
  while (ms < day.start) {
    date = addDays(date, -1);
    day = localDay(date);
  }
  while (ms >= day.end) {
    date = addDays(date, 1);
    day = localDay(date);
  }
  const { change } = day;
  const wall = change === null ? ms - day.start + day.wall : ms + (ms < change.at ? change.before : change.after);
  const minute = Math.floor((wall - day.wall) / MINUTE_MS);
  return { date, minute, weekday: weekdayOf(date) };
}

/** The calendar date n days after (or before, when negative) a date. */
export function addDays(date: string, n: number): string {
  return formatDate(parseDate(date) + n * DAY_MS);
}

/** Whole calendar days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((parseDate(to) - parseDate(from)) / DAY_MS);
}

/** 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: string): number {
  return new Date(parseDate(date)).getUTCDay() || 7;
}

/** Every local date that some instant of [from, to) falls on, in order; empty when to ≤ from. */
export function localDatesBetween(from: Date, to: Date): string[] {
  if (!(to.getTime() > from.getTime())) return [];
  const last = instantToLocal(new Date(to.getTime() - 1)).date;
  const dates: string[] = [];
  for (let date = instantToLocal(from).date; date <= last; date = addDays(date, 1)) dates.push(date);
  return dates;
}

/** 1 January 00:00 in Stockholm, as an instant. */
export function startOfLocalYear(year: number): Date {
  return new Date(localDay(`${String(year).padStart(4, "0")}-01-01`).start);
}

/** The instant truncated to its whole minute (in every time zone the same, as no offset has seconds). */
export function startOfMinute(instant: Date): Date {
  return new Date(Math.floor(instant.getTime() / MINUTE_MS) * MINUTE_MS);
}

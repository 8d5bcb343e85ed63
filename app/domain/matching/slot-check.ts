// fitsSlot for thousands of people against the same slots: each slot's local day is worked out once, not once per person.
import { DEFAULT_BUFFER, fitsSlot, type AvailabilityRules } from "../availability";
import { localMonth } from "../offer-rules";
import { DAY_MS, instantToLocal, localToInstant, MINUTE_MS, MINUTES_PER_DAY } from "../stockholm-time";
import type { MatchingSlot } from "./types";
import { exactList, NONE } from "../lists";

export interface PreparedSlot {
  id: number;
  start: Date;
  end: Date;
  isDigital: boolean;
  startMs: number;
  endMs: number;
  /** Stockholm month "YYYY-MM" of the start: the month the cap is counted in. */
  month: string;
  /** Set when the slot lies inside one 24-hour local day, where local minutes map linearly onto instants. */
  day: { date: string; weekday: number; startMs: number } | null;
  /** The quarter hours of that day the slot touches, as 3 × 32 bits; null with `day`. */
  cells: Uint32Array | null;
}

interface PreparedBooking {
  start: number;
  end: number;
  /** The booking's own travel buffer, in ms. */
  pad: number;
}

/** A person's rules, pre-sorted for fitsPrepared. */
export interface CompiledAvailability {
  rules: AvailabilityRules;
  /** Merged [start, end] minute pairs per weekday, flat; index 0 unused. */
  weekly: (readonly number[])[];
  /** Per weekday (3 words each, at weekday × 3), the quarter hours some weekly window touches. */
  cells: Uint32Array;
  extra: readonly AvailabilityRules["exceptions"][number][];
  blocked: readonly AvailabilityRules["exceptions"][number][];
  bookings: readonly PreparedBooking[];
  physicalPad: number;
  digitalPad: number;
}

export function prepareSlot(slot: MatchingSlot, isDigital: boolean): PreparedSlot {
  const startMs = slot.start.getTime();
  const endMs = slot.end.getTime();
  const local = instantToLocal(slot.start);
  const dayStart = localToInstant(local.date, 0).getTime();
  const dayEnd = localToInstant(local.date, MINUTES_PER_DAY).getTime();
  // Clock-change days and slots past midnight take the general path in fitsSlot.
  const simple = endMs > startMs && dayEnd - dayStart === DAY_MS && endMs <= dayEnd;
  const cells = simple ? new Uint32Array(3) : null;
  if (cells) markCells(cells, 0, (startMs - dayStart) / MINUTE_MS, (endMs - dayStart) / MINUTE_MS);
  return {
    id: slot.id,
    start: slot.start,
    end: slot.end,
    isDigital,
    startMs,
    endMs,
    month: localMonth(slot.start),
    day: simple ? { date: local.date, weekday: local.weekday, startMs: dayStart } : null,
    cells,
  };
}

export function compileAvailability(rules: AvailabilityRules): CompiledAvailability {
  // Every day without a window and every person without exceptions or bookings shares one empty list (exactList).
  const weekly: (readonly number[])[] = [NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE];
  const byDay: [number, number][][] = [[], [], [], [], [], [], [], []];
  for (const w of rules.windows) {
    const s = Math.max(0, w.startMinute);
    const e = Math.min(MINUTES_PER_DAY, w.endMinute);
    if (e > s) byDay[w.weekday]?.push([s, e]);
  }
  const cells = new Uint32Array(24);
  for (let d = 1; d <= 7; d++) {
    weekly[d] = exactList(mergePairs(byDay[d]));
    for (let i = 0; i < weekly[d].length; i += 2) markCells(cells, d * 3, weekly[d][i], weekly[d][i + 1]);
  }
  const buffer = rules.buffer ?? DEFAULT_BUFFER;
  const physicalPad = buffer.physicalMinutes * MINUTE_MS;
  const digitalPad = buffer.digitalMinutes * MINUTE_MS;
  return {
    rules,
    weekly,
    cells,
    // As in availability.ts: an extra window without times never invents availability.
    extra: exactList(rules.exceptions.filter((x) => x.kind === "extra" && x.startMinute !== null && x.endMinute !== null)),
    blocked: exactList(rules.exceptions.filter((x) => x.kind === "blocked")),
    bookings: exactList(rules.bookings.map((b) => ({ start: b.start.getTime(), end: b.end.getTime(), pad: b.isDigital ? digitalPad : physicalPad }))),
    physicalPad,
    digitalPad,
  };
}

/** Exactly fitsSlot(rules, slot); the property test in tests/domain/matching holds the two together. */
export function fitsPrepared(person: CompiledAvailability, slot: PreparedSlot): boolean {
  const { day, startMs, endMs } = slot;
  if (day === null) return fitsSlot(person.rules, { start: slot.start, end: slot.end, isDigital: slot.isDigital });
  if (!mayFit(person, slot)) return false;
  // Local minutes of the slot's day, as instants; plain loops because this runs millions of times per plan.
  const open = person.extra.length === 0 ? person.weekly[day.weekday] : withExtras(person, day.weekday, day.date);
  let inside = false;
  for (let i = 0; i < open.length && !inside; i += 2) {
    inside = day.startMs + open[i] * MINUTE_MS <= startMs && day.startMs + open[i + 1] * MINUTE_MS >= endMs;
  }
  if (!inside) return false;

  for (const x of person.blocked) {
    if (x.fromDate > day.date || x.toDate < day.date) continue;
    const s = Math.max(0, x.startMinute ?? 0);
    const e = Math.min(MINUTES_PER_DAY, x.endMinute ?? MINUTES_PER_DAY);
    if (e > s && day.startMs + s * MINUTE_MS < endMs && day.startMs + e * MINUTE_MS > startMs) return false;
  }

  const own = slot.isDigital ? person.digitalPad : person.physicalPad;
  for (const b of person.bookings) {
    const lo = b.start - b.pad;
    const hi = b.end + b.pad;
    // The booking's buffered span must stay clear of the slot, and the slot's own buffer clear of the booking.
    if (hi > lo && lo < endMs && hi > startMs) return false;
    if (b.end > startMs - own && b.start < endMs + own) return false;
  }
  return true;
}

/**
 * A quick necessary condition for fitsPrepared: every quarter hour the slot touches is touched by a weekly window.
 * A window containing the slot touches all of them; extra windows can add time, so they always pass.
 */
export function mayFit(person: CompiledAvailability, slot: PreparedSlot): boolean {
  const { day, cells } = slot;
  if (day === null || cells === null || person.extra.length > 0) return true;
  const at = day.weekday * 3;
  const own = person.cells;
  return (cells[0] & ~own[at]) === 0 && (cells[1] & ~own[at + 1]) === 0 && (cells[2] & ~own[at + 2]) === 0;
}

/** Sets the bits of the quarter hours that [from, to) minutes touch. */
function markCells(cells: Uint32Array, at: number, from: number, to: number): void {
  const first = Math.max(0, Math.floor(from / 15));
  const last = Math.min(95, Math.ceil(to / 15) - 1);
  for (let k = first; k <= last; k++) cells[at + (k >> 5)] |= 1 << (k & 31);
}

/** The weekday's windows merged with the extra windows on the date. */
function withExtras(person: CompiledAvailability, weekday: number, date: string): readonly number[] {
  const weekly = person.weekly[weekday];
  const pairs: [number, number][] = [];
  for (const x of person.extra) {
    if (x.fromDate > date || x.toDate < date) continue;
    const s = Math.max(0, x.startMinute ?? 0);
    const e = Math.min(MINUTES_PER_DAY, x.endMinute ?? 0);
    if (e > s) pairs.push([s, e]);
  }
  if (pairs.length === 0) return weekly;
  for (let i = 0; i < weekly.length; i += 2) pairs.push([weekly[i], weekly[i + 1]]);
  return mergePairs(pairs);
}

/** Sorts, then merges overlapping and touching [start, end] pairs into a flat list. */
function mergePairs(pairs: [number, number][]): number[] {
  pairs.sort((a, b) => a[0] - b[0]);
  const flat: number[] = [];
  for (const [s, e] of pairs) {
    const last = flat.length - 1;
    if (last > 0 && s <= flat[last]) flat[last] = Math.max(flat[last], e);
    else flat.push(s, e);
  }
  return flat;
}

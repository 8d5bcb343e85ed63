// Deterministic randomness and calendar helpers for the demo seed (time zone rules live in app/domain).
import { isDayOff } from "../app/domain/holidays";
import { instantToLocal, localToInstant, MINUTE_MS } from "../app/domain/stockholm-time";

export interface Rng {
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  shuffle<T>(items: readonly T[]): T[];
}

/** mulberry32: tiny, fast, and the same sequence on every machine for the same seed. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => items[int(0, items.length - 1)],
    shuffle: (items) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy;
    },
  };
}

export { addDays, daysBetween, DAY_MS, MINUTE_MS, weekdayOf as weekday } from "../app/domain/stockholm-time";
export const HOUR_MS = 60 * MINUTE_MS;

/** The UTC instant (ISO string) of a Stockholm local date and minutes after midnight, DST included. */
export function stockholmToUtc(date: string, minutes: number): string {
  return localToInstant(date, minutes).toISOString();
}

/** The Stockholm local date (YYYY-MM-DD) of an instant. */
export function stockholmDate(ms: number): string {
  return instantToLocal(new Date(ms)).date;
}

export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

export function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

/**
 * Nobody books a living library then: the Swedish days off (the domain's calendar: Easter, midsommar, the red days),
 * and the summer and Christmas breaks around them.
 */
export function isHoliday(date: string): boolean {
  const md = date.slice(5);
  return md.startsWith("07") || md >= "12-21" || md <= "01-06" || isDayOff(date);
}

export const iso = (ms: number) => new Date(ms).toISOString();

// The year a goal report or an export is for: a four-digit year in a sensible range, or this year when none is given.
import { z } from "zod";
import { instantToLocal } from "./stockholm-time";

export const FIRST_REPORT_YEAR = 2000;
export const LAST_REPORT_YEAR = 2100;

const yearSchema = () =>
  z
    .string()
    .trim()
    .regex(/^\d{4}$/, "goals.error.year")
    .transform(Number)
    .pipe(z.number().int().min(FIRST_REPORT_YEAR, "goals.error.year").max(LAST_REPORT_YEAR, "goals.error.year"));

export function currentYear(now: Date): number {
  return Number(instantToLocal(now).date.slice(0, 4));
}

export type YearResult = { ok: true; year: number } | { ok: false; error: "goals.error.year" };

/** No value means this year (in Stockholm); anything given, even empty, must be a year 2000–2100. */
export function parseReportYear(value: string | null | undefined, now: Date): YearResult {
  if (value === null || value === undefined) return { ok: true, year: currentYear(now) };
  const parsed = yearSchema().safeParse(value);
  return parsed.success ? { ok: true, year: parsed.data } : { ok: false, error: "goals.error.year" };
}

// Lärcafé's rules: the series form (theme, place, contact and a schedule of sessions), the sessions' times in
// Europe/Stockholm, the title of each session's book request, and when a session counts as held.
import { z } from "zod";
import { isIsoDate, lineText } from "./fields";
import { contactSchema, placeIssues } from "./request-schema";
import { addDays, existingLocalInstant, instantToLocal } from "./stockholm-time";
import { parseClock, type Audience } from "./vocabulary";

export const LARCAFE_LIMITS = {
  titleMin: 3,
  // "Lärcafé: " and " (träff 12 av 12)" must still fit a request's 120-character title.
  titleMax: 80,
  descriptionMax: 1000,
  audienceMax: 200,
  sessionsMax: 12,
  durationMin: 30,
  durationMax: 240,
  monthsAhead: 12,
} as const;

/** How often a series meets when it meets at a fixed interval. */
export const INTERVAL_WEEKS = [1, 2, 3, 4, 6, 8] as const;
/** Lärcafé's participants share a diagnosis or symptom, or are their relatives. */
export const LARCAFE_AUDIENCES = ["patients", "relatives"] as const satisfies readonly Audience[];
export const SCHEDULES = ["interval", "dates"] as const;
export type Schedule = (typeof SCHEDULES)[number];

export const LARCAFE_FIELDS = [
  "title", "experienceAreaId", "audience", "audienceSize", "description", "place", "municipalityId", "address",
  "firstDate", "startTime", "durationMinutes", "schedule", "count", "intervalWeeks", "dates", "contactName", "contactPhone",
] as const;
export type LarcafeField = (typeof LARCAFE_FIELDS)[number];
export type LarcafeFormValues = Record<LarcafeField, string>;

export interface SessionTime {
  startsAt: Date;
  endsAt: Date;
}

export interface LarcafeInput {
  title: string;
  experienceAreaId: number;
  audience: Audience;
  audienceSize: number;
  description: string;
  digital: boolean;
  municipalityId: number | null;
  address: string | null;
  contactName: string;
  contactPhone: string;
  durationMinutes: number;
  sessions: SessionTime[];
}

/** A session is held once it has started and was not cancelled: what the plan's goals count. */
export function isHeld(session: { starts_at: string; cancelled_at: string | null }, now: Date): boolean {
  return session.cancelled_at === null && Date.parse(session.starts_at) < now.getTime();
}

/** The title of a session's book request, as the coordinator's desk shows it. */
export function sessionRequestTitle(title: string, number: number, count: number): string {
  return `Lärcafé: ${title} (träff ${number} av ${count})`;
}

/** The dates of an interval schedule: the first date and then every `weeks` weeks, `count` in all. */
export function intervalDates(first: string, count: number, weeks: number): string[] {
  return Array.from({ length: count }, (_, i) => addDays(first, i * 7 * weeks));
}

/** A typed list of dates (one a line, or separated by commas or spaces), in order and without repeats. */
export function listedDates(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).filter((d) => d !== ""))].sort();
}

/**
 * Each date at the same Stockholm wall-clock time, lasting `minutes` of real time: a series across a clock change
 * keeps its local time. Null for a date where the spring clock change skips that time.
 */
export function sessionTimes(dates: readonly string[], startMinute: number, minutes: number): (SessionTime | null)[] {
  return dates.map((date) => {
    const startsAt = existingLocalInstant(date, startMinute);
    return startsAt ? { startsAt, endsAt: new Date(startsAt.getTime() + minutes * 60_000) } : null;
  });
}

/** The same calendar day a year on (29 February becomes 28 February): the last date a session may have. */
function lastAllowedDate(today: string): string {
  const year = Number(today.slice(0, 4)) + LARCAFE_LIMITS.monthsAhead / 12;
  return `${year}-${today.slice(5) === "02-29" ? "02-28" : today.slice(5)}`;
}

type Issue = { path: LarcafeField; message: string };

/** The schedule's sessions, or the issues with it (each at its own field). */
export function readSchedule(v: LarcafeFormValues, now: Date): { sessions: SessionTime[]; duration: number; issues: Issue[] } {
  const issues: Issue[] = [];
  const fail = (path: LarcafeField, message: string) => issues.push({ path, message });
  const L = LARCAFE_LIMITS;
  const minute = parseClock(v.startTime);
  if (v.startTime.trim() === "") fail("startTime", "errors.required");
  else if (minute === null || minute >= 1440) fail("startTime", "larcafe.errors.startTime");
  const duration = /^\d{1,4}$/.test(v.durationMinutes.trim()) ? Number(v.durationMinutes.trim()) : NaN;
  if (!(duration >= L.durationMin && duration <= L.durationMax)) fail("durationMinutes", "larcafe.errors.duration");
  let dates: string[] = [];
  if (v.schedule === "interval") {
    const count = /^\d{1,2}$/.test(v.count.trim()) ? Number(v.count.trim()) : NaN;
    const weeks = Number(v.intervalWeeks);
    if (!(count >= 1 && count <= L.sessionsMax)) fail("count", "larcafe.errors.count");
    if (!(INTERVAL_WEEKS as readonly number[]).includes(weeks) || !/^\d$/.test(v.intervalWeeks)) fail("intervalWeeks", "larcafe.errors.interval");
    if (v.firstDate.trim() === "") fail("firstDate", "errors.required");
    else if (!isIsoDate(v.firstDate.trim())) fail("firstDate", "larcafe.errors.dateInvalid");
    else if (issues.length === 0) dates = intervalDates(v.firstDate.trim(), count, weeks);
  } else if (v.schedule === "dates") {
    dates = listedDates(v.dates);
    if (dates.length === 0) fail("dates", "errors.required");
    else if (dates.length > L.sessionsMax) fail("dates", "larcafe.errors.count");
    else if (!dates.every(isIsoDate)) fail("dates", "larcafe.errors.datesInvalid");
  } else fail("schedule", "larcafe.errors.schedule");
  if (issues.length > 0 || minute === null) return { sessions: [], duration, issues };
  const dateField: LarcafeField = v.schedule === "interval" ? "firstDate" : "dates";
  const today = instantToLocal(now).date;
  if (dates[dates.length - 1] > lastAllowedDate(today)) fail(dateField === "firstDate" ? "count" : "dates", "larcafe.errors.tooFar");
  const times = sessionTimes(dates, minute, duration);
  if (times.some((t) => t === null)) fail("startTime", "larcafe.errors.timeSkipped");
  else if (times.some((t) => t!.startsAt.getTime() <= now.getTime())) fail(dateField, "larcafe.errors.inPast");
  return { sessions: issues.length > 0 ? [] : (times as SessionTime[]), duration, issues };
}

/**
 * A choice from a fixed list. A refine, not z.enum: an enum failure stops zod before the cross-field checks,
 * and the form must show every error at once.
 */
const oneOf = (values: readonly string[], error: string) => z.string().refine((v) => values.includes(v), { error });
const boundedText = (min: number, max: number, short: string, long: string) => lineText().min(min, { error: short }).max(max, { error: long });

export interface LarcafeSchemaContext {
  now: Date;
  municipalityIds: readonly number[];
  /** The active experience areas: the theme is one of them. */
  experienceAreaIds: readonly number[];
}

export function larcafeSchema({ now, municipalityIds, experienceAreaIds }: LarcafeSchemaContext) {
  const L = LARCAFE_LIMITS;
  return z
    .object({
      title: boundedText(L.titleMin, L.titleMax, "larcafe.errors.titleShort", "larcafe.errors.titleLong"),
      experienceAreaId: z.string().refine((v) => /^[1-9]\d{0,8}$/.test(v) && experienceAreaIds.includes(Number(v)), { error: "larcafe.errors.theme" }),
      audience: oneOf(LARCAFE_AUDIENCES, "larcafe.errors.audience"),
      audienceSize: z
        .string()
        .trim()
        .regex(/^\d{1,4}$/, { error: "larcafe.errors.size" })
        .transform(Number)
        .refine((n) => n >= 1 && n <= L.audienceMax, { error: "larcafe.errors.size" }),
      description: z.string().trim().max(L.descriptionMax, { error: "larcafe.errors.descriptionLong" }),
      place: oneOf(["physical", "digital"], "requests.errors.placeRequired"),
      municipalityId: z.string().trim(),
      address: lineText(),
      ...contactSchema(),
      firstDate: z.string(),
      startTime: z.string(),
      durationMinutes: z.string(),
      schedule: z.string(),
      count: z.string(),
      intervalWeeks: z.string(),
      dates: z.string(),
    })
    .superRefine((v, ctx) => {
      const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
      placeIssues(v, municipalityIds, issue);
      for (const { path, message } of readSchedule(v as unknown as LarcafeFormValues, now).issues) issue(path, message);
    })
    .transform((v): LarcafeInput => {
      const { sessions, duration } = readSchedule(v as unknown as LarcafeFormValues, now);
      const physical = v.place === "physical";
      return {
        title: v.title,
        experienceAreaId: Number(v.experienceAreaId),
        audience: v.audience as Audience,
        audienceSize: v.audienceSize,
        description: v.description,
        digital: !physical,
        municipalityId: physical ? Number(v.municipalityId) : null,
        address: physical ? v.address : null,
        contactName: v.contactName,
        contactPhone: v.contactPhone,
        durationMinutes: duration,
        sessions,
      };
    });
}

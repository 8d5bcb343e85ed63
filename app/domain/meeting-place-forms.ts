// The meeting places' forms as zod schemas: a place with its opening hours, an activity (one-off or weekly), a shift
// and a visitor count. Their messages are catalogue keys (app/i18n/meeting-places.ts).
import { z } from "zod";
import { idField, isIsoDate, lineText } from "./fields";
import { VISITORS_MAX, type OpeningHours } from "./meeting-places";
import { existingLocalInstant } from "./stockholm-time";
import { parseClock, WEEKDAYS } from "./vocabulary";

const text = (max: number) => lineText().max(max, { error: "errors.tooLong" });
const required = (max: number) => text(max).min(1, { error: "errors.required" });
const longText = () => z.string().trim().max(1000, { error: "errors.tooLong" });
const date = (error: string) => z.string().trim().refine(isIsoDate, { error });
const clock = (error: string) =>
  z.string().transform((v, ctx) => {
    const minute = parseClock(v);
    if (minute === null || minute >= 1440) ctx.addIssue({ code: "custom", message: error });
    return minute ?? 0;
  });

export const HOURS_FIELDS = WEEKDAYS.flatMap((d) => [`open${d}`, `close${d}`] as const);
export const PLACE_FIELDS = ["name", "municipalityId", "address", "description", ...HOURS_FIELDS] as const;

/** A weekday's two clock fields: both empty is closed; otherwise both times, opening before closing. */
function hoursOf(values: Record<string, string>, ctx: z.RefinementCtx): OpeningHours[] {
  const hours: OpeningHours[] = [];
  for (const weekday of WEEKDAYS) {
    const open = (values[`open${weekday}`] ?? "").trim();
    const close = (values[`close${weekday}`] ?? "").trim();
    if (open === "" && close === "") continue;
    const openMinute = parseClock(open);
    const closeMinute = parseClock(close);
    if (openMinute === null || openMinute >= 1440) ctx.addIssue({ code: "custom", path: [`open${weekday}`], message: "meetingPlaces.errors.clock" });
    else if (closeMinute === null) ctx.addIssue({ code: "custom", path: [`close${weekday}`], message: "meetingPlaces.errors.clock" });
    else if (closeMinute <= openMinute) ctx.addIssue({ code: "custom", path: [`close${weekday}`], message: "meetingPlaces.errors.closeBeforeOpen" });
    else hours.push({ weekday, openMinute, closeMinute });
  }
  return hours;
}

/** A place: its name, municipality, address, a short description and its opening hours per weekday. */
export const placeFormSchema = () =>
  z
    .object({
      name: required(120),
      municipalityId: idField("meetingPlaces.errors.municipality"),
      address: text(200),
      description: longText(),
    })
    .catchall(z.string())
    .transform((v, ctx) => ({ name: v.name, municipalityId: v.municipalityId, address: v.address, description: v.description, hours: hoursOf(v as Record<string, string>, ctx) }));

export type PlaceInput = z.output<ReturnType<typeof placeFormSchema>>;

export const ACTIVITY_FIELDS = ["title", "description", "kind", "date", "weekday", "fromDate", "start", "end"] as const;

/** An activity: one-off on a date, or weekly on a weekday from a date; a start and an end time on the same day. */
export const activityFormSchema = () =>
  z
    .object({
      title: required(120),
      description: longText(),
      kind: z.enum(["once", "weekly"], { error: "meetingPlaces.errors.kind" }),
      date: z.string(),
      weekday: z.string(),
      fromDate: z.string(),
      start: clock("meetingPlaces.errors.clock"),
      end: z.string(),
    })
    .transform((v, ctx) => {
      const end = parseClock(v.end);
      if (end === null || end <= v.start) ctx.addIssue({ code: "custom", path: ["end"], message: "meetingPlaces.errors.endBeforeStart" });
      const durationMinutes = (end ?? 0) - v.start;
      if (durationMinutes > 0 && durationMinutes < 15) ctx.addIssue({ code: "custom", path: ["end"], message: "meetingPlaces.errors.tooShort" });
      const base = { title: v.title, description: v.description, durationMinutes };
      if (v.kind === "once") {
        if (!isIsoDate(v.date.trim())) {
          ctx.addIssue({ code: "custom", path: ["date"], message: "meetingPlaces.errors.date" });
          return z.NEVER;
        }
        // A time the spring clock change skips does not exist: say so rather than move it.
        const startsAt = existingLocalInstant(v.date.trim(), v.start);
        if (startsAt === null) ctx.addIssue({ code: "custom", path: ["start"], message: "meetingPlaces.errors.noSuchTime" });
        return { ...base, kind: "once" as const, startsAt: startsAt?.toISOString() ?? "" };
      }
      const weekday = Number(v.weekday);
      if (!/^[1-7]$/.test(v.weekday)) ctx.addIssue({ code: "custom", path: ["weekday"], message: "meetingPlaces.errors.weekday" });
      if (!isIsoDate(v.fromDate.trim())) ctx.addIssue({ code: "custom", path: ["fromDate"], message: "meetingPlaces.errors.date" });
      return { ...base, kind: "weekly" as const, weekday, startMinute: v.start, fromDate: v.fromDate.trim() };
    });

export type ActivityInput = z.output<ReturnType<typeof activityFormSchema>>;

/** One occurrence of an activity, as a shift's or a count's form names it. */
export const occurrenceFields = () => ({ activityId: idField(), date: date("errors.required") });

export const shiftFormSchema = () => z.object({ intent: z.enum(["join", "leave"]), ...occurrenceFields() });

/** Visitors: a whole number 0–500, typed on a phone. */
export const visitorsFormSchema = () =>
  z.object({
    intent: z.literal("count"),
    ...occurrenceFields(),
    visitors: z
      .string()
      .trim()
      .refine((v) => /^\d{1,3}$/.test(v) && Number(v) <= VISITORS_MAX, { error: "meetingPlaces.errors.visitors" })
      .transform(Number),
  });

/** Ending a weekly activity: its last date (the day it last happens, or earlier). */
export const endActivitySchema = () => z.object({ intent: z.literal("end"), activityId: idField(), untilDate: date("meetingPlaces.errors.date") });

/** Calling off a one-off activity that has not started. */
export const cancelActivitySchema = () => z.object({ intent: z.literal("cancel"), activityId: idField() });

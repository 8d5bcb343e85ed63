// The life of a self-help group: its weekly two-hour meetings in Stockholm time, the four its starter leads, the status
// that follows from them (starting → self_running → ended), and the form a coordinator starts a group with.
import { z } from "zod";
import { isIsoDate, lineText } from "./fields";
import { DIGITAL, GROUP_MIN, type Place } from "./self-help";
import { addDays, instantToLocal, localToInstant, MINUTE_MS } from "./stockholm-time";
import { formatClock, parseClock, type GroupStatus } from "./vocabulary";

/** The starter leads the first this-many meetings; after the last of them has ended the group runs by itself. */
export const STARTER_MEETINGS = 4;
export const MEETING_MINUTES = 120;
/** A group meets "as long as it wishes": its meetings are kept scheduled this many weeks ahead, extended as time passes. */
export const WEEKS_AHEAD = 8;
export const MEETING_PLACE_MAX = 200;
/**
 * A member's e-mail and phone are erased this many days after the group ends: time for the closing survey to go out
 * and be answered by link. The alias stays with the attendance, which names no one.
 */
export const CONTACT_DAYS_AFTER_END = 7;

/** The instant before which an ended group's members' contact details are due for erasure. */
export function contactsErasedBefore(now: Date): Date {
  return new Date(now.getTime() - CONTACT_DAYS_AFTER_END * 86_400_000);
}

export interface PlannedMeeting {
  number: number;
  start: Date;
  end: Date;
  withStarter: boolean;
}

/** Meeting `number` (1, 2, …): `number - 1` weeks after the first local date, at the same local clock time, two hours long. */
export function meetingAt(firstDate: string, minute: number, number: number): PlannedMeeting {
  const start = localToInstant(addDays(firstDate, 7 * (number - 1)), minute);
  return { number, start, end: new Date(start.getTime() + MEETING_MINUTES * MINUTE_MS), withStarter: number <= STARTER_MEETINGS };
}

/** The local date and minute a group's first meeting started at: where every later meeting is counted from. */
export function firstLocal(firstStart: Date): { date: string; minute: number } {
  const { date, minute } = instantToLocal(firstStart);
  return { date, minute };
}

/**
 * The meetings to add after meeting `lastNumber` so that the group is scheduled WEEKS_AHEAD weeks past `now` (and always
 * at least its first four): empty when it already is. An ended group gets none.
 */
export function meetingsToSchedule(firstDate: string, minute: number, lastNumber: number, now: Date): PlannedMeeting[] {
  const horizon = localToInstant(addDays(instantToLocal(now).date, 7 * WEEKS_AHEAD), minute).getTime();
  const added: PlannedMeeting[] = [];
  for (let n = lastNumber + 1; ; n++) {
    const meeting = meetingAt(firstDate, minute, n);
    if (n > STARTER_MEETINGS && meeting.start.getTime() > horizon) return added;
    added.push(meeting);
  }
}

/**
 * The status a group has at `now`: ended stays ended (the coordinator ends it); otherwise self-running once its last
 * meeting with the starter (number STARTER_MEETINGS) has ended, and starting before that.
 */
export function groupStatusAt(group: { status: GroupStatus; starterMeetingEndsAt: Date | null }, now: Date): GroupStatus {
  if (group.status === "ended") return "ended";
  return group.starterMeetingEndsAt !== null && group.starterMeetingEndsAt.getTime() <= now.getTime() ? "self_running" : "starting";
}

/** The weekday (1 = Monday) and local clock time a group meets at, for the public list: "where groups run". */
export function weeklyTime(firstStart: Date): { weekday: number; time: string } {
  const local = instantToLocal(firstStart);
  return { weekday: local.weekday, time: formatClock(local.minute) };
}

/** A meeting's start as minutes after midnight ("18:00" → 1080), or null: a clock time within the day. */
export function meetingMinute(value: string): number | null {
  const minute = parseClock(value);
  return minute !== null && minute < 24 * 60 ? minute : null;
}

/** A theme × place in a page's address (?tema=&plats=): a theme id, and "digital" or a municipality id. */
export const themePlaceSchema = () =>
  z.object({
    tema: z.string().regex(/^[1-9]\d{0,8}$/).transform(Number),
    plats: z
      .string()
      .refine((v) => v === DIGITAL || /^[1-9]\d{0,8}$/.test(v))
      .transform((v): Place => (v === DIGITAL ? { digital: true } : { digital: false, municipalityId: Number(v) })),
  });

/** The start form; the time must also lie ahead, which needs `now` (startProblem). */
export const startFormSchema = () =>
  z.object({
    firstDate: z.string().trim().refine(isIsoDate, { error: "groups.errors.date" }),
    time: z
      .string()
      .trim()
      .transform((v) => meetingMinute(v) ?? -1)
      .refine((v) => v >= 0, { error: "groups.errors.time" }),
    meetingPlace: lineText().min(3, { error: "groups.errors.meetingPlace" }).max(MEETING_PLACE_MAX, { error: "errors.tooLong" }),
    starterPersonId: z
      .string()
      .trim()
      .regex(/^[1-9]\d{0,8}$/, { error: "groups.errors.starter" })
      .transform(Number),
  });
export const START_FIELDS = ["firstDate", "time", "meetingPlace", "starterPersonId"] as const;

/** Why a group cannot start now, as an error key on a field, or null: enough waiting, a first meeting ahead. */
export function startProblem(input: { waiting: number; firstStart: Date; now: Date }): { field: "firstDate" | "time"; key: string } | null {
  if (input.waiting < GROUP_MIN) return { field: "firstDate", key: "groups.errors.tooFew" };
  if (input.firstStart.getTime() <= input.now.getTime()) return { field: "time", key: "groups.errors.past" };
  return null;
}

/** One meeting's attendance: the members ticked as present (up to the GROUP_MAX a group holds). */
export const attendanceSchema = () =>
  z.object({
    intent: z.literal("attendance"),
    meetingId: z.string().regex(/^[1-9]\d{0,8}$/, { error: "groups.errors.meeting" }).transform(Number),
    present: z.array(z.string().regex(/^[1-9]\d{0,8}$/).transform(Number)).max(8),
  });

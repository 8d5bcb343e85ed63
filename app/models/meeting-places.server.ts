// Meeting places as anyone sees them: the active places by municipality, one place with its opening hours and the
// coming weeks' occurrences of its activities. Never a volunteer's name: shifts are not read here.
import { CALENDAR_WEEKS, occurrencesBetween, openingLines, type ActivityTiming } from "~/domain/meeting-places";
import { addDays, instantToLocal } from "~/domain/stockholm-time";
import type { DB } from "~/utils/db.server";

export interface Activity extends ActivityTiming {
  placeId: number;
  title: string;
  description: string;
}

const ACTIVITY_COLUMNS = [
  "meeting_place_activities.id",
  "meeting_place_activities.place_id",
  "meeting_place_activities.title",
  "meeting_place_activities.description",
  "meeting_place_activities.kind",
  "meeting_place_activities.starts_at",
  "meeting_place_activities.weekday",
  "meeting_place_activities.start_minute",
  "meeting_place_activities.from_date",
  "meeting_place_activities.until_date",
  "meeting_place_activities.duration_minutes",
] as const;

type ActivityRow = {
  id: number;
  place_id: number;
  title: string;
  description: string;
  kind: "once" | "weekly";
  starts_at: string | null;
  weekday: number | null;
  start_minute: number | null;
  from_date: string | null;
  until_date: string | null;
  duration_minutes: number;
};

export function toActivity(r: ActivityRow): Activity {
  return {
    id: r.id,
    placeId: r.place_id,
    title: r.title,
    description: r.description,
    kind: r.kind,
    startsAt: r.starts_at,
    weekday: r.weekday,
    startMinute: r.start_minute,
    fromDate: r.from_date,
    untilDate: r.until_date,
    durationMinutes: r.duration_minutes,
  };
}

/** The activities of the given places (all places when none are given), in the order they were added. */
export async function listActivities(db: DB, placeIds?: readonly number[]): Promise<Activity[]> {
  if (placeIds && placeIds.length === 0) return [];
  let query = db.selectFrom("meeting_place_activities").select(ACTIVITY_COLUMNS).orderBy("meeting_place_activities.id");
  if (placeIds) query = query.where("meeting_place_activities.place_id", "in", placeIds);
  return (await query.execute()).map(toActivity);
}

/** The opening hours of a place, Monday first. */
export async function listHours(db: DB, placeId: number) {
  const rows = await db.selectFrom("meeting_place_hours").select(["weekday", "open_minute", "close_minute"]).where("place_id", "=", placeId).orderBy("weekday").execute();
  return rows.map((r) => ({ weekday: r.weekday, openMinute: r.open_minute, closeMinute: r.close_minute }));
}

/** The active places, by municipality and name. */
export function listPublicPlaces(db: DB) {
  return db
    .selectFrom("meeting_places")
    .innerJoin("municipalities", "municipalities.id", "meeting_places.municipality_id")
    .select(["meeting_places.id", "meeting_places.name", "meeting_places.address", "municipalities.name as municipality"])
    .where("meeting_places.active", "=", 1)
    .orderBy("municipalities.name")
    .orderBy("meeting_places.name")
    .execute();
}

/** One active place, or undefined when it is hidden or unknown. */
export function getPublicPlace(db: DB, placeId: number) {
  return db
    .selectFrom("meeting_places")
    .innerJoin("municipalities", "municipalities.id", "meeting_places.municipality_id")
    .select(["meeting_places.id", "meeting_places.name", "meeting_places.address", "meeting_places.description", "municipalities.name as municipality"])
    .where("meeting_places.id", "=", placeId)
    .where("meeting_places.active", "=", 1)
    .executeTakeFirst();
}

/** The local dates a place's calendar shows, seen from `now`: today and the next CALENDAR_WEEKS weeks. */
export function calendarDates(now: Date) {
  const today = instantToLocal(now).date;
  return { from: today, to: addDays(today, CALENDAR_WEEKS * 7 - 1) };
}

/** A place's public page: the place, its opening hours as lines, and its coming occurrences (title, times, nothing about who is on duty). */
export async function publicCalendar(db: DB, placeId: number, now = new Date()) {
  const place = await getPublicPlace(db, placeId);
  if (!place) return undefined;
  const [hours, activities] = await Promise.all([listHours(db, placeId), listActivities(db, [placeId])]);
  const { from, to } = calendarDates(now);
  const occurrences = occurrencesBetween(activities, from, to)
    .filter((o) => Date.parse(o.endsAt) > now.getTime())
    .map((o) => ({ activityId: o.activity.id, title: o.activity.title, description: o.activity.description, date: o.date, startsAt: o.startsAt, endsAt: o.endsAt }));
  return { place, opening: openingLines(hours), occurrences };
}

/** A place's feed: its occurrences from four weeks back to the calendar's end, so a subscriber keeps the recent past. */
export async function placeFeed(db: DB, placeId: number, now = new Date()) {
  const place = await getPublicPlace(db, placeId);
  if (!place) return undefined;
  const { from, to } = calendarDates(now);
  const occurrences = occurrencesBetween(await listActivities(db, [placeId]), addDays(from, -28), to).map((o) => ({
    activityId: o.activity.id,
    title: o.activity.title,
    description: o.activity.description,
    date: o.date,
    startsAt: o.startsAt,
    endsAt: o.endsAt,
  }));
  return { place, occurrences, now };
}

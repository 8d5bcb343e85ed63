// Writes a meeting place's public calendar feed: one VEVENT per occurrence with a UID that never changes, so a
// subscribed calendar updates rather than duplicates; times in UTC, each occurrence placed by Stockholm's clock.
import ical, { ICalCalendarMethod } from "ical-generator";
import { DEFAULT_LOCALE, translate } from "~/i18n";
import { FEED_TTL_SECONDS } from "./ics.server";

export interface FeedOccurrence {
  activityId: number;
  date: string;
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
}

/** Never changes for an occurrence: the activity and its local date. */
export function occurrenceUid(activityId: number, date: string): string {
  return `meeting-activity-${activityId}-${date}@levande`;
}

export function buildPlaceCalendar({ place, occurrences, now = new Date() }: { place: { name: string; address: string; municipality: string }; occurrences: readonly FeedOccurrence[]; now?: Date }): string {
  const calendar = ical({
    name: translate(DEFAULT_LOCALE, "meetingPlaces.feed.name", { place: place.name }),
    method: ICalCalendarMethod.PUBLISH,
    prodId: { company: "Levande", product: "Levande bibliotek", language: "SV" },
    ttl: FEED_TTL_SECONDS,
  });
  // The zone the calendar is about, for clients that show it; every time below is UTC, so none needs a VTIMEZONE.
  calendar.x([{ key: "X-WR-TIMEZONE", value: "Europe/Stockholm" }]);
  const location = [place.name, place.address.trim(), place.municipality].filter(Boolean).join(", ");
  for (const o of occurrences) {
    calendar.createEvent({
      id: occurrenceUid(o.activityId, o.date),
      start: new Date(o.startsAt),
      end: new Date(o.endsAt),
      stamp: now,
      summary: o.title,
      description: o.description || null,
      location,
    });
  }
  return calendar.toString();
}

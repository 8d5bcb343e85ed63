// Writes a subscribable iCalendar feed of assignments; the volunteer's and the care unit's feeds both use it.
import ical, { ICalCalendarMethod, ICalEventStatus, ICalEventTransparency } from "ical-generator";
import { DEFAULT_LOCALE, translate, type Locale } from "~/i18n";
import type { FeedAssignment } from "~/models/calendar-events.server";

/** How often a subscribed calendar should fetch the feed again (REFRESH-INTERVAL and X-PUBLISHED-TTL). */
export const FEED_TTL_SECONDS = 60 * 60;

/** Never changes for an assignment, so a calendar updates its event instead of adding a second one. */
export function assignmentUid(id: number): string {
  return `assignment-${id}@levande`;
}

function location(event: FeedAssignment, locale: Locale): string | null {
  if (event.is_digital) return translate(locale, "calendar.feed.digital");
  const parts = [event.address?.trim(), event.municipality].filter((p): p is string => Boolean(p));
  return parts.length > 0 ? parts.join(", ") : null;
}

/**
 * Times are written in UTC (no TZID), which every client converts correctly without a VTIMEZONE.
 * Only the request title and the care unit go in: no health details, no contact data.
 */
export function buildCalendar({
  name,
  events,
  now = new Date(),
  locale = DEFAULT_LOCALE,
}: {
  name: string;
  events: readonly FeedAssignment[];
  now?: Date;
  locale?: Locale;
}): string {
  const calendar = ical({
    name,
    method: ICalCalendarMethod.PUBLISH,
    prodId: { company: "Levande", product: "Levande bibliotek", language: locale.toUpperCase() },
    ttl: FEED_TTL_SECONDS,
  });
  for (const event of events) {
    const cancelled = event.status === "cancelled";
    calendar.createEvent({
      id: assignmentUid(event.id),
      sequence: event.sequence,
      start: new Date(event.starts_at),
      end: new Date(event.ends_at),
      stamp: now,
      lastModified: new Date(event.updated_at),
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      // Some clients ignore STATUS in a subscription, so a cancelled event also says so and stops blocking time.
      summary: translate(locale, cancelled ? "calendar.feed.cancelledSummary" : "calendar.feed.summary", { title: event.title }),
      transparency: cancelled ? ICalEventTransparency.TRANSPARENT : ICalEventTransparency.OPAQUE,
      location: location(event, locale),
      description: translate(locale, "calendar.feed.careUnit", { unit: event.care_unit }),
    });
  }
  return calendar.toString();
}

/** The subscribable address of a feed token, on the origin the request came in on. */
export function feedLink(request: Request, token: string): string {
  return `${new URL(request.url).origin}/calendar/${token}.ics`;
}

// Writes a subscribable iCalendar feed of assignments; the volunteer's and the care unit's feeds both use it.
import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
  ICalEventTransparency,
  type ICalCalendar,
  type ICalEvent,
} from "ical-generator";
import { DEFAULT_LOCALE, translate } from "~/i18n";
import type { FeedAssignment } from "~/models/calendar-events.server";
import type { Locale } from "~/domain/vocabulary";

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

/** One assignment as a VEVENT, the same in the feed and in a mail's invitation, so a calendar sees one event. */
function addAssignmentEvent(calendar: ICalCalendar, event: FeedAssignment, locale: Locale, now: Date): ICalEvent {
  const cancelled = event.status === "cancelled";
  return calendar.createEvent({
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
  for (const event of events) addAssignmentEvent(calendar, event, locale, now);
  return calendar.toString();
}

/** "Levande <noreply@example.se>" or a bare address, as ORGANIZER wants it. */
function organizerOf(from: string): { name: string; email: string } {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from);
  return match ? { name: match[1] || "Levande bibliotek", email: match[2] } : { name: "Levande bibliotek", email: from.trim() };
}

/**
 * The invitation a booking mail carries (iTIP METHOD:REQUEST, or CANCEL when it is called off): the feed's UID and
 * SEQUENCE, so a calendar that got the mail and also subscribes to the feed keeps one event and updates it.
 */
export function buildInvite({
  method,
  event,
  organizer,
  attendee,
  locale = DEFAULT_LOCALE,
  now = new Date(),
}: {
  method: "REQUEST" | "CANCEL";
  event: FeedAssignment;
  organizer: string;
  attendee: string;
  locale?: Locale;
  now?: Date;
}): string {
  const calendar = ical({
    method: method === "REQUEST" ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.CANCEL,
    prodId: { company: "Levande", product: "Levande bibliotek", language: locale.toUpperCase() },
  });
  const vevent = addAssignmentEvent(calendar, method === "CANCEL" ? { ...event, status: "cancelled" } : event, locale, now);
  vevent.organizer(organizerOf(organizer));
  // Already agreed in Levande: the invitation informs, it does not ask for an answer.
  vevent.createAttendee({ email: attendee, rsvp: false, status: ICalAttendeeStatus.ACCEPTED, role: ICalAttendeeRole.REQ });
  return calendar.toString();
}

/** The subscribable address of a feed token, on the origin the request came in on. */
export function feedLink(request: Request, token: string): string {
  return `${new URL(request.url).origin}/calendar/${token}.ics`;
}

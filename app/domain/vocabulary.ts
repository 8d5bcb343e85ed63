// The domain's words: the roles, formats, statuses and other controlled vocabularies the app and its database speak, in display order.
export const ROLES = ["book", "peer", "storyteller"] as const;
export type Role = (typeof ROLES)[number];
/**
 * Every role a volunteer can hold: the three a care unit can request, the patient supporter, who reaches out to units
 * herself, and the self-help group starter (igångsättare), who leads a new group's first four meetings.
 */
export const PERSON_ROLES = [...ROLES, "supporter", "starter"] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];
export const isRequestableRole = (role: PersonRole): role is Role => (ROLES as readonly string[]).includes(role);
/** A patient supporter has no catalogue card: her role is stored with this title, whatever a form or file says. */
export const SUPPORTER_TITLE = "Patientstödjare";
/** The title each role without a catalogue card is stored with (the supporter's, and the group starter's). */
export const CARDLESS_TITLES: Readonly<Record<Exclude<PersonRole, Role>, string>> = { supporter: SUPPORTER_TITLE, starter: "Igångsättare" };
/** A self-help group starts with its starter, runs by itself after the 4th meeting, and ends when the group wishes. */
export const GROUP_STATUSES = ["starting", "self_running", "ended"] as const;
export type GroupStatus = (typeof GROUP_STATUSES)[number];
/** How a patient supporter met a care unit (DESIGN.md, the `contacts` CSV). */
export const CONTACT_KINDS = ["visit", "meeting", "phone", "digital", "other"] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];
/** Where a self-efficacy answer comes from; a link is made after a group's 4th meeting, at its end, or for a Lärcafé. */
export const SURVEY_SOURCES = ["self_help", "larcafe"] as const;
export type SurveySource = (typeof SURVEY_SOURCES)[number];
export const SURVEY_OCCASIONS = ["fourth_meeting", "end", "session"] as const;
export type SurveyOccasion = (typeof SURVEY_OCCASIONS)[number];
export const USER_ROLES = ["coordinator", "requester", "volunteer"] as const;
export type UserRole = (typeof USER_ROLES)[number];
export const FORMATS = ["lecture", "conversation", "workshop", "education", "improvement_work", "patient_meeting"] as const;
export type Format = (typeof FORMATS)[number];
export const AUDIENCES = ["staff", "patients", "relatives", "students"] as const;
export type Audience = (typeof AUDIENCES)[number];
export const UNIT_KINDS = ["primary_care", "specialist_care", "municipality", "school", "other"] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const REQUEST_STATUSES = ["open", "offered", "confirmed", "completed", "cancelled", "withdrawn"] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const OFFER_STATUSES = ["pending", "accepted", "declined", "expired", "withdrawn"] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];
export const OFFER_CLOSE_REASONS = ["declined", "expired", "withdrawn", "taken", "erased", "paused", "request_closed"] as const;
export type OfferCloseReason = (typeof OFFER_CLOSE_REASONS)[number];
export const ASSIGNMENT_STATUSES = ["booked", "completed", "cancelled", "no_show"] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];
export const CANCELLED_BY = ["volunteer", "unit", "coordinator"] as const;
export type CancelledBy = (typeof CANCELLED_BY)[number];
export const PERSON_STATUSES = ["active", "paused"] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];
export const TRAINING_KINDS = ["basic", "storytelling"] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number];
export const EXCEPTION_KINDS = ["blocked", "extra"] as const;
export type ExceptionKind = (typeof EXCEPTION_KINDS)[number];
export const FEEDBACK_AUTHORS = ["care_unit", "volunteer"] as const;
export type FeedbackAuthor = (typeof FEEDBACK_AUTHORS)[number];
export const REMINDER_KINDS = ["offer_deadline", "assignment_tomorrow", "feedback_request"] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];
/** The languages the app itself speaks (a user's choice), not the languages a volunteer meets people in. */
export const LOCALES = ["sv", "en"] as const;
export type Locale = (typeof LOCALES)[number];

export const LANGUAGES = ["sv", "en", "ar", "fa", "fi", "so", "ti", "bs", "pl", "es", "de", "sgn"] as const;
export type Language = (typeof LANGUAGES)[number];

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** "13:30" ↔ 810 minutes after midnight; "24:00" is allowed as the end of a day. */
export function parseClock(value: string): number | null {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(value.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes !== 0)) return null;
  return hours * 60 + minutes;
}

export function formatClock(minute: number): string {
  const h = Math.floor(minute / 60);
  const m = minute % 60;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}

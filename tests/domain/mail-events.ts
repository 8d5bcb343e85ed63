// One example of every e-mail event, for the template snapshots and for tests that need a message to send.
import type { CalendarEntry, MailCalendar } from "~/domain/mail/handoff-mail";
import type { MailEvent } from "~/domain/mail/templates";
import { compensationFor } from "~/domain/offer-rules";

const START = "2026-03-10T09:00:00.000Z";
const REPLY_BY = "2026-03-05T12:00:00.000Z";
const PLACE = { isDigital: false, municipality: "Tranås", address: "Storgatan 1" };

const entry: CalendarEntry = {
  id: 7,
  starts_at: START,
  ends_at: "2026-03-10T10:30:00.000Z",
  status: "booked",
  sequence: 0,
  title: "Lärcafé på vårdcentralen",
  is_digital: 0,
  address: "Storgatan 1",
  municipality: "Tranås",
  care_unit: "Vårdcentralen Tranås",
  updated_at: "2026-03-02T08:00:00.000Z",
};
const request: MailCalendar = { method: "REQUEST", entry };
const cancel: MailCalendar = { method: "CANCEL", entry: { ...entry, status: "cancelled", sequence: 1 } };

export function offerMadeEvent(overrides: Partial<Extract<MailEvent, { kind: "offer_made" }>> = {}): MailEvent {
  return {
    kind: "offer_made",
    title: "Lärcafé på vårdcentralen",
    unitKind: "primary_care",
    place: PLACE,
    startsAt: START,
    minutes: 90,
    role: "peer",
    compensation: compensationFor("peer", 90),
    replyBy: REPLY_BY,
    ...overrides,
  };
}

const title = "Lärcafé på vårdcentralen";
const ids = { assignmentId: 7, requestId: 3 };

/** Every kind, and each audience a kind has, by a name for the snapshot. */
export const EVERY_EVENT: Record<string, MailEvent> = {
  self_help_interest: { kind: "self_help_interest", theme: "Ensamhet", place: "Eksjö", token: "t".repeat(43) },
  self_help_interest_digital: { kind: "self_help_interest", theme: "Utmattning", place: null, token: "d".repeat(43) },
  self_help_group_invite: { kind: "self_help_group_invite", theme: "Ensamhet", place: "Jönköping", firstMeetingAt: "2026-12-15T17:00:00.000Z", token: "g".repeat(43) },
  survey_invite: { kind: "survey_invite", theme: "Ensamhet", token: "s".repeat(43) },
  request_received: {
    kind: "request_received",
    title,
    requestId: 3,
    role: "book",
    format: "lecture",
    place: PLACE,
    slots: [
      { startsAt: START, endsAt: "2026-03-10T10:30:00.000Z" },
      { startsAt: "2026-03-12T13:00:00.000Z", endsAt: "2026-03-12T14:30:00.000Z" },
    ],
  },
  offer_made: offerMadeEvent(),
  offer_made_digital_book: offerMadeEvent({ place: { isDigital: true, municipality: null, address: null }, role: "book", compensation: compensationFor("book", 60), minutes: 60 }),
  booking_confirmed_volunteer: {
    kind: "booking_confirmed",
    audience: "volunteer",
    title,
    unitName: "Vårdcentralen Tranås",
    place: PLACE,
    startsAt: START,
    minutes: 90,
    contactName: "Karin Kontakt",
    contactPhone: "070-123 45 67",
    format: "lecture",
    audienceKind: "staff",
    audienceSize: 20,
    assignmentId: 7,
    calendar: request,
  },
  booking_confirmed_unit: {
    kind: "booking_confirmed",
    audience: "unit",
    title,
    startsAt: START,
    minutes: 90,
    firstName: "Camilla",
    role: "book",
    cardTitle: "Att leva med bipolär sjukdom",
    presentation: "Jag berättar om åren före diagnosen och om vad som hjälpte.",
    wished: false,
    requestId: 3,
    calendar: request,
  },
  offer_taken: { kind: "offer_taken", title, startsAt: START },
  offer_withdrawn: { kind: "offer_withdrawn", title, startsAt: START },
  cant_come_confirmed: { kind: "cant_come_confirmed", title, startsAt: START, reason: "Jag är sjuk", assignmentId: 7, calendar: cancel },
  cant_come_confirmed_no_calendar: { kind: "cant_come_confirmed", title, startsAt: START, reason: "Jag är sjuk", assignmentId: 7 },
  request_withdrawn: { kind: "request_cancelled", title, startsAt: START, how: "withdrawn", reason: null },
  request_cancelled_booked: { kind: "request_cancelled", title, startsAt: START, how: "cancelled", reason: "Personalmötet är flyttat", calendar: cancel },
  unit_cancelled: { kind: "unit_cancelled", title, startsAt: START, reason: "Personalmötet är flyttat", requestId: 3 },
  offer_accepted_coordinator: { kind: "offer_accepted", audience: "coordinator", title, startsAt: START, requestId: 3 },
  offer_declined: { kind: "offer_declined", title, startsAt: START, requestId: 3 },
  offer_expired: { kind: "offer_expired", title, startsAt: START, requestId: 3 },
  assignment_changed_volunteer: { kind: "assignment_changed", audience: "volunteer", title, startsAt: START, status: "completed", ...ids },
  assignment_cancelled_unit: { kind: "assignment_changed", audience: "unit", title, startsAt: START, status: "cancelled", ...ids, calendar: cancel },
  invite: { kind: "invite", name: "Ny Användare", token: "abcdefghijklmnopqrstuv", expiresAt: "2026-03-05T08:00:00.000Z" },
  password_reset: { kind: "password_reset", name: "Ny Användare", token: "abcdefghijklmnopqrstuv", expiresAt: "2026-03-02T09:00:00.000Z" },
  offer_deadline: { kind: "offer_deadline", title, startsAt: START, replyBy: REPLY_BY },
  assignment_tomorrow_volunteer: { kind: "assignment_tomorrow", audience: "volunteer", title, startsAt: START, ...ids },
  assignment_tomorrow_unit: { kind: "assignment_tomorrow", audience: "unit", title, startsAt: START, ...ids },
  feedback_request_volunteer: { kind: "feedback_request", audience: "volunteer", title, ...ids },
  feedback_request_unit: { kind: "feedback_request", audience: "unit", title, ...ids },
  cascade_exhausted: { kind: "cascade_exhausted", title, requestId: 3 },
  cant_come_unit: { kind: "cant_come", audience: "unit", title, startsAt: START, reason: "Jag är sjuk", ...ids },
  cant_come_coordinator: { kind: "cant_come", audience: "coordinator", title, startsAt: START, reason: "Jag är sjuk", ...ids },
  cant_come_volunteer: { kind: "cant_come", audience: "volunteer", title, startsAt: START, reason: "Pausad", ...ids },
  open_call_digest: {
    kind: "open_call_digest",
    requests: [
      { title, startsAt: START, municipality: "Tranås", isDigital: false },
      { title: "Samtal med studenter", startsAt: "2026-03-12T13:00:00.000Z", municipality: "Jönköping", isDigital: true },
    ],
  },
  open_call_digest_one: { kind: "open_call_digest", requests: [{ title, startsAt: START, municipality: "Tranås", isDigital: false }] },
};

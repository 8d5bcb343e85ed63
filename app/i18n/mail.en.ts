// English twins of mail.ts: the hand-off e-mails.
import type { sv } from "./mail";

export const en: Record<keyof typeof sv, string> = {
  "mail.place.digital": "Online – the care unit sends the link",
  "mail.place.unknown": "The care unit will tell you where",
  "mail.whenFor": "Time: {when} ({duration})",
  "mail.detail.wants": "You asked for: {role}",
  "mail.detail.format": "Format: {format}",
  "mail.detail.place": "Place: {place}",
  "mail.detail.proposed": "Proposed time: {when}",
  "mail.detail.unitKind": "Organisation: {kind}",
  "mail.detail.length": "Length: {duration}",
  "mail.detail.role": "You are asked as: {role}",
  "mail.detail.pay": "Compensation: {pay}",
  "mail.detail.unit": "Care unit: {unit}",
  "mail.detail.contact": "Contact person: {name}, phone {phone}",
  "mail.detail.audience": "Prepare: {format} for {audience}, about {size} people",
  "mail.detail.coming": "Who is coming: {name}",
  "mail.detail.card": "Catalogue card: {card} ({role})",
  "mail.detail.presentation": "Presentation: {presentation}",
  "mail.detail.wished": "This is the person you asked for.",
  "mail.detail.notWished": "This is not the person you asked for: the coordinator chose someone else with fitting experience.",
  "mail.detail.reason": "Reason: {reason}",

  "mail.request_received.subject": "We have received your request: {title}",
  "mail.request_received.body": "Thank you! We have received your request {title}.",
  "mail.request_received.next":
    "What happens next: a coordinator finds a person who fits and sends them an offer. When someone accepts, you get an e-mail saying who is coming and which of the times applies.",
  "mail.offer_made.next": "If you do not answer in time, the offer goes to someone else.",
  "mail.booking_confirmed.subject": "Booked: {title}",
  "mail.booking_confirmed.volunteer": "You are booked for {title}. Thank you for taking part!",
  "mail.booking_confirmed.volunteerNext":
    "The calendar file in this e-mail adds the time to your calendar. Read the care unit's purpose on the assignment page and bring what you usually use when you tell your story. Can't come? Say so in Levande as soon as you can.",
  "mail.booking_confirmed.unit": "Your request {title} is booked.",
  "mail.booking_confirmed.unitNext":
    "The calendar file in this e-mail adds the time to your calendar. If you need to cancel, do it in Levande and the person is told at once.",
  "mail.offer_taken.subject": "The time went to someone else: {title}",
  "mail.offer_taken.body": "The time for {title} went to someone else who accepted first. The offer no longer applies.",
  "mail.offer_taken.next": "You do not need to do anything. Thank you for being there – we will be in touch when the next request fits you.",
  "mail.request_cancelled.withdrawn": "The care unit has withdrawn the request {title}, so the offer no longer applies.",
  "mail.request_cancelled.cancelled": "The care unit has cancelled {title}, which you were booked for.",
  "mail.request_cancelled.next": "You do not need to do anything.",
  "mail.request_cancelled.nextCalendar": "You do not need to do anything. The calendar file in this e-mail removes the time from your calendar.",
  "mail.unit_cancelled.subject": "Cancelled by the care unit: {title}",
  "mail.unit_cancelled.body": "The care unit has cancelled {title}, which was booked. The person who was coming has been told.",
  "mail.unit_cancelled.next": "The request is closed. You do not need to do anything, but you may want to contact the person.",
  "mail.calendarCancel": "The calendar file in this e-mail removes the time from the calendar.",
};

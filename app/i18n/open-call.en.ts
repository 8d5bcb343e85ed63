// English twins of open-call.ts: the open call.
import type { sv } from "./open-call";

export const en: Record<keyof typeof sv, string> = {
  "nav.openRequests": "Open requests",
  "matching.reason.raisedHand": "Raised a hand",

  "openCall.title": "Open requests",
  "openCall.lead":
    "Requests from care units that fit your roles, your experience, where you can be and when you are free. Say “I can” for a time and the coordinator sees that you want to. You get an offer if the coordinator chooses you.",
  "openCall.empty": "No open request fits you right now. New requests show up here as they come in.",
  "openCall.emptyHint": "More requests fit you when your availability has current times.",
  "openCall.availabilityLink": "Go to your availability",
  "openCall.role": "You are needed as",
  "openCall.format": "Format",
  "openCall.where": "Where",
  "openCall.whereValue": "{kind} in {municipality}",
  "openCall.whereDigital": "Online ({kind} in {municipality})",
  "openCall.length": "Length",
  "openCall.chooseTime": "Which time can you do?",
  "openCall.raise": "I can",
  "openCall.raiseFor": "I can {slot}",
  "openCall.forSlot": "for {slot}",
  "openCall.raisedBadge": "You raised your hand",
  "openCall.lower": "Take my hand back",
  "openCall.change": "Change to another time",
  "openCall.notice.raised": "Thank you! The coordinator now sees that you can.",
  "openCall.notice.lowered": "You have taken your hand back.",
  "openCall.errors.invalid": "Choose one of the times and try again.",
  "openCall.errors.notOpen": "The request is no longer open, so you cannot raise your hand for it.",
  "openCall.errors.notFit": "The request no longer fits your profile or your availability, so you cannot raise your hand for it.",
  "openCall.errors.slotNotFree": "You are no longer free at that time. Choose another time.",
  "openCall.errors.notRaised": "You had not raised your hand for that request.",
  "openCall.home.link": "See open requests that fit you",

  "openCall.desk.badge": "Raised a hand",

  "openCall.digest.heading": "Weekly e-mail about open requests",
  "openCall.digest.label": "E-mail me once a week about new requests that fit me",
  "openCall.digest.save": "Save the choice",
  "openCall.digest.saved": "Your choice about the weekly e-mail is saved.",

  "mail.open_call_digest.subject": "New requests that fit you",
  "mail.open_call_digest.one": "One new request from a care unit fits you:",
  "mail.open_call_digest.many": "{count} new requests from care units fit you:",
  "mail.open_call_digest.line": "{title} – {when} – {place}",
  "mail.open_call_digest.digital": "online",
  "mail.open_call_digest.next":
    "Say “I can” on the Open requests page and the coordinator sees that you want to. If you do not want the weekly e-mail, you can turn it off on your profile page.",
  "mail.open_call_digest.link": "See open requests",
} as const;

// English for calendar.ts: the same keys as its sv, checked by the type.
import type { sv } from "./calendar";

export const en: Record<keyof typeof sv, string> = {
  "calendar.nav": "Calendar",
  "calendar.title": "My calendar",
  "calendar.lead":
    "With a calendar link your assignments show up in the calendar you already use – Outlook, Google Calendar or the iPhone calendar. Your calendar fetches changes by itself and also shows when an assignment is cancelled. How often depends on the app – from about once an hour to once a day.",
  "calendar.howTitle": "How to add the link",
  "calendar.howOutlook": "Outlook: choose Add calendar, then Subscribe from web, and paste the link.",
  "calendar.howGoogle": "Google Calendar (on a computer): choose Other calendars, then +, From URL, and paste the link.",
  "calendar.howIphone":
    "iPhone: open Settings, then Calendar, Accounts, Add Account, Other, Add Subscribed Calendar, and paste the link.",
  "calendar.privacy":
    "The link works like a password: whoever has it sees the time, place and title of your assignments. Do not share it. The calendar shows nothing about your own experience.",
  "calendar.linkTitle": "Your calendar link",
  "calendar.statusActive":
    "You have an active calendar link. We do not keep it in plain text and so cannot show it again – create a new one if you have lost it.",
  "calendar.statusNone": "You have no active calendar link.",
  "calendar.create": "Create link",
  "calendar.recreate": "Create a new link",
  "calendar.recreateWarning": "The old link stops working at once. Calendars subscribed to it need the new link.",
  "calendar.createdTitle": "Your new calendar link",
  "calendar.createdLead": "Copy the link now and add it to your calendar. It is shown only this once.",
  "calendar.link": "Calendar link",
  "calendar.linkHint": "Select the whole link and copy it.",
  "calendar.copy": "Copy",
  "calendar.copied": "The link has been copied.",
  "calendar.copyFailed": "Copying did not work. Select the link and copy it yourself.",
  "calendar.revoke": "Turn the link off",
  "calendar.revokeConfirm":
    "Calendars subscribed to the link stop updating at once. You can create a new link whenever you like.",
  "calendar.revokeSubmit": "Yes, turn the link off",
  "calendar.revoked": "The calendar link has been turned off.",
  "calendar.invalidIntent": "Something went wrong. Please try again.",
  "calendar.feed.personalName": "Levande – my assignments",
  "calendar.feed.unitName": "Levande – {unit}",
  "calendar.feed.summary": "Levande library: {title}",
  "calendar.feed.cancelledSummary": "CANCELLED – Levande library: {title}",
  "calendar.feed.digital": "Online",
  "calendar.feed.careUnit": "Care unit: {unit}",
  "calendar.feed.notFound": "The calendar link does not exist or has been turned off.",
};

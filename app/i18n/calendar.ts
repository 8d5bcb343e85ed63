// Messages for the volunteer's calendar pages, Swedish first; en must have exactly the same keys.
export const sv = {
  "calendar.nav": "Kalender",
  "calendar.title": "Min kalender",
  "calendar.lead":
    "Med en kalenderlänk syns dina uppdrag i kalendern du redan använder – Outlook, Google Kalender eller kalendern i iPhone. Kalendern hämtar ändringar själv och visar också när ett uppdrag ställs in. Hur ofta beror på programmet – från ungefär en gång i timmen till en gång om dygnet.",
  "calendar.howTitle": "Så lägger du in länken",
  "calendar.howOutlook": "Outlook: välj Lägg till kalender, sedan Prenumerera från webben, och klistra in länken.",
  "calendar.howGoogle": "Google Kalender (på en dator): välj Andra kalendrar, sedan +, Från webbadress, och klistra in länken.",
  "calendar.howIphone":
    "iPhone: öppna Inställningar, sedan Kalender, Konton, Lägg till konto, Annat, Lägg till prenumererad kalender, och klistra in länken.",
  "calendar.privacy":
    "Länken fungerar som ett lösenord: den som har den ser tid, plats och rubrik för dina uppdrag. Dela den inte. Kalendern visar ingenting om din egen erfarenhet.",
  "calendar.linkTitle": "Din kalenderlänk",
  "calendar.statusActive":
    "Du har en aktiv kalenderlänk. Vi sparar den inte i klartext och kan därför inte visa den igen – skapa en ny om du har tappat bort den.",
  "calendar.statusNone": "Du har ingen aktiv kalenderlänk.",
  "calendar.create": "Skapa länk",
  "calendar.recreate": "Skapa ny länk",
  "calendar.recreateWarning": "Den gamla länken slutar fungera direkt. Kalendrar som prenumererar på den behöver den nya länken.",
  "calendar.createdTitle": "Din nya kalenderlänk",
  "calendar.createdLead": "Kopiera länken nu och lägg in den i din kalender. Den visas bara den här gången.",
  "calendar.link": "Kalenderlänk",
  "calendar.linkHint": "Markera hela länken och kopiera den.",
  "calendar.copy": "Kopiera",
  "calendar.copied": "Länken är kopierad.",
  "calendar.copyFailed": "Det gick inte att kopiera. Markera länken och kopiera den själv.",
  "calendar.revoke": "Stäng av länken",
  "calendar.revokeConfirm":
    "Kalendrar som prenumererar på länken slutar uppdateras direkt. Du kan skapa en ny länk när du vill.",
  "calendar.revokeSubmit": "Ja, stäng av länken",
  "calendar.revoked": "Kalenderlänken är avstängd.",
  "calendar.invalidIntent": "Något gick fel. Försök igen.",
  "calendar.feed.personalName": "Levande – mina uppdrag",
  "calendar.feed.unitName": "Levande – {unit}",
  "calendar.feed.summary": "Levande bibliotek: {title}",
  "calendar.feed.cancelledSummary": "INSTÄLLT – Levande bibliotek: {title}",
  "calendar.feed.digital": "Digitalt",
  "calendar.feed.careUnit": "Vårdenhet: {unit}",
  "calendar.feed.notFound": "Kalenderlänken finns inte eller har stängts av.",
} as const;

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

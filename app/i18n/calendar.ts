// Messages for the volunteer's calendar pages; the English is in calendar.en.ts, with the same keys.
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

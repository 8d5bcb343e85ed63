// Messages for the open call (issue K): the volunteer's open requests and raised hands, the desk's badge, the weekly digest; English in open-call.en.ts.
export const sv = {
  "nav.openRequests": "Öppna förfrågningar",
  "matching.reason.raisedHand": "Anmälde intresse",

  "openCall.title": "Öppna förfrågningar",
  "openCall.lead":
    "Förfrågningar från vårdenheter som passar dina roller, dina erfarenheter, var du kan vara och när du är ledig. Säg ”Jag kan” för en tid så ser samordnaren att du vill. Du får ett erbjudande om samordnaren väljer dig.",
  "openCall.empty": "Just nu finns ingen öppen förfrågan som passar dig. Nya förfrågningar dyker upp här när de kommer in.",
  "openCall.emptyHint": "Fler förfrågningar passar dig om du har aktuella tider i din tillgänglighet.",
  "openCall.availabilityLink": "Gå till din tillgänglighet",
  "openCall.role": "Du behövs som",
  "openCall.format": "Form",
  "openCall.where": "Var",
  "openCall.whereValue": "{kind} i {municipality}",
  "openCall.whereDigital": "Digitalt ({kind} i {municipality})",
  "openCall.length": "Längd",
  "openCall.chooseTime": "Vilken tid kan du?",
  "openCall.raise": "Jag kan",
  "openCall.raiseFor": "Jag kan {slot}",
  "openCall.forSlot": "för {slot}",
  "openCall.raisedBadge": "Du har anmält intresse",
  "openCall.lower": "Ta tillbaka min intresseanmälan",
  "openCall.change": "Byt till en annan tid",
  "openCall.notice.raised": "Tack! Samordnaren ser nu att du kan.",
  "openCall.notice.lowered": "Du har tagit tillbaka din intresseanmälan.",
  "openCall.errors.invalid": "Välj en av tiderna och försök igen.",
  "openCall.errors.notOpen": "Förfrågan är inte längre öppen, så du kan inte anmäla intresse för den.",
  "openCall.errors.notFit": "Förfrågan passar inte längre din profil eller din tillgänglighet, så du kan inte anmäla intresse för den.",
  "openCall.errors.slotNotFree": "Du är inte ledig den tiden längre. Välj en annan tid.",
  "openCall.errors.notRaised": "Du hade ingen intresseanmälan för den förfrågan.",
  "openCall.home.link": "Se öppna förfrågningar som passar dig",

  "openCall.desk.badge": "Anmälde intresse",

  "openCall.digest.heading": "Veckobrev om öppna förfrågningar",
  "openCall.digest.label": "Mejla mig en gång i veckan om nya förfrågningar som passar mig",
  "openCall.digest.save": "Spara valet",
  "openCall.digest.saved": "Ditt val om veckobrevet är sparat.",

  "mail.open_call_digest.subject": "Nya förfrågningar som passar dig",
  "mail.open_call_digest.one": "En ny förfrågan från en vårdenhet passar dig:",
  "mail.open_call_digest.many": "{count} nya förfrågningar från vårdenheter passar dig:",
  "mail.open_call_digest.line": "{title} – {when} – {place}",
  "mail.open_call_digest.digital": "digitalt",
  "mail.open_call_digest.next":
    "Säg ”Jag kan” på sidan Öppna förfrågningar så ser samordnaren att du vill. Vill du inte få veckobrevet kan du stänga av det på din profilsida.",
  "mail.open_call_digest.link": "Se öppna förfrågningar",
} as const;

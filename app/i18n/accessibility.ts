// The accessibility statement (tillgänglighetsredogörelse) after DIGG's model; the English is in accessibility.en.ts.
export const sv = {
  "a11y.title": "Tillgänglighetsredogörelse",
  "a11y.intro":
    "{region} står bakom Levande bibliotek. Vi vill att så många som möjligt ska kunna använda tjänsten. Här beskriver vi hur tjänsten uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, vilka kända brister den har och hur du kan rapportera brister till oss så att vi kan åtgärda dem.",
  "a11y.regionUnnamed": "Regionen",
  "a11y.statusHeading": "Hur tillgänglig är tjänsten?",
  "a11y.status": "Vi vet att delar av tjänsten inte är helt tillgängliga. Bristerna står nedan under ”Innehåll som inte är tillgängligt”.",
  "a11y.helpHeading": "Vad kan du göra om du inte kan använda delar av tjänsten?",
  "a11y.help": "Om du behöver innehåll från tjänsten i ett annat format, eller hjälp att boka eller svara på ett erbjudande, kan du kontakta samordnarna på e-post:",
  "a11y.reportHeading": "Rapportera brister i tjänstens tillgänglighet",
  "a11y.report": "Vi strävar hela tiden efter att förbättra tjänstens tillgänglighet. Om du upptäcker problem som inte beskrivs på den här sidan, eller om du anser att vi inte uppfyller lagens krav, meddela oss så att vi får veta att problemet finns.",
  "a11y.reportLink": "Mejla {address} om en brist",
  "a11y.reportSubject": "Brist i tillgängligheten i Levande bibliotek",
  "a11y.answer": "Vi svarar inom fem arbetsdagar.",
  "a11y.supervisionHeading": "Tillsyn",
  "a11y.supervision":
    "Myndigheten för digital förvaltning (Digg) har ansvaret för tillsyn över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta Digg och påtala det.",
  "a11y.supervisionLink": "Anmäl bristande tillgänglighet till Digg",
  "a11y.technicalHeading": "Teknisk information om tjänstens tillgänglighet",
  "a11y.technical": "Tjänsten är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan.",
  "a11y.knownHeading": "Innehåll som inte är tillgängligt",
  "a11y.known.reflow":
    "På en smal mobilskärm (375 pixlar) behöver man på några sidor scrolla i sidled: samordnarens plan, enhetens lista över förfrågningar och tabellerna på måltavlan (WCAG 2.1, 1.4.10 Anpassning till skärmstorlek).",
  "a11y.known.charts": "Texten i diagrammen på samordnarens måltavla blir mycket liten på smal skärm. Samma siffror finns i tabellerna under diagrammen (WCAG 2.1, 1.4.4 Ändra textstorlek).",
  "a11y.known.labels":
    "I formulären för veckotider och undantag på volontärens sida ”Min tillgänglighet” har tidsfälten samma id, så att en skärmläsare kan läsa upp fel etikett för fältet (WCAG 2.1, 1.3.1 Information och relationer och 4.1.1 Parsning).",
  "a11y.known.swedishOnly": "Titlar och presentationer som volontärerna och vårdenheterna skriver själva finns bara på svenska, även i den engelska versionen av tjänsten.",
  "a11y.methodHeading": "Hur vi testat tjänsten",
  "a11y.method":
    "Vi har själva bedömt tjänsten (intern testning). Varje sida som webbläsartesterna besöker kontrolleras automatiskt med axe-core vid 375 pixlars bredd och med W3C:s Nu HTML Checker. Vi har också gått igenom sidorna med enbart tangentbord. Tjänsten har ännu inte testats med skärmläsare av någon som använder skärmläsare till vardags.",
  "a11y.assessed": "Den senaste bedömningen gjordes den 6 december 2026.",
  "a11y.updated": "Redogörelsen uppdaterades senast den 6 december 2026.",
} as const;

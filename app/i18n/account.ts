// Messages for one's own account: forgotten and changed passwords, the password policy's advice and the reset e-mail; the English is in account.en.ts, with the same keys.
export const sv = {
  "nav.changePassword": "Byt lösenord",
  "login.forgot": "Glömt lösenord?",

  "forgot.title": "Glömt lösenord",
  "forgot.lead": "Skriv e-postadressen du loggar in med. Vi skickar en länk där du kan välja ett nytt lösenord. Länken gäller i en timme.",
  "forgot.email": "E-postadress",
  "forgot.submit": "Skicka länk",
  "forgot.sent":
    "Om adressen finns hos oss har vi skickat en länk till den. Länken gäller i en timme. Kommer inget mejl inom några minuter, titta i skräpposten eller kontrollera att adressen stämmer.",
  "forgot.throttled": "För många förfrågningar från din uppkoppling. Vänta {minutes} minuter och försök igen.",
  "forgot.back": "Tillbaka till inloggningen",

  "reset.title": "Välj nytt lösenord",
  "reset.lead": "Välj ett nytt lösenord för {email}. När du sparar loggas du ut överallt där du är inloggad, och loggas in här.",
  "reset.submit": "Spara lösenord och logga in",
  "reset.invalidTitle": "Länken fungerar inte",
  "reset.invalid": "Länken är ogiltig, redan använd eller har gått ut. Den gäller i en timme och kan bara användas en gång.",
  "reset.again": "Be om en ny länk",

  "account.password.title": "Byt lösenord",
  "account.password.lead": "När du byter lösenord loggas du ut på alla andra enheter. Här fortsätter du vara inloggad.",
  "account.password.current": "Nuvarande lösenord",
  "account.password.wrongCurrent": "Fel lösenord. Skriv lösenordet du loggar in med i dag.",
  "account.password.throttled": "För många felaktiga lösenord. Vänta {minutes} minuter och försök igen.",
  "account.password.submit": "Byt lösenord",

  "notice.passwordReset": "Ditt nya lösenord är sparat och du är inloggad. Alla andra inloggningar har avslutats.",
  "notice.passwordChanged": "Ditt lösenord är bytt. Du har loggats ut på alla andra enheter.",

  "password.new": "Nytt lösenord",
  "password.confirmNew": "Upprepa det nya lösenordet",
  "password.hint": "Minst {min} tecken. En fras med tre–fyra ord som inte hör ihop är lätt att minnas och svår att gissa. Siffror och specialtecken behövs inte.",
  "password.sameAsCurrent": "Det nya lösenordet måste vara ett annat än det nuvarande.",
  "password.weak": "Lösenordet är för lätt att gissa. Använd en längre fras med flera ovanliga ord, t.ex. tre–fyra ord som inte hör ihop.",
  "password.weakPersonal":
    "Lösenordet är för lätt att gissa: det innehåller ditt namn, din e-postadress eller tjänstens namn. Använd en längre fras med flera ovanliga ord, t.ex. tre–fyra ord som inte hör ihop.",
  "password.weakCommon":
    "Lösenordet är för lätt att gissa: det är, eller liknar, ett av de vanligaste lösenorden. Använd en längre fras med flera ovanliga ord, t.ex. tre–fyra ord som inte hör ihop.",
  "password.weakPattern":
    "Lösenordet är för lätt att gissa: det är ett mönster, som en tangentrad, upprepade tecken eller en följd som abcd eller 1234. Använd en längre fras med flera ovanliga ord, t.ex. tre–fyra ord som inte hör ihop.",
  "password.weakDate":
    "Lösenordet är för lätt att gissa: årtal och datum prövas tidigt. Använd en längre fras med flera ovanliga ord, t.ex. tre–fyra ord som inte hör ihop.",
  "password.weakWords":
    "Lösenordet är för lätt att gissa: ett enstaka ord eller namn prövas tidigt. Lägg till fler ord, t.ex. tre–fyra ord som inte hör ihop.",

  "mail.password_reset.subject": "Välj ett nytt lösenord i Levande bibliotek",
  "mail.password_reset.body": "Någon, förhoppningsvis du, har bett om att få välja ett nytt lösenord för ditt konto. Länken går att använda en gång, senast {expires}.",
  "mail.password_reset.ignore": "Har du inte bett om det kan du bortse från meddelandet. Ditt lösenord är oförändrat.",
  "mail.password_reset.link": "Välj nytt lösenord",
};

// Messages for signing in with SITHS/e-tjänstekort through the region's identity provider; the English is in oidc.en.ts, with the same keys.
export const sv = {
  "oidc.or": "Har du SITHS-kort eller e-tjänstekort? Logga in med det i stället för lösenord.",
  "oidc.button": "Logga in med SITHS/e-tjänstekort",
  "oidc.unknown": "Det finns inget konto för e-postadressen {email}. Be en samordnare om en inbjudan.",
  "oidc.disabled": "Kontot för {email} är avstängt. Kontakta en samordnare om du behöver det igen.",
  "oidc.noEmail": "Inloggningstjänsten skickade ingen bekräftad e-postadress, så vi kan inte se vilket konto du har. Logga in med e-post och lösenord, eller kontakta en samordnare.",
  "oidc.failed": "Inloggningen med SITHS/e-tjänstekort gick inte att slutföra. Försök igen, eller logga in med e-post och lösenord.",
  "oidc.unavailable": "Inloggningstjänsten svarar inte just nu. Försök igen om en stund, eller logga in med e-post och lösenord.",
};

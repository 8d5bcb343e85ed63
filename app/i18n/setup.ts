// Messages for the "not set up yet" page an empty installation shows; the English is in setup.en.ts, with the same keys.
export const sv = {
  "setup.title": "Levande är inte konfigurerat än",
  "setup.lead": "Den här installationen av Levande har ännu ingen region och inga användare, så det går inte att logga in.",
  "setup.visitor": "Ska du använda Levande? Du får en inbjudan via e-post när regionens samordnare har lagt upp ditt konto.",
  "setup.operatorHeading": "För den som driftar Levande",
  "setup.operator": "Kör stegen i avsnittet ”First-time setup for a region” i {guide}, i den här ordningen, på servern:",
  "setup.after": "Den första samordnaren får en inbjudningslänk och loggar in med den. Den här sidan försvinner så snart det finns en samordnare.",
};

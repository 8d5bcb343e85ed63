// Swedish public holidays and the de facto days off (midsummer, Christmas and New Year's Eve), from the maintained
// date-holidays library rather than a hand-kept list: Easter, Ascension and midsummer move every year.
import Holidays from "date-holidays";

export interface DayOff {
  date: string;
  name: string;
}

// "public": red days by law; "bank": the eves Swedish workplaces close (midsommarafton, julafton, nyårsafton).
const DAY_OFF_TYPES = new Set(["public", "bank"]);
const calendars = new Map<string, Holidays>();
const years = new Map<string, Map<string, string>>();

function calendar(language: "sv" | "en"): Holidays {
  let made = calendars.get(language);
  if (!made) calendars.set(language, (made = new Holidays("SE", { languages: [language], timezone: "Europe/Stockholm" })));
  return made;
}

/** The days off of one year by local date, in the given language; each year is worked out once. */
function daysOffIn(year: number, language: "sv" | "en"): Map<string, string> {
  const key = `${year}:${language}`;
  let days = years.get(key);
  if (!days) {
    days = new Map();
    for (const h of calendar(language).getHolidays(year)) {
      if (DAY_OFF_TYPES.has(h.type)) days.set(h.date.slice(0, 10), h.name.charAt(0).toUpperCase() + h.name.slice(1));
    }
    years.set(key, days);
  }
  return days;
}

/** The name of the day off on a local date "YYYY-MM-DD" ("Midsommarafton"), or null on an ordinary day. */
export function dayOffName(date: string, language: "sv" | "en" = "sv"): string | null {
  return daysOffIn(Number(date.slice(0, 4)), language).get(date) ?? null;
}

export function isDayOff(date: string): boolean {
  return dayOffName(date) !== null;
}

/** The days off between two local dates, both included, in date order. */
export function daysOffBetween(from: string, to: string, language: "sv" | "en" = "sv"): DayOff[] {
  const found: DayOff[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const [date, name] of daysOffIn(year, language)) if (date >= from && date <= to) found.push({ date, name });
  }
  return found.sort((a, b) => a.date.localeCompare(b.date));
}

// When an occurrence of a meeting place's activity happens, in Stockholm time: "torsdag 10 december 18:00–20:00".
import { instantToLocal } from "~/domain/stockholm-time";
import { formatClock, type Locale } from "~/domain/vocabulary";
import { useLocale, useT } from "~/i18n";
import "~/i18n/plan-parts";

/** A heading's first letter in upper case ("Lördag 12 december"). */
export const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const dayFormats = new Map<Locale, Intl.DateTimeFormat>();

/** A local date (YYYY-MM-DD) with its weekday, read at noon UTC so no zone moves it to another day. */
export function formatLocalDay(date: string, locale: Locale): string {
  let format = dayFormats.get(locale);
  if (!format) dayFormats.set(locale, (format = new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", { timeZone: "UTC", weekday: "long", day: "numeric", month: "long" })));
  return format.format(new Date(`${date}T12:00:00Z`));
}

/** The local clock times an occurrence starts and ends. */
function clockOf(o: { startsAt: string; endsAt: string }) {
  return { start: formatClock(instantToLocal(new Date(o.startsAt)).minute), end: formatClock(instantToLocal(new Date(o.endsAt)).minute) };
}

/** "18:00–20:00" for an occurrence's instants. */
export function useOccurrenceTime() {
  const t = useT();
  return (o: { startsAt: string; endsAt: string }) => t("meetingPlaces.time", clockOf(o));
}

/** "torsdag 10 december 18:00–20:00". */
export function useOccurrenceWhen() {
  const t = useT();
  const locale = useLocale();
  return (o: { date: string; startsAt: string; endsAt: string }) => t("meetingPlaces.shifts.when", { date: formatLocalDay(o.date, locale), ...clockOf(o) });
}

// Dates and times shown in Europe/Stockholm, whatever the server's or browser's TZ.
import type { Locale } from "~/i18n";

const TIME_ZONE = "Europe/Stockholm";

function intlLocale(locale: Locale) {
  return locale === "sv" ? "sv-SE" : "en-GB";
}

export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { timeZone: TIME_ZONE, dateStyle: "medium" }).format(new Date(iso));
}

export function formatDateTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { timeZone: TIME_ZONE, dateStyle: "medium", timeStyle: "short" }).format(
    new Date(iso),
  );
}

/** A share 0–1 as a whole percentage: "68 %" in Swedish, "68%" in English. */
export function formatPercent(share: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), { style: "percent", maximumFractionDigits: 0 }).format(share);
}

/** A change as a signed percentage: "+10 %", "−5 %", "0 %". */
export function formatChange(change: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), { style: "percent", maximumFractionDigits: 0, signDisplay: "exceptZero" }).format(change);
}

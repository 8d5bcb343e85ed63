// Dates, times and shares shown in Europe/Stockholm, whatever the server's or browser's TZ; each formatter made once.
import { instantToLocal } from "./stockholm-time";
import type { Locale } from "./vocabulary";

const TIME_ZONE = "Europe/Stockholm";

function intlLocale(locale: Locale) {
  return locale === "sv" ? "sv-SE" : "en-GB";
}

/** One formatter per locale and kind: creating an Intl formatter costs far more than using one. */
function perLocale<F>(make: (intl: string) => F): (locale: Locale) => F {
  const made = new Map<Locale, F>();
  return (locale) => {
    let formatter = made.get(locale);
    if (!formatter) made.set(locale, (formatter = make(intlLocale(locale))));
    return formatter;
  };
}

const dates = perLocale((intl) => new Intl.DateTimeFormat(intl, { timeZone: TIME_ZONE, dateStyle: "medium" }));
const dateTimes = perLocale((intl) => new Intl.DateTimeFormat(intl, { timeZone: TIME_ZONE, dateStyle: "medium", timeStyle: "short" }));
const percents = perLocale((intl) => new Intl.NumberFormat(intl, { style: "percent", maximumFractionDigits: 0 }));
const decimals = perLocale((intl) => new Intl.NumberFormat(intl, { maximumFractionDigits: 1 }));
const changes = perLocale((intl) => new Intl.NumberFormat(intl, { style: "percent", maximumFractionDigits: 0, signDisplay: "exceptZero" }));

export function formatDate(iso: string, locale: Locale): string {
  return dates(locale).format(new Date(iso));
}

export function formatDateTime(iso: string, locale: Locale): string {
  return dateTimes(locale).format(new Date(iso));
}

/**
 * A deadline: one at local midnight is the end of the day before, so "by 28 Nov" shows as 28 Nov 23:59 rather
 * than 29 Nov 00:00, which reads as if the 29th were still open.
 */
export function formatDeadline(iso: string, locale: Locale): string {
  const at = Date.parse(iso);
  return dateTimes(locale).format(new Date(instantToLocal(new Date(at)).minute === 0 ? at - 60_000 : at));
}

/** A share 0–1 as a whole percentage: "68 %" in Swedish, "68%" in English. */
export function formatPercent(share: number, locale: Locale): string {
  return percents(locale).format(share);
}

/** A change as a signed percentage: "+10 %", "−5 %", "0 %". */
export function formatChange(change: number, locale: Locale): string {
  return changes(locale).format(change);
}

/** A score or a quantity with at most one decimal: "12,5" in Swedish, "12.5" in English. */
export function formatDecimal(n: number, locale: Locale): string {
  return decimals(locale).format(n);
}

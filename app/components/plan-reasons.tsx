// The matching engine's reasons as readable chips: message keys with their codes (format, language) and numbers localised.
import { isMessageKey, useLocale, useT, type Locale } from "~/i18n";

export interface Reason {
  key: string;
  vars: Record<string, string | number>;
}

const intlLocale = (locale: Locale) => (locale === "sv" ? "sv-SE" : "en-GB");

// One formatter per locale: the plan renders chips for every open request, and building a formatter is the slow part.
const formatters = new Map<Locale, Intl.NumberFormat>();

/** A formatter for scores and ratings: one decimal at most, the locale's decimal sign. */
export function useNumber() {
  const locale = useLocale();
  let format = formatters.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 });
    formatters.set(locale, format);
  }
  return (n: number) => format.format(n);
}

/** Translates one reason; the engine's vars hold codes (`format`, `language`) that have their own labels. */
export function useReasonText() {
  const t = useT();
  const number = useNumber();
  return (reason: Reason): string => {
    const vars: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(reason.vars)) {
      const label = name === "format" ? `format.${value}` : name === "language" ? `lang.${value}` : null;
      if (label !== null) vars[name] = isMessageKey(label) ? t(label) : String(value);
      else vars[name] = typeof value === "number" ? number(value) : value;
    }
    // A key the catalogue lacks would be an engine change without texts; show the key rather than nothing.
    return isMessageKey(reason.key) ? t(reason.key, vars) : reason.key;
  };
}

export function ReasonChips({ reasons, label }: { reasons: Reason[]; label: string }) {
  const text = useReasonText();
  return (
    <ul className="tags" aria-label={label}>
      {reasons.map((reason, i) => (
        <li key={`${reason.key}-${i}`}>{text(reason)}</li>
      ))}
    </ul>
  );
}

// The matching engine's reasons in words and as chips: message keys with their codes (format, language) named and
// numbers in the locale's way. The request page, the plan and the not-yet-offered page all read them through here.
import { isMessageKey, useLocale, useT } from "~/i18n";
import { formatDecimal } from "~/domain/format";
import type { Locale } from "~/domain/vocabulary";

export interface Reason {
  key: string;
  vars: Record<string, string | number>;
}

type T = ReturnType<typeof useT>;

/** A formatter for scores and ratings: one decimal at most, the locale's decimal sign (domain/format.ts keeps one per locale). */
export function useNumber() {
  const locale = useLocale();
  return (n: number) => formatDecimal(n, locale);
}

/** One reason in words; format and language arrive as codes with labels of their own. A key without a text shows as is. */
export function reasonText(t: T, reason: Reason, locale: Locale): string {
  if (!isMessageKey(reason.key)) return reason.key;
  const vars: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(reason.vars)) {
    const label = name === "format" ? `format.${value}` : name === "language" ? `lang.${value}` : null;
    if (label !== null) vars[name] = isMessageKey(label) ? t(label) : String(value);
    else vars[name] = typeof value === "number" ? formatDecimal(value, locale) : value;
  }
  return t(reason.key, vars);
}

export function useReasonText() {
  const t = useT();
  const locale = useLocale();
  return (reason: Reason): string => reasonText(t, reason, locale);
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

// A patient supporter's progress towards "a new unit each month": this month in a sentence, and the year's months in words.
import type { SupporterMonth } from "~/domain/supporter-outreach";
import type { Locale } from "~/domain/vocabulary";
import { useLocale, useT } from "~/i18n";

function monthName(year: number, month: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", { month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(year, month - 1, 1)));
}

const capitalised = (text: string, locale: Locale) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

export function SupporterMonthStatus({ year, month }: { year: number; month: SupporterMonth }) {
  const t = useT();
  const locale = useLocale();
  const name = monthName(year, month.month, locale);
  if (!month.met) return <p className="lead">{t("supporterContacts.monthNotMet", { month: name })}</p>;
  return <p className="lead">{month.newUnits === 1 ? t("supporterContacts.monthMet.one", { month: name }) : t("supporterContacts.monthMet.many", { month: name, n: month.newUnits })}</p>;
}

export function SupporterYear({ year, months }: { year: number; months: readonly SupporterMonth[] }) {
  const t = useT();
  const locale = useLocale();
  const line = (m: SupporterMonth) => {
    const month = capitalised(monthName(year, m.month, locale), locale);
    if (!m.met) return t("supporterContacts.yearNotMet", { month });
    return m.newUnits === 1 ? t("supporterContacts.yearMet.one", { month }) : t("supporterContacts.yearMet.many", { month, n: m.newUnits });
  };
  return (
    <section aria-labelledby="supporter-year-title" className="card stack">
      <h2 id="supporter-year-title">{t("supporterContacts.yearHeading", { year })}</h2>
      <ul className="plain-list">
        {months.map((m) => (
          <li key={m.month} className="list-row">
            {m.met ? <strong>{line(m)}</strong> : line(m)}
          </li>
        ))}
      </ul>
    </section>
  );
}

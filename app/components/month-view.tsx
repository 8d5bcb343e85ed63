// The volunteer's month at a glance: free time and bookings per day, as a list that reads well on a phone.
import { Link } from "@remix-run/react";
import type { DayView } from "~/domain/month-view";
import { formatClock } from "~/domain/vocabulary";
import { useLocale, useT, type MessageKey } from "~/i18n";

export function MonthView({ month, days, previousHref, nextHref }: { month: string; days: DayView[]; previousHref: string; nextHref: string }) {
  const t = useT();
  const locale = useLocale();
  const monthName = new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${month}-15T12:00:00Z`),
  );
  const shown = days.filter((d) => d.free.length > 0 || d.booked.length > 0 || d.blocked || d.dayOff);
  return (
    <section aria-labelledby="month-title" className="card stack">
      <h2 id="month-title">{t("availability.monthHeading", { month: monthName })}</h2>
      <nav className="button-row" aria-label={t("availability.monthHeading", { month: monthName })}>
        <Link to={previousHref} className="button button--quiet" preventScrollReset>
          ← {t("availability.previousMonth")}
        </Link>
        <Link to={nextHref} className="button button--quiet" preventScrollReset>
          {t("availability.nextMonth")} →
        </Link>
      </nav>
      {shown.length === 0 ? (
        <p className="empty">{t("availability.nothing")}</p>
      ) : (
        <ul className="plain-list month-days">
          {shown.map((d) => (
            <li key={d.date} className="month-day">
              <span className="month-day__date">
                {t(`weekdayShort.${d.weekday}` as MessageKey)} {Number(d.date.slice(8))}/{Number(d.date.slice(5, 7))}
              </span>
              <span className="month-day__slots">
                {d.dayOff ? <span className="slot slot--day-off">{d.dayOff}</span> : null}
                {d.blocked ? <span className="slot slot--blocked">{t("availability.dayBlocked")}</span> : null}
                {d.free.length > 0 ? (
                  <span className="slot slot--free">{t("availability.free", { times: d.free.map((f) => `${formatClock(f.startMinute)}–${formatClock(f.endMinute)}`).join(", ") })}</span>
                ) : null}
                {d.booked.map((b) => (
                  <span key={`${b.startMinute}-${b.title}`} className="slot slot--booked">
                    {t("availability.booked", { start: formatClock(b.startMinute), end: formatClock(b.endMinute), title: b.title })}
                  </span>
                ))}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

// The book goal: offered of eligible, the pace the calendar asks for, the month curve and who is still waiting.
import { Link } from "@remix-run/react";
import type { GoalsView } from "~/models/goals.server";
import { useLocale, useT } from "~/i18n";
import { formatDate, formatPercent } from "~/domain/format";
import { GoalChart } from "./goal-chart";

export function GoalBooks({ view, isCurrentYear }: { view: GoalsView; isCurrentYear: boolean }) {
  const t = useT();
  const locale = useLocale();
  const pct = (share: number) => formatPercent(share, locale);
  const coverage = view.report.bookOfferCoverage;
  const last = [...view.months].reverse().find((m) => m.bookShare !== null)?.bookShare ?? 0;
  return (
    <section aria-labelledby="goal-books-title" className="card stack">
      <h2 id="goal-books-title">{t("goals.books.title")}</h2>
      {coverage.eligible === 0 ? (
        <p className="empty">{t("goals.books.noneEligible")}</p>
      ) : (
        <>
          <p className="goal-figure">
            <strong>{pct(coverage.share)}</strong> <span>{t("goals.books.figure", { offered: coverage.offered, eligible: coverage.eligible })}</span>
          </p>
          <svg className="goal-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect className="goal-bar__track" x="0" y="2" width="100" height="6" rx="3" />
            <rect className="goal-bar__fill" x="0" y="2" width={Math.min(100, coverage.share * 100)} height="6" rx="3" />
            <rect className="goal-bar__target" x={coverage.target * 100 - 0.4} y="0" width="0.8" height="10" />
            {isCurrentYear ? <rect className="goal-bar__pace" x={view.expectedShareNow * 100 - 0.4} y="0" width="0.8" height="10" /> : null}
          </svg>
          <p>
            {t("goals.books.share", { share: pct(coverage.share), target: pct(coverage.target) })}{" "}
            <strong>{t(coverage.met ? "goals.books.met" : "goals.books.notMet")}</strong>
          </p>
          {isCurrentYear ? (
            <p>{t("goals.books.pace", { expected: pct(view.expectedShareNow), progress: pct(view.yearProgress) })}</p>
          ) : null}
          {view.booksStillNeeded > 0 ? <p>{t("goals.books.stillNeeded", { count: view.booksStillNeeded, target: pct(coverage.target) })}</p> : null}
        </>
      )}
      <GoalChart
        title={t("goals.chart.bookTitle")}
        summary={t("goals.chart.bookSummary", { year: view.year, share: pct(last), target: pct(coverage.target) })}
        format={pct}
        max={1}
        series={[
          { label: t("goals.chart.coverage"), values: view.months.map((m) => m.bookShare), variant: "now" },
          { label: t("goals.chart.target"), values: view.months.map(() => coverage.target), variant: "target" },
        ]}
      />
      <h3>{t("goals.books.notOfferedTitle")}</h3>
      {view.notOfferedCount === 0 ? (
        <p className="empty">{t("goals.books.allOffered")}</p>
      ) : (
        <>
          {view.notOffered.length > 0 ? (
            <ul className="plain-list">
              {view.notOffered.map((p) => (
                <li key={p.id} className="list-row">
                  <Link to={`/admin/people/${p.id}`}>{p.name ?? t("privacy.anonymisedName", { id: p.id })}</Link>
                  <span>{p.title}</span>
                  <span className="muted">{t("goals.books.joined", { date: formatDate(`${p.joinedOn}T12:00:00Z`, locale) })}</span>
                </li>
              ))}
            </ul>
          ) : null}
          {isCurrentYear ? (
            <p>
              <Link to="/coordinator/not-offered">{t("goals.books.notOfferedAll", { count: view.notOfferedCount })}</Link>
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}

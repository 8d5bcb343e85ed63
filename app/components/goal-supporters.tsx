// The patient supporters' goal: a new care unit each month for every supporter, the months met of the months counted.
import type { GoalsView } from "~/models/goals.server";
import { useLocale, useT } from "~/i18n";
import { formatPercent } from "~/domain/format";
import { GoalTable } from "./goal-breakdowns";

/** `named` lists each supporter by name; the printed report, which names no one, leaves that table out. */
export function GoalSupporters({ view, isCurrentYear, named = true }: { view: GoalsView; isCurrentYear: boolean; named?: boolean }) {
  const t = useT();
  const locale = useLocale();
  const outreach = view.report.supporterOutreach;
  const yesNo = (met: boolean) => t(met ? "common.yes" : "common.no");
  return (
    <section aria-labelledby="goal-supporters-title" className="card stack">
      <h2 id="goal-supporters-title">{t("goals.supporters.title")}</h2>
      {outreach.share === null ? (
        <p>{t("goals.supporters.none")}</p>
      ) : (
        <>
          <p className="goal-figure">
            <strong>{formatPercent(outreach.share, locale)}</strong> <span>{t("goals.supporters.figure")}</span>
          </p>
          <p>
            {t("goals.supporters.months", {
              met: outreach.metMonths,
              months: outreach.supporterMonths,
              target: formatPercent(outreach.target, locale),
            })}{" "}
            <strong>{t(outreach.met ? "goals.supporters.met" : "goals.supporters.notMet")}</strong>
          </p>
          <p>
            {t("goals.supporters.counts", {
              supporters: outreach.supporters,
              newUnits: outreach.newUnits,
              year: view.year,
            })}
          </p>
          {named ? (
            <GoalTable
              caption={t("goals.supporters.caption", { year: view.year })}
              head={["goals.col.supporter", "goals.col.metMonths", "goals.col.newUnits", ...(isCurrentYear ? (["goals.col.thisMonth"] as const) : [])]}
              rows={view.supporters.map((s) => [
                s.name ?? t("privacy.anonymisedName", { id: s.id }),
                t("goals.supporters.ofMonths", {
                  met: s.metMonths,
                  months: s.months,
                }),
                s.newUnits,
                ...(isCurrentYear ? [yesNo(s.lastMonthMet)] : []),
              ])}
            />
          ) : null}
        </>
      )}
    </section>
  );
}

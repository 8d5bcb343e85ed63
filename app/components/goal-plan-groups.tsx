// The plan's goals for groups: self-help groups and Lärcafés started in the year (digital ones too), and the
// recurring Lärcafés per care area against the target of two each.
import type { GoalsView } from "~/models/goals.server";
import { RECURRING_LARCAFE_TARGET } from "~/domain/plan-groups";
import { useT } from "~/i18n";
import { GoalTable } from "./goal-breakdowns";

export function GoalPlanGroups({ view }: { view: GoalsView }) {
  const t = useT();
  const groups = view.report.groups;
  const areas = Object.entries(groups.recurringLarcafeByCareArea);
  return (
    <section aria-labelledby="goal-groups-title" className="card stack">
      <h2 id="goal-groups-title">{t("goals.groups.title")}</h2>
      <ul>
        <li>{t("goals.groups.selfHelp", { n: groups.selfHelpStarted, digital: groups.selfHelpDigitalStarted })}</li>
        <li>{t("goals.groups.larcafe", { n: groups.larcafeStarted, digital: groups.larcafeDigitalStarted })}</li>
      </ul>
      {areas.length === 0 ? null : (
        <GoalTable
          caption={t("goals.groups.caption", { year: view.year, target: RECURRING_LARCAFE_TARGET })}
          head={["goals.col.careArea", "goals.col.recurring", "goals.col.goal"]}
          rows={areas.map(([area, n]) => [area, n, t(n >= RECURRING_LARCAFE_TARGET ? "goals.groups.areaMet" : "goals.groups.areaMissing", { missing: RECURRING_LARCAFE_TARGET - n })])}
        />
      )}
    </section>
  );
}

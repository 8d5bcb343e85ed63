// The peer goal: this year's completed peer assignments against last year's and the +30 % line.
import type { GoalsView } from "~/models/goals.server";
import { useLocale, useT } from "~/i18n";
import { formatChange, formatPercent } from "~/domain/format";
import { GoalChart } from "./goal-chart";

export function GoalPeers({ view, isCurrentYear }: { view: GoalsView; isCurrentYear: boolean }) {
  const t = useT();
  const locale = useLocale();
  const peers = view.report.peerAssignments;
  const whole = (n: number) => String(Math.round(n));
  const figures: [string, number | string][] = [
    [t("goals.peers.uniquePeers"), peers.uniquePeers],
    [t("goals.peers.bookedAhead"), peers.bookedAhead],
    ...(isCurrentYear ? [[t("goals.peers.lastYearByNow"), view.peerLastYearByNow] as [string, number]] : []),
    ...(view.peerStillNeeded === null ? [] : [[t("goals.peers.stillNeeded"), view.peerStillNeeded] as [string, number]]),
  ];
  return (
    <section aria-labelledby="goal-peers-title" className="card stack">
      <h2 id="goal-peers-title">{t("goals.peers.title")}</h2>
      <p className="goal-figure">
        <strong>{peers.count}</strong> <span>{t("goals.peers.figure")}</span>
      </p>
      <p>{t("goals.peers.previousYear", { count: peers.previousYear })}</p>
      {peers.growth === null ? (
        <p>{t("goals.peers.noBaseline")}</p>
      ) : (
        <p>
          {t("goals.peers.growth", { growth: formatChange(peers.growth, locale), target: `+${formatPercent(peers.target, locale)}` })}{" "}
          <strong>{t(peers.met ? "goals.peers.met" : "goals.peers.notMet")}</strong>
        </p>
      )}
      <dl className="figures">
        {figures.map(([label, value]) => (
          <div key={label} className="figure">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <GoalChart
        title={t("goals.chart.peerTitle")}
        summary={t("goals.chart.peerSummary", { year: view.year, count: peers.count, previous: view.year - 1, previousCount: peers.previousYear })}
        format={whole}
        series={[
          { label: t("goals.chart.thisYear", { year: view.year }), values: view.months.map((m) => m.peer), variant: "now" },
          { label: t("goals.chart.lastYear", { year: view.year - 1 }), values: view.months.map((m) => m.peerLastYear), variant: "before" },
          ...(peers.previousYear > 0
            ? [{ label: t("goals.chart.target"), values: view.months.map((m) => m.peerTarget), variant: "target" as const }]
            : []),
        ]}
      />
    </section>
  );
}

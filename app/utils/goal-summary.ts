// The goal report as a few lines of text, for `npm run report` without --json.
import type { GoalReport } from "~/domain/goals";
import { translate } from "~/i18n";
import { formatChange, formatPercent } from "~/domain/format";
import type { Locale } from "~/domain/vocabulary";

export function goalSummary(report: GoalReport, locale: Locale): string {
  const t = (key: Parameters<typeof translate>[1], vars?: Parameters<typeof translate>[2]) => translate(locale, key, vars);
  const { bookOfferCoverage: books, peerAssignments: peers, supporterOutreach: supporters, groups, selfEfficacy: efficacy } = report;
  const recurring = Object.entries(groups.recurringLarcafeByCareArea).map(([area, n]) => t("goals.cli.recurringArea", { area, n }));
  const verdict = (met: boolean | null) => t(met === null ? "goals.cli.unknown" : met ? "goals.cli.met" : "goals.cli.notMet");
  return [
    t("goals.cli.heading", { year: report.year }),
    t("goals.cli.books", {
      offered: books.offered,
      eligible: books.eligible,
      share: formatPercent(books.share, locale),
      target: formatPercent(books.target, locale),
      verdict: verdict(books.met),
    }),
    t("goals.cli.peers", {
      count: peers.count,
      previous: peers.previousYear,
      growth: peers.growth === null ? t("goals.cli.noBaseline") : t("goals.cli.growth", { growth: formatChange(peers.growth, locale) }),
      target: formatPercent(peers.target, locale),
      verdict: verdict(peers.met),
    }),
    t("goals.cli.peersExtra", { unique: peers.uniquePeers, ahead: peers.bookedAhead }),
    t("goals.cli.supporters", {
      metMonths: supporters.metMonths,
      supporterMonths: supporters.supporterMonths,
      share: supporters.share === null ? "–" : formatPercent(supporters.share, locale),
      supporters: supporters.supporters,
      newUnits: supporters.newUnits,
      verdict: verdict(supporters.met),
    }),
    t("goals.cli.groups", {
      selfHelp: groups.selfHelpStarted,
      selfHelpDigital: groups.selfHelpDigitalStarted,
      larcafe: groups.larcafeStarted,
      larcafeDigital: groups.larcafeDigitalStarted,
    }),
    t("goals.cli.recurring", { areas: recurring.length === 0 ? "–" : recurring.join(", ") }),
    t("goals.cli.selfEfficacy", {
      positive: efficacy.positive,
      answers: efficacy.answers,
      share: efficacy.share === null ? "–" : formatPercent(efficacy.share, locale),
      target: formatPercent(efficacy.target, locale),
      verdict: verdict(efficacy.met),
    }),
  ].join("\n");
}

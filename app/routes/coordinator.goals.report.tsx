// GET /coordinator/goals/report?year=YYYY: the goal report as a page to print (A4) for the management group, from the dashboard's model.
import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { GoalBooks } from "~/components/goal-books";
import { GoalBreakdowns } from "~/components/goal-breakdowns";
import { GoalPeers } from "~/components/goal-peers";
import { GoalSupporters } from "~/components/goal-supporters";
import { GoalPlanGroups } from "~/components/goal-plan-groups";
import { GoalSelfEfficacy } from "~/components/goal-self-efficacy";
import { currentYear, parseReportYear } from "~/domain/report-year";
import { useLocale, useT } from "~/i18n";
import "~/i18n/staff";
import { loadGoals } from "~/models/goals.server";
import goalStyles from "~/styles/goals.css";
import { requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { formatChange, formatDateTime, formatPercent } from "~/domain/format";
import { pageTitle } from "~/utils/meta";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: goalStyles }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, "coordinator");
  const now = new Date();
  const parsed = parseReportYear(new URL(request.url).searchParams.get("year"), now);
  const year = parsed.ok ? parsed.year : currentYear(now);
  // No names on paper: the management group sees the figures, not who is still waiting.
  const goals = await loadGoals(db(), { year, now, listLimit: 0 });
  return data({ goals, printedAt: now.toISOString(), isCurrentYear: year === currentYear(now), yearError: parsed.ok ? null : parsed.error }, { status: parsed.ok ? 200 : 400 });
}

export default function GoalReportPage() {
  const t = useT();
  const locale = useLocale();
  const { goals, printedAt, isCurrentYear, yearError } = useLoaderData<typeof loader>();
  return (
    <article aria-labelledby="goal-report-title" className="stack-lg goal-report">
      <header>
        <h1 id="goal-report-title">{t("goals.print.title", { year: goals.year })}</h1>
        <p className="lead">{t("goals.print.lead", {
            at: formatDateTime(printedAt, locale),
            bookTarget: formatPercent(goals.report.bookOfferCoverage.target, locale),
            peerTarget: formatChange(goals.report.peerAssignments.target, locale),
          })}</p>
        {yearError ? (
          <p role="alert" className="notice notice--warning">
            {t(yearError)}
          </p>
        ) : null}
        <p className="no-print">{t("goals.print.hint")}</p>
      </header>
      <div className="goal-grid">
        <GoalBooks view={goals} isCurrentYear={isCurrentYear} />
        <GoalPeers view={goals} isCurrentYear={isCurrentYear} />
      </div>
      <GoalSupporters view={goals} isCurrentYear={isCurrentYear} named={false} />
      <div className="goal-grid">
        <GoalPlanGroups view={goals} />
        <GoalSelfEfficacy view={goals} />
      </div>
      <GoalBreakdowns view={goals} />
    </article>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageTitle(matches, "goals.print.kind", { name: data ? String(data.goals.year) : null });

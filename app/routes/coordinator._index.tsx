// GET /coordinator?year=YYYY: the goal dashboard — book offer coverage and peer growth for a year, with today's counts.
import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { GoalBooks } from "~/components/goal-books";
import { GoalBreakdowns } from "~/components/goal-breakdowns";
import { GoalPeers } from "~/components/goal-peers";
import { GoalSupporters } from "~/components/goal-supporters";
import { GoalPlanGroups } from "~/components/goal-plan-groups";
import { GoalSelfEfficacy } from "~/components/goal-self-efficacy";
import { currentYear, FIRST_REPORT_YEAR, parseReportYear } from "~/domain/report-year";
import { useT, type MessageKey } from "~/i18n";
import "~/i18n/staff";
import { loadGoals } from "~/models/goals.server";
import { getCoordinatorOverview } from "~/models/overview.server";
import { loadWorkQueue } from "~/models/work-queue.server";
import { WorkQueueList } from "~/components/work-queue";
import goalStyles from "~/styles/goals.css";
import { requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: goalStyles }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, "coordinator");
  const now = new Date();
  const thisYear = currentYear(now);
  const parsed = parseReportYear(new URL(request.url).searchParams.get("year"), now);
  const year = parsed.ok ? parsed.year : thisYear;
  const [overview, goals, queue] = await Promise.all([getCoordinatorOverview(db(), now), loadGoals(db(), { year, now }), loadWorkQueue(db(), now)]);
  const payload = { overview, goals, queue, thisYear, yearError: parsed.ok ? null : parsed.error };
  return data(payload, { status: parsed.ok ? 200 : 400 });
}

const FIGURES: [keyof Awaited<ReturnType<typeof getCoordinatorOverview>>, MessageKey][] = [
  ["openRequests", "coordinator.openRequests"],
  ["pendingOffers", "coordinator.pendingOffers"],
  ["activePeople", "coordinator.activePeople"],
  ["careUnits", "coordinator.careUnits"],
];

function YearSwitcher({ year, thisYear, error }: { year: number; thisYear: number; error: MessageKey | null }) {
  const t = useT();
  const years = Array.from({ length: thisYear + 1 - Math.max(FIRST_REPORT_YEAR, thisYear - 5) + 1 }, (_, i) => thisYear + 1 - i);
  return (
    <Form method="get" className="goal-year">
      {error ? (
        <p role="alert" className="notice notice--warning">
          {t(error)}
        </p>
      ) : null}
      <label htmlFor="goal-year">{t("goals.yearLabel")}</label>
      <select id="goal-year" name="year" defaultValue={String(year)} key={year}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
      <button type="submit" className="button">
        {t("goals.show")}
      </button>
      <Link to={`?year=${year - 1}`}>{t("goals.previousYear")}</Link>
      {year < thisYear + 1 ? <Link to={`?year=${year + 1}`}>{t("goals.nextYear")}</Link> : null}
    </Form>
  );
}

export default function CoordinatorHome() {
  const t = useT();
  const { overview, goals, queue, thisYear, yearError } = useLoaderData<typeof loader>();
  const isCurrentYear = goals.year === thisYear;
  return (
    <section aria-labelledby="coordinator-title" className="stack-lg">
      <div>
        <h1 id="coordinator-title">
          {t("goals.title")} {goals.year}
        </h1>
        <p className="lead">{t("goals.lead")}</p>
        <YearSwitcher year={goals.year} thisYear={thisYear} error={yearError} />
      </div>
      <WorkQueueList queue={queue} />
      <div className="goal-grid">
        <GoalBooks view={goals} isCurrentYear={isCurrentYear} />
        <GoalPeers view={goals} isCurrentYear={isCurrentYear} />
      </div>
      <GoalSupporters view={goals} isCurrentYear={isCurrentYear} />
      <div className="goal-grid">
        <GoalPlanGroups view={goals} />
        <GoalSelfEfficacy view={goals} />
      </div>
      <GoalBreakdowns view={goals} />
      <section aria-labelledby="goal-reports-title" className="stack">
        <h2 id="goal-reports-title">{t("goals.reports.title")}</h2>
        <ul className="goal-links">
          <li>
            <a href={`/reports/assignments.csv?year=${goals.year}`} download>
              {t("goals.reports.payroll", { year: goals.year })}
            </a>
          </li>
          <li>
            <Link to={`/coordinator/goals/report?year=${goals.year}`}>{t("goals.reports.print", { year: goals.year })}</Link>
          </li>
          <li>
            <a href={`/reports/goals.json?year=${goals.year}`}>{t("goals.reports.json", { year: goals.year })}</a>
          </li>
          <li>
            <Link to="/admin/import">{t("goals.reports.import")}</Link>
          </li>
        </ul>
      </section>
      <section aria-labelledby="overview-title" className="stack">
        <h2 id="overview-title">{t("goals.overview.title")}</h2>
        <dl className="figures">
          {FIGURES.map(([key, label]) => (
            <div key={key} className="figure">
              <dt>{t(label)}</dt>
              <dd>{overview[key]}</dd>
            </div>
          ))}
        </dl>
      </section>
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "goals.title");

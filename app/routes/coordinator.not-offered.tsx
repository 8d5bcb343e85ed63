// GET /coordinator/not-offered: eligible books without an offer this year, longest-standing first, with what to do for each.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { NotOfferedCard } from "~/components/plan-not-offered";
import { useT } from "~/i18n";
import "~/i18n/staff";
import { loadNotOffered } from "~/models/not-offered.server";
import { requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, "coordinator");
  return { view: await loadNotOffered(db()) };
}

export default function NotOfferedPage() {
  const t = useT();
  const { view } = useLoaderData<typeof loader>();
  const share = view.eligible === 0 ? 0 : Math.floor((view.offered / view.eligible) * 100);
  return (
    <section aria-labelledby="not-offered-title" className="stack-lg">
      <div>
        <h1 id="not-offered-title">{t("notOffered.title")}</h1>
        <p className="lead">{t("notOffered.lead", { year: view.year })}</p>
        <p>
          <Link to="/coordinator/plan">{t("notOffered.planLink")}</Link> · <Link to="/coordinator/unmet">{t("notOffered.unmetLink")}</Link>
        </p>
      </div>
      <dl className="figures">
        <div className="figure">
          <dt>{t("notOffered.summary.eligible")}</dt>
          <dd>{view.eligible}</dd>
        </div>
        <div className="figure">
          <dt>{t("notOffered.summary.offered")}</dt>
          <dd>{view.offered}</dd>
        </div>
        <div className="figure">
          <dt>{t("notOffered.summary.notOffered")}</dt>
          <dd>{view.people.length}</dd>
        </div>
        <div className="figure">
          <dt>{t("notOffered.summary.coverage")}</dt>
          <dd>{t("notOffered.percent", { percent: share })}</dd>
        </div>
      </dl>
      {view.people.length === 0 ? (
        <p className="empty">{t("notOffered.empty")}</p>
      ) : (
        <ol className="plain-list stack" aria-label={t("notOffered.listLabel")}>
          {view.people.map((person) => (
            <li key={person.id}>
              <NotOfferedCard person={person} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "notOffered.title");

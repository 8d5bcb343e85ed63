import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useLocale, useT } from "~/i18n";
import { listAssignmentsForPerson, type AssignmentView } from "~/models/assignments.server";
import { notFoundUnless, requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { formatDateTime } from "~/domain/format";
import { pageTitle } from "~/utils/meta";
import { useSwedishContent } from "~/components/content-lang";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request, "volunteer");
  const personId = notFoundUnless(user.person_id);
  return listAssignmentsForPerson(db(), { personId });
}

export default function Assignments() {
  const t = useT();
  const { upcoming, past } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="assignments-title" className="stack-lg">
      <div>
        <h1 id="assignments-title">{t("assignments.title")}</h1>
        <p className="lead">{t("assignments.lead")}</p>
      </div>
      <section aria-labelledby="upcoming-title">
        <h2 id="upcoming-title">{t("assignments.upcoming")}</h2>
        {upcoming.length === 0 ? <p className="empty">{t("assignments.emptyUpcoming")}</p> : <AssignmentList items={upcoming} />}
      </section>
      <section aria-labelledby="past-title">
        <h2 id="past-title">{t("assignments.past")}</h2>
        {past.length === 0 ? <p className="empty">{t("assignments.emptyPast")}</p> : <AssignmentList items={past} />}
      </section>
    </section>
  );
}

function AssignmentList({ items }: { items: AssignmentView[] }) {
  const t = useT();
  // Written in Swedish by a care unit.
  const sv = useSwedishContent();
  const locale = useLocale();
  return (
    <ul className="plain-list">
      {items.map((a) => (
        <li key={a.id} className="list-row">
          <Link lang={sv} to={`/volunteer/assignments/${a.id}`}>{a.title}</Link>
          <span>{formatDateTime(a.startsAt, locale)}</span>
          <span>{a.place ?? t("offers.digital")}</span>
          <span>{a.careUnit.name}</span>
          <span className="badge">{t(`assignments.status.${a.status}`)}</span>
          {a.canGiveFeedback ? <span className="badge">{t("assignments.feedbackDue")}</span> : null}
          {a.hasFeedback ? <span className="muted">{t("assignments.feedbackGiven")}</span> : null}
        </li>
      ))}
    </ul>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "assignments.title");

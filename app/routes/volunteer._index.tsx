import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useLocale, useT } from "~/i18n";
import { getVolunteerSummary } from "~/models/people.server";
import { notFoundUnless, requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { formatDateTime } from "~/utils/format";
import { pageTitle } from "~/utils/meta";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request, "volunteer");
  const summary = notFoundUnless(user.person_id ? await getVolunteerSummary(db(), { personId: user.person_id }) : null);
  return { summary };
}

export default function VolunteerHome() {
  const t = useT();
  const locale = useLocale();
  const { summary } = useLoaderData<typeof loader>();
  const { person, roles, pendingOffers, upcoming } = summary;
  return (
    <section aria-labelledby="volunteer-title" className="stack-lg">
      <div>
        <h1 id="volunteer-title">{t("volunteer.title")}</h1>
        <p className="lead">{t("volunteer.lead", { name: person.alias ?? person.name })}</p>
      </div>
      <dl className="figures">
        <div className="figure">
          <dt>{t("volunteer.pendingOffers")}</dt>
          <dd>{pendingOffers}</dd>
        </div>
        <div className="figure">
          <dt>{t("volunteer.upcoming")}</dt>
          <dd>{upcoming.length}</dd>
        </div>
      </dl>
      <section aria-labelledby="roles-title">
        <h2 id="roles-title">{t("volunteer.roles")}</h2>
        {roles.length === 0 ? (
          <p className="empty">{t("volunteer.noRoles")}</p>
        ) : (
          <ul className="plain-list">
            {roles.map((r) => (
              <li key={r.role} className="list-row">
                <span className="badge">{t(`personRole.${r.role}`)}</span>
                <span>{r.title}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {upcoming.length > 0 ? (
        <section aria-labelledby="upcoming-title">
          <h2 id="upcoming-title">{t("volunteer.upcoming")}</h2>
          <ul className="plain-list">
            {upcoming.map((a) => (
              <li key={a.id} className="list-row">
                <span>{formatDateTime(a.starts_at, locale)}</span>
                <span>{a.title}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "volunteer.title");

import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { OnboardingTasks } from "~/components/onboarding-tasks";
import { instantToLocal } from "~/domain/stockholm-time";
import { isRequestableRole } from "~/domain/vocabulary";
import { useLocale, useT } from "~/i18n";
import { getVolunteerOnboarding } from "~/models/onboarding.server";
import { getPause } from "~/models/availability.server";
import { getVolunteerSummary } from "~/models/people.server";
import { notFoundUnless, requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { formatDate, formatDateTime } from "~/domain/format";
import { pageTitle } from "~/utils/meta";
import { useSwedishContent } from "~/components/content-lang";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request, "volunteer");
  const summary = notFoundUnless(user.person_id ? await getVolunteerSummary(db(), { personId: user.person_id }) : null);
  // The steps to a catalogue card, offers and assignments are for someone a care unit can book; a patient supporter or
  // a group starter who is nothing else has her own pages instead.
  const bookable = summary.roles.some((r) => isRequestableRole(r.role));
  const today = instantToLocal(new Date()).date;
  const onboarding = bookable ? ((await getVolunteerOnboarding(db(), { personId: summary.person.id, today })) ?? null) : null;
  const pause = (await getPause(db(), { personId: summary.person.id, today })) ?? null;
  return { summary, onboarding, pause, bookable };
}

export default function VolunteerHome() {
  const t = useT();
  // Written in Swedish by a care unit.
  const sv = useSwedishContent();
  const locale = useLocale();
  const { summary, onboarding, pause, bookable } = useLoaderData<typeof loader>();
  const { person, roles, pendingOffers, upcoming } = summary;
  return (
    <section aria-labelledby="volunteer-title" className="stack-lg">
      <div>
        <h1 id="volunteer-title">{t("volunteer.title")}</h1>
        <p className="lead">{t("volunteer.lead", { name: person.alias ?? person.name })}</p>
      </div>
      {pause ? (
        <div className="notice notice--warning stack" role="status">
          <p>{pause.until ? t("availability.paused.until", { date: formatDate(`${pause.until}T12:00:00Z`, locale) }) : t("availability.paused.indefinitely")}</p>
          <p>
            <Link to="/volunteer/profile">{t("availability.paused.link")}</Link>
          </p>
        </div>
      ) : null}
      {onboarding ? <OnboardingTasks state={onboarding} /> : null}
      {bookable ? (
        <>
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
          <p>
            <Link to="/volunteer/open-requests">{t("openCall.home.link")}</Link>
          </p>
        </>
      ) : null}
      {roles.some((r) => r.role === "supporter") ? (
        <p>
          <Link to="/volunteer/contacts">{t("supporterContacts.homeLink")}</Link>
        </p>
      ) : null}
      {roles.some((r) => r.role === "starter") ? (
        <p>
          <Link to="/volunteer/groups">{t("groups.volunteer.homeLink")}</Link>
        </p>
      ) : null}
      <section aria-labelledby="roles-title">
        <h2 id="roles-title">{t("volunteer.roles")}</h2>
        {roles.length === 0 ? (
          <p className="empty">{t("volunteer.noRoles")}</p>
        ) : (
          <ul className="plain-list">
            {roles.map((r) => (
              <li key={r.role} className="list-row">
                <span className="badge">{t(`personRole.${r.role}`)}</span>
                <span lang={sv}>{r.title}</span>
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
                <span lang={sv}>{a.title}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "volunteer.title");

// GET /unit: the requester's start page – who they represent, where to begin, the latest requests; POST saves reminder choices.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ReminderChoices } from "~/components/reminder-choices";
import { useLocale, useT } from "~/i18n";
import { getCareUnit } from "~/models/care-units.server";
import { getReminderChoices, saveReminderChoices } from "~/models/reminder-choices.server";
import { listRequestsForUnit } from "~/models/requests.server";
import { notFoundUnless, requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { formatDate } from "~/domain/format";
import { formReply } from "~/utils/parse-form.server";
import { pageTitle } from "~/utils/meta";
import { readForm } from "~/utils/form.server";
import { useSwedishContent } from "~/components/content-lang";

/** The start page shows only the latest few; the full list is /unit/requests. */
const LATEST = 5;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request, "requester");
  const unit = notFoundUnless(user.care_unit_id ? await getCareUnit(db(), user.care_unit_id) : null);
  const [requests, reminders] = await Promise.all([listRequestsForUnit(db(), { unitId: unit.id, limit: LATEST }), getReminderChoices(db(), user.id)]);
  return { unit, requests, reminders };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request, "requester");
  if (!(await saveReminderChoices(db(), { userId: user.id, formData: await readForm(request) }))) {
    return formReply({ form: "error.badRequestBody" }, null, { form: "reminders" });
  }
  return redirect("/unit?paminnelser=1");
}

export default function UnitHome() {
  const t = useT();
  // Written in Swedish by a care unit.
  const sv = useSwedishContent();
  const locale = useLocale();
  const { unit, requests, reminders } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  return (
    <section aria-labelledby="unit-title" className="stack-lg">
      <div>
        <h1 id="unit-title">{t("unit.title")}</h1>
        <p className="lead">{t("unit.lead", { unit: unit.name, municipality: unit.municipality, area: unit.care_area })}</p>
      </div>
      <section aria-labelledby="unit-start" className="card">
        <h2 id="unit-start">{t("requests.home.heading")}</h2>
        <ul>
          <li>
            <Link to="/catalogue">{t("requests.home.catalogue")}</Link>
          </li>
          <li>
            <Link to="/unit/requests/new">{t("requests.home.new")}</Link>
          </li>
          <li>
            <Link to="/unit/requests">{t("requests.home.all")}</Link>
          </li>
          <li>
            <Link to="/unit/calendar">{t("requests.home.calendar")}</Link>
          </li>
        </ul>
      </section>
      <section aria-labelledby="unit-requests">
        <h2 id="unit-requests">{t("requests.home.latest")}</h2>
        {requests.length === 0 ? (
          <p className="empty">{t("unit.noRequests")}</p>
        ) : (
          <ul className="plain-list">
            {requests.map((r) => (
              <li key={r.id} className="list-row">
                <Link lang={sv} to={`/unit/requests/${r.id}`}>{r.title}</Link>
                <span className="muted">{formatDate(r.created_at, locale)}</span>
                <span className={`badge badge--${r.status}`}>{t(`requestStatus.${r.status}`)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <ReminderChoices wanted={reminders} saved={Boolean(params.get("paminnelser")) && !actionData} error={actionData?.errors.form ? t(actionData.errors.form) : undefined} />
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "unit.title");

// /coordinator/meeting-places: every meeting place with its visitors per month, and the form adding a place.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useSwedishContent } from "~/components/content-lang";
import { MeetingPlaceForm } from "~/components/meeting-place-form";
import { PLACE_FIELDS, placeFormSchema } from "~/domain/meeting-place-forms";
import { useLocale, useT } from "~/i18n";
import "~/i18n/staff";
import { createPlace, listMunicipalities, placesOverview } from "~/models/meeting-places-admin.server";
import { requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { formText, formValues, readForm } from "~/utils/form.server";
import { pageTitle } from "~/utils/meta";
import { formReply, parseValues } from "~/utils/parse-form.server";
import { useFormErrors } from "~/utils/use-form-errors";
import "~/i18n/plan-parts";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, "coordinator");
  const [overview, municipalities] = await Promise.all([placesOverview(db()), listMunicipalities(db())]);
  return { ...overview, municipalities };
}

export async function action({ request }: ActionFunctionArgs) {
  const coordinator = await requireUser(request, "coordinator");
  const form = await readForm(request);
  const fields = PLACE_FIELDS.filter((f) => f !== "description");
  const parsed = parseValues({ ...formValues(form, fields), description: formText(form, "description", 2000) }, placeFormSchema());
  if (!parsed.ok) return parsed.reply;
  const id = await createPlace(db(), { ...parsed.value, actorUserId: coordinator.id });
  if (id === undefined) return formReply({ municipalityId: "meetingPlaces.errors.municipality" }, parsed.values);
  return redirect(`/coordinator/meeting-places/${id}`);
}

export default function CoordinatorMeetingPlaces() {
  const t = useT();
  const locale = useLocale();
  const sv = useSwedishContent();
  const { places, months, municipalities } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = useFormErrors(actionData?.errors);
  const monthName = new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", { timeZone: "UTC", month: "short", year: "numeric" });
  const caption = t("meetingPlaces.coordinator.sumsCaption");
  return (
    <section className="stack-lg" aria-labelledby="meeting-places-title">
      <div>
        <h1 id="meeting-places-title">{t("meetingPlaces.coordinator.title")}</h1>
        <p>{t("meetingPlaces.coordinator.lead")}</p>
      </div>
      {places.length === 0 ? (
        <p className="empty">{t("meetingPlaces.coordinator.none")}</p>
      ) : (
        <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
          <table className="stacked-table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t("meetingPlaces.coordinator.place")}</th>
                {months.map((m) => (
                  <th key={m} scope="col">
                    {monthName.format(new Date(`${m}-15T12:00:00Z`))}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {places.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <Link to={`/coordinator/meeting-places/${p.id}`} lang={sv}>
                      {p.name}
                    </Link>{" "}
                    <span className="muted" lang={sv}>
                      ({p.municipality})
                    </span>
                    {p.active ? null : <span className="badge">{t("meetingPlaces.coordinator.hidden")}</span>}
                  </th>
                  {p.visitors.map((n, i) => (
                    <td key={months[i]} data-label={monthName.format(new Date(`${months[i]}-15T12:00:00Z`))}>
                      {n}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section className="card stack" aria-labelledby="add-place-title">
        <h2 id="add-place-title">{t("meetingPlaces.coordinator.addHeading")}</h2>
        <MeetingPlaceForm intent="create" action="/coordinator/meeting-places" municipalities={municipalities} values={actionData?.values ?? {}} errors={errors} submit={t("meetingPlaces.coordinator.add")} />
      </section>
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "meetingPlaces.coordinator.title");

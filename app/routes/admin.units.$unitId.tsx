import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { UnitForm } from "~/components/unit-form";
import { NotificationBanner } from "~/components/notification-banner";
import { useLocale, useT } from "~/i18n";
import "~/i18n/staff";
import { getCareUnit } from "~/models/care-units.server";
import { UNIT_FIELDS, unitSchema } from "~/domain/admin-forms";
import { listMunicipalityOptions, listRecentUnitRequests, updateUnit } from "~/models/units-admin.server";
import { notFoundUnless, requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { formatDate } from "~/domain/format";
import { pageTitle } from "~/utils/meta";
import { idField } from "~/domain/fields";
import { formValues, readForm } from "~/utils/form.server";
import { formReply, parseForm } from "~/utils/parse-form.server";

// Anything but a plain positive number is a page that does not exist, not a server error.
function unitIdFrom(params: LoaderFunctionArgs["params"]): number {
  return notFoundUnless(idField().safeParse(params.unitId).data);
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request, "coordinator");
  const unit = notFoundUnless(await getCareUnit(db(), unitIdFrom(params)));
  const [requests, municipalities] = await Promise.all([listRecentUnitRequests(db(), unit.id), listMunicipalityOptions(db())]);
  return { unit, requests, municipalities };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const coordinator = await requireUser(request, "coordinator");
  const id = unitIdFrom(params);
  const formData = await readForm(request);
  if (formData.get("intent") !== "update") return formReply({ form: "error.badRequestBody" }, formValues(formData, UNIT_FIELDS));
  const parsed = parseForm(formData, unitSchema(), UNIT_FIELDS);
  if (!parsed.ok) return parsed.reply;
  const result = notFoundUnless(await updateUnit(db(), { ...parsed.value, id, actorUserId: coordinator.id }));
  if (result !== "ok") return formReply({ [result.field]: result.error }, parsed.values);
  return redirect(`/admin/units/${id}?saved=1`);
}

export default function Unit() {
  const t = useT();
  const locale = useLocale();
  const { unit, requests, municipalities } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  return (
    <section aria-labelledby="unit-title" className="stack-lg">
      <div>
        <p>
          <Link to="/admin/units">{t("unitsAdmin.back")}</Link>
        </p>
        <h1 id="unit-title">{unit.name}</h1>
        <p className="lead">
          {unit.municipality} · {t("unitsAdmin.careArea", { name: unit.care_area })} · {t(`unitKind.${unit.kind}`)}
        </p>
      </div>
      {params.get("saved") && !actionData ? (
        <NotificationBanner>
          <p>{t("unitsAdmin.saved")}</p>
        </NotificationBanner>
      ) : null}
      <section aria-labelledby="recent-title">
        <h2 id="recent-title">{t("unitsAdmin.recent")}</h2>
        {requests.length === 0 ? (
          <p className="empty">{t("unitsAdmin.noRequests")}</p>
        ) : (
          <ul className="plain-list">
            {requests.map((r) => (
              <li key={r.id}>
                <Link to={`/coordinator/requests/${r.id}`}>{r.title}</Link> · {t(`requestStatus.${r.status}`)} · {t("unitsAdmin.created")} {formatDate(r.created_at, locale)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <UnitForm
        intent="update"
        heading={t("unitsAdmin.edit")}
        formKey={`${unit.name}|${unit.municipality_id}|${unit.kind}`}
        submitLabel={t("common.save")}
        municipalities={municipalities}
        actionData={actionData}
        saved={{ name: unit.name, municipalityId: String(unit.municipality_id), kind: unit.kind }}
      />
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageTitle(matches, "unitsAdmin.title", { name: data?.unit.name });

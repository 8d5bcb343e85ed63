import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { UnitForm } from "~/components/unit-form";
import { useT } from "~/i18n";
import "~/i18n/staff";
import { UNIT_FIELDS, unitSchema } from "~/domain/admin-forms";
import { createUnit, listMunicipalityOptions, listUnitsByCareArea } from "~/models/units-admin.server";
import { requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";
import { formValues, readForm } from "~/utils/form.server";
import { formReply, parseForm } from "~/utils/parse-form.server";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, "coordinator");
  const [groups, municipalities] = await Promise.all([listUnitsByCareArea(db()), listMunicipalityOptions(db())]);
  return { groups, municipalities };
}

export async function action({ request }: ActionFunctionArgs) {
  const coordinator = await requireUser(request, "coordinator");
  const formData = await readForm(request);
  if (formData.get("intent") !== "create") return formReply({ form: "error.badRequestBody" }, formValues(formData, UNIT_FIELDS));
  const parsed = parseForm(formData, unitSchema(), UNIT_FIELDS);
  if (!parsed.ok) return parsed.reply;
  const result = await createUnit(db(), { ...parsed.value, actorUserId: coordinator.id });
  if ("error" in result) return formReply({ [result.field]: result.error }, parsed.values);
  return redirect(`/admin/units/${result.id}`);
}

export default function Units() {
  const t = useT();
  const { groups, municipalities } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <section aria-labelledby="units-title" className="stack-lg">
      <div>
        <h1 id="units-title">{t("unitsAdmin.title")}</h1>
        <p className="lead">{t("unitsAdmin.lead")}</p>
        <p>
          <Link to="/admin/areas">{t("unitsAdmin.areasLink")}</Link>
        </p>
      </div>
      {groups.length === 0 ? <p className="empty">{t("unitsAdmin.empty")}</p> : null}
      {groups.map((group, i) => (
        <section key={group.careArea} aria-labelledby={`area-${i}`}>
          <h2 id={`area-${i}`}>{t("unitsAdmin.careArea", { name: group.careArea })}</h2>
          <div className="table-scroll" role="region" aria-labelledby={`area-${i}`} tabIndex={0}>
            <table className="stacked-table">
              <thead>
                <tr>
                  <th scope="col">{t("unitsAdmin.name")}</th>
                  <th scope="col">{t("unitsAdmin.municipality")}</th>
                  <th scope="col">{t("unitsAdmin.kind")}</th>
                  <th scope="col">{t("unitsAdmin.requests")}</th>
                </tr>
              </thead>
              <tbody>
                {group.units.map((u) => (
                  <tr key={u.id}>
                    <td>
                      <Link to={`/admin/units/${u.id}`}>{u.name}</Link>
                    </td>
                    <td data-label={t("unitsAdmin.municipality")}>{u.municipality}</td>
                    <td data-label={t("unitsAdmin.kind")}>{t(`unitKind.${u.kind}`)}</td>
                    <td data-label={t("unitsAdmin.requests")}>{u.requests}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
      <UnitForm
        intent="create"
        heading={t("unitsAdmin.create")}
        formKey={String(groups.reduce((n, g) => n + g.units.length, 0))}
        submitLabel={t("unitsAdmin.createSubmit")}
        municipalities={municipalities}
        actionData={actionData}
      />
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "unitsAdmin.title");

import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { useSwedishContent } from "~/components/content-lang";
import { CardForm } from "~/components/card-form";
import { fieldProps, SelectField, TextField } from "~/components/form";
import { useT } from "~/i18n";
import "~/i18n/staff";
import { createArea, listAreasWithUsage, renameArea, setAreaActive, setAreaEnglishName } from "~/models/areas-admin.server";
import { notFoundUnless, requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { idField, lineText } from "~/domain/fields";
import { pageTitle } from "~/utils/meta";
import { readForm } from "~/utils/form.server";
import { formReply, parseForm } from "~/utils/parse-form.server";
import { useFormErrors } from "~/utils/use-form-errors";
import type { ErrorKeys } from "~/utils/validation";

/** One line of 2–80 characters with letters in it, in either language. */
const areaName = () =>
  lineText()
    .min(2, { error: "areasAdmin.nameLength" })
    .max(80, { error: "areasAdmin.nameLength" })
    .refine((v) => /\p{L}/u.test(v), { error: "areasAdmin.nameNeedsLetters" });
/** Optional: left empty, English pages show the Swedish name. */
const areaNameEn = () =>
  lineText()
    .transform((v) => (v === "" ? null : v))
    .pipe(areaName().nullable());
const areaId = () => idField("areasAdmin.areaRequired");

const actionSchema = () =>
  z.discriminatedUnion("intent", [
    z.object({ intent: z.literal("create"), name: areaName(), nameEn: areaNameEn() }),
    z.object({ intent: z.literal("rename"), id: areaId(), newName: areaName() }),
    z.object({ intent: z.literal("english"), id: areaId(), nameEn: areaNameEn() }),
    z.object({ intent: z.enum(["activate", "deactivate"]), id: areaId() }),
  ]);

const FIELDS = ["intent", "name", "id", "newName", "nameEn"] as const;
/** Which of the page's forms an intent belongs to; the errors are shown at that form. */
const FORM_OF = new Map([
  ["create", "create"],
  ["rename", "rename"],
  ["english", "english"],
  ["activate", "toggle"],
  ["deactivate", "toggle"],
] as const);

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, "coordinator");
  return { areas: await listAreasWithUsage(db()) };
}

export async function action({ request }: ActionFunctionArgs) {
  const coordinator = await requireUser(request, "coordinator");
  const formData = await readForm(request);
  const form = FORM_OF.get(String(formData.get("intent")) as never) ?? "none";
  const parsed = parseForm(formData, actionSchema(), FIELDS, { form });
  // The toggle buttons have no fields to point at: anything wrong with them is a broken post.
  if (!parsed.ok) return form === "toggle" || form === "none" ? formReply({ form: "error.badRequestBody" }, parsed.values, { form }) : parsed.reply;
  const fail = (errors: ErrorKeys) => formReply(errors, parsed.values, { form });
  const input = parsed.value;
  const actorUserId = coordinator.id;
  if (input.intent === "create") {
    const result = await createArea(db(), { name: input.name, nameEn: input.nameEn, actorUserId });
    if (result === "nameTaken") return fail({ name: "areasAdmin.nameTaken" });
    if (result === "nameEnTaken") return fail({ nameEn: "areasAdmin.nameEnTaken" });
  } else if (input.intent === "english") {
    const result = await setAreaEnglishName(db(), { id: input.id, nameEn: input.nameEn, actorUserId });
    if (result === "nameEnTaken") return fail({ nameEn: "areasAdmin.nameEnTaken" });
    notFoundUnless(result === "ok" || null);
  } else if (input.intent === "rename") {
    const result = await renameArea(db(), { id: input.id, name: input.newName, actorUserId });
    if (result === "nameTaken") return fail({ newName: "areasAdmin.nameTaken" });
    notFoundUnless(result === "ok" || null);
  } else {
    notFoundUnless((await setAreaActive(db(), { id: input.id, active: input.intent === "activate", actorUserId })) || null);
  }
  return redirect("/admin/areas");
}

export default function Areas() {
  const t = useT();
  const { areas } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const createErrors = useFormErrors(actionData?.form === "create" ? actionData.errors : undefined);
  const renameErrors = useFormErrors(actionData?.form === "rename" ? actionData.errors : undefined);
  const englishErrors = useFormErrors(actionData?.form === "english" ? actionData.errors : undefined);
  const valuesFor = (form: string): Partial<Record<string, string>> => (actionData?.form === form ? actionData.values : {});
  const labels = { name: t("areasAdmin.name"), nameEn: t("areasAdmin.nameEn"), id: t("areasAdmin.renameArea"), newName: t("areasAdmin.newName") };
  const createField = fieldProps(labels, valuesFor("create"), createErrors);
  const renameField = fieldProps(labels, valuesFor("rename"), renameErrors);
  const englishField = fieldProps(labels, valuesFor("english"), englishErrors);
  // Changes whenever an area is added or renamed, so the forms start empty after a success.
  const listKey = areas.map((a) => `${a.name}/${a.nameEn ?? ""}`).join("|");
  // The Swedish names, on an English page.
  const sv = useSwedishContent();
  const areaOptions = areas.map((a) => ({ value: String(a.id), label: a.name, lang: sv }));
  return (
    <section aria-labelledby="areas-title" className="stack-lg">
      <div>
        <p>
          <Link to="/admin/units">{t("areasAdmin.units")}</Link>
        </p>
        <h1 id="areas-title">{t("areasAdmin.title")}</h1>
        <p className="lead">{t("areasAdmin.lead")}</p>
      </div>
      {actionData?.form === "toggle" || actionData?.form === "none" ? (
        <p className="field__error" role="alert">
          {t("error.badRequestBody")}
        </p>
      ) : null}
      {areas.length === 0 ? (
        <p className="empty">{t("areasAdmin.empty")}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="areas-title" tabIndex={0}>
          <table className="stacked-table">
            <thead>
              <tr>
                <th scope="col">{t("areasAdmin.name")}</th>
                <th scope="col">{t("areasAdmin.nameEn")}</th>
                <th scope="col">{t("areasAdmin.people")}</th>
                <th scope="col">{t("areasAdmin.requests")}</th>
                <th scope="col">{t("areasAdmin.state")}</th>
              </tr>
            </thead>
            <tbody>
              {areas.map((a) => (
                <tr key={a.id}>
                  <td lang={sv}>{a.name}</td>
                  <td data-label={t("areasAdmin.nameEn")}>{a.nameEn ?? t("areasAdmin.noNameEn")}</td>
                  <td data-label={t("areasAdmin.people")}>{a.people}</td>
                  <td data-label={t("areasAdmin.requests")}>{a.requests}</td>
                  <td data-label={t("areasAdmin.state")}>
                    <Form method="post" className="list-row">
                      <span>{t(a.active ? "areasAdmin.active" : "areasAdmin.inactive")}</span>
                      <input type="hidden" name="intent" value={a.active ? "deactivate" : "activate"} />
                      <input type="hidden" name="id" value={a.id} />
                      <button
                        type="submit"
                        className="button button--quiet"
                        aria-label={t(a.active ? "areasAdmin.deactivateLabel" : "areasAdmin.activateLabel", { name: a.name })}
                      >
                        {t(a.active ? "areasAdmin.deactivate" : "areasAdmin.activate")}
                      </button>
                    </Form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <CardForm intent="create" heading={t("areasAdmin.create")} errors={createErrors} labels={labels} fieldIds={{ nameEn: "create-nameEn" }} formKey={`create|${listKey}`} submitLabel={t("areasAdmin.createSubmit")}>
        <TextField {...createField("name")} required maxLength={80} autoComplete="off" />
        <EnglishNameField {...createField("nameEn")} id="create-nameEn" />
      </CardForm>
      {areas.length > 0 ? (
        <CardForm intent="rename" heading={t("areasAdmin.rename")} errors={renameErrors} labels={labels} formKey={`rename|${listKey}`} submitLabel={t("areasAdmin.renameSubmit")}>
          <SelectField {...renameField("id")} required placeholder={t("areasAdmin.choose")} options={areaOptions} />
          <TextField {...renameField("newName")} required maxLength={80} autoComplete="off" />
        </CardForm>
      ) : null}
      {areas.length > 0 ? (
        <CardForm
          intent="english"
          heading={t("areasAdmin.english")}
          lead={<p>{t("areasAdmin.englishLead")}</p>}
          errors={englishErrors}
          labels={labels}
          fieldIds={{ id: "english-id", nameEn: "english-nameEn" }}
          formKey={`english|${listKey}`}
          submitLabel={t("areasAdmin.englishSubmit")}
        >
          <SelectField {...englishField("id")} id="english-id" required placeholder={t("areasAdmin.choose")} options={areaOptions} />
          <EnglishNameField {...englishField("nameEn")} id="english-nameEn" />
        </CardForm>
      ) : null}
    </section>
  );
}

/** An area's English name: optional, in English, the same on the create and the English-name forms. */
function EnglishNameField(props: { id: string; name: string; label: string; defaultValue?: string; error?: string }) {
  const t = useT();
  return <TextField {...props} hint={t("areasAdmin.nameEnHint")} maxLength={80} autoComplete="off" lang="en" />;
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "areasAdmin.title");

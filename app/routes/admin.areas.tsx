import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { useSwedishContent } from "~/components/content-lang";
import { ErrorSummary, SelectField, TextField } from "~/components/form";
import { useT, type MessageKey } from "~/i18n";
import "~/i18n/staff";
import { createArea, listAreasWithUsage, renameArea, setAreaActive, setAreaEnglishName } from "~/models/areas-admin.server";
import { notFoundUnless, requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { lineText } from "~/utils/fields";
import { pageTitle } from "~/utils/meta";
import { errorKeys, type ErrorKeys } from "~/utils/validation";
import { formValues, readForm } from "~/utils/form.server";

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
const areaId = () => z.string().regex(/^[1-9]\d{0,8}$/, { error: "areasAdmin.areaRequired" }).transform(Number);

const createSchema = () => z.object({ name: areaName(), nameEn: areaNameEn() });
const renameSchema = () => z.object({ id: areaId(), newName: areaName() });
const englishSchema = () => z.object({ id: areaId(), nameEn: areaNameEn() });
const toggleSchema = () => z.object({ id: areaId() });

const FIELDS = ["intent", "name", "id", "newName", "nameEn"] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, "coordinator");
  return { areas: await listAreasWithUsage(db()) };
}

export async function action({ request }: ActionFunctionArgs) {
  const coordinator = await requireUser(request, "coordinator");
  const values = formValues(await readForm(request), FIELDS);
  const fail = (form: string, errors: ErrorKeys) => data({ form, errors, values }, { status: 400 });
  const back = redirect("/admin/areas");
  if (values.intent === "create") {
    const parsed = createSchema().safeParse(values);
    if (!parsed.success) return fail("create", errorKeys(parsed.error));
    const result = await createArea(db(), { ...parsed.data, actorUserId: coordinator.id });
    if (result === "nameTaken") return fail("create", { name: "areasAdmin.nameTaken" });
    return result === "nameEnTaken" ? fail("create", { nameEn: "areasAdmin.nameEnTaken" }) : back;
  }
  if (values.intent === "english") {
    const parsed = englishSchema().safeParse(values);
    if (!parsed.success) return fail("english", errorKeys(parsed.error));
    const result = await setAreaEnglishName(db(), { ...parsed.data, actorUserId: coordinator.id });
    if (result === "nameEnTaken") return fail("english", { nameEn: "areasAdmin.nameEnTaken" });
    notFoundUnless(result === "ok" || null);
    return back;
  }
  if (values.intent === "rename") {
    const parsed = renameSchema().safeParse(values);
    if (!parsed.success) return fail("rename", errorKeys(parsed.error));
    const result = await renameArea(db(), { id: parsed.data.id, name: parsed.data.newName, actorUserId: coordinator.id });
    if (result === "nameTaken") return fail("rename", { newName: "areasAdmin.nameTaken" });
    notFoundUnless(result === "ok" || null);
    return back;
  }
  if (values.intent === "deactivate" || values.intent === "activate") {
    const parsed = toggleSchema().safeParse(values);
    if (!parsed.success) return fail("toggle", { form: "error.badRequestBody" });
    notFoundUnless((await setAreaActive(db(), { id: parsed.data.id, active: values.intent === "activate", actorUserId: coordinator.id })) || null);
    return back;
  }
  return fail("none", { form: "error.badRequestBody" });
}

export default function Areas() {
  const t = useT();
  const { areas } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errorsFor = (form: string) =>
    actionData?.form === form ? Object.fromEntries(Object.entries(actionData.errors).map(([f, key]) => [f, key ? t(key as MessageKey) : undefined])) : {};
  const valuesFor = (form: string): Partial<Record<string, string>> => (actionData?.form === form ? actionData.values : {});
  const createErrors = errorsFor("create");
  const renameErrors = errorsFor("rename");
  const englishErrors = errorsFor("english");
  const cv = valuesFor("create");
  const rv = valuesFor("rename");
  const ev = valuesFor("english");
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
      <section aria-labelledby="create-area-title" className="card">
        <h2 id="create-area-title">{t("areasAdmin.create")}</h2>
        <ErrorSummary errors={createErrors} labels={{ name: t("areasAdmin.name"), nameEn: t("areasAdmin.nameEn") }} fieldIds={{ nameEn: "create-nameEn" }} />
        <Form method="post" className="stack" noValidate key={`create|${listKey}`}>
          <input type="hidden" name="intent" value="create" />
          <TextField name="name" label={t("areasAdmin.name")} required maxLength={80} defaultValue={cv.name} error={createErrors.name} autoComplete="off" />
          <TextField
            name="nameEn"
            id="create-nameEn"
            label={t("areasAdmin.nameEn")}
            hint={t("areasAdmin.nameEnHint")}
            maxLength={80}
            defaultValue={cv.nameEn}
            error={createErrors.nameEn}
            autoComplete="off"
            lang="en"
          />
          <button type="submit" className="button">
            {t("areasAdmin.createSubmit")}
          </button>
        </Form>
      </section>
      {areas.length > 0 ? (
        <section aria-labelledby="rename-area-title" className="card">
          <h2 id="rename-area-title">{t("areasAdmin.rename")}</h2>
          <ErrorSummary errors={renameErrors} labels={{ id: t("areasAdmin.renameArea"), newName: t("areasAdmin.newName") }} />
          <Form method="post" className="stack" noValidate key={`rename|${listKey}`}>
            <input type="hidden" name="intent" value="rename" />
            <SelectField
              name="id"
              label={t("areasAdmin.renameArea")}
              required
              defaultValue={rv.id}
              error={renameErrors.id}
              placeholder={t("areasAdmin.choose")}
              options={areaOptions}
            />
            <TextField name="newName" label={t("areasAdmin.newName")} required maxLength={80} defaultValue={rv.newName} error={renameErrors.newName} autoComplete="off" />
            <button type="submit" className="button">
              {t("areasAdmin.renameSubmit")}
            </button>
          </Form>
        </section>
      ) : null}
      {areas.length > 0 ? (
        <section aria-labelledby="english-area-title" className="card">
          <h2 id="english-area-title">{t("areasAdmin.english")}</h2>
          <p>{t("areasAdmin.englishLead")}</p>
          <ErrorSummary errors={englishErrors} labels={{ id: t("areasAdmin.renameArea"), nameEn: t("areasAdmin.nameEn") }} fieldIds={{ id: "english-id", nameEn: "english-nameEn" }} />
          <Form method="post" className="stack" noValidate key={`english|${listKey}`}>
            <input type="hidden" name="intent" value="english" />
            <SelectField
              name="id"
              id="english-id"
              label={t("areasAdmin.renameArea")}
              required
              defaultValue={ev.id}
              error={englishErrors.id}
              placeholder={t("areasAdmin.choose")}
              options={areaOptions}
            />
            <TextField
              name="nameEn"
              id="english-nameEn"
              label={t("areasAdmin.nameEn")}
              hint={t("areasAdmin.nameEnHint")}
              maxLength={80}
              defaultValue={ev.nameEn}
              error={englishErrors.nameEn}
              autoComplete="off"
              lang="en"
            />
            <button type="submit" className="button">
              {t("areasAdmin.englishSubmit")}
            </button>
          </Form>
        </section>
      ) : null}
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "areasAdmin.title");

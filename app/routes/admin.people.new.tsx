import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { z } from "zod";
import { ROLES, type Role } from "../../db/schema";
import { ChoiceGroup, ErrorSummary, TextField } from "~/components/form";
import { useT, type MessageKey } from "~/i18n";
import "~/i18n/staff";
import { DETAILS_FIELDS, detailsFields, roleTitle } from "~/domain/admin-forms";
import { createPerson } from "~/models/people-admin.server";
import { requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";
import { errorKeys } from "~/utils/validation";
import { formValues, readForm } from "~/utils/form.server";

const TITLE_FIELDS = ROLES.map((r) => `title_${r}` as const);

// Titles are only checked for the roles ticked; an unticked role's title is ignored.
const createSchema = () =>
  z
    .object({
      ...detailsFields(),
      roles: z.array(z.enum(ROLES, { error: "peopleAdmin.errors.role" })).min(1, { error: "peopleAdmin.errors.roleRequired" }).max(ROLES.length),
      ...Object.fromEntries(TITLE_FIELDS.map((f) => [f, z.string()])),
    })
    .superRefine((v, ctx) => {
      for (const role of v.roles) {
        const title = roleTitle().safeParse((v as Record<string, unknown>)[`title_${role}`]);
        if (!title.success) ctx.addIssue({ code: "custom", path: [`title_${role}`], message: title.error.issues[0].message });
      }
    });

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, "coordinator");
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request, "coordinator");
  const form = await readForm(request);
  const values = { ...formValues(form, [...DETAILS_FIELDS, ...TITLE_FIELDS]), roles: form.getAll("roles").slice(0, 10).map(String) };
  const parsed = createSchema().safeParse(values);
  if (!parsed.success) return data({ errors: errorKeys(parsed.error), values }, { status: 400 });
  const v = parsed.data;
  const roles = [...new Set(v.roles)].map((role: Role) => ({ role, title: roleTitle().parse((v as Record<string, unknown>)[`title_${role}`]) }));
  const result = await createPerson(db(), { userId: user.id, input: v, roles });
  if ("error" in result) return data({ errors: { [result.field]: result.error }, values }, { status: 400 });
  return redirect(`/admin/people/${result.id}?skapad=1`);
}

export default function NewPerson() {
  const t = useT();
  const actionData = useActionData<typeof action>();
  const errors = Object.fromEntries(Object.entries(actionData?.errors ?? {}).map(([f, key]) => [f, key ? t(key as MessageKey) : undefined]));
  const v = (actionData?.values ?? {}) as Partial<Record<string, string>> & { roles?: string[] };
  const labels: Record<string, string> = {
    name: t("peopleAdmin.name"),
    alias: t("peopleAdmin.alias"),
    email: t("peopleAdmin.email"),
    phone: t("peopleAdmin.phone"),
    joinedOn: t("peopleAdmin.joinedOn"),
    roles: t("peopleAdmin.roles"),
    ...Object.fromEntries(ROLES.map((r) => [`title_${r}`, t("peopleAdmin.roleTitleFor", { role: t(`personRole.${r}`) })])),
  };
  return (
    <section aria-labelledby="new-person-title" className="stack-lg">
      <p>
        <Link to="/admin/people">{t("peopleAdmin.back")}</Link>
      </p>
      <h1 id="new-person-title">{t("peopleAdmin.newTitle")}</h1>
      <Form method="post" className="stack card" noValidate aria-labelledby="new-person-title">
        <ErrorSummary errors={errors} labels={labels} />
        <TextField name="name" label={labels.name} required defaultValue={v.name} error={errors.name} autoComplete="off" maxLength={120} />
        <TextField name="alias" label={labels.alias} hint={t("peopleAdmin.aliasHint")} defaultValue={v.alias} error={errors.alias} autoComplete="off" maxLength={60} />
        <TextField name="email" type="email" label={labels.email} required defaultValue={v.email} error={errors.email} autoComplete="off" />
        <TextField name="phone" type="tel" label={labels.phone} defaultValue={v.phone} error={errors.phone} autoComplete="off" />
        <TextField name="joinedOn" type="date" label={labels.joinedOn} required defaultValue={v.joinedOn} error={errors.joinedOn} />
        <ChoiceGroup name="roles" type="checkbox" legend={labels.roles} error={errors.roles} selected={v.roles ?? []} options={ROLES.map((r) => ({ value: r, label: t(`personRole.${r}`) }))} />
        {ROLES.map((r) => (
          <TextField key={r} name={`title_${r}`} label={labels[`title_${r}`]} defaultValue={v[`title_${r}`]} error={errors[`title_${r}`]} maxLength={120} />
        ))}
        <button type="submit" className="button">
          {t("peopleAdmin.create")}
        </button>
      </Form>
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "peopleAdmin.newTitle");

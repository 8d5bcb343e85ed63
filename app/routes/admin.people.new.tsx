import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { z } from "zod";
import { ChoiceGroup, ErrorSummary, TextField } from "~/components/form";
import { PersonDetailsFields, useDetailsLabels } from "~/components/person-details-fields";
import { useT } from "~/i18n";
import "~/i18n/staff";
import { DETAILS_FIELDS, detailsFields, roleTitleFor } from "~/domain/admin-forms";
import { createPerson } from "~/models/people-admin.server";
import { requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";
import { formValues, readForm } from "~/utils/form.server";
import { formReply, parseValues } from "~/utils/parse-form.server";
import { useFormErrors } from "~/utils/use-form-errors";
import { PERSON_ROLES, ROLES, type PersonRole } from "~/domain/vocabulary";

const TITLE_FIELDS = ROLES.map((r) => `title_${r}` as const);

// Titles are only checked for the roles ticked; an unticked role's title is ignored, and a supporter has no card to title.
const createSchema = () =>
  z
    .object({
      ...detailsFields(),
      roles: z.array(z.enum(PERSON_ROLES, { error: "peopleAdmin.errors.role" })).min(1, { error: "peopleAdmin.errors.roleRequired" }).max(PERSON_ROLES.length),
      ...Object.fromEntries(TITLE_FIELDS.map((f) => [f, z.string()])),
    })
    .superRefine((v, ctx) => {
      for (const role of v.roles) {
        const title = roleTitleFor(role).safeParse((v as Record<string, unknown>)[`title_${role}`]);
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
  const parsed = parseValues(values, createSchema());
  if (!parsed.ok) return parsed.reply;
  const v = parsed.value;
  const roles = [...new Set(v.roles)].map((role: PersonRole) => ({ role, title: roleTitleFor(role).parse((v as Record<string, unknown>)[`title_${role}`]) }));
  const result = await createPerson(db(), { userId: user.id, input: v, roles });
  if ("error" in result) return formReply({ [result.field]: result.error }, values);
  return redirect(`/admin/people/${result.id}?skapad=1`);
}

export default function NewPerson() {
  const t = useT();
  const actionData = useActionData<typeof action>();
  const errors = useFormErrors(actionData?.errors);
  const v = (actionData?.values ?? {}) as Partial<Record<string, string>> & { roles?: string[] };
  const labels: Record<string, string> = {
    ...useDetailsLabels(),
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
        <PersonDetailsFields values={v} errors={errors} />
        <ChoiceGroup name="roles" type="checkbox" legend={labels.roles} error={errors.roles} selected={v.roles ?? []} options={PERSON_ROLES.map((r) => ({ value: r, label: t(`personRole.${r}`) }))} />
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

import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ErrorSummary, SelectField, TextField } from "~/components/form";
import { useLocale, useT } from "~/i18n";
import { inviteUser, listPendingInvites } from "~/models/invites.server";
import { listCareUnitOptions, listPeopleWithoutLogin, listUsers } from "~/models/users.server";
import { requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { emailField, requiredText } from "~/utils/fields";
import { formatDateTime } from "~/utils/format";
import { pageTitle } from "~/utils/meta";
import { errorKeys, formValues, type ErrorKeys } from "~/utils/validation";

const FIELDS = ["email", "name", "role", "careUnitId", "personId"] as const;

const optionalId = () =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      const n = Number(v);
      if (!Number.isInteger(n) || n <= 0) {
        ctx.addIssue({ code: "custom", message: "errors.required" });
        return z.NEVER;
      }
      return n;
    });

// Requesters need a unit and volunteers a person; the other link is dropped.
const inviteSchema = () =>
  z
    .object({
      email: emailField(),
      name: requiredText(120),
      role: z.enum(["coordinator", "requester", "volunteer"], { error: "users.roleInvalid" }),
      careUnitId: optionalId(),
      personId: optionalId(),
    })
    .superRefine((v, ctx) => {
      if (v.role === "requester" && !v.careUnitId) ctx.addIssue({ code: "custom", path: ["careUnitId"], message: "users.unitRequired" });
      if (v.role === "volunteer" && !v.personId) ctx.addIssue({ code: "custom", path: ["personId"], message: "users.personRequired" });
    })
    .transform((v) => ({
      ...v,
      careUnitId: v.role === "requester" ? v.careUnitId : null,
      personId: v.role === "volunteer" ? v.personId : null,
    }));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, "coordinator");
  const [users, invites, units, people] = await Promise.all([
    listUsers(db()),
    listPendingInvites(db()),
    listCareUnitOptions(db()),
    listPeopleWithoutLogin(db()),
  ]);
  return {
    users: users.map(({ password_hash, ...u }) => ({ ...u, hasPassword: password_hash !== null })),
    invites,
    units,
    people,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const coordinator = await requireUser(request, "coordinator");
  const formData = await request.formData();
  const values = formValues(formData, FIELDS);
  const parsed = inviteSchema().safeParse(values);
  if (!parsed.success) return data({ errors: errorKeys(parsed.error), values, invited: null }, { status: 400 });
  const result = await inviteUser(db(), { ...parsed.data, invitedBy: coordinator.id });
  if ("error" in result) return data({ errors: { [result.field]: result.error }, values, invited: null }, { status: 400 });
  const link = `${new URL(request.url).origin}/invite/${result.token}`;
  return { errors: {} as ErrorKeys, values: null, invited: { email: parsed.data.email, link } };
}

export default function Users() {
  const t = useT();
  const locale = useLocale();
  const { users, invites, units, people } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = Object.fromEntries(Object.entries(actionData?.errors ?? {}).map(([f, key]) => [f, key ? t(key) : undefined]));
  const values: Partial<Record<string, string>> = actionData?.values ?? {};
  const labels = {
    email: t("users.email"),
    name: t("users.name"),
    role: t("users.role"),
    careUnitId: t("users.unit"),
    personId: t("users.person"),
  };
  return (
    <section aria-labelledby="users-title" className="stack-lg">
      <div>
        <h1 id="users-title">{t("users.title")}</h1>
        <p className="lead">{t("users.lead")}</p>
      </div>
      {actionData?.invited ? (
        <div className="notice notice--success" role="status">
          <p>{t("users.invited", { email: actionData.invited.email })}</p>
          <p>
            <code className="break">{actionData.invited.link}</code>
          </p>
        </div>
      ) : null}
      <section aria-labelledby="invite-title" className="card">
        <h2 id="invite-title">{t("users.invite")}</h2>
        <ErrorSummary errors={errors} labels={labels} />
        <Form method="post" className="stack" noValidate key={actionData?.invited?.link ?? "form"}>
          <TextField name="email" type="email" label={labels.email} required defaultValue={values.email} error={errors.email} autoComplete="off" />
          <TextField name="name" label={labels.name} required defaultValue={values.name} error={errors.name} autoComplete="off" />
          <SelectField
            name="role"
            label={labels.role}
            required
            defaultValue={values.role}
            error={errors.role}
            placeholder={t("users.choose")}
            options={(["coordinator", "requester", "volunteer"] as const).map((r) => ({ value: r, label: t(`role.${r}`) }))}
          />
          <SelectField
            name="careUnitId"
            label={labels.careUnitId}
            defaultValue={values.careUnitId}
            error={errors.careUnitId}
            placeholder={t("users.choose")}
            options={units.map((u) => ({ value: String(u.id), label: u.name }))}
          />
          <SelectField
            name="personId"
            label={labels.personId}
            defaultValue={values.personId}
            error={errors.personId}
            placeholder={t("users.choose")}
            options={people.map((p) => ({ value: String(p.id), label: p.name }))}
          />
          <button type="submit" className="button">
            {t("users.inviteSubmit")}
          </button>
        </Form>
      </section>
      {invites.length > 0 ? (
        <section aria-labelledby="pending-title">
          <h2 id="pending-title">{t("users.pending")}</h2>
          <ul className="plain-list">
            {invites.map((i) => (
              <li key={i.id}>
                {i.email} · {t(`role.${i.role}`)} ·{" "}
                {t("users.expires", { date: formatDateTime(i.expires_at, locale) })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="all-users-title">
        <h2 id="all-users-title">{t("users.list")}</h2>
        <div className="table-scroll" role="region" aria-labelledby="all-users-title" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{labels.name}</th>
                <th scope="col">{labels.email}</th>
                <th scope="col">{labels.role}</th>
                <th scope="col">{labels.careUnitId}</th>
                <th scope="col">{t("users.status")}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id}>
                  <td>{u.name}</td>
                  <td>{u.email}</td>
                  <td>{t(`role.${u.role}`)}</td>
                  <td>{u.care_unit_name ?? ""}</td>
                  <td>{t(u.disabled_at ? "users.status.disabled" : u.hasPassword ? "users.status.active" : "users.status.invited")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "users.title");

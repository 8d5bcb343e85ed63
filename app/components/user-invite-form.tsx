// The coordinators' form for inviting a new user: e-mail, name, role and the unit or person the account belongs to.
import { Form } from "@remix-run/react";
import { ErrorSummary, SelectField, TextField, type FieldErrors } from "~/components/form";
import { useT } from "~/i18n";

interface Option {
  id: number;
  name: string;
}

export function InviteForm({
  units,
  people,
  errors,
  values,
  resetKey,
}: {
  units: Option[];
  people: Option[];
  errors: FieldErrors;
  values: Partial<Record<string, string>>;
  /** Changes after a successful invite, so the form starts empty again. */
  resetKey: string;
}) {
  const t = useT();
  const labels = {
    email: t("users.email"),
    name: t("users.name"),
    role: t("users.role"),
    careUnitId: t("users.unit"),
    personId: t("users.person"),
  };
  return (
    <section aria-labelledby="invite-title" className="card">
      <h2 id="invite-title">{t("users.invite")}</h2>
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" className="stack" noValidate key={resetKey}>
        <input type="hidden" name="intent" value="invite" />
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
  );
}

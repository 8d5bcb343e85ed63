// The coordinators' form for inviting a new user: e-mail, name, role and the unit or person the account belongs to.
import { CardForm } from "~/components/card-form";
import { fieldProps, SelectField, TextField, type FieldErrors } from "~/components/form";
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
  const field = fieldProps(labels, values, errors);
  const choose = t("users.choose");
  return (
    <CardForm intent="invite" heading={t("users.invite")} errors={errors} labels={labels} formKey={resetKey} submitLabel={t("users.inviteSubmit")}>
      <TextField {...field("email")} type="email" required autoComplete="off" />
      <TextField {...field("name")} required autoComplete="off" />
      <SelectField {...field("role")} required placeholder={choose} options={(["coordinator", "requester", "volunteer"] as const).map((r) => ({ value: r, label: t(`role.${r}`) }))} />
      <SelectField {...field("careUnitId")} placeholder={choose} options={units.map((u) => ({ value: String(u.id), label: u.name }))} />
      <SelectField {...field("personId")} placeholder={choose} options={people.map((p) => ({ value: String(p.id), label: p.name }))} />
    </CardForm>
  );
}

// A person's details (name, alias, e-mail, phone, joined on), the same fields on the new-person and the person pages.
import { fieldProps, TextField, type FieldErrors } from "~/components/form";
import type { DETAILS_FIELDS } from "~/domain/admin-forms";
import { useT } from "~/i18n";

type DetailsField = (typeof DETAILS_FIELDS)[number];

export function useDetailsLabels(): Record<DetailsField, string> {
  const t = useT();
  return { name: t("peopleAdmin.name"), alias: t("peopleAdmin.alias"), email: t("peopleAdmin.email"), phone: t("peopleAdmin.phone"), joinedOn: t("peopleAdmin.joinedOn") };
}

export function PersonDetailsFields({ values, errors }: { values: Partial<Record<string, string>>; errors: FieldErrors }) {
  const t = useT();
  const field = fieldProps(useDetailsLabels(), values, errors);
  return (
    <>
      <TextField {...field("name")} required autoComplete="off" maxLength={120} />
      <TextField {...field("alias")} hint={t("peopleAdmin.aliasHint")} autoComplete="off" maxLength={60} />
      <TextField {...field("email")} type="email" required autoComplete="off" />
      <TextField {...field("phone")} type="tel" autoComplete="off" />
      <TextField {...field("joinedOn")} type="date" required />
    </>
  );
}

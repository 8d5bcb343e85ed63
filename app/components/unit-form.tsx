// The care-unit form (name, municipality, kind), shared by the create and edit pages.
import { CardForm } from "~/components/card-form";
import { fieldProps, SelectField, TextField } from "~/components/form";
import { useT, type MessageKey } from "~/i18n";
import { useFormErrors } from "~/utils/use-form-errors";
import { UNIT_KINDS } from "~/domain/vocabulary";

export function UnitForm({
  intent,
  heading,
  formKey,
  submitLabel,
  municipalities,
  actionData,
  saved,
}: {
  intent: "create" | "update";
  heading: string;
  /** Changes after a successful save, so the form starts from the saved state. */
  formKey: string;
  submitLabel: string;
  municipalities: { id: number; name: string; care_area: string }[];
  actionData?: { errors: Partial<Record<string, MessageKey>>; values: Record<string, string> | null } | null;
  saved?: Partial<Record<"name" | "municipalityId" | "kind", string>>;
}) {
  const t = useT();
  const errors = useFormErrors(actionData?.errors);
  const labels = { name: t("unitsAdmin.name"), municipalityId: t("unitsAdmin.municipality"), kind: t("unitsAdmin.kind") };
  const field = fieldProps(labels, actionData?.values ?? saved ?? {}, errors);
  const choose = t("unitsAdmin.choose");
  return (
    <CardForm intent={intent} heading={heading} errors={errors} labels={labels} formKey={formKey} submitLabel={submitLabel}>
      <TextField {...field("name")} required maxLength={120} autoComplete="off" />
      <SelectField {...field("municipalityId")} required placeholder={choose} options={municipalities.map((m) => ({ value: String(m.id), label: `${m.name} (${m.care_area})` }))} />
      <SelectField {...field("kind")} required placeholder={choose} options={UNIT_KINDS.map((k) => ({ value: k, label: t(`unitKind.${k}`) }))} />
    </CardForm>
  );
}

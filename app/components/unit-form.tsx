// The care-unit form (name, municipality, kind), shared by the create and edit pages.
import { Form } from "@remix-run/react";
import { UNIT_KINDS } from "../../db/schema";
import { ErrorSummary, SelectField, TextField } from "~/components/form";
import { useT, type MessageKey } from "~/i18n";
import type { ErrorKeys } from "~/utils/validation";

export function UnitForm({
  intent,
  formKey,
  submitLabel,
  municipalities,
  actionData,
  saved,
}: {
  intent: "create" | "update";
  /** Changes after a successful save, so the form starts from the saved state. */
  formKey: string;
  submitLabel: string;
  municipalities: { id: number; name: string; care_area: string }[];
  actionData?: { errors: ErrorKeys; values: Record<string, string> | null } | null;
  saved?: Partial<Record<"name" | "municipalityId" | "kind", string>>;
}) {
  const t = useT();
  const errors = Object.fromEntries(Object.entries(actionData?.errors ?? {}).map(([f, key]) => [f, key ? t(key as MessageKey) : undefined]));
  const values: Partial<Record<string, string>> = actionData?.values ?? saved ?? {};
  const labels = { name: t("unitsAdmin.name"), municipalityId: t("unitsAdmin.municipality"), kind: t("unitsAdmin.kind") };
  return (
    <>
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" className="stack" noValidate key={formKey}>
        <input type="hidden" name="intent" value={intent} />
        <TextField name="name" label={labels.name} required maxLength={120} defaultValue={values.name} error={errors.name} autoComplete="off" />
        <SelectField
          name="municipalityId"
          label={labels.municipalityId}
          required
          defaultValue={values.municipalityId}
          error={errors.municipalityId}
          placeholder={t("unitsAdmin.choose")}
          options={municipalities.map((m) => ({ value: String(m.id), label: `${m.name} (${m.care_area})` }))}
        />
        <SelectField
          name="kind"
          label={labels.kind}
          required
          defaultValue={values.kind}
          error={errors.kind}
          placeholder={t("unitsAdmin.choose")}
          options={UNIT_KINDS.map((k) => ({ value: k, label: t(`unitKind.${k}`) }))}
        />
        <button type="submit" className="button">
          {submitLabel}
        </button>
      </Form>
    </>
  );
}

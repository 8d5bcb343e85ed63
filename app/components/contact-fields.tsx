// The care unit's contact person on a request form and a Lärcafé form: a name (the signed-in user's by default) and a phone.
import { REQUEST_LIMITS } from "~/domain/request-schema";
import { useT, type MessageKey } from "~/i18n";
import { TextField, type FieldErrors } from "./form";

export function ContactFields({ legend, values, errors, defaultName }: { legend: MessageKey; values: Partial<Record<string, string>>; errors: FieldErrors; defaultName: string }) {
  const t = useT();
  return (
    <fieldset className="stack field-group">
      <legend>{t(legend)}</legend>
      <TextField name="contactName" label={t("requests.field.contactName")} defaultValue={values.contactName ?? defaultName} error={errors.contactName} maxLength={REQUEST_LIMITS.contactMax} autoComplete="name" />
      <TextField name="contactPhone" type="tel" label={t("requests.field.contactPhone")} hint={t("requests.field.contactPhoneHint")} defaultValue={values.contactPhone} error={errors.contactPhone} autoComplete="tel" />
    </fieldset>
  );
}

// Where a request or a Lärcafé meets: in a place (a municipality and an address) or digitally.
import { REQUEST_LIMITS } from "~/domain/request-schema";
import { useT, type MessageKey } from "~/i18n";
import { ChoiceGroup, SelectField, TextField, type FieldErrors } from "./form";

export function PlaceFields({
  legend,
  values,
  errors,
  municipalities,
  defaultMunicipalityId,
}: {
  legend: MessageKey;
  values: Partial<Record<string, string>>;
  errors: FieldErrors;
  municipalities: readonly { id: number; name: string }[];
  defaultMunicipalityId: string;
}) {
  const t = useT();
  return (
    <fieldset className="stack field-group">
      <legend>{t(legend)}</legend>
      <ChoiceGroup
        name="place"
        type="radio"
        legend={t("requests.field.place")}
        error={errors.place}
        selected={[values.place ?? "physical"]}
        options={[
          { value: "physical", label: t("requests.place.physical") },
          { value: "digital", label: t("requests.place.digital") },
        ]}
      />
      <p className="field__hint">{t("requests.field.placeHint")}</p>
      <SelectField
        name="municipalityId"
        label={t("requests.field.municipality")}
        error={errors.municipalityId}
        defaultValue={values.municipalityId ?? defaultMunicipalityId}
        placeholder={t("users.choose")}
        options={municipalities.map((m) => ({ value: String(m.id), label: m.name }))}
      />
      <TextField name="address" label={t("requests.field.address")} hint={t("requests.field.addressHint")} defaultValue={values.address} error={errors.address} maxLength={REQUEST_LIMITS.addressMax} />
    </fieldset>
  );
}

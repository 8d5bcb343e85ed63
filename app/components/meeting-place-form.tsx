// The coordinators' form of a meeting place: name, municipality, address, description and the opening hours of each
// weekday (both times empty is closed); the same form adds a place and edits one.
import { Form } from "@remix-run/react";
import { CheckboxField, ErrorSummary, SelectField, TextAreaField, TextField, type FieldErrors } from "~/components/form";
import { useSwedishContent } from "~/components/content-lang";
import { formatClock, WEEKDAYS } from "~/domain/vocabulary";
import { useT, type MessageKey } from "~/i18n";
import "~/i18n/plan-parts";

export interface PlaceFormValues {
  name?: string;
  municipalityId?: string;
  address?: string;
  description?: string;
  [hours: string]: string | undefined;
}

/** A saved place's hours as the form's values: open1…close7, "" on closed days. */
export function hoursValues(hours: readonly { weekday: number; openMinute: number; closeMinute: number }[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const h of hours) {
    values[`open${h.weekday}`] = formatClock(h.openMinute);
    values[`close${h.weekday}`] = formatClock(h.closeMinute);
  }
  return values;
}

export function MeetingPlaceForm({
  intent,
  action,
  municipalities,
  values,
  errors,
  submit,
  active,
}: {
  intent: "create" | "update";
  action: string;
  municipalities: readonly { id: number; name: string }[];
  values: PlaceFormValues;
  errors: FieldErrors;
  submit: string;
  /** Whether the place is shown to the public; only when editing. */
  active?: boolean;
}) {
  const t = useT();
  const sv = useSwedishContent();
  const day = (n: number) => t(`weekday.${n}` as MessageKey);
  const labels: Record<string, string> = { name: t("meetingPlaces.form.name"), municipalityId: t("meetingPlaces.form.municipality"), address: t("meetingPlaces.form.address"), description: t("meetingPlaces.form.description") };
  for (const d of WEEKDAYS) {
    labels[`open${d}`] = t("meetingPlaces.form.open", { day: day(d) });
    labels[`close${d}`] = t("meetingPlaces.form.close", { day: day(d) });
  }
  return (
    <Form method="post" action={action} className="stack" noValidate>
      <ErrorSummary errors={errors} labels={labels} />
      <input type="hidden" name="intent" value={intent} />
      <TextField name="name" label={labels.name} defaultValue={values.name} error={errors.name} maxLength={120} />
      <SelectField name="municipalityId" label={labels.municipalityId} defaultValue={values.municipalityId} error={errors.municipalityId} placeholder={t("users.choose")} options={municipalities.map((m) => ({ value: String(m.id), label: m.name, lang: sv }))} />
      <TextField name="address" label={labels.address} defaultValue={values.address} error={errors.address} maxLength={200} autoComplete="off" />
      <TextAreaField name="description" label={labels.description} defaultValue={values.description} error={errors.description} maxLength={1000} rows={3} />
      <fieldset className="stack">
        <legend>{t("meetingPlaces.form.hoursLegend")}</legend>
        <p className="field__hint">{t("meetingPlaces.form.hoursHint")}</p>
        <div className="hours-grid">
          {WEEKDAYS.map((d) => (
            <div key={d} className="hours-grid__day">
              <TextField name={`open${d}`} label={labels[`open${d}`]} defaultValue={values[`open${d}`]} error={errors[`open${d}`]} inputMode="numeric" size={5} autoComplete="off" />
              <TextField name={`close${d}`} label={labels[`close${d}`]} defaultValue={values[`close${d}`]} error={errors[`close${d}`]} inputMode="numeric" size={5} autoComplete="off" />
            </div>
          ))}
        </div>
      </fieldset>
      {active !== undefined ? <CheckboxField name="active" label={t("meetingPlaces.form.active")} defaultChecked={active} /> : null}
      <button type="submit" className="button">
        {submit}
      </button>
    </Form>
  );
}

// The public interest form of a self-help theme: an alias, e-mail or phone, a place or "Digitalt", and the consent
// text with its checkbox; a honeypot field that people never see.
import { Form } from "@remix-run/react";
import { useT } from "~/i18n";
import { ErrorSummary, SelectField, TextField, type FieldErrors } from "./form";
import { useSwedishContent } from "./content-lang";

interface Props {
  places: { id: number; name: string }[];
  errors: FieldErrors;
  values: Partial<Record<string, string>>;
}

export function SelfHelpInterestForm({ places, errors, values }: Props) {
  const t = useT();
  const sv = useSwedishContent();
  const labels = { alias: t("selfHelp.alias"), email: t("selfHelp.email"), phone: t("selfHelp.phone"), place: t("selfHelp.place"), consent: t("selfHelp.consentShort"), website: t("selfHelp.honeypot") };
  return (
    <Form method="post" className="stack" noValidate aria-labelledby="interest-title">
      <ErrorSummary errors={errors} labels={labels} />
      <TextField name="alias" label={labels.alias} hint={t("selfHelp.aliasHint")} defaultValue={values.alias} error={errors.alias} maxLength={40} autoComplete="nickname" />
      <fieldset className="stack field-group" aria-describedby="reach-hint">
        <legend>{t("selfHelp.reachLegend")}</legend>
        <p id="reach-hint" className="field__hint">
          {t("selfHelp.reachHint")}
        </p>
        <TextField name="email" type="email" label={labels.email} defaultValue={values.email} error={errors.email} autoComplete="email" />
        <TextField name="phone" type="tel" label={labels.phone} defaultValue={values.phone} error={errors.phone} autoComplete="tel" />
      </fieldset>
      <SelectField
        name="place"
        label={labels.place}
        defaultValue={values.place}
        error={errors.place}
        placeholder={t("selfHelp.choosePlace")}
        options={[{ value: "digital", label: t("selfHelp.digital") }, ...places.map((p) => ({ value: String(p.id), label: p.name, lang: sv }))]}
      />
      <section className="notice stack" aria-labelledby="consent-title">
        <h3 id="consent-title">{t("selfHelp.consentHeading")}</h3>
        <p id="consent-text">{t("selfHelp.consentText")}</p>
        <div className={errors.consent ? "field choice-group field--error" : "field choice-group"}>
          {errors.consent ? (
            <p id="consent-error" className="field__error">
              {errors.consent}
            </p>
          ) : null}
          <label className="choice" htmlFor="consent">
            <input type="checkbox" id="consent" name="consent" value="yes" defaultChecked={values.consent === "yes"} aria-invalid={errors.consent ? true : undefined} aria-describedby={errors.consent ? "consent-text consent-error" : "consent-text"} />
            <span>{t("selfHelp.consent")}</span>
          </label>
        </div>
      </section>
      {/* A field people never see: a form that comes back with it filled in was sent by a program. */}
      <div hidden>
        <label htmlFor="website">{labels.website}</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <button type="submit" className="button">
        {t("selfHelp.submit")}
      </button>
    </Form>
  );
}

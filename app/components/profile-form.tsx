// The profile form: per-role title and presentation, choices, cap and pause — for the volunteer and for coordinators.
import { Form } from "@remix-run/react";
import { useAreaOptions } from "~/components/content-lang";
import { CheckboxField, ChoiceGroup, ErrorSummary, TextAreaField, TextField } from "~/components/form";
import type { ProfileFormValues } from "~/domain/profile-form";
import { LANGUAGES, FORMATS } from "~/domain/vocabulary";
import { useLocale, useT } from "~/i18n";
import type { getProfile, getProfileOptions } from "~/models/profile.server";
import { useFormErrors } from "~/utils/use-form-errors";
import type { ErrorKeys } from "~/utils/validation";

type Profile = NonNullable<Awaited<ReturnType<typeof getProfile>>>;
type Options = Awaited<ReturnType<typeof getProfileOptions>>;

export function ProfileForm({
  profile,
  options,
  actionData,
  labelledBy,
}: {
  profile: Profile;
  options: Options;
  actionData?: { errors: ErrorKeys; values: ProfileFormValues };
  labelledBy: string;
}) {
  const t = useT();
  const locale = useLocale();
  const errors = useFormErrors(actionData?.errors);
  const v = actionData?.values;
  const { person } = profile;
  const areaOptions = useAreaOptions();
  const selectedAreas = v?.experienceAreaIds ?? profile.areas.map((a) => String(a.id));
  const selectedCareAreas = v?.careAreaIds ?? profile.serviceAreas.flatMap((s) => (s.care_area_id ? [String(s.care_area_id)] : []));
  const selectedMunicipalities = v?.municipalityIds ?? profile.serviceAreas.flatMap((s) => (s.municipality_id ? [String(s.municipality_id)] : []));
  const labels: Record<string, string> = {
    experienceAreaIds: t("profile.experience"),
    formats: t("profile.formats"),
    languages: t("profile.languages"),
    careAreaIds: t("profile.where"),
    municipalityIds: t("profile.municipalities"),
    maxPerMonth: t("profile.maxPerMonth"),
    pausedUntil: t("profile.pausedUntil"),
    ...Object.fromEntries(profile.roles.flatMap((r) => [[`title_${r.role}`, `${t(`personRole.${r.role}`)}: ${t("profile.roleTitle")}`], [`presentation_${r.role}`, `${t(`personRole.${r.role}`)}: ${t("profile.presentation")}`]])),
  };
  return (
  <Form method="post" className="stack card" noValidate aria-labelledby={labelledBy}>
    <ErrorSummary errors={errors} labels={labels} />
    {profile.roles.map((r) => (
      <fieldset key={r.role} className="stack field-group">
        <legend>{t("profile.roleHeading", { role: t(`personRole.${r.role}`).toLocaleLowerCase(locale) })}</legend>
        <TextField name={`title_${r.role}`} label={t("profile.roleTitle")} hint={t("profile.roleTitleHint")} defaultValue={v?.[`title_${r.role}` as never] ?? r.title} error={errors[`title_${r.role}`]} maxLength={120} />
        <TextAreaField name={`presentation_${r.role}`} label={t("profile.presentation")} hint={t("profile.presentationHint")} defaultValue={v?.[`presentation_${r.role}` as never] ?? r.presentation} error={errors[`presentation_${r.role}`]} rows={5} />
      </fieldset>
    ))}
    <ChoiceGroup name="experienceAreaIds" type="checkbox" legend={t("profile.experience")} hint={t("profile.experienceHint")} error={errors.experienceAreaIds} selected={selectedAreas} options={areaOptions(options.areas)} />
    <ChoiceGroup name="formats" type="checkbox" legend={t("profile.formats")} error={errors.formats} selected={v?.formats ?? profile.formats} options={FORMATS.map((f) => ({ value: f, label: t(`format.${f}`) }))} />
    <ChoiceGroup name="languages" type="checkbox" legend={t("profile.languages")} error={errors.languages} selected={v?.languages ?? profile.languages} options={LANGUAGES.map((l) => ({ value: l, label: t(`lang.${l}`) }))} />
    <fieldset className="stack field-group">
      <legend>{t("profile.where")}</legend>
      <ChoiceGroup name="careAreaIds" type="checkbox" legend={t("profile.careAreas")} error={errors.careAreaIds} selected={selectedCareAreas} options={options.careAreas.map((a) => ({ value: String(a.id), label: a.name }))} />
      <ChoiceGroup name="municipalityIds" type="checkbox" legend={t("profile.municipalities")} error={errors.municipalityIds} selected={selectedMunicipalities} options={options.municipalities.map((m) => ({ value: String(m.id), label: m.name }))} />
      <CheckboxField name="servesDigital" label={t("profile.digital")} defaultChecked={v ? v.servesDigital : person.serves_digital === 1} />
    </fieldset>
    <TextField name="maxPerMonth" type="number" inputMode="numeric" min={0} max={10} label={t("profile.maxPerMonth")} hint={t("profile.maxPerMonthHint")} defaultValue={v?.maxPerMonth ?? String(person.max_per_month)} error={errors.maxPerMonth} />
    <fieldset className="stack field-group">
      <legend>{t("profile.pauseHeading")}</legend>
      <CheckboxField name="paused" label={t("profile.paused")} defaultChecked={v ? v.paused : person.status === "paused"} />
      <TextField name="pausedUntil" type="date" label={t("profile.pausedUntil")} hint={t("profile.pausedUntilHint")} defaultValue={v?.pausedUntil ?? person.paused_until ?? ""} error={errors.pausedUntil} />
    </fieldset>
    <button type="submit" className="button">
      {t("profile.save")}
    </button>
  </Form>
  );
}

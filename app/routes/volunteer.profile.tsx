import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { FORMATS, type Role } from "../../db/schema";
import { CatalogueCard } from "~/components/catalogue-card";
import { CheckboxField, ChoiceGroup, ErrorSummary, TextAreaField, TextField } from "~/components/form";
import { usuallyFreeHint } from "~/domain/availability";
import { instantToLocal } from "~/domain/stockholm-time";
import { LANGUAGES } from "~/domain/vocabulary";
import { useLocale, useT, type MessageKey } from "~/i18n";
import { getProfile, getProfileOptions, saveProfile } from "~/models/profile.server";
import { notFoundUnless, requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { isIsoDate } from "~/utils/fields";
import { formatDate } from "~/utils/format";
import { pageTitle } from "~/utils/meta";
import { errorKeys } from "~/utils/validation";

const ids = z.array(z.coerce.number().int().positive().max(1_000_000)).max(50);

function profileSchema(roles: Role[], today: string) {
  const roleFields = Object.fromEntries(
    roles.flatMap((role) => [
      [`title_${role}`, z.string().trim().min(3, { error: "profile.titleShort" }).max(120, { error: "errors.tooLong" })],
      [`presentation_${role}`, z.string().trim().max(1500, { error: "errors.tooLong" })],
    ]),
  );
  return z
    .object({
      ...roleFields,
      experienceAreaIds: ids.min(1, { error: "profile.experienceRequired" }),
      formats: z.array(z.enum(FORMATS)).min(1, { error: "profile.formatRequired" }),
      languages: z.array(z.enum(LANGUAGES)).min(1, { error: "profile.languageRequired" }),
      careAreaIds: ids,
      municipalityIds: ids,
      servesDigital: z.boolean(),
      maxPerMonth: z.coerce.number({ error: "profile.maxInvalid" }).int({ error: "profile.maxInvalid" }).min(0, { error: "profile.maxInvalid" }).max(10, { error: "profile.maxInvalid" }),
      paused: z.boolean(),
      pausedUntil: z
        .string()
        .trim()
        .refine((v) => v === "" || (isIsoDate(v) && v >= today), { error: "profile.dateInvalid" }),
    })
    .superRefine((v, ctx) => {
      if (!v.servesDigital && v.careAreaIds.length === 0 && v.municipalityIds.length === 0) {
        ctx.addIssue({ code: "custom", path: ["careAreaIds"], message: "profile.placeRequired" });
      }
    });
}

function rawForm(form: FormData, roles: Role[]) {
  const text = (name: string) => String(form.get(name) ?? "").slice(0, 5000);
  return {
    ...Object.fromEntries(roles.flatMap((r) => [[`title_${r}`, text(`title_${r}`)], [`presentation_${r}`, text(`presentation_${r}`)]])),
    experienceAreaIds: form.getAll("experienceAreaIds").map(String),
    formats: form.getAll("formats").map(String),
    languages: form.getAll("languages").map(String),
    careAreaIds: form.getAll("careAreaIds").map(String),
    municipalityIds: form.getAll("municipalityIds").map(String),
    servesDigital: form.get("servesDigital") === "on",
    maxPerMonth: text("maxPerMonth"),
    paused: form.get("paused") === "on",
    pausedUntil: text("pausedUntil"),
  };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request, "volunteer");
  const profile = notFoundUnless(user.person_id ? await getProfile(db(), user.person_id) : undefined);
  const options = await getProfileOptions(db());
  // An area the coordinators retired stays on the form for those who have it, so saving does not drop it.
  const retired = profile.areas.filter((a) => !options.areas.some((o) => o.id === a.id));
  return { profile, options: { ...options, areas: [...options.areas, ...retired] }, hints: usuallyFreeHint(profile.windows) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request, "volunteer");
  const profile = notFoundUnless(user.person_id ? await getProfile(db(), user.person_id) : undefined);
  const roles = profile.roles.map((r) => r.role);
  const values = rawForm(await request.formData(), roles);
  const parsed = profileSchema(roles, instantToLocal(new Date()).date).safeParse(values);
  if (!parsed.success) return data({ errors: errorKeys(parsed.error), values }, { status: 400 });
  const v = parsed.data as z.infer<ReturnType<typeof profileSchema>> & Record<string, string>;
  const problem = await saveProfile(db(), {
    personId: profile.person.id,
    userId: user.id,
    input: {
      roles: roles.map((role) => ({ role, title: v[`title_${role}`], presentation: v[`presentation_${role}`] })),
      experienceAreaIds: [...new Set(v.experienceAreaIds)],
      formats: [...new Set(v.formats)],
      languages: [...new Set(v.languages)],
      careAreaIds: [...new Set(v.careAreaIds)],
      municipalityIds: [...new Set(v.municipalityIds)],
      servesDigital: v.servesDigital,
      maxPerMonth: v.maxPerMonth,
      paused: v.paused,
      pausedUntil: v.paused && v.pausedUntil ? v.pausedUntil : null,
    },
  });
  if (problem) return data({ errors: { [problem.field]: problem.error }, values }, { status: 400 });
  return redirect("/volunteer/profile?sparad=1");
}

export default function Profile() {
  const t = useT();
  const locale = useLocale();
  const { profile, options, hints } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const errors = Object.fromEntries(Object.entries(actionData?.errors ?? {}).map(([f, key]) => [f, key ? t(key as MessageKey) : undefined]));
  const v = actionData?.values;
  const { person } = profile;
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
  const places = [
    ...profile.serviceAreas.filter((s) => s.care_area).map((s) => t("card.areaPrefix", { area: s.care_area! })),
    ...profile.serviceAreas.filter((s) => s.municipality).map((s) => s.municipality!),
  ];
  return (
    <section aria-labelledby="profile-title" className="stack-lg">
      <div>
        <h1 id="profile-title">{t("profile.title")}</h1>
        <p className="lead">{t("profile.lead")}</p>
        {params.get("sparad") && !actionData ? (
          <p className="notice notice--success" role="status">
            {t("profile.saved")}
          </p>
        ) : null}
        {person.status === "paused" ? (
          <p className="notice notice--warning">
            {person.paused_until ? t("profile.pausedUntilBanner", { date: formatDate(`${person.paused_until}T12:00:00Z`, locale) }) : t("profile.pausedBanner")}
          </p>
        ) : null}
      </div>
      <div className="two-columns">
        <Form method="post" className="stack card" noValidate aria-labelledby="profile-title">
          <ErrorSummary errors={errors} labels={labels} />
          {profile.roles.map((r) => (
            <fieldset key={r.role} className="stack field-group">
              <legend>{t("profile.roleHeading", { role: t(`personRole.${r.role}`).toLocaleLowerCase(locale) })}</legend>
              <TextField name={`title_${r.role}`} label={t("profile.roleTitle")} hint={t("profile.roleTitleHint")} defaultValue={v?.[`title_${r.role}` as never] ?? r.title} error={errors[`title_${r.role}`]} maxLength={120} />
              <TextAreaField name={`presentation_${r.role}`} label={t("profile.presentation")} hint={t("profile.presentationHint")} defaultValue={v?.[`presentation_${r.role}` as never] ?? r.presentation} error={errors[`presentation_${r.role}`]} rows={5} />
            </fieldset>
          ))}
          <ChoiceGroup name="experienceAreaIds" type="checkbox" legend={t("profile.experience")} hint={t("profile.experienceHint")} error={errors.experienceAreaIds} selected={selectedAreas} options={options.areas.map((a) => ({ value: String(a.id), label: a.name.charAt(0).toLocaleUpperCase("sv-SE") + a.name.slice(1) }))} />
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
        <aside className="stack" aria-labelledby="preview-title">
          <h2 id="preview-title">{t("profile.previewHeading")}</h2>
          <p className="muted">{t("profile.previewLead")}</p>
          {profile.roles.map((r) => (
            <CatalogueCard
              key={r.role}
              card={{ role: r.role, title: r.title, presentation: r.presentation, experience: profile.areas.map((a) => a.name), formats: profile.formats, languages: profile.languages, places, servesDigital: person.serves_digital === 1, hints }}
            />
          ))}
          <section className="card" aria-labelledby="private-title">
            <h2 id="private-title">{t("profile.privateHeading")}</h2>
            <ul>
              <li>{t("profile.privateName", { name: person.alias ? `${person.name} (${person.alias})` : person.name })}</li>
              {person.email ? <li>{t("profile.privateEmail", { email: person.email })}</li> : null}
              {person.phone ? <li>{t("profile.privatePhone", { phone: person.phone })}</li> : null}
            </ul>
            <p className="muted">{t("profile.privateNote")}</p>
          </section>
          <section className="card" aria-labelledby="training-title">
            <h2 id="training-title">{t("profile.trainingHeading")}</h2>
            {profile.training.length === 0 ? (
              <p>{t("profile.noTraining")}</p>
            ) : (
              <ul>
                {profile.training.map((tr) => (
                  <li key={`${tr.kind}-${tr.completed_on}`}>
                    {t(`profile.training.${tr.kind}`)}: {formatDate(`${tr.completed_on}T12:00:00Z`, locale)}
                  </li>
                ))}
              </ul>
            )}
            <p className="muted">{t("profile.trainingNote")}</p>
          </section>
        </aside>
      </div>
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "profile.title");

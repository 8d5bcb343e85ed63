import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { CatalogueCard } from "~/components/catalogue-card";
import { ProfileForm } from "~/components/profile-form";
import { ReminderChoices } from "~/components/reminder-choices";
import { useLocale, useT } from "~/i18n";
import { getProfile, loadProfilePage, submitProfileForm } from "~/models/profile.server";
import { getReminderChoices, REMINDERS_INTENT, saveReminderChoices } from "~/models/reminder-choices.server";
import { notFoundUnless, requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { formatDate } from "~/utils/format";
import { pageTitle } from "~/utils/meta";
import { readForm } from "~/utils/form.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request, "volunteer");
  const page = notFoundUnless(user.person_id ? await loadProfilePage(db(), user.person_id) : undefined);
  return { ...page, reminders: await getReminderChoices(db(), user.id) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request, "volunteer");
  const profile = notFoundUnless(user.person_id ? await getProfile(db(), user.person_id) : undefined);
  const formData = await readForm(request);
  if (formData.get("intent") === REMINDERS_INTENT) {
    if (!(await saveReminderChoices(db(), { userId: user.id, formData }))) return data({ reminderError: "error.badRequestBody" as const }, { status: 400 });
    return redirect("/volunteer/profile?paminnelser=1");
  }
  const result = await submitProfileForm(db(), { profile, userId: user.id, formData });
  if (!result.ok) return data({ errors: result.errors, values: result.values }, { status: 400 });
  return redirect("/volunteer/profile?sparad=1");
}

export default function Profile() {
  const t = useT();
  const locale = useLocale();
  const { profile, options, hints, reminders } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const actionData = result && "errors" in result ? result : undefined;
  const reminderError = result && "reminderError" in result ? t(result.reminderError) : undefined;
  const [params] = useSearchParams();
  const { person } = profile;
  const places = [
    ...profile.serviceAreas.filter((s) => s.care_area).map((s) => t("card.areaPrefix", { area: s.care_area! })),
    ...profile.serviceAreas.filter((s) => s.municipality).map((s) => s.municipality!),
  ];
  return (
    <section aria-labelledby="profile-title" className="stack-lg">
      <div>
        <h1 id="profile-title">{t("profile.title")}</h1>
        <p className="lead">{t("profile.lead")}</p>
        {params.get("sparad") && !result ? (
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
        <div className="stack-lg">
          <ProfileForm profile={profile} options={options} actionData={actionData} labelledBy="profile-title" />
          <ReminderChoices wanted={reminders} saved={Boolean(params.get("paminnelser")) && !result} error={reminderError} />
        </div>
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

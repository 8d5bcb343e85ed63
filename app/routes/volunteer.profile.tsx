import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { CatalogueCard } from "~/components/catalogue-card";
import { ProfileForm } from "~/components/profile-form";
import { NotificationBanner } from "~/components/notification-banner";
import { PeriodTouches } from "~/components/period-touches";
import { newPause, releaseChoice } from "~/domain/cant-come";
import { instantToLocal } from "~/domain/stockholm-time";
import { pauseTouches } from "~/models/commitments.server";
import { ReminderChoices } from "~/components/reminder-choices";
import { OpenCallDigestChoice } from "~/components/open-call-digest-choice";
import { useLocale, useT } from "~/i18n";
import { getProfile, loadProfilePage, submitProfileForm } from "~/models/profile.server";
import { getReminderChoices, REMINDERS_INTENT, saveReminderChoices } from "~/models/reminder-choices.server";
import { DIGEST_INTENT, getDigestChoice, saveDigestChoice } from "~/models/open-call-digest.server";
import { notFoundUnless, requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { formatDate } from "~/domain/format";
import { formReply } from "~/utils/parse-form.server";
import { pageTitle } from "~/utils/meta";
import { formValues, readForm } from "~/utils/form.server";
import { errorKeys } from "~/utils/validation";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request, "volunteer");
  const page = notFoundUnless(user.person_id ? await loadProfilePage(db(), user.person_id) : undefined);
  return { ...page, reminders: await getReminderChoices(db(), user.id), digest: await getDigestChoice(db(), page.profile.person.id) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request, "volunteer");
  const profile = notFoundUnless(user.person_id ? await getProfile(db(), user.person_id) : undefined);
  const formData = await readForm(request);
  if (formData.get("intent") === REMINDERS_INTENT) {
    if (!(await saveReminderChoices(db(), { userId: user.id, formData }))) return formReply({ form: "error.badRequestBody" }, null, { form: "reminders" as const });
    return redirect("/volunteer/profile?paminnelser=1");
  }
  if (formData.get("intent") === DIGEST_INTENT) {
    const saved = await saveDigestChoice(db(), { personId: profile.person.id, userId: user.id, form: formValues(formData, ["intent", "digest"]) });
    if (!saved) return formReply({ form: "error.badRequestBody" }, null, { form: "digest" as const });
    return redirect("/volunteer/profile?veckobrev=1");
  }
  // Pausing over bookings or pending offers is never silent: a second step re-posts the form with what to do with them.
  const pause = newPause(profile.person, { paused: formData.get("paused") === "on", until: String(formData.get("pausedUntil") ?? "") }, instantToLocal(new Date()).date);
  const touches = pause ? await pauseTouches(db(), { personId: profile.person.id, until: pause.until }) : null;
  let release;
  if (touches && touches.bookings.length + touches.offers.length > 0) {
    const fields = [...formData].filter(([k]) => !["step", "choice", "reason"].includes(k)).map(([k, v]): [string, string] => [k, String(v)]);
    const choice = { choice: String(formData.get("choice") ?? ""), reason: String(formData.get("reason") ?? "").slice(0, 1000) };
    if (formData.get("step") !== "confirm") return { pause: { touches, fields, choice: {}, errors: {} } };
    const parsed = releaseChoice(touches.bookings.length > 0).safeParse(choice);
    if (!parsed.success) return data({ pause: { touches, fields, choice, errors: errorKeys(parsed.error) } }, { status: 400 });
    release = parsed.data;
  }
  const result = await submitProfileForm(db(), { profile, userId: user.id, formData, release });
  if (!result.ok) return data({ errors: result.errors, values: result.values }, { status: 400 });
  return redirect("/volunteer/profile?sparad=1");
}

export default function Profile() {
  const t = useT();
  const locale = useLocale();
  const { profile, options, hints, reminders, digest } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const actionData = result && "errors" in result && !("form" in result) ? result : undefined;
  const formError = (form: "reminders" | "digest") => (result && "form" in result && result.form === form && result.errors.form ? t(result.errors.form) : undefined);
  const reminderError = formError("reminders");
  const digestError = formError("digest");
  const pause = result && "pause" in result ? result.pause : undefined;
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
          <NotificationBanner>
            <p>{t("profile.saved")}</p>
          </NotificationBanner>
        ) : null}
        {person.status === "paused" ? (
          <p className="notice notice--warning">
            {person.paused_until ? t("profile.pausedUntilBanner", { date: formatDate(`${person.paused_until}T12:00:00Z`, locale) }) : t("profile.pausedBanner")}
          </p>
        ) : null}
      </div>
      {pause ? (
        <PeriodTouches
          heading={t("availability.pauseTouchesTitle")}
          touches={pause.touches}
          hidden={pause.fields}
          defaultReason={t("availability.pauseDefaultReason")}
          errors={pause.errors}
          values={pause.choice}
          saveLabel={t("availability.savePause")}
          backHref="/volunteer/profile"
          offersNote={t("availability.pauseOffersDeclined")}
        />
      ) : null}
      <div className="two-columns">
        <div className="stack-lg">
          <ProfileForm profile={profile} options={options} actionData={actionData} labelledBy="profile-title" />
          <ReminderChoices wanted={reminders} saved={Boolean(params.get("paminnelser")) && !result} error={reminderError} />
          <OpenCallDigestChoice wanted={digest} saved={Boolean(params.get("veckobrev")) && !result} error={digestError} />
        </div>
        <aside className="stack" aria-labelledby="preview-title">
          <h2 id="preview-title">{t("profile.previewHeading")}</h2>
          <p className="muted">{t("profile.previewLead")}</p>
          {profile.roles.map((r) => (
            <CatalogueCard
              key={r.role}
              card={{ role: r.role, title: r.title, presentation: r.presentation, experience: profile.areas, formats: profile.formats, languages: profile.languages, places, servesDigital: person.serves_digital === 1, hints }}
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

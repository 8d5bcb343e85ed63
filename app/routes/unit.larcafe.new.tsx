// GET/POST /unit/larcafe/new: a care unit starts a Lärcafé series; each session becomes a book request on the desk.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { useAreaOptions } from "~/components/content-lang";
import { ChoiceGroup, ErrorSummary, SelectField, TextAreaField, TextField } from "~/components/form";
import { INTERVAL_WEEKS, LARCAFE_AUDIENCES, LARCAFE_FIELDS, LARCAFE_LIMITS, larcafeSchema, type LarcafeField } from "~/domain/larcafe";
import { ContactFields } from "~/components/contact-fields";
import { PlaceFields } from "~/components/place-fields";
import { useT } from "~/i18n";
import { getCareUnit } from "~/models/care-units.server";
import { createSeries } from "~/models/larcafe.server";
import { getProfileOptions } from "~/models/profile.server";
import { notFoundUnless, requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { formValues, readForm } from "~/utils/form.server";
import { pageTitle } from "~/utils/meta";
import { formReply, parseValues } from "~/utils/parse-form.server";
import { randomToken } from "~/utils/security.server";
import { useFormErrors } from "~/utils/use-form-errors";
import "~/i18n/plan-parts";

/** The hidden per-form key that makes a double submit create one series. */
const submissionKeySchema = () => z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);
const newSubmissionKey = () => randomToken(18);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request, "requester");
  const unit = notFoundUnless(user.care_unit_id ? await getCareUnit(db(), user.care_unit_id) : null);
  const { areas, municipalities } = await getProfileOptions(db());
  return { areas, municipalities, defaults: { municipalityId: String(unit.municipality_id), contactName: user.name }, submissionKey: newSubmissionKey() };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request, "requester");
  const unitId = notFoundUnless(user.care_unit_id);
  const form = await readForm(request);
  const values = formValues(form, LARCAFE_FIELDS);
  const key = submissionKeySchema().safeParse(form.get("submissionKey"));
  // The same key comes back with the errors, so fixing them and sending again still counts as one submission.
  const tag = { submissionKey: key.data ?? newSubmissionKey() };
  const { areas, municipalities } = await getProfileOptions(db());
  const schema = larcafeSchema({ now: new Date(), municipalityIds: municipalities.map((m) => m.id), experienceAreaIds: areas.map((a) => a.id) });
  const parsed = parseValues(values, schema, tag);
  if (!parsed.ok) return parsed.reply;
  if (!key.success) return formReply({ form: "requests.errors.formExpired" }, values, tag);
  const created = await createSeries(db(), { unitId, userId: user.id, input: parsed.value, submissionKey: key.data });
  return redirect(`/unit/larcafe/${created.id}?notis=skapad`);
}

export default function NewLarcafe() {
  const t = useT();
  const areaOptions = useAreaOptions();
  const { areas, municipalities, defaults, submissionKey } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = useFormErrors(actionData?.errors);
  const v: Partial<Record<string, string>> = actionData?.values ?? {};
  const labels: Record<LarcafeField | "form", string> = {
    form: "",
    title: t("larcafe.field.title"),
    experienceAreaId: t("larcafe.field.theme"),
    audience: t("larcafe.field.audience"),
    audienceSize: t("larcafe.field.audienceSize"),
    description: t("larcafe.field.description"),
    place: t("requests.field.place"),
    municipalityId: t("requests.field.municipality"),
    address: t("requests.field.address"),
    firstDate: t("larcafe.field.firstDate"),
    startTime: t("larcafe.field.startTime"),
    durationMinutes: t("larcafe.field.duration"),
    schedule: t("larcafe.field.schedule"),
    count: t("larcafe.field.count"),
    intervalWeeks: t("larcafe.field.intervalWeeks"),
    dates: t("larcafe.field.dates"),
    contactName: t("requests.field.contactName"),
    contactPhone: t("requests.field.contactPhone"),
  };
  const L = LARCAFE_LIMITS;
  return (
    <section aria-labelledby="new-larcafe-title" className="stack-lg">
      <div>
        <h1 id="new-larcafe-title">{t("larcafe.new.title")}</h1>
        <p className="lead">{t("larcafe.new.lead")}</p>
      </div>
      <Form method="post" className="stack card" noValidate aria-labelledby="new-larcafe-title">
        <ErrorSummary errors={errors} labels={labels} />
        <input type="hidden" name="submissionKey" value={actionData?.submissionKey ?? submissionKey} />
        <fieldset className="stack field-group">
          <legend>{t("larcafe.new.aboutHeading")}</legend>
          <TextField name="title" label={labels.title} hint={t("larcafe.field.titleHint")} defaultValue={v.title} error={errors.title} maxLength={L.titleMax} autoComplete="off" />
          <SelectField name="experienceAreaId" label={labels.experienceAreaId} error={errors.experienceAreaId} defaultValue={v.experienceAreaId} placeholder={t("users.choose")} options={areaOptions(areas)} />
          <ChoiceGroup name="audience" type="radio" legend={labels.audience} error={errors.audience} selected={[v.audience ?? "patients"]} options={LARCAFE_AUDIENCES.map((a) => ({ value: a, label: t(`audience.${a}`) }))} />
          <TextField name="audienceSize" label={labels.audienceSize} inputMode="numeric" defaultValue={v.audienceSize} error={errors.audienceSize} autoComplete="off" />
          <TextAreaField name="description" label={labels.description} hint={t("larcafe.field.descriptionHint")} defaultValue={v.description} error={errors.description} maxLength={L.descriptionMax} />
        </fieldset>
        <PlaceFields legend="larcafe.new.placeHeading" values={v} errors={errors} municipalities={municipalities} defaultMunicipalityId={defaults.municipalityId} />
        <fieldset className="stack field-group">
          <legend>{t("larcafe.new.whenHeading")}</legend>
          <TextField name="startTime" label={labels.startTime} hint={t("larcafe.field.startTimeHint")} defaultValue={v.startTime} error={errors.startTime} inputMode="numeric" autoComplete="off" />
          <TextField name="durationMinutes" label={labels.durationMinutes} defaultValue={v.durationMinutes ?? "90"} error={errors.durationMinutes} inputMode="numeric" autoComplete="off" />
          <ChoiceGroup
            name="schedule"
            type="radio"
            legend={labels.schedule}
            error={errors.schedule}
            selected={[v.schedule ?? "interval"]}
            options={[
              { value: "interval", label: t("larcafe.schedule.interval") },
              { value: "dates", label: t("larcafe.schedule.dates") },
            ]}
          />
          <TextField name="firstDate" type="date" label={labels.firstDate} hint={t("larcafe.field.firstDateHint")} defaultValue={v.firstDate} error={errors.firstDate} />
          <SelectField name="intervalWeeks" label={labels.intervalWeeks} error={errors.intervalWeeks} defaultValue={v.intervalWeeks ?? "4"} options={INTERVAL_WEEKS.map((w) => ({ value: String(w), label: t(`larcafe.interval.${w}`) }))} />
          <TextField name="count" label={labels.count} hint={t("larcafe.field.countHint")} defaultValue={v.count ?? "6"} error={errors.count} inputMode="numeric" autoComplete="off" />
          <TextAreaField name="dates" label={labels.dates} hint={t("larcafe.field.datesHint")} defaultValue={v.dates} error={errors.dates} rows={4} />
        </fieldset>
        <ContactFields legend="larcafe.new.contactHeading" values={v} errors={errors} defaultName={defaults.contactName} />
        <button type="submit" className="button">
          {t("larcafe.new.submit")}
        </button>
      </Form>
      <p>
        <Link to="/unit/larcafe">{t("larcafe.detail.back")}</Link>
      </p>
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "larcafe.new.title");

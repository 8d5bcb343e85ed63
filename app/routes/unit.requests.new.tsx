// GET/POST /unit/requests/new: a care unit asks for a book, peer or storyteller, optionally wishing for a catalogue card.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { useAreaOptions } from "~/components/content-lang";
import { ChoiceGroup, ErrorSummary, SelectField, TextAreaField, TextField } from "~/components/form";
import { SlotFields, slotLabels } from "~/components/request-slot-fields";
import { readRequestForm, requestSchema, REQUEST_LIMITS, type RequestFormValues } from "~/domain/request-schema";
import { ContactFields } from "~/components/contact-fields";
import { PlaceFields } from "~/components/place-fields";
import { useT } from "~/i18n";
import { getCareUnit } from "~/models/care-units.server";
import { getProfileOptions } from "~/models/profile.server";
import { createRequest, getWishedCard } from "~/models/requests.server";
import { notFoundUnless, requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { idField } from "~/domain/fields";
import { pageTitle } from "~/utils/meta";
import { randomToken } from "~/utils/security.server";
import type { ErrorKeys } from "~/utils/validation";
import { readForm } from "~/utils/form.server";
import { formReply, parseValues } from "~/utils/parse-form.server";
import { useFormErrors } from "~/utils/use-form-errors";
import { AUDIENCES, FORMATS, ROLES } from "~/domain/vocabulary";

const wishParams = () => z.object({ person: idField(), role: z.enum(ROLES) });
/** The hidden per-form key that makes a double submit create one request. */
const submissionKeySchema = () => z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);
const newSubmissionKey = () => randomToken(18);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request, "requester");
  const unit = notFoundUnless(user.care_unit_id ? await getCareUnit(db(), user.care_unit_id) : null);
  const url = new URL(request.url);
  const asked = url.searchParams.has("person") ? wishParams().safeParse(Object.fromEntries(url.searchParams)) : null;
  const wish = asked?.success ? ((await getWishedCard(db(), { personId: asked.data.person, role: asked.data.role })) ?? null) : null;
  return {
    options: await getProfileOptions(db()),
    wish,
    wishMissing: asked !== null && wish === null,
    defaults: { municipalityId: String(unit.municipality_id), contactName: user.name },
    submissionKey: newSubmissionKey(),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request, "requester");
  const unitId = notFoundUnless(user.care_unit_id);
  const form = await readForm(request);
  const values = readRequestForm(form);
  const key = submissionKeySchema().safeParse(form.get("submissionKey"));
  // The same key comes back with the errors, so fixing them and sending again still counts as one submission.
  const tag = { submissionKey: key.data ?? newSubmissionKey() };
  const reply = (errors: ErrorKeys, kept = values) => formReply(errors, kept, tag);
  const options = await getProfileOptions(db());
  const schema = requestSchema({ now: new Date(), municipalityIds: options.municipalities.map((m) => m.id), experienceAreaIds: options.areas.map((a) => a.id) });
  const parsed = parseValues(values, schema, tag);
  if (!parsed.ok) return parsed.reply;
  if (!key.success) return reply({ form: "requests.errors.formExpired" });
  const created = await createRequest(db(), { unitId, userId: user.id, input: parsed.value, submissionKey: key.data });
  if (!created.ok) return reply({ wish: "requests.errors.wishUnavailable" }, { ...values, wishedPersonId: "", wishedRole: "" });
  return redirect(`/unit/requests/${created.id}?notis=skapad`);
}

export default function NewRequest() {
  const t = useT();
  const areaOptions = useAreaOptions();
  const { options, wish, wishMissing, defaults, submissionKey } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = useFormErrors(actionData?.errors);
  const { experienceAreaIds: chosenAreas = [], ...v }: Partial<RequestFormValues> = actionData?.values ?? {};
  // A wish the server dropped (the person left the catalogue) is not sent again.
  const keptWish = wish && (!actionData || actionData.values.wishedPersonId !== "") ? wish : null;
  const labels: Record<string, string> = {
    wantedRole: t("requests.field.wantedRole"),
    experienceAreaIds: t("requests.field.areas"),
    format: t("requests.field.format"),
    title: t("requests.field.title"),
    purpose: t("requests.field.purpose"),
    audience: t("requests.field.audience"),
    audienceSize: t("requests.field.audienceSize"),
    place: t("requests.field.place"),
    municipalityId: t("requests.field.municipality"),
    address: t("requests.field.address"),
    contactName: t("requests.field.contactName"),
    contactPhone: t("requests.field.contactPhone"),
    wish: t("requests.detail.wish"),
    ...slotLabels(t),
  };
  return (
    <section aria-labelledby="new-request-title" className="stack-lg">
      <div>
        <h1 id="new-request-title">{t("requests.new.title")}</h1>
        <p className="lead">{t("requests.new.lead")}</p>
        {wishMissing ? <p className="notice notice--warning">{t("requests.new.wishMissing")}</p> : null}
      </div>
      <Form method="post" className="stack card" noValidate aria-labelledby="new-request-title">
        <ErrorSummary errors={errors} labels={labels} />
        <input type="hidden" name="submissionKey" value={actionData?.submissionKey ?? submissionKey} />
        <fieldset className="stack field-group">
          <legend>{t("requests.new.whoHeading")}</legend>
          {keptWish ? (
            <div className="notice">
              <input type="hidden" name="wishedPersonId" value={keptWish.personId} />
              <input type="hidden" name="wishedRole" value={keptWish.role} />
              <p>{t("requests.new.wish", { title: keptWish.title, role: t(`personRole.${keptWish.role}`) })}</p>
              <p className="muted">{t("requests.new.wishNote")}</p>
            </div>
          ) : null}
          {errors.wish ? (
            <p id="wish" tabIndex={-1} className="field__error">
              {errors.wish}
            </p>
          ) : null}
          <ChoiceGroup name="wantedRole" type="radio" legend={labels.wantedRole} error={errors.wantedRole} selected={[v.wantedRole ?? keptWish?.role ?? ""]} options={ROLES.map((r) => ({ value: r, label: t(`requests.role.${r}`) }))} />
          <ChoiceGroup
            name="experienceAreaIds"
            type="checkbox"
            legend={labels.experienceAreaIds}
            hint={t("requests.field.areasHint")}
            error={errors.experienceAreaIds}
            selected={chosenAreas}
            options={areaOptions(options.areas)}
          />
        </fieldset>
        <fieldset className="stack field-group">
          <legend>{t("requests.new.aboutHeading")}</legend>
          <SelectField name="format" label={labels.format} error={errors.format} defaultValue={v.format} placeholder={t("users.choose")} options={FORMATS.map((f) => ({ value: f, label: t(`format.${f}`) }))} />
          <TextField name="title" label={labels.title} hint={t("requests.field.titleHint")} defaultValue={v.title} error={errors.title} maxLength={REQUEST_LIMITS.titleMax} autoComplete="off" />
          <TextAreaField name="purpose" label={labels.purpose} hint={t("requests.field.purposeHint")} defaultValue={v.purpose} error={errors.purpose} maxLength={REQUEST_LIMITS.purposeMax} />
        </fieldset>
        <fieldset className="stack field-group">
          <legend>{t("requests.new.audienceHeading")}</legend>
          <ChoiceGroup name="audience" type="radio" legend={labels.audience} error={errors.audience} selected={[v.audience ?? ""]} options={AUDIENCES.map((a) => ({ value: a, label: t(`audience.${a}`) }))} />
          <TextField name="audienceSize" label={labels.audienceSize} inputMode="numeric" defaultValue={v.audienceSize} error={errors.audienceSize} autoComplete="off" />
        </fieldset>
        <PlaceFields legend="requests.new.placeHeading" values={v} errors={errors} municipalities={options.municipalities} defaultMunicipalityId={defaults.municipalityId} />
        <SlotFields values={v} errors={errors} />
        <ContactFields legend="requests.new.contactHeading" values={v} errors={errors} defaultName={defaults.contactName} />
        <button type="submit" className="button">
          {t("requests.new.submit")}
        </button>
      </Form>
      <p>
        <Link to="/unit/requests">{t("requests.detail.back")}</Link>
      </p>
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "requests.new.title");

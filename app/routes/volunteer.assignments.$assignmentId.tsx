import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { CantCome } from "~/components/cant-come";
import { ChoiceGroup, ErrorSummary, TextAreaField, TextField } from "~/components/form";
import { cantComeReason } from "~/domain/cant-come";
import { FEEDBACK_LIMITS } from "~/domain/offer-rules";
import { useLocale, useT, type Locale, type MessageKey } from "~/i18n";
import { cancelAssignmentByVolunteer, getAssignmentForPerson, saveVolunteerFeedback, type AssignmentView } from "~/models/assignments.server";
import { notFoundUnless, requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { idField } from "~/utils/fields";
import { formatDateTime } from "~/utils/format";
import { pageTitle } from "~/utils/meta";
import { errorKeys, type ErrorKeys } from "~/utils/validation";
import { Facts } from "~/components/facts";
import { NotificationBanner } from "~/components/notification-banner";
import { formValues, readForm } from "~/utils/form.server";
import { useSwedishContent } from "~/components/content-lang";

const RATINGS = ["1", "2", "3", "4", "5"] as const;

/** A number typed on a Swedish phone: "2,5" as well as "2.5", at most two decimals, within [0, max]. */
function decimalField(max: number, error: MessageKey) {
  return z
    .string()
    .trim()
    .regex(/^\d{1,4}([.,]\d{1,2})?$/, { error })
    .transform((v) => Number(v.replace(",", ".")))
    .refine((n) => n >= 0 && n <= max, { error });
}

const feedbackSchema = () =>
  z.object({
    rating: z.enum(RATINGS, { error: "assignments.errors.rating" }).transform(Number),
    comment: z.string().trim().max(FEEDBACK_LIMITS.commentMax, { error: "assignments.errors.commentTooLong" }),
    hours: decimalField(FEEDBACK_LIMITS.hoursMax, "assignments.errors.hours"),
    travelKm: decimalField(FEEDBACK_LIMITS.travelKmMax, "assignments.errors.travelKm"),
  });

const cantComeSchema = () => z.object({ reason: cantComeReason(), confirm: z.string() });

async function loadAssignment(request: Request, idParam: string | undefined) {
  const user = await requireUser(request, "volunteer");
  const personId = notFoundUnless(user.person_id);
  // A malformed id in the URL is a page that does not exist, like another volunteer's id.
  const id = notFoundUnless(idField().safeParse(idParam).data);
  const assignment = notFoundUnless(await getAssignmentForPerson(db(), { assignmentId: id, personId }));
  return { user, personId, assignment };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { assignment } = await loadAssignment(request, params.assignmentId);
  return { assignment };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, personId, assignment } = await loadAssignment(request, params.assignmentId);
  const formData = await readForm(request);
  if (formData.get("intent") === "cantCome") return cantCome(formData, { user, personId, assignment });
  // The comment is read whole: formValues() would cut it to 2000 characters and hide a too-long text.
  const values = { ...formValues(formData, ["rating", "hours", "travelKm"]), comment: String(formData.get("comment") ?? "") };
  const parsed = feedbackSchema().safeParse(values);
  if (!parsed.success) return data({ form: "feedback", errors: errorKeys(parsed.error), values, saved: false, confirm: null }, { status: 400 });
  const result = await saveVolunteerFeedback(db(), { assignmentId: assignment.id, personId, userId: user.id, ...parsed.data });
  if (!result.ok) {
    if (result.reason === "notFound") throw notFoundUnless(null);
    const errors: ErrorKeys = { form: `assignments.refused.${result.reason}` };
    return data({ form: "feedback", errors, values, saved: false, confirm: null }, { status: 409 });
  }
  return { form: "feedback", errors: {} as ErrorKeys, values: null, saved: true, confirm: null };
}

/** The first post shows what will happen and asks; only the confirmed second post cancels. */
async function cantCome(formData: FormData, { user, personId, assignment }: Awaited<ReturnType<typeof loadAssignment>>) {
  const values = { reason: String(formData.get("reason") ?? "").slice(0, 1000), confirm: String(formData.get("confirm") ?? "") };
  const parsed = cantComeSchema().safeParse(values);
  if (!parsed.success) return data({ form: "cantCome", errors: errorKeys(parsed.error), values, saved: false, confirm: null }, { status: 400 });
  if (parsed.data.confirm !== "yes") return { form: "cantCome", errors: {} as ErrorKeys, values, saved: false, confirm: parsed.data.reason };
  const result = await cancelAssignmentByVolunteer(db(), { assignmentId: assignment.id, personId, userId: user.id, reason: parsed.data.reason });
  if (!result.ok) {
    if (result.reason === "notFound") throw notFoundUnless(null);
    return data({ form: "cantCome", errors: { form: `assignments.refused.${result.reason}` } as ErrorKeys, values, saved: false, confirm: null }, { status: 409 });
  }
  return redirect(`/volunteer/assignments/${assignment.id}?installt=1`);
}

export default function AssignmentPage() {
  const t = useT();
  // Written in Swedish by a care unit.
  const sv = useSwedishContent();
  const locale = useLocale();
  const { assignment: a } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const cantComeData = actionData?.form === "cantCome" ? actionData : undefined;
  const cantComeErrors = Object.fromEntries(Object.entries(cantComeData?.errors ?? {}).map(([f, key]) => [f, key ? t(key) : undefined]));
  const facts: [string, string][] = [
    [t("assignments.starts"), formatDateTime(a.startsAt, locale)],
    [t("assignments.ends"), formatDateTime(a.endsAt, locale)],
    [t("offers.where"), a.place ?? t("offers.digital")],
    [t("offers.careUnit"), `${a.careUnit.name} (${t(`unitKind.${a.careUnit.kind}`)})`],
    [t("offers.format"), t(`format.${a.format}`)],
    [t("offers.audience"), t("offers.audienceValue", { audience: t(`audience.${a.audience}`), size: a.audienceSize })],
    [t("assignments.status"), t(`assignments.status.${a.status}`)],
  ];
  if (a.cancelReason) facts.push([t("assignments.cancelReason"), a.cancelReason]);
  if (a.purpose) facts.push([t("offers.purpose"), a.purpose]);
  return (
    <section aria-labelledby="assignment-title" className="stack-lg">
      <p>
        <Link to="/volunteer/assignments">{t("assignments.back")}</Link>
      </p>
      <h1 lang={sv} id="assignment-title">{a.title}</h1>
      {params.get("installt") && a.status === "cancelled" ? (
        <NotificationBanner>
          <p>{t("assignments.cantCome.done")}</p>
        </NotificationBanner>
      ) : null}
      {cantComeData?.confirm ? (
        <CantCome title={a.title} when={formatDateTime(a.startsAt, locale)} confirm={cantComeData.confirm} errors={{}} backHref={`/volunteer/assignments/${a.id}`} />
      ) : null}
      <Facts items={facts} />
      <section aria-labelledby="contact-title">
        <h2 id="contact-title">{t("assignments.contact")}</h2>
        {a.contact ? (
          <p>
            {a.contact.name}
            {", "}
            <a href={`tel:${a.contact.phone.replace(/[^\d+]/g, "")}`} aria-label={t("assignments.call", a.contact)}>
              {a.contact.phone}
            </a>
          </p>
        ) : (
          <p className="muted">{t("assignments.contactHidden")}</p>
        )}
      </section>
      {a.canCancel && !cantComeData?.confirm ? (
        <CantCome title={a.title} when={formatDateTime(a.startsAt, locale)} confirm={null} errors={cantComeErrors} reason={cantComeData?.values && "reason" in cantComeData.values ? cantComeData.values.reason : undefined} backHref={`/volunteer/assignments/${a.id}`} />
      ) : null}
      {cantComeData?.errors.form && !a.canCancel ? (
        <NotificationBanner tone="important">
          <p>{t(cantComeData.errors.form)}</p>
        </NotificationBanner>
      ) : null}
      <section aria-labelledby="feedback-title" className="card stack">
        <h2 id="feedback-title">{t("assignments.feedback.title")}</h2>
        {actionData?.form === "feedback" && actionData.saved ? (
          <NotificationBanner refocus={actionData}>
            <p>{t("assignments.feedback.saved")}</p>
          </NotificationBanner>
        ) : null}
        {a.feedback ? (
          <GivenFeedback feedback={a.feedback} locale={locale} />
        ) : a.canGiveFeedback ? (
          <FeedbackForm assignment={a} actionData={actionData?.form === "feedback" ? actionData : undefined} />
        ) : (
          <p className="muted">{t(a.ended || a.status === "cancelled" ? "assignments.refused.notAllowed" : "assignments.feedback.notYet")}</p>
        )}
      </section>
    </section>
  );
}

function GivenFeedback({ feedback, locale }: { feedback: NonNullable<AssignmentView["feedback"]>; locale: Locale }) {
  const t = useT();
  const number = (n: number | null) => (n === null ? "–" : new Intl.NumberFormat(locale === "sv" ? "sv-SE" : "en-GB").format(n));
  const items: [string, string][] = [
    [t("assignments.feedback.rating"), t("assignments.feedback.ratingValue", { rating: feedback.rating })],
    ...(feedback.comment ? [[t("assignments.feedback.comment"), feedback.comment] as [string, string]] : []),
    [t("assignments.feedback.hours"), t("assignments.feedback.hoursValue", { hours: number(feedback.hours) })],
    [t("assignments.feedback.travelKm"), t("assignments.feedback.travelValue", { km: number(feedback.travelKm) })],
  ];
  return <Facts items={items} />;
}

function FeedbackForm({ assignment, actionData }: { assignment: AssignmentView; actionData?: { errors: ErrorKeys; values: Record<string, string> | null } }) {
  const t = useT();
  const errors = Object.fromEntries(Object.entries(actionData?.errors ?? {}).map(([f, key]) => [f, key ? t(key) : undefined]));
  const values: Partial<Record<string, string>> = actionData?.values ?? {};
  const labels = {
    rating: t("assignments.feedback.rating"),
    comment: t("assignments.feedback.comment"),
    hours: t("assignments.feedback.hours"),
    travelKm: t("assignments.feedback.travelKm"),
  };
  return (
    <>
      <p>{t("assignments.feedback.lead")}</p>
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" className="stack" noValidate>
        <ChoiceGroup
          name="rating"
          legend={labels.rating}
          type="radio"
          options={RATINGS.map((r) => ({ value: r, label: t(`assignments.feedback.rating.${r}`) }))}
          selected={values.rating ? [values.rating] : []}
          error={errors.rating}
        />
        <TextAreaField
          name="comment"
          label={labels.comment}
          hint={t("assignments.feedback.commentHint")}
          maxLength={FEEDBACK_LIMITS.commentMax}
          defaultValue={values.comment}
          error={errors.comment}
        />
        <TextField name="hours" label={labels.hours} hint={t("assignments.feedback.hoursHint")} inputMode="decimal" required defaultValue={values.hours} error={errors.hours} autoComplete="off" />
        <TextField
          name="travelKm"
          label={labels.travelKm}
          hint={t("assignments.feedback.travelKmHint")}
          inputMode="decimal"
          required
          defaultValue={values.travelKm ?? (assignment.isDigital ? "0" : undefined)}
          error={errors.travelKm}
          autoComplete="off"
        />
        <button type="submit" className="button">
          {t("assignments.feedback.submit")}
        </button>
      </Form>
    </>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "assignments.title");

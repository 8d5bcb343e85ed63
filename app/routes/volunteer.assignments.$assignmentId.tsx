import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { CantCome } from "~/components/cant-come";
import { ErrorSummary, TextField } from "~/components/form";
import { cantComeReason } from "~/domain/cant-come";
import { FEEDBACK_LIMITS, FEEDBACK_RATINGS } from "~/domain/offer-rules";
import { RatingAndComment } from "~/components/feedback-fields";
import { useLocale, useT, type MessageKey } from "~/i18n";
import { cancelAssignmentByVolunteer, getAssignmentForPerson, saveVolunteerFeedback, type AssignmentView } from "~/models/assignments.server";
import { notFoundUnless, requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { decimalField, idField } from "~/domain/fields";
import { formatDateTime } from "~/domain/format";
import { pageTitle } from "~/utils/meta";
import { useFormErrors } from "~/utils/use-form-errors";
import type { ErrorKeys } from "~/utils/validation";
import { Facts } from "~/components/facts";
import { NotificationBanner } from "~/components/notification-banner";
import { formText, formValues, readForm } from "~/utils/form.server";
import { formReply, parseValues } from "~/utils/parse-form.server";
import { useSwedishContent } from "~/components/content-lang";
import type { Locale } from "~/domain/vocabulary";

/** A number typed on a Swedish phone ("2,5" as well as "2.5", at most two decimals), required, within [0, max]. */
const typedNumber = (max: number, error: MessageKey) =>
  decimalField(error, 2).pipe(z.number({ error }).min(0, { error }).max(max, { error }));

const feedbackSchema = () =>
  z.object({
    rating: z.enum(FEEDBACK_RATINGS, { error: "assignments.errors.rating" }).transform(Number),
    comment: z.string().trim().max(FEEDBACK_LIMITS.commentMax, { error: "assignments.errors.commentTooLong" }),
    hours: typedNumber(FEEDBACK_LIMITS.hoursMax, "assignments.errors.hours"),
    travelKm: typedNumber(FEEDBACK_LIMITS.travelKmMax, "assignments.errors.travelKm"),
  });

const cantComeSchema = () => z.object({ reason: cantComeReason(), confirm: z.string() });
const refused = (reason: string) => ({ form: `assignments.refused.${reason}` as MessageKey });

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
  const values = { ...formValues(formData, ["rating", "hours", "travelKm"]), comment: formText(formData, "comment", 100_000) };
  const tag = { form: "feedback" as const, saved: false, confirm: null };
  const parsed = parseValues(values, feedbackSchema(), tag);
  if (!parsed.ok) return parsed.reply;
  const result = await saveVolunteerFeedback(db(), { assignmentId: assignment.id, personId, userId: user.id, ...parsed.value });
  if (!result.ok) {
    if (result.reason === "notFound") throw notFoundUnless(null);
    return formReply(refused(result.reason), values, tag, 409);
  }
  return { form: "feedback", errors: {} as ErrorKeys, values: null, saved: true, confirm: null };
}

/** The first post shows what will happen and asks; only the confirmed second post cancels. */
async function cantCome(formData: FormData, { user, personId, assignment }: Awaited<ReturnType<typeof loadAssignment>>) {
  const values = { reason: formText(formData, "reason", 1000), confirm: formText(formData, "confirm", 10) };
  const tag = { form: "cantCome" as const, saved: false, confirm: null };
  const parsed = parseValues(values, cantComeSchema(), tag);
  if (!parsed.ok) return parsed.reply;
  if (parsed.value.confirm !== "yes") return { form: "cantCome", errors: {} as ErrorKeys, values, saved: false, confirm: parsed.value.reason };
  const result = await cancelAssignmentByVolunteer(db(), { assignmentId: assignment.id, personId, userId: user.id, reason: parsed.value.reason });
  if (!result.ok) {
    if (result.reason === "notFound") throw notFoundUnless(null);
    return formReply(refused(result.reason), values, tag, 409);
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
  const cantComeErrors = useFormErrors(cantComeData?.errors);
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
  const errors = useFormErrors(actionData?.errors);
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
        <RatingAndComment labels={labels} commentHint={t("assignments.feedback.commentHint")} values={values} errors={errors} />
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

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageTitle(matches, "assignments.detailTitle", { name: data?.assignment.title });

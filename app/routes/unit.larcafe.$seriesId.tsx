// GET/POST /unit/larcafe/<id>: one of the unit's Lärcafé series, each session with its book request's state, and
// cancelling a session (which closes its request the way the unit's request page does).
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import type { ReactNode } from "react";
import { z } from "zod";
import { useSwedishContent } from "~/components/content-lang";
import { Facts } from "~/components/facts";
import { ErrorSummary, TextAreaField } from "~/components/form";
import { LarcafeSessions, LarcafeTheme } from "~/components/larcafe-sessions";
import { NotificationBanner } from "~/components/notification-banner";
import { SurveyLinks } from "~/components/survey-links";
import { idField } from "~/domain/fields";
import { REQUEST_LIMITS } from "~/domain/request-schema";
import { surveyLinksFormSchema } from "~/domain/self-efficacy";
import { useT, type MessageKey } from "~/i18n";
import { cancelSession, getSeriesForUnit, type LarcafeSeriesView } from "~/models/larcafe.server";
import { handOutSurveyLinks } from "~/models/survey.server";
import { notFoundUnless, requireUnitRow } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { formText, formValues, readForm } from "~/utils/form.server";
import { pageTitle } from "~/utils/meta";
import { formReply, parseForm, parseValues } from "~/utils/parse-form.server";
import { useFormErrors } from "~/utils/use-form-errors";
import "~/i18n/plan-parts";

const cancelSchema = () =>
  z.object({
    sessionId: idField("requests.errors.invalid"),
    reason: z.string().trim().min(1, { error: "requests.errors.reasonRequired" }).max(REQUEST_LIMITS.cancelReasonMax, { error: "requests.errors.reasonLong" }),
  });

const NOTICES: Record<string, MessageKey> = { skapad: "larcafe.notice.created", installd: "larcafe.notice.cancelled" };

/** Scoped to the signed-in requester's unit: another unit's series, or a malformed id, is a page that does not exist. */
async function loadSeries(request: Request, idParam: string | undefined) {
  const { user, unitId, row } = await requireUnitRow(request, idParam, (key) => getSeriesForUnit(db(), key));
  return { user, unitId, series: row };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { series } = await loadSeries(request, params.seriesId);
  return { series };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, unitId, series } = await loadSeries(request, params.seriesId);
  const form = await readForm(request);
  if (form.get("intent") === "surveyLinks") {
    const links = parseForm(form, surveyLinksFormSchema(), ["count"], { surveyLinks: null });
    if (!links.ok) return links.reply;
    return { surveyLinks: await handOutSurveyLinks(db(), { owner: { source: "larcafe", seriesId: series.id }, count: links.value.count }), errors: null };
  }
  const values = { ...formValues(form, ["sessionId"]), reason: formText(form, "reason", 5000) };
  const parsed = parseValues(values, cancelSchema(), { sessionId: values.sessionId });
  if (!parsed.ok) return parsed.reply;
  const result = await cancelSession(db(), { seriesId: series.id, sessionId: parsed.value.sessionId, unitId, userId: user.id, reason: parsed.value.reason });
  if (result.ok) return redirect(`/unit/larcafe/${series.id}?notis=installd`);
  if (result.reason === "notFound") throw notFoundUnless(null);
  return formReply({ form: `larcafe.refused.${result.reason}` as MessageKey }, values, { sessionId: values.sessionId }, 409);
}

export default function UnitLarcafePage() {
  const t = useT();
  const sv = useSwedishContent();
  const { series } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const notice = !actionData ? NOTICES[params.get("notis") ?? ""] : undefined;
  const surveyLinks = actionData && "surveyLinks" in actionData ? actionData : null;
  const errors = useFormErrors(surveyLinks ? undefined : actionData?.errors);
  const linkErrors = useFormErrors(surveyLinks?.errors);
  return (
    <section aria-labelledby="larcafe-title" className="stack-lg">
      <p>
        <Link to="/unit/larcafe">{t("larcafe.detail.back")}</Link>
      </p>
      {notice ? (
        <NotificationBanner>
          <p>{t(notice)}</p>
        </NotificationBanner>
      ) : null}
      {errors.form ? (
        <NotificationBanner tone="important" refocus={actionData}>
          <p>{errors.form}</p>
        </NotificationBanner>
      ) : null}
      <h1 id="larcafe-title" lang={sv}>
        {series.title}
      </h1>
      <SeriesFacts series={series} />
      <section aria-labelledby="sessions-title" className="stack">
        <h2 id="sessions-title">{t("larcafe.detail.sessionsHeading")}</h2>
        <LarcafeSessions sessions={series.sessions} labelledBy="sessions-title" requestPath={(id) => `/unit/requests/${id}`} />
        {series.sessions.map((s, i) =>
          s.canCancel ? <CancelSession key={s.id} sessionId={s.id} number={i + 1} errors={actionData && "sessionId" in actionData && actionData.sessionId === String(s.id) ? errors : undefined} /> : null,
        )}
      </section>
      <SurveyLinks links={surveyLinks?.surveyLinks ?? null} error={linkErrors.count} />
    </section>
  );
}

/** The confirmation is a <details> step, so it works without JavaScript and a stray tap changes nothing. */
function CancelSession({ sessionId, number, errors }: { sessionId: number; number: number; errors?: Partial<Record<string, string>> }) {
  const t = useT();
  const id = `reason-${sessionId}`;
  const label = t("larcafe.cancel.reason");
  return (
    <details open={errors?.reason ? true : undefined}>
      <summary className="button button--secondary">{t("larcafe.cancel.open", { n: number })}</summary>
      <Form method="post" className="stack" noValidate>
        <ErrorSummary errors={errors?.reason ? { reason: errors.reason } : undefined} labels={{ reason: label }} fieldIds={{ reason: id }} />
        <input type="hidden" name="sessionId" value={sessionId} />
        <p>{t("larcafe.cancel.lead")}</p>
        <TextAreaField id={id} name="reason" label={label} error={errors?.reason} rows={3} maxLength={REQUEST_LIMITS.cancelReasonMax} required />
        <button type="submit" className="button button--danger">
          {t("larcafe.cancel.submit")}
        </button>
      </Form>
    </details>
  );
}

function SeriesFacts({ series: s }: { series: LarcafeSeriesView }) {
  const t = useT();
  const sv = useSwedishContent();
  const items: [string, ReactNode][] = [
    [t("larcafe.detail.theme"), <LarcafeTheme key="theme" name={s.theme} nameEn={s.theme_en} />],
    [t("offers.audience"), t("offers.audienceValue", { audience: t(`audience.${s.audience}`), size: s.audience_size })],
    [t("offers.where"), s.digital ? t("offers.digital") : <span key="place" lang={sv}>{`${s.address}, ${s.municipality}`}</span>],
    [t("requests.detail.contact"), `${s.contact_name}, ${s.contact_phone}`],
  ];
  if (s.description) items.push([t("offers.purpose"), <span key="description" lang={sv}>{s.description}</span>]);
  return <Facts items={items} />;
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageTitle(matches, "larcafe.detail.pageTitle", { name: data?.series.title });

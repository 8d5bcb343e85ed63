// GET/POST /unit/requests/<id>: one of the unit's requests, its history, and withdraw / cancel / feedback.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import type { ReactNode } from "react";
import { AreaNameList, useSwedishContent } from "~/components/content-lang";
import { Facts } from "~/components/facts";
import { NotificationBanner } from "~/components/notification-banner";
import { HistoryNote } from "~/components/request-history-note";
import { CancelForm, GivenUnitFeedback, UnitFeedbackForm, WithdrawForm, type IntentState } from "~/components/unit-request-actions";
import { BookingBox, SlotList } from "~/components/unit-request-booking";
import { FEEDBACK_LIMITS, FEEDBACK_RATINGS } from "~/domain/offer-rules";
import { REQUEST_LIMITS } from "~/domain/request-schema";
import { useLocale, useT, type MessageKey } from "~/i18n";
import { cancelRequest, saveUnitFeedback, withdrawRequest, type ChangeResult } from "~/models/requests.server";
import { getRequestForUnit, type UnitRequestView } from "~/models/unit-request-view.server";
import { notFoundUnless, requireUnitRow } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { formatDateTime } from "~/domain/format";
import { pageTitle } from "~/utils/meta";
import { formText, formValues, readForm } from "~/utils/form.server";
import { formReply, parseValues } from "~/utils/parse-form.server";
import { useFormErrors } from "~/utils/use-form-errors";

const INTENTS = ["withdraw", "cancel", "feedback"] as const;
type Intent = (typeof INTENTS)[number];

const intentSchema = () =>
  z.discriminatedUnion("intent", [
    z.object({ intent: z.literal("withdraw") }),
    z.object({
      intent: z.literal("cancel"),
      reason: z.string().trim().min(1, { error: "requests.errors.reasonRequired" }).max(REQUEST_LIMITS.cancelReasonMax, { error: "requests.errors.reasonLong" }),
    }),
    z.object({
      intent: z.literal("feedback"),
      rating: z.enum(FEEDBACK_RATINGS, { error: "requests.errors.rating" }).transform(Number),
      comment: z.string().trim().max(FEEDBACK_LIMITS.commentMax, { error: "requests.errors.commentLong" }),
      wouldBookAgain: z.enum(["yes", "no"], { error: "requests.errors.wouldBookAgain" }).transform((v) => v === "yes"),
    }),
  ]);

/** The ?notis= value a successful change redirects with, and the notice it shows. */
const NOTICES: Record<string, MessageKey> = {
  skapad: "requests.notice.created",
  aterkallad: "requests.notice.withdrawn",
  installd: "requests.notice.cancelled",
  aterkoppling: "requests.notice.feedback",
};

/** Scoped to the signed-in requester's unit: another unit's id, or a malformed one, is a page that does not exist. */
async function loadRequest(request: Request, idParam: string | undefined) {
  const { user, unitId, row } = await requireUnitRow(request, idParam, (key) => getRequestForUnit(db(), key));
  return { user, unitId, view: row };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { view } = await loadRequest(request, params.requestId);
  return { request: view };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, unitId, view } = await loadRequest(request, params.requestId);
  const formData = await readForm(request);
  // Free text is read whole (up to a cap): formValues() would cut it to 2000 characters and hide a too-long text.
  const values = { ...formValues(formData, ["intent", "rating", "wouldBookAgain"]), reason: formText(formData, "reason", 5000), comment: formText(formData, "comment", 5000) };
  const intent = (INTENTS as readonly string[]).includes(values.intent) ? (values.intent as Intent) : null;
  if (!intent) return formReply({ form: "requests.errors.invalid" }, values, { intent });
  const parsed = parseValues(values, intentSchema(), { intent });
  if (!parsed.ok) return parsed.reply;
  const refused = (key: MessageKey) => formReply({ form: key }, values, { intent }, 409);
  const done = (result: ChangeResult | { ok: boolean; reason?: string }, notice: string) => {
    if (result.ok) return redirect(`/unit/requests/${view.id}?notis=${notice}`);
    if (result.reason === "notFound") throw notFoundUnless(null);
    return refused(`requests.refused.${result.reason}` as MessageKey);
  };
  const answer = parsed.value;
  if (answer.intent === "withdraw") return done(await withdrawRequest(db(), { id: view.id, unitId, userId: user.id }), "aterkallad");
  if (answer.intent === "cancel") return done(await cancelRequest(db(), { id: view.id, unitId, userId: user.id, reason: answer.reason }), "installd");
  if (!view.assignment) return refused("requests.refused.notAllowed");
  const { rating, comment, wouldBookAgain } = answer;
  return done(await saveUnitFeedback(db(), { assignmentId: view.assignment.id, unitId, userId: user.id, rating, comment, wouldBookAgain }), "aterkoppling");
}

export default function UnitRequestPage() {
  const t = useT();
  const { request: r } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const notice = !actionData ? NOTICES[params.get("notis") ?? ""] : undefined;
  const errors = useFormErrors(actionData?.errors);
  const stateFor = (intent: Intent): IntentState | undefined => (actionData?.intent === intent ? { errors, values: actionData.values } : undefined);
  const formError = actionData?.errors.form;
  // The unit wrote the title in Swedish.
  const sv = useSwedishContent();
  return (
    <section aria-labelledby="request-title" className="stack-lg">
      <p>
        <Link to="/unit/requests">{t("requests.detail.back")}</Link>
      </p>
      {notice ? (
        <NotificationBanner>
          <p>{t(notice)}</p>
        </NotificationBanner>
      ) : null}
      {formError ? (
        <NotificationBanner tone="important" refocus={actionData}>
          <p>{t(formError)}</p>
        </NotificationBanner>
      ) : null}
      <div>
        <h1 id="request-title" lang={sv}>
          {r.title}
        </h1>
        <p>
          <span className={`badge badge--${r.status}`}>{t(`requestStatus.${r.status}`)}</span>
        </p>
      </div>
      {r.assignment ? <BookingBox assignment={r.assignment} /> : null}
      <RequestFacts request={r} />
      <SlotList slots={r.slots} chosenSlotId={r.chosenSlotId} />
      {r.canWithdraw ? <WithdrawForm /> : null}
      {r.canCancel ? <CancelForm state={stateFor("cancel")} /> : null}
      {r.assignment && (r.assignment.feedback || r.assignment.canGiveFeedback || r.assignment.status === "booked") ? (
        <section aria-labelledby="feedback-title" className="card stack">
          <h2 id="feedback-title">{t(r.assignment.feedback ? "requests.feedback.given" : "requests.feedback.heading")}</h2>
          {r.assignment.feedback ? (
            <GivenUnitFeedback feedback={r.assignment.feedback} />
          ) : r.assignment.canGiveFeedback ? (
            <UnitFeedbackForm state={stateFor("feedback")} />
          ) : (
            <p className="muted">{t("requests.feedback.notYet")}</p>
          )}
        </section>
      ) : null}
      <History request={r} />
    </section>
  );
}

function RequestFacts({ request: r }: { request: UnitRequestView }) {
  const t = useT();
  const locale = useLocale();
  const sv = useSwedishContent();
  const items: [string, ReactNode][] = [
    [t("requests.detail.role"), t(`personRole.${r.wantedRole}`)],
    [t("offers.format"), t(`format.${r.format}`)],
    [t("offers.audience"), t("offers.audienceValue", { audience: t(`audience.${r.audience}`), size: r.audienceSize })],
    [t("offers.where"), r.place ?? t("offers.digital")],
  ];
  if (r.areas.length > 0) items.push([t("requests.detail.areas"), <AreaNameList key="areas" areas={r.areas} />]);
  if (r.wishedTitle) items.push([t("requests.detail.wish"), <span key="wish" lang={sv}>{r.wishedTitle}</span>]);
  if (r.purpose) items.push([t("offers.purpose"), <span key="purpose" lang={sv}>{r.purpose}</span>]);
  items.push([t("requests.detail.contact"), `${r.contact.name}, ${r.contact.phone}`], [t("requests.detail.created"), formatDateTime(r.createdAt, locale)]);
  if (r.statusReason) items.push([t("requests.detail.reason"), r.statusReason]);
  return <Facts items={items} />;
}

function History({ request: r }: { request: UnitRequestView }) {
  const t = useT();
  const locale = useLocale();
  const offerStatuses = (["pending", "accepted", "declined", "expired", "withdrawn"] as const).filter((s) => (r.offers[s] ?? 0) > 0);
  return (
    <>
      <section aria-labelledby="offers-title">
        <h2 id="offers-title">{t("requests.offers.heading")}</h2>
        {offerStatuses.length === 0 ? (
          <p className="empty">{t("requests.offers.none")}</p>
        ) : (
          <ul>
            {offerStatuses.map((s) => (
              <li key={s}>{`${t(`requests.offers.${s}`)}: ${r.offers[s]}`}</li>
            ))}
          </ul>
        )}
        <p className="muted">{t("requests.offers.note")}</p>
      </section>
      <section aria-labelledby="history-title">
        <h2 id="history-title">{t("requests.history.heading")}</h2>
        <ol>
          {r.history.map((e, i) => (
            <li key={e.id}>
              {`${formatDateTime(e.at, locale)}: ${t(i === 0 ? "requests.history.created" : `requests.history.${e.status}`)}`}
              <HistoryNote entry={e} />
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageTitle(matches, "desk.detail.title", { name: data?.request.title });

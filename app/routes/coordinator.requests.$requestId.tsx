// GET/POST /coordinator/requests/<id>: one request, its ranked candidates, offering, withdrawing offers and the outcome.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { useSwedishContent } from "~/components/content-lang";
import { CandidateOfferForm, ExcludedPeople } from "~/components/desk-candidates";
import { CascadeExhaustedNotice, DeskCascade } from "~/components/desk-cascade";
import { DeskOfferList } from "~/components/desk-offers";
import { NotificationBanner } from "~/components/notification-banner";
import { AssignmentOutcome } from "~/components/desk-outcome";
import { DeskRequestFacts, DeskRequestHistory, DeskRequestSlots, type DeskFormState } from "~/components/desk-request";
import { OFFER_LIMITS, OUTCOME_LIMITS, OUTCOME_STATUSES, outcomeProblems } from "~/domain/desk-rules";
import { addDays, instantToLocal } from "~/domain/stockholm-time";
import { useT, type MessageKey, type Vars } from "~/i18n";
import "~/i18n/staff";
import { DEFAULT_REPLY_DAYS, MAX_REPLY_DAYS } from "~/domain/request-lifecycle";
import { setAssignmentOutcome } from "~/models/assignments.server";
import { setAutoNext } from "~/models/cascade.server";
import { suggestedReplyDay } from "~/models/days-off.server";
import { getCandidatesForDesk, TOP_CANDIDATES } from "~/models/desk-candidates-page.server";
import { getRequestForDesk } from "~/models/desk-page.server";
import { withdrawOffer } from "~/models/offer/close.server";
import { offerFromDesk } from "~/models/offer/make.server";
import { notFoundUnless, requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { decimalField, idField, isIsoDate } from "~/domain/fields";
import { pageTitle } from "~/utils/meta";
import { formText, formValues, readForm } from "~/utils/form.server";
import { formReply, parseValues } from "~/utils/parse-form.server";
import { useFormErrors } from "~/utils/use-form-errors";
import type { ErrorKeys } from "~/utils/validation";

const INTENTS = ["offer", "withdrawOffer", "outcome", "autoNext"] as const;
type Intent = (typeof INTENTS)[number];

function offerSchema(today: string) {
  const last = addDays(today, MAX_REPLY_DAYS);
  return z.object({
    intent: z.literal("offer"),
    personId: z.array(idField("desk.errors.invalid")).min(1, { error: "desk.errors.choosePerson" }).max(OFFER_LIMITS.peopleMax, { error: "desk.errors.tooMany" }),
    slotId: idField("desk.errors.slot"),
    replyBy: z.string().trim().refine((v) => isIsoDate(v) && v >= today && v <= last, { error: "desk.errors.replyBy" }),
  });
}

// Empty hours or compensation mean "not known"; the rules on them are the domain's (outcomeProblems), the model checks them again.
const outcomeSchema = () =>
  z
    .object({
      intent: z.literal("outcome"),
      status: z.enum(OUTCOME_STATUSES, { error: "desk.errors.status" }),
      hours: decimalField("desk.errors.hours", 2),
      compensationSek: decimalField("desk.errors.compensation", 0),
      reason: z.string(),
    })
    .superRefine((v, ctx) => {
      for (const problem of outcomeProblems(v)) ctx.addIssue({ code: "custom", path: [problem.field], message: problem.key });
    });

const actionSchema = (today: string) =>
  z.discriminatedUnion("intent", [
    offerSchema(today),
    z.object({ intent: z.literal("withdrawOffer"), offerId: idField("desk.errors.invalid") }),
    outcomeSchema(),
    /** An unticked checkbox sends nothing: empty is "off". */
    z.object({ intent: z.literal("autoNext"), autoNext: z.enum(["", "1"], { error: "desk.errors.invalid" }).transform((v) => v === "1") }),
  ]);

/** The numbers some messages name, so the text and the rule cannot drift apart. */
const ERROR_VARS: Partial<Record<MessageKey, Vars>> = {
  "desk.errors.tooMany": { max: OFFER_LIMITS.peopleMax },
  "desk.errors.replyBy": { max: MAX_REPLY_DAYS },
  "desk.errors.hours": { max: OUTCOME_LIMITS.hoursMax },
  "desk.errors.compensation": { max: OUTCOME_LIMITS.compensationMax },
  "desk.errors.reasonLong": { max: OUTCOME_LIMITS.reasonMax },
};

/** The ?notis= value a successful change redirects with, and the notice it shows. */
const NOTICES: Record<string, MessageKey> = {
  erbjudna: "desk.notice.offered",
  aterdraget: "desk.notice.withdrawn",
  utfall: "desk.notice.outcome",
  "automatiskt-pa": "desk.notice.autoNextOn",
  "automatiskt-av": "desk.notice.autoNextOff",
};

/** A malformed or unknown id is a page that does not exist. */
async function loadRequest(request: Request, idParam: string | undefined) {
  const user = await requireUser(request, "coordinator");
  const id = notFoundUnless(idField().safeParse(idParam).data);
  return { user, view: notFoundUnless(await getRequestForDesk(db(), id)) };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { view } = await loadRequest(request, params.requestId);
  const all = new URL(request.url).searchParams.get("alla") === "1";
  const now = new Date();
  const today = instantToLocal(now).date;
  // Ranking loads everyone; a request that takes no offers has no use for it.
  const candidates = view.status === "open" || view.status === "offered" ? await getCandidatesForDesk(db(), { requestId: view.id, all, now }) : null;
  // A slot that has begun can no longer be offered, so the form leaves it out.
  const slotIds = view.slots.filter((s) => Date.parse(s.startsAt) > now.getTime()).map((s) => s.id);
  const defaults = {
    slotIds,
    slotId: candidates?.candidates[0]?.raisedHand?.slotId ?? candidates?.candidates[0]?.freeSlotIds[0] ?? slotIds[0] ?? null,
    replyBy: suggestedReplyDay(today),
    replyDays: DEFAULT_REPLY_DAYS,
    replyByMin: today,
    replyByMax: addDays(today, MAX_REPLY_DAYS),
  };
  return { request: view, candidates, all, top: TOP_CANDIDATES, defaults };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, view } = await loadRequest(request, params.requestId);
  const formData = await readForm(request);
  const values = {
    ...formValues(formData, ["intent", "slotId", "replyBy", "offerId", "status", "hours", "compensationSek", "autoNext"]),
    personId: formData.getAll("personId").slice(0, 200).map((v) => String(v).slice(0, 20)),
    reason: formText(formData, "reason", 5000).trim(),
  };
  const intent = (INTENTS as readonly string[]).includes(values.intent) ? (values.intent as Intent) : null;
  const now = new Date();
  const reply = (errors: ErrorKeys, status = 400, names = "") => formReply(errors, values, { intent, names }, status);
  const parsed = parseValues(values, actionSchema(instantToLocal(now).date), { intent, names: "" });
  // Offer and outcome errors sit at their fields; the other intents have none to show, so anything wrong is a broken post.
  if (!parsed.ok) return intent === "offer" || intent === "outcome" ? parsed.reply : reply({ form: "desk.errors.invalid" });
  const back = (notice: string) => redirect(`/coordinator/requests/${view.id}?notis=${notice}`);
  const input = parsed.value;
  if (input.intent === "offer") {
    const { personId, slotId, replyBy } = input;
    const result = await offerFromDesk(db(), { requestId: view.id, slotId, personIds: personId, replyByDate: replyBy, coordinatorId: user.id, now });
    if (result.ok) return redirect(`/coordinator/requests/${view.id}?notis=erbjudna&antal=${result.made}`);
    if (result.reason === "notFound") throw notFoundUnless(null);
    if (result.reason === "closed") return reply({ form: "desk.errors.closed" }, 409);
    // One message per kind of problem; they share the checkbox group, the first kind found is the one shown there.
    const [problem, names] = Object.entries(result.problems)[0];
    return reply({ personId: `desk.errors.${problem}` as MessageKey }, 409, names.join(", "));
  }
  if (input.intent === "withdrawOffer") {
    const result = await withdrawOffer(db(), { offerId: input.offerId, requestId: view.id, coordinatorId: user.id, now });
    if (result.ok) return back("aterdraget");
    if (result.reason === "notFound") throw notFoundUnless(null);
    return reply({ form: "desk.refused.notPending" }, 409);
  }
  if (input.intent === "outcome") {
    const assignment = notFoundUnless(view.assignment);
    const { status, hours, compensationSek, reason } = input;
    const result = await setAssignmentOutcome(db(), { status, hours, compensationSek, reason, assignmentId: assignment.id, requestId: view.id, coordinatorId: user.id, now });
    if (result.ok) return back("utfall");
    if (result.reason === "notFound") throw notFoundUnless(null);
    return reply({ form: "desk.refused.notStarted" }, 409);
  }
  const result = await setAutoNext(db(), { requestId: view.id, on: input.autoNext, coordinatorId: user.id, now });
  if (!result.ok) throw notFoundUnless(null);
  return back(input.autoNext ? "automatiskt-pa" : "automatiskt-av");
}

export default function DeskRequestPage() {
  const t = useT();
  const { request: r, candidates, all, top, defaults } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const notice = !actionData ? NOTICES[params.get("notis") ?? ""] : undefined;
  const errors = useFormErrors(actionData?.errors, (key) => ERROR_VARS[key] ?? { names: actionData?.names ?? "" });
  const stateFor = (intent: Intent): DeskFormState | undefined => (actionData?.intent === intent && !errors.form ? { errors, values: actionData.values } : undefined);
  const formError = actionData?.errors.form;
  // The unit wrote the title in Swedish.
  const sv = useSwedishContent();
  return (
    <section aria-labelledby="request-title" className="stack-lg">
      <p>
        <Link to="/coordinator/requests">{t("desk.detail.back")}</Link>
      </p>
      <div>
        <h1 id="request-title" lang={sv}>
          {r.title}
        </h1>
        <p>
          <span className="badge">{t(`requestStatus.${r.status}`)}</span>
        </p>
      </div>
      {notice ? (
        <NotificationBanner>
          <p>{t(notice, { count: Number(params.get("antal") ?? 0) })}</p>
        </NotificationBanner>
      ) : null}
      {formError ? (
        <NotificationBanner tone="important" refocus={actionData}>
          <p>{errors.form}</p>
        </NotificationBanner>
      ) : null}
      <CascadeExhaustedNotice cascade={r.cascade} status={r.status} />
      <DeskRequestFacts request={r} />
      <DeskRequestSlots slots={r.slots} />
      {candidates ? (
        <>
          <CandidateOfferForm request={r} candidates={candidates} all={all} top={top} defaults={defaults} state={stateFor("offer")} />
          <ExcludedPeople candidates={candidates} />
        </>
      ) : (
        <p className="muted">{t("desk.candidates.closed", { status: t(`requestStatus.${r.status}`) })}</p>
      )}
      <DeskOfferList offers={r.offers} />
      <DeskCascade cascade={r.cascade} status={r.status} />
      {r.assignment ? <AssignmentOutcome assignment={r.assignment} state={stateFor("outcome")} /> : null}
      <DeskRequestHistory history={r.history} />
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageTitle(matches, "desk.detail.title", { name: data?.request.title });

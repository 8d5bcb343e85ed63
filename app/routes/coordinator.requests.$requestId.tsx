// GET/POST /coordinator/requests/<id>: one request, its ranked candidates, offering, withdrawing offers and the outcome.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { useSwedishContent } from "~/components/content-lang";
import { CandidateOfferForm, ExcludedPeople } from "~/components/desk-candidates";
import { CascadeExhaustedNotice, DeskCascade } from "~/components/desk-cascade";
import { DeskOfferList } from "~/components/desk-offers";
import { NotificationBanner } from "~/components/notification-banner";
import { AssignmentOutcome } from "~/components/desk-outcome";
import { DeskRequestFacts, DeskRequestHistory, DeskRequestSlots, type DeskFormState } from "~/components/desk-request";
import { OFFER_LIMITS, OUTCOME_LIMITS, OUTCOME_STATUSES } from "~/domain/desk-rules";
import { addDays, instantToLocal } from "~/domain/stockholm-time";
import { useT, type MessageKey, type Vars } from "~/i18n";
import "~/i18n/staff";
import { DEFAULT_REPLY_DAYS, MAX_REPLY_DAYS } from "~/domain/request-lifecycle";
import { setAutoNext } from "~/models/cascade.server";
import { getCandidatesForDesk, offerFromDesk, TOP_CANDIDATES } from "~/models/desk-candidates.server";
import { getRequestForDesk, setAssignmentOutcome, withdrawOffer } from "~/models/desk.server";
import { notFoundUnless, requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { idField, isIsoDate } from "~/utils/fields";
import { pageTitle } from "~/utils/meta";
import { errorKeys } from "~/utils/validation";
import { formValues, readForm } from "~/utils/form.server";

const INTENTS = ["offer", "withdrawOffer", "outcome", "autoNext"] as const;
type Intent = (typeof INTENTS)[number];

const digits = (error: MessageKey) => z.string().regex(/^\d{1,15}$/, { error }).transform(Number);
const HOURS = /^\d{1,2}([.,]\d{1,2})?$/;
const toNumber = (v: string) => Number(v.replace(",", "."));
const SEK = /^\d{1,6}$/;

function offerSchema(today: string) {
  const last = addDays(today, MAX_REPLY_DAYS);
  return z.object({
    personId: z.array(digits("desk.errors.invalid")).min(1, { error: "desk.errors.choosePerson" }).max(OFFER_LIMITS.peopleMax, { error: "desk.errors.tooMany" }),
    slotId: digits("desk.errors.slot"),
    replyBy: z.string().trim().refine((v) => isIsoDate(v) && v >= today && v <= last, { error: "desk.errors.replyBy" }),
  });
}

const withdrawSchema = () => z.object({ offerId: digits("desk.errors.invalid") });

/** An unticked checkbox sends nothing: empty is "off". */
const autoNextSchema = () => z.object({ autoNext: z.enum(["", "1"], { error: "desk.errors.invalid" }).transform((v) => v === "1") });

// Empty hours or compensation mean "not known"; a completed assignment needs both, for the payroll export.
const outcomeSchema = () =>
  z
    .object({
      status: z.enum(OUTCOME_STATUSES, { error: "desk.errors.status" }),
      hours: z
        .string()
        .trim()
        .refine((v) => v === "" || (HOURS.test(v) && toNumber(v) <= OUTCOME_LIMITS.hoursMax), { error: "desk.errors.hours" })
        .transform((v) => (v === "" ? null : toNumber(v))),
      compensationSek: z
        .string()
        .transform((v) => v.replace(/\s/g, ""))
        .refine((v) => v === "" || (SEK.test(v) && Number(v) <= OUTCOME_LIMITS.compensationMax), { error: "desk.errors.compensation" })
        .transform((v) => (v === "" ? null : Number(v))),
      reason: z.string().max(OUTCOME_LIMITS.reasonMax, { error: "desk.errors.reasonLong" }),
    })
    .superRefine((v, ctx) => {
      if (v.status === "completed") {
        if (v.hours === null) ctx.addIssue({ code: "custom", path: ["hours"], message: "desk.errors.hoursRequired" });
        if (v.compensationSek === null) ctx.addIssue({ code: "custom", path: ["compensationSek"], message: "desk.errors.compensationRequired" });
      } else if (v.reason === "") ctx.addIssue({ code: "custom", path: ["reason"], message: "desk.errors.reasonRequired" });
    });

/** The numbers some messages name, so the text and the rule cannot drift apart. */
const ERROR_VARS: Partial<Record<MessageKey, Vars>> = {
  "desk.errors.tooMany": { max: OFFER_LIMITS.peopleMax },
  "desk.errors.replyBy": { max: MAX_REPLY_DAYS },
  "desk.errors.hours": { max: OUTCOME_LIMITS.hoursMax },
  "desk.errors.compensation": { max: OUTCOME_LIMITS.compensationMax },
  "desk.errors.reasonLong": { max: OUTCOME_LIMITS.reasonMax },
};

type Message = { key: MessageKey; vars?: Vars };
type Errors = Partial<Record<string, Message>>;
const fromZod = (error: z.ZodError): Errors =>
  Object.fromEntries(Object.entries(errorKeys(error)).map(([field, key]) => [field, { key: key!, vars: key ? ERROR_VARS[key] : undefined }]));

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
    replyBy: addDays(today, DEFAULT_REPLY_DAYS),
    replyDays: DEFAULT_REPLY_DAYS,
    replyByMin: today,
    replyByMax: addDays(today, MAX_REPLY_DAYS),
  };
  return { request: view, candidates, all, top: TOP_CANDIDATES, defaults };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, view } = await loadRequest(request, params.requestId);
  const formData = await readForm(request);
  // The reason is read whole (up to a cap): formValues() would cut it to 2000 characters and hide a too-long text.
  const f = formValues(formData, ["intent", "slotId", "replyBy", "offerId", "status", "hours", "compensationSek", "autoNext"]);
  const values = {
    intent: f.intent,
    slotId: f.slotId,
    replyBy: f.replyBy,
    offerId: f.offerId,
    status: f.status,
    hours: f.hours,
    compensationSek: f.compensationSek,
    autoNext: f.autoNext,
    personId: formData.getAll("personId").slice(0, 200).map((v) => String(v).slice(0, 20)),
    reason: String(formData.get("reason") ?? "").slice(0, 5000).trim(),
  };
  const intent = (INTENTS as readonly string[]).includes(values.intent) ? (values.intent as Intent) : null;
  const reply = (status: number, errors: Errors) => data({ intent, errors, values }, { status });
  const invalid = () => reply(400, { form: { key: "desk.errors.invalid" } });
  const back = (notice: string) => redirect(`/coordinator/requests/${view.id}?notis=${notice}`);
  const now = new Date();

  if (intent === "offer") {
    const parsed = offerSchema(instantToLocal(now).date).safeParse(values);
    if (!parsed.success) return reply(400, fromZod(parsed.error));
    const { personId, slotId, replyBy } = parsed.data;
    const result = await offerFromDesk(db(), { requestId: view.id, slotId, personIds: personId, replyByDate: replyBy, coordinatorId: user.id, now });
    if (result.ok) return redirect(`/coordinator/requests/${view.id}?notis=erbjudna&antal=${result.made}`);
    if (result.reason === "notFound") throw notFoundUnless(null);
    if (result.reason === "closed") return reply(409, { form: { key: "desk.errors.closed" } });
    // One message per kind of problem; they share the checkbox group, the first kind found is the one shown there.
    const [problem, names] = Object.entries(result.problems)[0];
    return reply(409, { personId: { key: `desk.errors.${problem}` as MessageKey, vars: { names: names.join(", ") } } });
  }
  if (intent === "withdrawOffer") {
    const parsed = withdrawSchema().safeParse(values);
    if (!parsed.success) return invalid();
    const result = await withdrawOffer(db(), { offerId: parsed.data.offerId, requestId: view.id, coordinatorId: user.id, now });
    if (result.ok) return back("aterdraget");
    if (result.reason === "notFound") throw notFoundUnless(null);
    return reply(409, { form: { key: "desk.refused.notPending" } });
  }
  if (intent === "outcome") {
    const assignment = notFoundUnless(view.assignment);
    const parsed = outcomeSchema().safeParse(values);
    if (!parsed.success) return reply(400, fromZod(parsed.error));
    const result = await setAssignmentOutcome(db(), { ...parsed.data, assignmentId: assignment.id, requestId: view.id, coordinatorId: user.id, now });
    if (result.ok) return back("utfall");
    if (result.reason === "notFound") throw notFoundUnless(null);
    return reply(409, { form: { key: "desk.refused.notStarted" } });
  }
  if (intent === "autoNext") {
    const parsed = autoNextSchema().safeParse(values);
    if (!parsed.success) return invalid();
    const result = await setAutoNext(db(), { requestId: view.id, on: parsed.data.autoNext, coordinatorId: user.id, now });
    if (!result.ok) throw notFoundUnless(null);
    return back(parsed.data.autoNext ? "automatiskt-pa" : "automatiskt-av");
  }
  return invalid();
}

export default function DeskRequestPage() {
  const t = useT();
  const { request: r, candidates, all, top, defaults } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const notice = !actionData ? NOTICES[params.get("notis") ?? ""] : undefined;
  const translateErrors = (errors: Errors) => Object.fromEntries(Object.entries(errors).map(([field, m]) => [field, m ? t(m.key, m.vars) : undefined]));
  const stateFor = (intent: Intent): DeskFormState | undefined =>
    actionData?.intent === intent && !actionData.errors.form ? { errors: translateErrors(actionData.errors), values: actionData.values } : undefined;
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
          <p>{t(formError.key, formError.vars)}</p>
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

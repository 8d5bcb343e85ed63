// GET/POST /coordinator/plan: one proposed person for every open request at once, sent as offers in one go.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ErrorSummary, TextField } from "~/components/form";
import { NotificationBanner } from "~/components/notification-banner";
import { RequestList } from "~/components/plan-request-list";
import { PlanTable, swapField } from "~/components/plan-table";
import { MAX_REPLY_DAYS } from "~/domain/request-lifecycle";
import { addDays, instantToLocal } from "~/domain/stockholm-time";
import { useT } from "~/i18n";
import "~/i18n/staff";
import { suggestedReplyDay } from "~/models/days-off.server";
import { sendPlanOffers } from "~/models/offer/make.server";
import { loadPlan } from "~/models/plan-page.server";
import { requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { idField, isIsoDate } from "~/domain/fields";
import { pageTitle } from "~/utils/meta";
import { errorKeys } from "~/utils/validation";
import { readForm } from "~/utils/form.server";
import { formReply } from "~/utils/parse-form.server";
import { useFormErrors } from "~/utils/use-form-errors";

/** A bound on the work one post can cause; far above the open requests a region has. */
const MAX_ROWS = 10_000;
/** "<requestId>:<personId>:<slotId>", each an id by the one id rule (idField). */
const rowField = () =>
  z.string().transform((value, ctx) => {
    const ids = value.split(":").map((part) => idField().safeParse(part).data);
    if (ids.length !== 3 || ids.some((id) => id === undefined)) {
      ctx.addIssue({ code: "custom", message: "plan.errors.rowInvalid" });
      return z.NEVER;
    }
    const [requestId, personId, slotId] = ids as number[];
    return { requestId, personId, slotId };
  });
/** The request id in a swap's field name, "instead-<requestId>", by the same rule; null for any other field. */
const insteadFor = (key: string) => (key.startsWith("instead-") ? (idField().safeParse(key.slice("instead-".length)).data ?? null) : null);

function sendSchema(today: string) {
  return z.object({
    // A swap replaces its row's proposal, and must be for the same request: anything else was not the page's form.
    rows: z
      .array(z.object({ row: rowField(), instead: z.union([z.literal(""), rowField()]) }))
      .min(1, { error: "plan.errors.noRows" })
      .max(MAX_ROWS, { error: "plan.errors.rowInvalid" })
      .refine((rows) => rows.every(({ row, instead }) => instead === "" || instead.requestId === row.requestId), { error: "plan.errors.rowInvalid" })
      .transform((rows) => rows.map(({ row, instead }) => (instead === "" ? row : instead)))
      .refine((rows) => new Set(rows.map((r) => r.requestId)).size === rows.length, { error: "plan.errors.rowInvalid" }),
    replyOn: z
      .string()
      .refine(isIsoDate, { error: "plan.errors.replyOnInvalid" })
      .refine((date) => date >= today, { error: "plan.errors.replyOnPast" })
      .refine((date) => date <= addDays(today, MAX_REPLY_DAYS), { error: "plan.errors.replyOnFar" }),
  });
}

/** ?skickade=&nekade= after a send: only counts to show, so a hand-edited address shows nothing worse than wrong numbers. */
const noticeSchema = () => z.object({ skickade: z.coerce.number().int().min(0), nekade: z.coerce.number().int().min(0) });

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, "coordinator");
  const today = instantToLocal(new Date()).date;
  const sent = noticeSchema().safeParse(Object.fromEntries(new URL(request.url).searchParams));
  return {
    plan: await loadPlan(db()),
    replyOn: { value: suggestedReplyDay(today), min: today, max: addDays(today, MAX_REPLY_DAYS) },
    notice: sent.success ? { made: sent.data.skickade, refused: sent.data.nekade } : null,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request, "coordinator");
  const form = await readForm(request);
  const text = (value: FormDataEntryValue | null) => (typeof value === "string" ? value.slice(0, 40) : "");
  const values = {
    rows: form.getAll("row").map(text).slice(0, MAX_ROWS + 1),
    /** Per request id, the swap chosen on its row ("" for the proposal). */
    instead: Object.fromEntries(
      [...form.keys()].filter((key) => insteadFor(key) !== null).slice(0, MAX_ROWS + 1).map((key) => [String(insteadFor(key)), text(form.get(key))]),
    ) as Record<string, string>,
    replyOn: String(form.get("replyOn") ?? "").slice(0, 20),
  };
  const rows = values.rows.map((row) => ({ row, instead: values.instead[row.split(":")[0]] ?? "" }));
  const parsed = sendSchema(instantToLocal(new Date()).date).safeParse({ rows, replyOn: values.replyOn });
  if (!parsed.success) return formReply(errorKeys(parsed.error), values);
  const { made, refused } = await sendPlanOffers(db(), { rows: parsed.data.rows, replyOn: parsed.data.replyOn, coordinatorId: user.id });
  return redirect(`/coordinator/plan?skickade=${made}&nekade=${refused}`);
}

export default function PlanPage() {
  const t = useT();
  const { plan, replyOn, notice } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  // Only the reply-date limit has a number to fill in; the other messages have no {days}.
  const errors = useFormErrors(actionData?.errors, { days: MAX_REPLY_DAYS });
  const sent = actionData ? new Set(actionData.values.rows) : null;
  const swaps = actionData?.values.instead;
  const { summary } = plan;
  return (
    <section aria-labelledby="plan-title" className="stack-lg">
      <div>
        <h1 id="plan-title">{t("plan.title")}</h1>
        <p className="lead">{t("plan.lead")}</p>
        <p>
          <Link to="/coordinator/unmet">{t("plan.unmetLink")}</Link> · <Link to="/coordinator/not-offered">{t("plan.notOfferedLink")}</Link>
        </p>
      </div>
      {notice ? <SentNotice made={notice.made} refused={notice.refused} /> : null}
      {summary.requests === 0 ? (
        <p className="empty">{t("plan.empty")}</p>
      ) : (
        <>
          <dl className="figures">
            <Figure label={t("plan.summary.requests")} value={summary.requests} />
            <Figure label={t("plan.summary.proposed")} value={summary.proposed} />
            <Figure label={t("plan.summary.neverOffered")} value={summary.neverOfferedCovered} />
            <Figure label={t("plan.summary.weak")} value={summary.weak} />
          </dl>
          <section aria-labelledby="proposal-title" className="stack">
            <h2 id="proposal-title">{t("plan.proposal")}</h2>
            {plan.rows.length === 0 ? (
              <p className="empty">{t("plan.noProposals")}</p>
            ) : (
              <Form method="post" className="stack">
                <ErrorSummary
                  errors={{ rows: errors.rows, replyOn: errors.replyOn }}
                  labels={{ rows: t("plan.proposal"), replyOn: t("plan.replyOn") }}
                />
                <p>{t("plan.untickHint", { floor: plan.scoreFloor })}</p>
                {errors.rows ? (
                  <p id="rows-error" className="field__error">
                    {errors.rows}
                  </p>
                ) : null}
                <PlanTable
                  rows={plan.rows}
                  scoreFloor={plan.scoreFloor}
                  isTicked={(row) => (sent ? sent.has(row.value) : row.weak === null)}
                  chosen={(requestId) => swaps?.[String(requestId)] || undefined}
                  labelledBy="proposal-title"
                  describedBy={errors.rows ? "rows-error" : undefined}
                />
                <TextField
                  type="date"
                  name="replyOn"
                  label={t("plan.replyOn")}
                  hint={t("plan.replyOnHint")}
                  error={errors.replyOn}
                  defaultValue={actionData?.values.replyOn || replyOn.value}
                  min={replyOn.min}
                  max={replyOn.max}
                  required
                />
                <button type="submit" className="button">
                  {t("plan.send")}
                </button>
              </Form>
            )}
          </section>
          {plan.unassigned.length > 0 ? (
            <section aria-labelledby="unassigned-title" className="stack">
              <h2 id="unassigned-title">{t("plan.unassigned")}</h2>
              <p>{t("plan.unassignedLead")}</p>
              <RequestList requests={plan.unassigned} />
            </section>
          ) : null}
        </>
      )}
    </section>
  );
}

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <div className="figure">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function SentNotice({ made, refused }: { made: number; refused: number }) {
  const t = useT();
  return (
    <NotificationBanner tone={refused > 0 ? "important" : "success"}>
      <p>{t("plan.sent", { count: made })}</p>
      {refused > 0 ? <p>{t("plan.refused", { count: refused })}</p> : null}
    </NotificationBanner>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "plan.title");

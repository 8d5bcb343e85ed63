import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { ChoiceGroup, ErrorSummary, SelectField, TextField } from "~/components/form";
import { MonthView } from "~/components/month-view";
import { NotificationBanner } from "~/components/notification-banner";
import { PeriodTouches } from "~/components/period-touches";
import { releaseChoice } from "~/domain/cant-come";
import { exceptionDatesProblem, exceptionTimesProblem, freeIntervals } from "~/domain/availability";
import { monthRange, monthView, shiftMonth } from "~/domain/month-view";
import { dayOffIn } from "~/models/days-off.server";
import { instantToLocal } from "~/domain/stockholm-time";
import { EXCEPTION_KINDS, formatClock, parseClock, WEEKDAYS } from "~/domain/vocabulary";
import { useLocale, useT, type MessageKey } from "~/i18n";
import * as availability from "~/models/availability.server";
import { notFoundUnless, requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { idField, isIsoDate } from "~/domain/fields";
import { formatDate } from "~/domain/format";
import { getLocale } from "~/utils/locale.server";
import { pageTitle } from "~/utils/meta";
import { readForm } from "~/utils/form.server";
import { formReply, parseForm } from "~/utils/parse-form.server";
import { useFormErrors } from "~/utils/use-form-errors";
import { errorKeys } from "~/utils/validation";

const clock = () =>
  z.string().transform((value, ctx) => {
    const minute = parseClock(value);
    if (minute === null) {
      ctx.addIssue({ code: "custom", message: "availability.clockInvalid" });
      return z.NEVER;
    }
    return minute;
  });
const optionalClock = () =>
  z.string().transform((value, ctx) => {
    if (value.trim() === "") return null;
    const minute = parseClock(value);
    if (minute === null) ctx.addIssue({ code: "custom", message: "availability.clockInvalid" });
    return minute;
  });
const isoDate = () => z.string().trim().refine(isIsoDate, { error: "availability.dateInvalid" });

const windowSchema = () =>
  z
    .object({
      intent: z.literal("addWindow"),
      weekday: z.coerce.number({ error: "availability.weekdayInvalid" }).int().min(1, { error: "availability.weekdayInvalid" }).max(7, { error: "availability.weekdayInvalid" }),
      start: clock(),
      end: clock(),
    })
    .refine((v) => v.end > v.start, { path: ["end"], error: "availability.endBeforeStart" });

function exceptionSchema(today: string) {
  return z
    .object({
      intent: z.literal("addException"),
      kind: z.enum(EXCEPTION_KINDS, { error: "errors.required" }),
      fromDate: isoDate(),
      toDate: z.string().trim().refine((v) => v === "" || isIsoDate(v), { error: "availability.dateInvalid" }),
      start: optionalClock(),
      end: optionalClock(),
      step: z.string(),
    })
    .transform(({ kind, fromDate, toDate, start, end, step }) => ({ intent: "addException" as const, step, input: { kind, fromDate, toDate: toDate || fromDate, startMinute: start, endMinute: end } }))
    .superRefine(({ input }, ctx) => {
      // Both rules are told at once, each at its field; the model checks them again.
      for (const problem of [exceptionDatesProblem(input, today), exceptionTimesProblem(input)]) {
        if (problem) ctx.addIssue({ code: "custom", path: [problem.field], message: problem.key });
      }
    });
}

const deleteSchema = () => z.object({ intent: z.enum(["deleteWindow", "deleteException"]), id: idField() });
const FIELDS = ["intent", "weekday", "start", "end", "kind", "fromDate", "toDate", "step", "id"] as const;
const FORM_OF = new Map([
  ["addWindow", "window"],
  ["addException", "exception"],
] as const);

const monthSchema = () => z.string().regex(/^20\d\d-(0[1-9]|1[0-2])$/);

async function requirePerson(request: Request) {
  const user = await requireUser(request, "volunteer");
  return { user, personId: notFoundUnless(user.person_id) };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { personId } = await requirePerson(request);
  const today = instantToLocal(new Date()).date;
  const asked = monthSchema().safeParse(new URL(request.url).searchParams.get("month"));
  const month = asked.success ? asked.data : today.slice(0, 7);
  const range = monthRange(month);
  const [windows, exceptions, rules, bookings, language] = await Promise.all([
    availability.listWindows(db(), personId),
    availability.listUpcomingExceptions(db(), { personId, today }),
    availability.getAvailabilityRules(db(), personId, range),
    availability.listBookings(db(), { personId, ...range }),
    getLocale(request),
  ]);
  // Free time that has already passed is of no use to anyone; the month starts today.
  const days = monthView(range.days, freeIntervals(rules, range.from, range.to), bookings, { exceptions, dayOff: dayOffIn(language) }).filter((d) => d.date >= today);
  return { windows, exceptions, month, previous: shiftMonth(month, -1), next: shiftMonth(month, 1), days };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, personId } = await requirePerson(request);
  const raw = await readForm(request);
  const form = FORM_OF.get(String(raw.get("intent")) as never) ?? "delete";
  const schema = form === "window" ? windowSchema() : form === "exception" ? exceptionSchema(instantToLocal(new Date()).date) : deleteSchema();
  const parsed = parseForm(raw, schema, FIELDS, { form });
  if (!parsed.ok) return form === "delete" ? formReply({ form: "error.badRequestBody" }, parsed.values, { form }) : parsed.reply;
  const scope = { personId, userId: user.id };
  const back = redirect(`/volunteer/availability${new URL(request.url).search}`);
  const v = parsed.value;
  if (v.intent === "addWindow") {
    const problem = await availability.addWindow(db(), { ...scope, weekday: v.weekday, startMinute: v.start, endMinute: v.end });
    return problem ? formReply({ weekday: "availability.tooMany" }, parsed.values, { form }) : back;
  }
  if (v.intent === "addException") {
    // Blocking days with bookings or offers in them is never silent: the second step shows them and asks.
    const touches = await availability.exceptionTouches(db(), { personId, input: v.input });
    if (touches.bookings.length + touches.offers.length === 0) {
      await availability.addException(db(), { ...scope, input: v.input });
      return back;
    }
    const choice = { choice: String(raw.get("choice") ?? ""), reason: String(raw.get("reason") ?? "").slice(0, 1000) };
    if (v.step !== "confirm") return { form: "touches" as const, errors: {}, values: parsed.values, touches, choice: { reason: undefined, choice: undefined } };
    const release = releaseChoice(touches.bookings.length > 0).safeParse(choice);
    if (!release.success) return formReply(errorKeys(release.error), parsed.values, { form: "touches" as const, touches, choice });
    const { cancelled } = await availability.addException(db(), { ...scope, input: v.input, release: release.data });
    const url = new URL(request.url);
    if (cancelled.length > 0) url.searchParams.set("installda", String(cancelled.length));
    return redirect(`/volunteer/availability${url.search}`);
  }
  const done =
    v.intent === "deleteWindow" ? await availability.deleteWindow(db(), { ...scope, windowId: v.id }) : await availability.deleteException(db(), { ...scope, exceptionId: v.id });
  notFoundUnless(done || null);
  return back;
}

export default function Availability() {
  const t = useT();
  const locale = useLocale();
  const { windows, exceptions, month, previous, next, days } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const valuesFor = (form: string): Partial<Record<string, string>> => (actionData?.form === form ? actionData.values : {});
  const windowErrors = useFormErrors(actionData?.form === "window" ? actionData.errors : undefined);
  const exceptionErrors = useFormErrors(actionData?.form === "exception" ? actionData.errors : undefined);
  const wv = valuesFor("window");
  const ev = valuesFor("exception");
  const touches = actionData && "touches" in actionData ? actionData : null;
  const cancelledCount = params.get("installda");
  const monthQuery = params.get("month") ? `?month=${params.get("month")}` : "";
  const describeException = (x: (typeof exceptions)[number]) => {
    const vars = { from: formatDate(x.from_date, locale), to: formatDate(x.to_date, locale), start: formatClock(x.start_minute ?? 0), end: formatClock(x.end_minute ?? 1440) };
    if (x.kind === "extra") return t("availability.extraTimes", vars);
    if (x.start_minute !== null) return t("availability.blockedTimes", vars);
    return x.from_date === x.to_date ? t("availability.blockedDay", vars) : t("availability.blockedDays", vars);
  };
  return (
    <section aria-labelledby="availability-title" className="stack-lg">
      <div>
        <h1 id="availability-title">{t("availability.title")}</h1>
        <p className="lead">{t("availability.lead")}</p>
      </div>
      {cancelledCount && /^\d+$/.test(cancelledCount) ? (
        <NotificationBanner>
          <p>{t("availability.savedCancelled", { n: cancelledCount })}</p>
        </NotificationBanner>
      ) : null}
      {touches ? (
        <PeriodTouches
          heading={t("availability.touchesTitle")}
          touches={touches.touches}
          intent="addException"
          hidden={(["kind", "fromDate", "toDate", "start", "end"] as const).map((k): [string, string] => [k, touches.values[k] ?? ""])}
          defaultReason={t("availability.defaultReason")}
          errors={touches.errors}
          values={touches.choice}
          saveLabel={t("availability.saveBlock")}
          backHref={`/volunteer/availability${monthQuery}`}
          offersNote={t("availability.offersDeclined")}
        />
      ) : null}
      <section aria-labelledby="weekly-title" className="card stack">
        <h2 id="weekly-title">{t("availability.weeklyHeading")}</h2>
        {windows.length === 0 ? <p className="empty">{t("availability.noWindows")}</p> : null}
        <ul className="plain-list">
          {windows.map((w) => {
            const label = t("availability.window", { weekday: t(`weekday.${w.weekday}` as MessageKey), start: formatClock(w.start_minute), end: formatClock(w.end_minute) });
            return (
              <li key={w.id} className="list-row list-row--spread">
                <span>{label}</span>
                <Form method="post" action={`/volunteer/availability${monthQuery}`}>
                  <input type="hidden" name="intent" value="deleteWindow" />
                  <input type="hidden" name="id" value={w.id} />
                  <button type="submit" className="button button--quiet" aria-label={t("availability.deleteWindow", { what: label })}>
                    {t("common.delete")}
                  </button>
                </Form>
              </li>
            );
          })}
        </ul>
        <Form key={windows.length} method="post" action={`/volunteer/availability${monthQuery}`} className="stack" noValidate aria-labelledby="add-window-title">
          <h3 id="add-window-title">{t("availability.addWindow")}</h3>
          <ErrorSummary errors={windowErrors} labels={{ weekday: t("availability.weekday"), start: t("availability.start"), end: t("availability.end") }} fieldIds={{ start: "window-start", end: "window-end" }} />
          <input type="hidden" name="intent" value="addWindow" />
          <SelectField name="weekday" label={t("availability.weekday")} defaultValue={wv.weekday} error={windowErrors.weekday} placeholder={t("users.choose")} options={WEEKDAYS.map((d) => ({ value: String(d), label: t(`weekday.${d}` as MessageKey) }))} />
          <div className="inline-fields">
            <TextField name="start" id="window-start" label={t("availability.start")} inputMode="numeric" placeholder="13:00" defaultValue={wv.start} error={windowErrors.start} autoComplete="off" />
            <TextField name="end" id="window-end" label={t("availability.end")} inputMode="numeric" placeholder="17:00" defaultValue={wv.end} error={windowErrors.end} autoComplete="off" />
          </div>
          <button type="submit" className="button">
            {t("availability.addWindow")}
          </button>
        </Form>
      </section>
      <section aria-labelledby="exceptions-title" className="card stack">
        <h2 id="exceptions-title">{t("availability.exceptionsHeading")}</h2>
        <p className="muted">{t("availability.exceptionsLead")}</p>
        {exceptions.length === 0 ? <p className="empty">{t("availability.noExceptions")}</p> : null}
        <ul className="plain-list">
          {exceptions.map((x) => (
            <li key={x.id} className="list-row list-row--spread">
              <span>{describeException(x)}</span>
              <Form method="post" action={`/volunteer/availability${monthQuery}`}>
                <input type="hidden" name="intent" value="deleteException" />
                <input type="hidden" name="id" value={x.id} />
                <button type="submit" className="button button--quiet" aria-label={`${t("availability.deleteException")}: ${describeException(x)}`}>
                  {t("common.delete")}
                </button>
              </Form>
            </li>
          ))}
        </ul>
        <Form key={exceptions.length} method="post" action={`/volunteer/availability${monthQuery}`} className="stack" noValidate aria-labelledby="add-exception-title">
          <h3 id="add-exception-title">{t("availability.addException")}</h3>
          <ErrorSummary errors={exceptionErrors} labels={{ kind: t("availability.kind"), fromDate: t("availability.fromDate"), toDate: t("availability.toDate"), start: t("availability.start"), end: t("availability.end") }} fieldIds={{ start: "exception-start", end: "exception-end" }} />
          <input type="hidden" name="intent" value="addException" />
          <ChoiceGroup name="kind" type="radio" legend={t("availability.kind")} error={exceptionErrors.kind} selected={[ev.kind ?? "blocked"]} options={[{ value: "blocked", label: t("availability.kind.blocked") }, { value: "extra", label: t("availability.kind.extra") }]} />
          <div className="inline-fields">
            <TextField name="fromDate" type="date" label={t("availability.fromDate")} defaultValue={ev.fromDate} error={exceptionErrors.fromDate} />
            <TextField name="toDate" type="date" label={t("availability.toDate")} hint={t("availability.toDateHint")} defaultValue={ev.toDate} error={exceptionErrors.toDate} />
          </div>
          <p className="field__hint">{t("availability.timesHint")}</p>
          <div className="inline-fields">
            <TextField name="start" id="exception-start" label={t("availability.start")} inputMode="numeric" defaultValue={ev.start} error={exceptionErrors.start} autoComplete="off" />
            <TextField name="end" id="exception-end" label={t("availability.end")} inputMode="numeric" defaultValue={ev.end} error={exceptionErrors.end} autoComplete="off" />
          </div>
          <button type="submit" className="button">
            {t("availability.addException")}
          </button>
        </Form>
      </section>
      <MonthView month={month} days={days} previousHref={`?month=${previous}`} nextHref={`?month=${next}`} />
      <p>
        <Link to="/volunteer">{t("nav.volunteer")}</Link>
      </p>
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "availability.title");

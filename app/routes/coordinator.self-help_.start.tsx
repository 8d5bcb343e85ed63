// /coordinator/self-help/start?tema=&plats=: start a self-help group for a theme × place — the first meeting's date and
// time (?datum=&tid=, a week ahead at 18:00 until chosen), the meeting place, and a starter ranked for all four first meetings.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, TextField } from "~/components/form";
import { usePlaceText } from "~/components/self-help-place";
import { formatDateTime } from "~/domain/format";
import { isIsoDate } from "~/domain/fields";
import { GROUP_MIN } from "~/domain/self-help";
import { MEETING_PLACE_MAX, meetingMinute, START_FIELDS, startFormSchema, themePlaceSchema } from "~/domain/self-help-groups";
import { addDays, instantToLocal } from "~/domain/stockholm-time";
import { useLocale, useT, type MessageKey } from "~/i18n";
import "~/i18n/staff";
import { startGroup, startPage } from "~/models/self-help-groups.server";
import { notFoundUnless, requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { readForm } from "~/utils/form.server";
import { pageTitle } from "~/utils/meta";
import { formReply, parseForm } from "~/utils/parse-form.server";
import { useFormErrors } from "~/utils/use-form-errors";
import "~/i18n/plan-parts";

function themePlace(request: Request) {
  const search = new URL(request.url).searchParams;
  const parsed = themePlaceSchema().safeParse({ tema: search.get("tema"), plats: search.get("plats") });
  return { search, opened: notFoundUnless(parsed.success ? parsed.data : null) };
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, "coordinator");
  const { search, opened } = themePlace(request);
  const firstDate = search.get("datum") ?? addDays(instantToLocal(new Date()).date, 7);
  const time = search.get("tid") ?? "18:00";
  const minute = meetingMinute(time);
  const whenErrors: Record<string, MessageKey> = {};
  if (!isIsoDate(firstDate)) whenErrors.datum = "groups.errors.date";
  if (minute === null) whenErrors.tid = "groups.errors.time";
  const when = minute !== null && isIsoDate(firstDate) ? { firstDate, minute } : null;
  const page = notFoundUnless(await startPage(db(), { themeId: opened.tema, place: opened.plats, when }));
  return { ...page, tema: String(opened.tema), plats: search.get("plats") ?? "", firstDate: firstDate.slice(0, 10), time: time.slice(0, 5), whenErrors, ready: page.waiting >= GROUP_MIN };
}

export async function action({ request }: ActionFunctionArgs) {
  const coordinator = await requireUser(request, "coordinator");
  const { opened } = themePlace(request);
  const parsed = parseForm(await readForm(request), startFormSchema(), START_FIELDS);
  if (!parsed.ok) return parsed.reply;
  const { firstDate, time, meetingPlace, starterPersonId } = parsed.value;
  const result = await startGroup(db(), { themeId: opened.tema, place: opened.plats, firstDate, minute: time, meetingPlace, starterPersonId, actorUserId: coordinator.id });
  if (result.ok) return redirect(`/coordinator/self-help/groups/${result.groupId}?startad=1`);
  if (result.problem === "unknown") return notFoundUnless(null);
  return formReply({ [result.problem.field]: result.problem.key as MessageKey }, parsed.values);
}

export default function StartGroup() {
  const t = useT();
  const locale = useLocale();
  const placeText = usePlaceText();
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = useFormErrors(actionData?.errors);
  const whenErrors = useFormErrors(page.whenErrors);
  const values: Partial<Record<string, string>> = actionData?.values ?? {};
  const heading = t("groups.start.title", { theme: page.theme, place: placeText(page.place) });
  const labels = { firstDate: t("groups.start.firstDate"), time: t("groups.start.time"), meetingPlace: t("groups.start.meetingPlace"), starterPersonId: t("groups.starter"), datum: t("groups.start.firstDate"), tid: t("groups.start.time") };
  return (
    <section className="stack-lg" aria-labelledby="start-title">
      <p>
        <Link to="/coordinator/self-help">{t("groups.page.back")}</Link>
      </p>
      <div>
        <h1 id="start-title">{heading}</h1>
        <p>{t("groups.start.lead", { n: page.invitees.length })}</p>
        {page.ready ? null : <p className="notice notice--warning">{t("groups.start.notReady", { n: page.waiting })}</p>}
      </div>
      <ErrorSummary errors={{ ...whenErrors, ...errors }} labels={labels} fieldIds={{ firstDate: "datum", time: "tid", starterPersonId: "starter" }} />
      <section className="card stack" aria-labelledby="invitees-title">
        <h2 id="invitees-title">{t("groups.start.invitees")}</h2>
        <p>{page.invitees.join(", ")}</p>
      </section>
      <Form method="get" className="card stack" aria-labelledby="time-title">
        <h2 id="time-title">{t("groups.start.timeHeading")}</h2>
        {/* The theme and place ride along, so choosing another time keeps the page's subject. */}
        <input type="hidden" name="tema" value={page.tema} />
        <input type="hidden" name="plats" value={page.plats} />
        <TextField name="datum" type="date" label={labels.datum} defaultValue={page.firstDate} error={whenErrors.datum ?? errors.firstDate} required />
        <TextField name="tid" type="time" label={labels.tid} hint={t("groups.start.timeHint")} defaultValue={page.time} error={whenErrors.tid ?? errors.time} required />
        <button type="submit" className="button button--secondary">
          {t("groups.start.findStarters")}
        </button>
        {page.meetings.length > 0 ? <p>{t("groups.start.meetings", { dates: page.meetings.map((m) => formatDateTime(m, locale)).join(", ") })}</p> : null}
      </Form>
      {page.meetings.length > 0 ? (
        <Form method="post" className="card stack" aria-labelledby="starters-title" noValidate>
          <h2 id="starters-title">{t("groups.start.startersHeading")}</h2>
          <input type="hidden" name="firstDate" value={page.firstDate} />
          <input type="hidden" name="time" value={page.time} />
          <TextField name="meetingPlace" label={labels.meetingPlace} hint={t("groups.start.meetingPlaceHint")} defaultValue={values.meetingPlace} error={errors.meetingPlace} maxLength={MEETING_PLACE_MAX} />
          <StarterChoice candidates={page.candidates} selected={values.starterPersonId ?? String(page.candidates[0]?.personId ?? "")} error={errors.starterPersonId} />
          {page.excluded.length > 0 ? (
            <div>
              <h3>{t("groups.start.excludedHeading")}</h3>
              <ul className="plain-list">
                {page.excluded.map((e) => (
                  <li key={e.personId}>
                    {e.name}: {t(`matching.excluded.${e.reason}`)}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {page.candidates.length > 0 && page.ready ? (
            <button type="submit" className="button">
              {t("groups.start.submit")}
            </button>
          ) : null}
        </Form>
      ) : null}
    </section>
  );
}

function StarterChoice({ candidates, selected, error }: { candidates: { personId: number; name: string; total: number; parts: { key: string; reason: { key: string; vars: Record<string, string | number> } }[] }[]; selected: string; error?: string }) {
  const t = useT();
  if (candidates.length === 0) return <p className="notice notice--warning">{t("groups.start.noCandidates")}</p>;
  return (
    <fieldset className={error ? "field choice-group field--error" : "field choice-group"} aria-describedby={error ? "starter-error" : undefined}>
      <legend>{t("groups.start.startersLegend")}</legend>
      {error ? (
        <p id="starter-error" className="field__error">
          {error}
        </p>
      ) : null}
      <div className="choice-group__options">
        {candidates.map((c, i) => (
          <label key={c.personId} className="choice">
            <input type="radio" name="starterPersonId" value={c.personId} id={i === 0 ? "starter" : `starter-${c.personId}`} defaultChecked={selected === String(c.personId)} />
            <span>
              <strong>{c.name}</strong> · {t("groups.start.points", { points: c.total })} · {c.parts.map((p) => t(p.reason.key as MessageKey, p.reason.vars)).join(" · ")}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "groups.startLink");

// A meeting place's activities for the coordinators: each with when it happens (a weekly one ended by giving its last
// date), the form adding one, and the visitors per activity and week.
import { Form } from "@remix-run/react";
import { ChoiceGroup, ErrorSummary, SelectField, TextAreaField, TextField, type FieldErrors } from "~/components/form";
import { useSwedishContent } from "~/components/content-lang";
import { formatLocalDay } from "~/components/meeting-place-when";
import { formatDate } from "~/domain/format";
import type { ActivityTiming } from "~/domain/meeting-places";
import { instantToLocal } from "~/domain/stockholm-time";
import { formatClock, WEEKDAYS } from "~/domain/vocabulary";
import { useLocale, useT, type MessageKey } from "~/i18n";
import "~/i18n/plan-parts";

export interface ActivityRow extends ActivityTiming {
  title: string;
  visitors: (number | null)[];
}

function useActivityWhen() {
  const t = useT();
  const locale = useLocale();
  return (a: ActivityRow) => {
    if (a.kind === "once" && a.startsAt) {
      const local = instantToLocal(new Date(a.startsAt));
      return t("meetingPlaces.coordinator.once", { date: formatLocalDay(local.date, locale), start: formatClock(local.minute), end: formatClock(local.minute + a.durationMinutes) });
    }
    const vars = { weekday: t(`weekday.${a.weekday}` as MessageKey), start: formatClock(a.startMinute ?? 0), end: formatClock((a.startMinute ?? 0) + a.durationMinutes), from: a.fromDate ?? "", until: a.untilDate ?? "" };
    return t(a.untilDate ? "meetingPlaces.coordinator.weeklyUntil" : "meetingPlaces.coordinator.weekly", vars);
  };
}

/** `now`: the loader's instant, so a one-off is offered for calling off only before it starts. */
export function ActivityList({ activities, action, today, now, errors }: { activities: readonly ActivityRow[]; action: string; today: string; now: string; errors: { activityId: number; errors: FieldErrors } | null }) {
  const t = useT();
  const sv = useSwedishContent();
  const when = useActivityWhen();
  return (
    <ul className="plain-list stack">
      {activities.length === 0 ? <li className="empty">{t("meetingPlaces.coordinator.noActivityRows")}</li> : null}
      {activities.map((a) => {
        const own = errors?.activityId === a.id ? errors.errors : {};
        const label = t("meetingPlaces.coordinator.untilDate", { title: a.title });
        return (
          <li key={a.id} className="card stack">
            <h3 lang={sv}>{a.title}</h3>
            <p>{when(a)}</p>
            {a.kind === "weekly" && (a.untilDate === null || a.untilDate >= today) ? (
              // A <details> step: a stray tap ends nothing, and the shifts after the last date go only on "Avsluta".
              <details open={Object.keys(own).length > 0}>
                <summary className="button button--secondary" aria-label={`${t("meetingPlaces.coordinator.endOpen")}: ${a.title}`}>
                  {t("meetingPlaces.coordinator.endOpen")}
                </summary>
                <Form method="post" action={action} className="stack" noValidate>
                  <ErrorSummary errors={own} labels={{ untilDate: label }} fieldIds={{ untilDate: `until-${a.id}` }} />
                  <input type="hidden" name="intent" value="end" />
                  <input type="hidden" name="activityId" value={a.id} />
                  <TextField id={`until-${a.id}`} name="untilDate" type="date" label={label} hint={t("meetingPlaces.coordinator.endHint")} defaultValue={a.untilDate ?? today} error={own.untilDate} />
                  <button type="submit" className="button button--danger">
                    {t("meetingPlaces.coordinator.end")}
                  </button>
                </Form>
              </details>
            ) : null}
            {a.kind === "once" && a.startsAt !== null && a.startsAt > now ? (
              <details>
                <summary className="button button--secondary" aria-label={`${t("meetingPlaces.coordinator.cancelOpen")}: ${a.title}`}>
                  {t("meetingPlaces.coordinator.cancelOpen")}
                </summary>
                <Form method="post" action={action} className="stack">
                  <input type="hidden" name="activityId" value={a.id} />
                  <p>{t("meetingPlaces.coordinator.cancelConfirm", { title: a.title })}</p>
                  <button type="submit" name="intent" value="cancel" className="button button--danger">
                    {t("meetingPlaces.coordinator.cancel")}
                  </button>
                </Form>
              </details>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

export function AddActivityForm({ action, values, errors, today }: { action: string; values: Partial<Record<string, string>>; errors: FieldErrors; today: string }) {
  const t = useT();
  const labels: Record<string, string> = Object.fromEntries(
    (["title", "description", "kind", "date", "weekday", "fromDate", "start", "end"] as const).map((f) => [f, t(`meetingPlaces.activity.${f}` as MessageKey)]),
  );
  return (
    <Form method="post" action={action} className="stack" noValidate aria-labelledby="add-activity-title">
      <ErrorSummary errors={errors} labels={labels} fieldIds={{ description: "activity-description" }} />
      <input type="hidden" name="intent" value="addActivity" />
      <TextField name="title" label={labels.title} defaultValue={values.title} error={errors.title} maxLength={120} />
      <TextAreaField id="activity-description" name="description" label={labels.description} defaultValue={values.description} error={errors.description} maxLength={1000} rows={2} />
      <ChoiceGroup
        name="kind"
        type="radio"
        legend={labels.kind}
        error={errors.kind}
        selected={[values.kind ?? "weekly"]}
        options={[
          { value: "weekly", label: t("meetingPlaces.activity.kind.weekly") },
          { value: "once", label: t("meetingPlaces.activity.kind.once") },
        ]}
      />
      <SelectField name="weekday" label={labels.weekday} defaultValue={values.weekday} error={errors.weekday} placeholder={t("users.choose")} options={WEEKDAYS.map((d) => ({ value: String(d), label: t(`weekday.${d}` as MessageKey) }))} />
      <TextField name="fromDate" type="date" label={labels.fromDate} defaultValue={values.fromDate ?? today} error={errors.fromDate} />
      <TextField name="date" type="date" label={labels.date} defaultValue={values.date} error={errors.date} />
      <TextField name="start" label={labels.start} defaultValue={values.start} error={errors.start} inputMode="numeric" size={5} autoComplete="off" />
      <TextField name="end" label={labels.end} defaultValue={values.end} error={errors.end} inputMode="numeric" size={5} autoComplete="off" />
      <button type="submit" className="button">
        {t("meetingPlaces.coordinator.addActivity")}
      </button>
    </Form>
  );
}

export function VisitorsByWeek({ activities, weeks }: { activities: readonly ActivityRow[]; weeks: readonly string[] }) {
  const t = useT();
  const locale = useLocale();
  const sv = useSwedishContent();
  const caption = t("meetingPlaces.coordinator.countsCaption");
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="stacked-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("meetingPlaces.coordinator.activity")}</th>
            {weeks.map((w) => (
              <th key={w} scope="col">
                {formatDate(`${w}T12:00:00Z`, locale)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {activities.map((a) => (
            <tr key={a.id}>
              <th scope="row" lang={sv}>
                {a.title}
              </th>
              {a.visitors.map((n, i) => (
                <td key={weeks[i]} data-label={formatDate(`${weeks[i]}T12:00:00Z`, locale)}>
                  {n === null ? t("meetingPlaces.coordinator.notCounted") : n}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

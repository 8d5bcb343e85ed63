// The request's assignment: who and when, and the form where a coordinator records the outcome, hours and compensation.
import { Form } from "@remix-run/react";
import { Facts } from "~/components/facts";
import { ChoiceGroup, ErrorSummary, TextAreaField, TextField } from "~/components/form";
import { OUTCOME_LIMITS, OUTCOME_STATUSES } from "~/domain/desk-rules";
import { useLocale, useT } from "~/i18n";
import type { DeskRequestView } from "~/models/desk-page.server";
import { formatDateTime } from "~/domain/format";
import { slotMinutes, type DeskFormState } from "./desk-request";
import type { Locale } from "~/domain/vocabulary";

type Assignment = NonNullable<DeskRequestView["assignment"]>;

const decimal = (n: number, locale: Locale) => (locale === "sv" ? String(n).replace(".", ",") : String(n));

/** Hours already set, else what the volunteer reported, else the slot's length: the usual answer, ready to confirm. */
function defaultHours(a: Assignment): number {
  return a.hours ?? a.reportedHours ?? Math.round((slotMinutes({ startsAt: a.startsAt, endsAt: a.endsAt }) / 60) * 100) / 100;
}

export function AssignmentOutcome({ assignment: a, state }: { assignment: Assignment; state?: DeskFormState }) {
  const t = useT();
  const locale = useLocale();
  const values = state?.values ?? {};
  const text = (field: string, fallback: string) => (typeof values[field] === "string" ? (values[field] as string) : fallback);
  const labels = { status: t("desk.outcome.status"), hours: t("desk.outcome.hours"), compensationSek: t("desk.outcome.compensation"), reason: t("desk.outcome.reason") };
  const notSet = t("desk.assignment.notSet");
  return (
    <section aria-labelledby="assignment-title" className="card stack">
      <h2 id="assignment-title">{t("desk.assignment.heading")}</h2>
      <Facts
        items={[
          [t("desk.assignment.person"), a.name],
          [t("desk.assignment.when"), formatDateTime(a.startsAt, locale)],
          [t("desk.assignment.status"), t(`assignments.status.${a.status}`)],
          [t("desk.assignment.hours"), a.hours === null ? notSet : decimal(a.hours, locale)],
          [t("desk.assignment.compensation"), a.compensationSek === null ? notSet : t("desk.assignment.compensationValue", { sek: a.compensationSek })],
        ]}
      />
      <h3 id="outcome-title">{t("desk.outcome.heading")}</h3>
      <Form method="post" className="stack" noValidate aria-labelledby="outcome-title">
        <ErrorSummary errors={state?.errors} labels={labels} />
        <input type="hidden" name="intent" value="outcome" />
        <ChoiceGroup
          name="status"
          type="radio"
          legend={labels.status}
          options={OUTCOME_STATUSES.map((s) => ({ value: s, label: t(`assignments.status.${s}`) }))}
          selected={[text("status", a.status === "booked" ? "" : a.status)]}
          error={state?.errors.status}
        />
        <div className="inline-fields">
          <TextField name="hours" inputMode="decimal" label={labels.hours} hint={t("desk.outcome.hoursHint")} defaultValue={text("hours", decimal(defaultHours(a), locale))} error={state?.errors.hours} />
          <TextField
            name="compensationSek"
            inputMode="numeric"
            label={labels.compensationSek}
            hint={t("desk.outcome.compensationHint")}
            defaultValue={text("compensationSek", a.compensationSek === null ? "" : String(a.compensationSek))}
            error={state?.errors.compensationSek}
          />
        </div>
        <TextAreaField
          name="reason"
          label={labels.reason}
          hint={t("desk.outcome.reasonHint")}
          rows={2}
          maxLength={OUTCOME_LIMITS.reasonMax}
          defaultValue={text("reason", a.statusReason ?? "")}
          error={state?.errors.reason}
        />
        <button type="submit" className="button">
          {t("desk.outcome.submit")}
        </button>
      </Form>
    </section>
  );
}

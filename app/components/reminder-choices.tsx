// The form where a volunteer or a care-unit user chooses which e-mail reminders they want.
import { Form } from "@remix-run/react";
import { ChoiceGroup } from "~/components/form";
import { NotificationBanner } from "~/components/notification-banner";
import { useT } from "~/i18n";
import { REMINDER_KINDS, type ReminderKind } from "~/domain/vocabulary";

export function ReminderChoices({ wanted, saved, error }: { wanted: readonly ReminderKind[]; saved: boolean; error?: string }) {
  const t = useT();
  return (
    <section aria-labelledby="reminders-title" className="card stack">
      <h2 id="reminders-title">{t("reminders.heading")}</h2>
      {saved ? (
        <NotificationBanner>
          <p>{t("reminders.saved")}</p>
        </NotificationBanner>
      ) : null}
      <Form method="post" className="stack" noValidate>
        <input type="hidden" name="intent" value="reminders" />
        <ChoiceGroup
          name="reminders"
          legend={t("reminders.lead")}
          type="checkbox"
          options={REMINDER_KINDS.map((k) => ({ value: k, label: t(`reminders.${k}`) }))}
          selected={wanted}
          error={error}
        />
        <button type="submit" className="button">
          {t("reminders.save")}
        </button>
      </Form>
    </section>
  );
}

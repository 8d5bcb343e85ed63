// The second step of blocking days or pausing: what the period touches, and whether to call the bookings off or keep
// them. A form of its own that re-posts the first step's fields, so it works without JS.
import { Form, Link } from "@remix-run/react";
import { ChoiceGroup, ErrorSummary, TextField } from "~/components/form";
import { CANT_COME_REASON_MAX } from "~/domain/cant-come";
import { useLocale, useT, type MessageKey } from "~/i18n";
import type { Touches } from "~/models/commitments.server";
import { formatDateTime } from "~/domain/format";
import { useFormErrors } from "~/utils/use-form-errors";

interface Props {
  heading: string;
  touches: Touches;
  /** The first step's fields (names may repeat), posted again with the choice. */
  hidden: [string, string][];
  /** The intent to post, when the first step's fields do not carry it. */
  intent?: string;
  defaultReason: string;
  /** The action's message keys for the choice and the reason. */
  errors: Partial<Record<string, MessageKey>> | undefined;
  values: { choice?: string; reason?: string };
  saveLabel: string;
  backHref: string;
  /** What happens to the offers: declined with the block, or because of the pause. */
  offersNote: string;
}

export function PeriodTouches({ heading, touches, hidden, intent, defaultReason, errors: errorKeys, values, saveLabel, backHref, offersNote }: Props) {
  const t = useT();
  const errors = useFormErrors(errorKeys);
  const locale = useLocale();
  const item = (c: Touches["bookings"][number]) => <li key={c.id}>{t("touches.item", { title: c.title, when: formatDateTime(c.startsAt, locale) })}</li>;
  return (
    <section aria-labelledby="touches-title" className="notice notice--warning stack" tabIndex={-1} ref={(el) => el?.focus()}>
      <h2 id="touches-title">{heading}</h2>
      <ErrorSummary errors={errors} labels={{ choice: t("touches.choice"), reason: t("touches.reason") }} />
      {touches.bookings.length > 0 ? (
        <>
          <h3>{t("touches.bookings")}</h3>
          <ul>{touches.bookings.map(item)}</ul>
        </>
      ) : null}
      {touches.offers.length > 0 ? (
        <>
          <h3>{t("touches.offers")}</h3>
          <ul>{touches.offers.map(item)}</ul>
          <p>{offersNote}</p>
        </>
      ) : null}
      <Form method="post" className="stack" noValidate>
        {intent ? <input type="hidden" name="intent" value={intent} /> : null}
        <input type="hidden" name="step" value="confirm" />
        {hidden.map(([name, value], i) => (
          <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
        ))}
        {touches.bookings.length > 0 ? (
          <>
            <ChoiceGroup
              name="choice"
              type="radio"
              legend={t("touches.choice")}
              error={errors.choice}
              selected={values.choice ? [values.choice] : []}
              options={[
                { value: "cancel", label: t("touches.cancel") },
                { value: "keep", label: t("touches.keep") },
              ]}
            />
            <TextField
              name="reason"
              label={t("touches.reason")}
              hint={t("touches.reasonHint")}
              maxLength={CANT_COME_REASON_MAX}
              defaultValue={values.reason ?? defaultReason}
              error={errors.reason}
              autoComplete="off"
            />
          </>
        ) : (
          <input type="hidden" name="reason" value={defaultReason} />
        )}
        <div className="button-row">
          <button type="submit" className="button">
            {saveLabel}
          </button>
          <Link to={backHref}>{t("common.cancel")}</Link>
        </div>
      </Form>
    </section>
  );
}

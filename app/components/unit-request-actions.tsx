// What a care unit can do with one of its requests: withdraw, cancel with a reason, and give feedback afterwards.
import { Form } from "@remix-run/react";
import { RatingAndComment } from "~/components/feedback-fields";
import { ChoiceGroup, ErrorSummary, TextAreaField, type FieldErrors } from "~/components/form";
import { REQUEST_LIMITS } from "~/domain/request-schema";
import { useT } from "~/i18n";

export interface IntentState {
  errors: FieldErrors;
  values: Partial<Record<string, string>>;
}

/** The confirmation is a <details> step, so it works without JavaScript and a stray tap changes nothing. */
export function WithdrawForm() {
  const t = useT();
  return (
    <details>
      <summary className="button button--secondary">{t("requests.withdraw.open")}</summary>
      <Form method="post" className="stack">
        <p>{t("requests.withdraw.confirm")}</p>
        <button type="submit" name="intent" value="withdraw" className="button button--danger">
          {t("requests.withdraw.submit")}
        </button>
      </Form>
    </details>
  );
}

export function CancelForm({ state }: { state?: IntentState }) {
  const t = useT();
  const label = t("requests.cancel.reason");
  return (
    <details open={state ? true : undefined}>
      <summary className="button button--secondary">{t("requests.cancel.open")}</summary>
      <Form method="post" className="stack" noValidate>
        <ErrorSummary errors={state?.errors} labels={{ reason: label }} />
        <p>{t("requests.cancel.lead")}</p>
        <TextAreaField
          name="reason"
          label={label}
          hint={t("requests.cancel.reasonHint")}
          error={state?.errors.reason}
          rows={3}
          maxLength={REQUEST_LIMITS.cancelReasonMax}
          defaultValue={state?.values.reason}
          required
        />
        <button type="submit" name="intent" value="cancel" className="button button--danger">
          {t("requests.cancel.submit")}
        </button>
      </Form>
    </details>
  );
}

export function UnitFeedbackForm({ state }: { state?: IntentState }) {
  const t = useT();
  const values = state?.values ?? {};
  const labels = {
    rating: t("requests.feedback.rating"),
    comment: t("requests.feedback.comment"),
    wouldBookAgain: t("requests.feedback.wouldBookAgain"),
  };
  return (
    <>
      <p>{t("requests.feedback.lead")}</p>
      <ErrorSummary errors={state?.errors} labels={labels} />
      <Form method="post" className="stack" noValidate>
        <input type="hidden" name="intent" value="feedback" />
        <RatingAndComment labels={labels} commentHint={t("requests.feedback.commentHint")} values={values} errors={state?.errors ?? {}} />
        <ChoiceGroup
          name="wouldBookAgain"
          type="radio"
          legend={labels.wouldBookAgain}
          options={[
            { value: "yes", label: t("common.yes") },
            { value: "no", label: t("common.no") },
          ]}
          selected={values.wouldBookAgain ? [values.wouldBookAgain] : []}
          error={state?.errors.wouldBookAgain}
        />
        <button type="submit" className="button">
          {t("requests.feedback.submit")}
        </button>
      </Form>
    </>
  );
}

export function GivenUnitFeedback({ feedback }: { feedback: { rating: number; comment: string | null; wouldBookAgain: boolean } }) {
  const t = useT();
  return (
    <dl className="facts">
      <div>
        <dt>{t("requests.feedback.rating")}</dt>
        <dd>{t("assignments.feedback.ratingValue", { rating: feedback.rating })}</dd>
      </div>
      {feedback.comment ? (
        <div>
          <dt>{t("requests.feedback.comment")}</dt>
          <dd>{feedback.comment}</dd>
        </div>
      ) : null}
      <div>
        <dt>{t("requests.feedback.wouldBookAgain")}</dt>
        <dd>{t(feedback.wouldBookAgain ? "common.yes" : "common.no")}</dd>
      </div>
    </dl>
  );
}

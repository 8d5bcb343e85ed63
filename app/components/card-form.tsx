// A form in its own card: a heading, the linked error summary, the fields and one submit button, posting an intent.
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { ErrorSummary, type FieldErrors } from "~/components/form";

interface Props {
  /** Posted as `intent`, and the base of the heading's id. */
  intent: string;
  heading: string;
  lead?: ReactNode;
  errors: FieldErrors;
  labels: Record<string, string>;
  fieldIds?: Record<string, string>;
  /** Changes after a successful post, so the form starts again from the saved state. */
  formKey: string;
  submitLabel: string;
  children: ReactNode;
}

export function CardForm({ intent, heading, lead, errors, labels, fieldIds, formKey, submitLabel, children }: Props) {
  const titleId = `${intent}-form-title`;
  return (
    <section aria-labelledby={titleId} className="card">
      <h2 id={titleId}>{heading}</h2>
      {lead}
      <ErrorSummary errors={errors} labels={labels} fieldIds={fieldIds} />
      <Form method="post" className="stack" noValidate key={formKey}>
        <input type="hidden" name="intent" value={intent} />
        {children}
        <button type="submit" className="button">
          {submitLabel}
        </button>
      </Form>
    </section>
  );
}

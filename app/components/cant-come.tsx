// "Jag kan inte komma" on a booked assignment: a reason, then a confirmation step that is its own form (no JS needed).
import { Form, Link } from "@remix-run/react";
import { ErrorSummary, TextField } from "~/components/form";
import { CANT_COME_REASON_MAX } from "~/domain/cant-come";
import { useT } from "~/i18n";

interface Props {
  title: string;
  when: string;
  /** The reason to confirm; null shows the first step. */
  confirm: string | null;
  errors: Partial<Record<string, string>>;
  reason?: string;
  backHref: string;
}

export function CantCome({ title, when, confirm, errors, reason, backHref }: Props) {
  const t = useT();
  if (confirm !== null) {
    return (
      <section aria-labelledby="cant-come-confirm" className="notice notice--warning stack" tabIndex={-1} ref={(el) => el?.focus()}>
        <h2 id="cant-come-confirm">{t("assignments.cantCome.confirmTitle")}</h2>
        <p>{t("assignments.cantCome.confirm", { title, when, reason: confirm })}</p>
        <Form method="post" className="stack">
          <input type="hidden" name="intent" value="cantCome" />
          <input type="hidden" name="reason" value={confirm} />
          <input type="hidden" name="confirm" value="yes" />
          <div className="button-row">
            <button type="submit" className="button button--danger">
              {t("assignments.cantCome.confirmYes")}
            </button>
            <Link to={backHref}>{t("assignments.cantCome.confirmNo")}</Link>
          </div>
        </Form>
      </section>
    );
  }
  return (
    <section aria-labelledby="cant-come-title" className="card stack">
      <h2 id="cant-come-title">{t("assignments.cantCome.title")}</h2>
      <p>{t("assignments.cantCome.lead")}</p>
      <ErrorSummary errors={errors} labels={{ reason: t("assignments.cantCome.reason") }} />
      <Form method="post" className="stack" noValidate>
        <input type="hidden" name="intent" value="cantCome" />
        <TextField
          name="reason"
          label={t("assignments.cantCome.reason")}
          hint={t("assignments.cantCome.reasonHint")}
          maxLength={CANT_COME_REASON_MAX}
          required
          defaultValue={reason}
          error={errors.reason}
          autoComplete="off"
        />
        <button type="submit" className="button button--secondary">
          {t("assignments.cantCome.submit")}
        </button>
      </Form>
    </section>
  );
}

// The request page's automatic next offer: the coordinator's choice, the steps taken so far, and when they ran out.
import { Form } from "@remix-run/react";
import { CASCADE_MAX_STEPS } from "~/domain/request-lifecycle";
import { useLocale, useT } from "~/i18n";
import type { DeskRequestView } from "~/models/desk-page.server";
import { formatDateTime } from "~/domain/format";

/** Shown at the top of the page: the request is back with the coordinator, nobody will be offered automatically. */
export function CascadeExhaustedNotice({ cascade, status }: { cascade: DeskRequestView["cascade"]; status: DeskRequestView["status"] }) {
  const t = useT();
  const locale = useLocale();
  if (!cascade.exhaustedAt || status !== "open") return null;
  return <p className="notice notice--warning">{t("desk.cascade.exhausted", { at: formatDateTime(cascade.exhaustedAt, locale), max: CASCADE_MAX_STEPS })}</p>;
}

export function DeskCascade({ cascade, status }: { cascade: DeskRequestView["cascade"]; status: DeskRequestView["status"] }) {
  const t = useT();
  const takesOffers = status === "open" || status === "offered";
  if (!takesOffers && cascade.steps === 0) return null;
  return (
    <section aria-labelledby="cascade-title" className="stack">
      <h2 id="cascade-title">{t("desk.cascade.heading")}</h2>
      {cascade.steps > 0 ? <p>{t("desk.cascade.steps", { steps: cascade.steps, max: CASCADE_MAX_STEPS })}</p> : null}
      {takesOffers ? (
        <Form method="post" className="stack">
          <input type="hidden" name="intent" value="autoNext" />
          <div className="field choice-group">
            <label className="choice" htmlFor="autoNext">
              <input type="checkbox" id="autoNext" name="autoNext" value="1" defaultChecked={cascade.autoNext} aria-describedby="autoNext-hint" />
              <span>{t("desk.cascade.label")}</span>
            </label>
            <p id="autoNext-hint" className="field__hint">
              {t("desk.cascade.hint", { max: CASCADE_MAX_STEPS })}
            </p>
          </div>
          <div className="button-row">
            <button type="submit" className="button button--secondary">
              {t("desk.cascade.save")}
            </button>
          </div>
        </Form>
      ) : null}
    </section>
  );
}

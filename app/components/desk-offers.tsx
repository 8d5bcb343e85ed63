// The offers made for a request, newest first; a pending one can be withdrawn after a confirmation step.
import { Form } from "@remix-run/react";
import { CASCADE_MAX_STEPS } from "~/domain/request-lifecycle";
import { useLocale, useT } from "~/i18n";
import type { DeskRequestView } from "~/models/desk-page.server";
import { formatDateTime, formatDeadline } from "~/domain/format";

export function DeskOfferList({ offers }: { offers: DeskRequestView["offers"] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby="offers-title" className="stack">
      <h2 id="offers-title">{t("desk.offers.heading")}</h2>
      {offers.length === 0 ? (
        <p className="empty">{t("desk.offers.none")}</p>
      ) : (
        <ul className="plain-list">
          {offers.map((o) => (
            <li key={o.id} className="list-row list-row--spread">
              <div>
                <p>
                  <strong>{o.name}</strong> <span className="badge">{t(`desk.offers.status.${o.status}`)}</span>
                </p>
                <p className="muted">
                  {[
                    o.slotStartsAt ? t("desk.offers.slot", { slot: formatDateTime(o.slotStartsAt, locale) }) : null,
                    t("desk.offers.offeredAt", { at: formatDateTime(o.offeredAt, locale) }),
                    o.status === "pending" && o.replyBy ? t("desk.offers.replyBy", { at: formatDeadline(o.replyBy, locale) }) : null,
                    o.declineReason ? t("desk.offers.declineReason", { reason: o.declineReason }) : null,
                    o.cascadeStep ? t("desk.cascade.offerStep", { step: o.cascadeStep, max: CASCADE_MAX_STEPS }) : null,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
              </div>
              {o.status === "pending" ? <WithdrawOffer offerId={o.id} name={o.name} /> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The confirmation is a <details> step, so it works without JavaScript and a stray tap changes nothing. */
function WithdrawOffer({ offerId, name }: { offerId: number; name: string }) {
  const t = useT();
  const confirm = t("desk.withdraw.confirm", { name });
  return (
    <details>
      <summary className="button button--secondary" aria-label={`${t("desk.withdraw.open")}: ${name}`}>
        {t("desk.withdraw.open")}
      </summary>
      <Form method="post" className="stack">
        <input type="hidden" name="offerId" value={offerId} />
        <p>{confirm}</p>
        <button type="submit" name="intent" value="withdrawOffer" className="button button--danger">
          {t("desk.withdraw.submit")}
        </button>
      </Form>
    </details>
  );
}

// The coordinator's approval of a person's catalogue card, on the person's admin page: publish, or take it out again.
import { Form, useSearchParams } from "@remix-run/react";
import { NotificationBanner } from "~/components/notification-banner";
import type { StuckReason } from "~/domain/onboarding";
import { useLocale, useT } from "~/i18n";
import { formatDate } from "~/domain/format";

export const CARD_NOTICE = "kort";

/** What approving or taking out the card did, in the banner at the top of the person's page (?kort=…). */
export function CardApprovalBanner() {
  const t = useT();
  const [params] = useSearchParams();
  const notice = params.get(CARD_NOTICE);
  if (notice !== "publicerat" && notice !== "avpublicerat") return null;
  return (
    <NotificationBanner>
      <p>{t(notice === "publicerat" ? "onboarding.card.approved" : "onboarding.card.unpublished")}</p>
    </NotificationBanner>
  );
}

export function CardApproval({ approval }: { approval: { approvedAt: string | null; reasons: StuckReason[] } }) {
  const t = useT();
  const locale = useLocale();
  const published = approval.approvedAt !== null;
  return (
    <section className="card stack" aria-labelledby="card-approval-title">
      <h2 id="card-approval-title">{t("onboarding.card.title")}</h2>
      <p>{published ? t("onboarding.card.published", { date: formatDate(approval.approvedAt!, locale) }) : t("onboarding.card.waiting")}</p>
      {approval.reasons.length === 0 ? (
        <p>{t("onboarding.card.nothingMissing")}</p>
      ) : (
        <div>
          <p>{t("onboarding.card.missing")}</p>
          <ul className="reason-list">
            {approval.reasons.map((r) => (
              <li key={r}>{t(`onboarding.stuck.${r}`)}</li>
            ))}
          </ul>
        </div>
      )}
      <Form method="post">
        <button type="submit" name="intent" value={published ? "unpublish" : "approve"} className={published ? "button button--secondary" : "button"}>
          {t(published ? "onboarding.card.unpublish" : "onboarding.card.approve")}
        </button>
      </Form>
    </section>
  );
}

// What a care unit sees of a booked request: who is coming (their card, never a surname or contact details) and which proposed time was chosen.
import { Link } from "@remix-run/react";
import { Facts } from "~/components/facts";
import { useLocale, useT } from "~/i18n";
import type { UnitRequestView } from "~/models/unit-request-view.server";
import { formatDateTime } from "~/domain/format";
import { useSwedishContent } from "~/components/content-lang";

type Booking = NonNullable<UnitRequestView["assignment"]>;

/** Comes first on the page, right under the heading, so a phone shows it without scrolling. */
export function BookingBox({ assignment: a }: { assignment: Booking }) {
  const t = useT();
  // The volunteer wrote the card in Swedish.
  const sv = useSwedishContent();
  const locale = useLocale();
  const when = formatDateTime(a.startsAt, locale);
  return (
    <section aria-labelledby="assignment-title" className="card stack">
      <h2 id="assignment-title">{t(`requests.assignment.heading.${a.status}`)}</h2>
      {a.status === "booked" && !a.ended ? <p className="lead">{t("requests.assignment.coming", { name: a.volunteer, when })}</p> : null}
      <Facts
        items={[
          [t("requests.assignment.volunteer"), a.volunteer],
          [t("requests.assignment.when"), when],
          [t("requests.assignment.status"), t(`assignments.status.${a.status}`)],
        ]}
      />
      {a.card ? (
        <article aria-labelledby="person-card-title" className="person-card stack">
          <p className="muted">{t("requests.assignment.cardLabel")}</p>
          <h3 lang={sv} id="person-card-title">{a.card.title}</h3>
          <p>
            <span className="badge">{t(`personRole.${a.card.role}`)}</span>
          </p>
          {a.card.presentation ? <p className="person-card__presentation">{a.card.presentation}</p> : null}
        </article>
      ) : null}
      {a.wish ? <p>{t(a.wish === "same" ? "requests.assignment.wishSame" : "requests.assignment.wishOther")}</p> : null}
      {a.bookAgain ? (
        <p>
          <Link to={`/unit/requests/new?person=${a.bookAgain.person}&role=${a.bookAgain.role}`} className="button button--secondary">
            {t("requests.assignment.bookAgain")}
          </Link>
        </p>
      ) : null}
      <p className="muted">{t("requests.assignment.nameNote")}</p>
    </section>
  );
}

/** The proposed times, the one the booking took marked in words (not by colour alone) and with aria-current. */
export function SlotList({ slots, chosenSlotId }: { slots: UnitRequestView["slots"]; chosenSlotId: number | null }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby="slots-title">
      <h2 id="slots-title">{t("requests.detail.slots")}</h2>
      <ul>
        {slots.map((s) => {
          const text = t("requests.detail.slot", { start: formatDateTime(s.startsAt, locale), duration: duration(t, (Date.parse(s.endsAt) - Date.parse(s.startsAt)) / 60_000) });
          return s.id === chosenSlotId ? (
            <li key={s.id} aria-current="true" className="slot-list__chosen">
              {`${text} – ${t("requests.detail.chosenSlot")}`}
            </li>
          ) : (
            <li key={s.id}>{text}</li>
          );
        })}
      </ul>
    </section>
  );
}

function duration(t: ReturnType<typeof useT>, minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes % 60);
  if (h === 0) return t("offers.duration.minutes", { m });
  return m === 0 ? t("offers.duration.hours", { h }) : t("offers.duration.hoursMinutes", { h, m });
}

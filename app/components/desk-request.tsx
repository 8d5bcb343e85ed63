// The request page's read-only parts: the request's facts, its proposed times, and its history.
import type { ReactNode } from "react";
import type { DeskRequestView } from "~/models/desk-page.server";
import { AreaNameList, useSwedishContent } from "~/components/content-lang";
import { Facts } from "~/components/facts";
import { HistoryNote } from "~/components/request-history-note";
import { useLocale, useT } from "~/i18n";
import { formatDateTime } from "~/domain/format";

/** What a form on the request page gets back after a refused submit: translated errors by field, and what was sent. */
export interface DeskFormState {
  errors: Partial<Record<string, string>>;
  values: Partial<Record<string, string | string[]>>;
}

export const slotMinutes = (slot: { startsAt: string; endsAt: string }) => Math.round((Date.parse(slot.endsAt) - Date.parse(slot.startsAt)) / 60_000);

export function useSlotLabel() {
  const t = useT();
  const locale = useLocale();
  return (slot: { startsAt: string; endsAt: string }) => t("desk.slot", { start: formatDateTime(slot.startsAt, locale), minutes: slotMinutes(slot) });
}

export function DeskRequestFacts({ request: r }: { request: DeskRequestView }) {
  const t = useT();
  const locale = useLocale();
  // The unit wrote the purpose in Swedish.
  const sv = useSwedishContent();
  const items: [string, ReactNode][] = [
    [t("desk.detail.unit"), t("desk.detail.unitValue", { name: r.careUnit.name, municipality: r.careUnit.municipality, area: r.careUnit.careArea })],
    [t("desk.detail.role"), t(`personRole.${r.wantedRole}`)],
    [t("desk.detail.format"), t(`format.${r.format}`)],
    [t("desk.detail.audience"), t("desk.detail.audienceValue", { audience: t(`audience.${r.audience}`), size: r.audienceSize })],
    [t("desk.detail.where"), r.place ?? t("desk.detail.digital")],
  ];
  if (r.areas.length > 0) items.push([t("desk.detail.areas"), <AreaNameList key="areas" areas={r.areas} />]);
  if (r.wishedName) items.push([t("desk.detail.wish"), r.wishedName]);
  if (r.purpose) items.push([t("desk.detail.purpose"), <span key="purpose" lang={sv}>{r.purpose}</span>]);
  items.push([t("desk.detail.contact"), `${r.contact.name}, ${r.contact.phone}`], [t("desk.detail.created"), formatDateTime(r.createdAt, locale)]);
  if (r.statusReason) items.push([t("desk.detail.reason"), r.statusReason]);
  return <Facts items={items} />;
}

export function DeskRequestSlots({ slots }: { slots: DeskRequestView["slots"] }) {
  const t = useT();
  const slotLabel = useSlotLabel();
  return (
    <section aria-labelledby="slots-title">
      <h2 id="slots-title">{t("desk.detail.slots")}</h2>
      <ul>
        {slots.map((s) => (
          <li key={s.id}>{slotLabel(s)}</li>
        ))}
      </ul>
    </section>
  );
}

export function DeskRequestHistory({ history }: { history: DeskRequestView["history"] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t("desk.history.heading")}</h2>
      <ol>
        {history.map((e) => (
          <li key={e.id}>
            {t("desk.history.entry", { at: formatDateTime(e.at, locale), status: t(`requestStatus.${e.status}`) })}
            {e.actor ? ` ${t("desk.history.by", { name: e.actor })}` : null}
            <HistoryNote entry={e} />
          </li>
        ))}
      </ol>
    </section>
  );
}

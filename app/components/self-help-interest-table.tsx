// The coordinators' self-help interest: a table of counts per theme × place marking those ready to start, and the
// queue of the opened theme × place (aliases and contact details, first group and the rest).
import { Link } from "@remix-run/react";
import { formatDate } from "~/domain/format";
import { useLocale, useT } from "~/i18n";
import { useSwedishContent } from "./content-lang";
import { ListTable } from "./list-table";
import { PlaceName, usePlaceText } from "./self-help-place";
import "~/i18n/plan-parts";

export interface InterestRow {
  themeId: number;
  theme: string;
  digital: boolean;
  municipalityId: number | null;
  municipality: string | null;
  waiting: number;
  readyToStart: boolean;
}

const placeParam = (row: { digital: boolean; municipalityId: number | null }) => (row.digital ? "digital" : String(row.municipalityId));

export function SelfHelpInterestTable({ rows }: { rows: InterestRow[] }) {
  const t = useT();
  const sv = useSwedishContent();
  const placeText = usePlaceText();
  if (rows.length === 0) return <p className="empty">{t("selfHelp.coordinator.empty")}</p>;
  return (
    <ListTable
      labelledBy="interest-title"
      stacked
      rows={rows.map((row, id) => ({ ...row, id }))}
      columns={[
        { label: t("selfHelp.coordinator.theme"), cell: (row) => <span lang={sv}>{row.theme}</span> },
        { label: t("selfHelp.coordinator.place"), cell: (row) => <PlaceName place={row} /> },
        { label: t("selfHelp.coordinator.waiting"), cell: (row) => row.waiting },
        {
          label: t("selfHelp.coordinator.status"),
          cell: (row) =>
            row.readyToStart ? (
              <>
                <strong className="badge badge--interest">{t("selfHelp.coordinator.ready")}</strong>{" "}
                <Link to={`/coordinator/self-help/start?tema=${row.themeId}&plats=${placeParam(row)}`} aria-label={t("groups.startLinkLabel", { theme: row.theme, place: placeText(row) })}>
                  {t("groups.startLink")}
                </Link>
              </>
            ) : (
              t("selfHelp.coordinator.notReady", { n: row.waiting })
            ),
        },
        {
          label: t("selfHelp.coordinator.open"),
          cell: (row) => (
            <Link to={`?tema=${row.themeId}&plats=${placeParam(row)}`} aria-label={t("selfHelp.coordinator.openLabel", { theme: row.theme, place: placeText(row) })}>
              {t("selfHelp.coordinator.open")}
            </Link>
          ),
        },
      ]}
    />
  );
}

interface QueuedPerson {
  id: number;
  alias: string;
  email: string | null;
  phone: string | null;
  createdAt: string;
}

export interface OpenedQueue {
  theme: string;
  place: { digital: boolean; municipality: string | null };
  queue: { waiting: number; readyToStart: boolean; firstGroup: QueuedPerson[]; next: QueuedPerson[] };
}

function People({ people }: { people: QueuedPerson[] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <ol className="plain-list">
      {people.map((p) => (
        <li key={p.id} className="list-row">
          <strong>{p.alias}</strong> · {[p.email, p.phone].filter(Boolean).join(" · ")} · <span className="muted">{t("selfHelp.coordinator.registered", { date: formatDate(p.createdAt, locale) })}</span>
        </li>
      ))}
    </ol>
  );
}

export function SelfHelpQueue({ opened }: { opened: OpenedQueue }) {
  const t = useT();
  const placeText = usePlaceText();
  return (
    <section className="card stack" aria-labelledby="queue-title">
      <h2 id="queue-title">{t("selfHelp.coordinator.detailHeading", { theme: opened.theme, place: placeText(opened.place) })}</h2>
      {opened.queue.readyToStart ? <p className="badge badge--interest">{t("selfHelp.coordinator.ready")}</p> : <p>{t("selfHelp.coordinator.notReady", { n: opened.queue.waiting })}</p>}
      <h3>{t("selfHelp.coordinator.firstGroup")}</h3>
      <People people={opened.queue.firstGroup} />
      {opened.queue.next.length > 0 ? (
        <>
          <h3>{t("selfHelp.coordinator.nextGroup")}</h3>
          <People people={opened.queue.next} />
        </>
      ) : null}
      <p>
        <Link to="/coordinator/self-help">{t("selfHelp.coordinator.close")}</Link>
      </p>
    </section>
  );
}

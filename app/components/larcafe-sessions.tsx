// A Lärcafé series' sessions as a table: time, the state of its book request (linked) and the booked book's first name.
import { Link } from "@remix-run/react";
import { useAreaLabel } from "~/components/content-lang";
import { ListTable } from "~/components/list-table";
import { formatDateTime } from "~/domain/format";
import { useLocale, useT } from "~/i18n";
import type { LarcafeSessionView } from "~/models/larcafe.server";
import "~/i18n/plan-parts";

/** `requestPath` is where the session's request opens: the unit's own request page, or the coordinators' desk. */
export function LarcafeSessions({ sessions, labelledBy, requestPath }: { sessions: readonly LarcafeSessionView[]; labelledBy: string; requestPath: (requestId: number) => string }) {
  const t = useT();
  const locale = useLocale();
  const rows = sessions.map((s, i) => ({ ...s, number: i + 1 }));
  return (
    <ListTable
      stacked
      labelledBy={labelledBy}
      rows={rows}
      columns={[
        { label: t("larcafe.detail.session"), cell: (s) => t("larcafe.detail.sessionNumber", { n: s.number }) },
        { label: t("larcafe.detail.time"), cell: (s) => formatDateTime(s.startsAt, locale) },
        {
          label: t("larcafe.detail.request"),
          cell: (s) => (
            <>
              {s.cancelledAt ? <span className="badge">{t("larcafe.detail.cancelled")}</span> : s.held ? <span className="badge">{t("larcafe.detail.held")}</span> : null}{" "}
              {s.requestId !== null && s.requestStatus !== null ? (
                <Link to={requestPath(s.requestId)} aria-label={`${t("larcafe.detail.openRequest", { n: s.number })}: ${t(`requestStatus.${s.requestStatus}`)}`}>
                  <span className={`badge badge--${s.requestStatus}`}>{t(`requestStatus.${s.requestStatus}`)}</span>
                </Link>
              ) : null}
            </>
          ),
        },
        { label: t("larcafe.detail.book"), cell: (s) => s.volunteer ?? t("larcafe.detail.noBook") },
      ]}
    />
  );
}

/** A series' theme (an experience area) in the page's language, or its Swedish name marked as Swedish. */
export function LarcafeTheme({ name, nameEn }: { name: string; nameEn: string | null }) {
  const { text, lang } = useAreaLabel()({ name, nameEn });
  return <span lang={lang}>{text}</span>;
}

// The year's figures by role and by care area, as tables that become one card per row on a phone.
import type { GoalsView } from "~/models/goals.server";
import { useLocale, useT, type MessageKey } from "~/i18n";
import { formatChange, formatPercent } from "~/domain/format";

/** A figures table whose rows are headed by their first cell; on a phone each row becomes a card. */
export function GoalTable({ caption, head, rows }: { caption: string; head: MessageKey[]; rows: (string | number)[][] }) {
  const t = useT();
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="stacked-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {head.map((key) => (
              <th key={key} scope="col">
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([first, ...rest], row) => (
            <tr key={row}>
              <th scope="row">{first}</th>
              {rest.map((cell, i) => (
                <td key={i} data-label={t(head[i + 1])}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function GoalBreakdowns({ view }: { view: GoalsView }) {
  const t = useT();
  const locale = useLocale();
  const change = (growth: number | null) => (growth === null ? t("goals.noValue") : formatChange(growth, locale));
  return (
    <section aria-labelledby="goal-breakdown-title" className="stack">
      <h2 id="goal-breakdown-title">{t("goals.breakdown.title")}</h2>
      <GoalTable
        caption={t("goals.breakdown.byRole")}
        head={["goals.col.role", "goals.col.holders", "goals.col.offered", "goals.col.share", "goals.col.completed", "goals.col.previousYear", "goals.col.growth"]}
        rows={view.byRole.map((r) => [
          t(`personRole.${r.role}`), r.holders, r.offered, formatPercent(r.share, locale), r.completed, r.previousYear, change(r.growth),
        ])}
      />
      <GoalTable
        caption={t("goals.breakdown.byCareArea")}
        head={["goals.col.careArea", "goals.col.booksOffered", "goals.col.peerCompleted", "goals.col.previousYear", "goals.col.growth", "goals.col.peerBookedAhead"]}
        rows={view.byCareArea.map((a) => [a.name, a.booksOffered, a.peerCompleted, a.peerPreviousYear, change(a.growth), a.peerBookedAhead])}
      />
    </section>
  );
}

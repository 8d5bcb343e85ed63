// The plan's proposal as a table: one ticked row per request, with the person, the time, the score and why.
import { Link } from "@remix-run/react";
import { useLocale, useT } from "~/i18n";
import type { PlanRowView } from "~/models/plan.server";
import { formatDateTime } from "~/utils/format";
import { ReasonChips, useNumber } from "./plan-reasons";
import { deskPath } from "./plan-request-list";

/** `isTicked` says which rows start ticked: all of them, or what was sent when the form comes back with errors. */
interface PlanTableProps {
  rows: PlanRowView[];
  isTicked: (value: string) => boolean;
  /** The id of the heading that names the table. */
  labelledBy: string;
  /** The id of an error about the rows, when there is one. */
  describedBy?: string;
}

export function PlanTable({ rows, isTicked, labelledBy, describedBy }: PlanTableProps) {
  const t = useT();
  const locale = useLocale();
  const number = useNumber();
  return (
    <div className="table-scroll" id="rows" tabIndex={-1} aria-describedby={describedBy}>
      <table aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">{t("plan.col.send")}</th>
            <th scope="col">{t("plan.col.request")}</th>
            <th scope="col">{t("plan.col.person")}</th>
            <th scope="col">{t("plan.col.time")}</th>
            <th scope="col">{t("plan.col.score")}</th>
            <th scope="col">{t("plan.col.reasons")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.value}>
              <td>
                <input
                  type="checkbox"
                  name="row"
                  value={row.value}
                  defaultChecked={isTicked(row.value)}
                  aria-label={t("plan.sendRow", { request: row.request.title, person: row.personName })}
                />
              </td>
              <td>
                <Link to={deskPath(row.request.id)}>{row.request.title}</Link>
                <div className="muted">
                  {row.request.careUnit.name} · {t(`personRole.${row.request.wantedRole}`)}
                </div>
              </td>
              <td>
                <div>{row.personName}</div>
                {row.neverOffered ? <span className="badge">{t("plan.neverOffered")}</span> : null}
              </td>
              <td>{formatDateTime(row.slotStart, locale)}</td>
              <td>{number(row.score)}</td>
              <td>
                <ReasonChips reasons={row.parts.map((part) => part.reason)} label={t("plan.reasonsFor", { person: row.personName })} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

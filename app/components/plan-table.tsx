// The plan's proposal as a table: one row per request, ticked unless the match is weak, with the person, the time, the
// score and why — and the next candidates to swap in.
import { Link } from "@remix-run/react";
import { useSwedishContent } from "~/components/content-lang";
import { useLocale, useT } from "~/i18n";
import type { PlanChoice, PlanRowView } from "~/models/plan-page.server";
import { formatDateTime } from "~/domain/format";
import { ReasonChips, useNumber } from "./plan-reasons";
import { deskPath } from "./plan-request-list";

/** The form's field for a row's swap: the value of the choice to send instead of the proposal. */
export const swapField = (requestId: number) => `instead-${requestId}`;

/** `isTicked` says which rows start ticked; `chosen` which choice a row's swap starts on (the proposal when undefined). */
interface PlanTableProps {
  rows: PlanRowView[];
  scoreFloor: number;
  isTicked: (row: PlanRowView) => boolean;
  chosen: (requestId: number) => string | undefined;
  /** The id of the heading that names the table. */
  labelledBy: string;
  /** The id of an error about the rows, when there is one. */
  describedBy?: string;
}

export function PlanTable({ rows, scoreFloor, isTicked, chosen, labelledBy, describedBy }: PlanTableProps) {
  const t = useT();
  const locale = useLocale();
  const number = useNumber();
  // Request titles are written in Swedish by the care units.
  const sv = useSwedishContent();
  return (
    <div className="table-scroll" id="rows" tabIndex={-1} aria-describedby={describedBy}>
      <table aria-labelledby={labelledBy} className="stacked-table">
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
            <tr key={row.value} className={row.weak ? "row--weak" : undefined}>
              <td className="stacked-table__check">
                <input
                  type="checkbox"
                  name="row"
                  value={row.value}
                  defaultChecked={isTicked(row)}
                  aria-label={t("plan.sendRow", { request: row.request.title, person: row.personName })}
                />
              </td>
              <td>
                <Link to={deskPath(row.request.id)} lang={sv}>
                  {row.request.title}
                </Link>
                <div className="muted">
                  {row.request.careUnit.name} · {t(`personRole.${row.request.wantedRole}`)}
                </div>
              </td>
              <td data-label={t("plan.col.person")}>
                <div>{row.personName}</div>
                {row.neverOffered ? <span className="badge">{t(row.request.wantedRole === "book" ? "plan.neverOfferedBook" : "plan.neverOffered")}</span> : null}
                <SwapChoices row={row} chosen={chosen(row.request.id)} scoreFloor={scoreFloor} />
              </td>
              <td data-label={t("plan.col.time")}>{formatDateTime(row.slotStart, locale)}</td>
              <td data-label={t("plan.col.score")}>{number(row.score)}</td>
              <td data-label={t("plan.col.reasons")}>
                <WeakNote choice={row} scoreFloor={scoreFloor} />
                <ReasonChips
                  reasons={[...(row.bonus !== null ? [{ key: "plan.bonus", vars: { points: row.bonus } }] : []), ...row.parts.map((part) => part.reason)]}
                  label={t("plan.reasonsFor", { person: row.personName })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function WeakNote({ choice, scoreFloor }: { choice: PlanChoice; scoreFloor: number }) {
  const t = useT();
  if (!choice.weak) return null;
  return <p className="field__error">{t(`plan.weak.${choice.weak}`, { floor: scoreFloor })}</p>;
}

/** The proposal and the next candidates as radio buttons in a disclosure: works without JavaScript, one field per row. */
function SwapChoices({ row, chosen, scoreFloor }: { row: PlanRowView; chosen: string | undefined; scoreFloor: number }) {
  const t = useT();
  const locale = useLocale();
  const number = useNumber();
  const name = swapField(row.request.id);
  const current = chosen ?? "";
  const option = (choice: PlanChoice) => t("plan.swap.option", { person: choice.personName, time: formatDateTime(choice.slotStart, locale), score: number(choice.score) });
  return (
    <details className="swap" open={current !== "" || undefined}>
      <summary>{t("plan.swap.summary", { count: row.alternatives.length })}</summary>
      {row.alternatives.length === 0 ? (
        <p className="muted">{t("plan.swap.none")}</p>
      ) : (
        <fieldset className="choice-group">
          <legend>{t("plan.swap.legend", { request: row.request.title })}</legend>
          <label className="choice">
            <input type="radio" name={name} value="" defaultChecked={current === ""} />
            <span>{t("plan.swap.proposed", { person: row.personName })}</span>
          </label>
          {row.alternatives.map((choice) => (
            <div key={choice.value} className="swap__option">
              <label className="choice">
                <input type="radio" name={name} value={choice.value} defaultChecked={current === choice.value} />
                <span>{option(choice)}</span>
              </label>
              <WeakNote choice={choice} scoreFloor={scoreFloor} />
              <ReasonChips reasons={choice.parts.map((part) => part.reason)} label={t("plan.reasonsFor", { person: choice.personName })} />
            </div>
          ))}
        </fieldset>
      )}
    </details>
  );
}

// A month-by-month line chart as an SVG with a described image role, a legend in text and the same numbers as a table.
import { useId } from "react";
import { useLocale, useT } from "~/i18n";

export interface ChartSeries {
  label: string;
  /** One value per month, January first; null where there is nothing yet. */
  values: readonly (number | null)[];
  variant: "now" | "before" | "target";
}

interface Props {
  title: string;
  summary: string;
  series: readonly ChartSeries[];
  format: (value: number) => string;
  /** The top of the y axis; at least the largest value. */
  max?: number;
}

const WIDTH = 640;
const HEIGHT = 260;
// Room for the axis labels at the larger size they get when the chart is drawn small, as on a phone (goals.css).
const PAD = { top: 16, right: 16, bottom: 40, left: 96 };

const monthNameCache = new Map<string, string[]>();

/** "jan", "feb", … in the page's language, worked out once per language. */
function monthNames(locale: string): string[] {
  let names = monthNameCache.get(locale);
  if (!names) {
    const format = new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", { month: "short", timeZone: "UTC" });
    names = Array.from({ length: 12 }, (_, i) => format.format(Date.UTC(2026, i, 15)).replace(".", ""));
    monthNameCache.set(locale, names);
  }
  return names;
}

function path(values: readonly (number | null)[], x: (i: number) => number, y: (v: number) => number): string {
  let d = "";
  let pen = false;
  values.forEach((v, i) => {
    if (v === null) {
      pen = false;
      return;
    }
    d += `${pen ? "L" : "M"}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
    pen = true;
  });
  return d;
}

export function GoalChart({ title, summary, series, format, max }: Props) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const months = monthNames(locale);
  const top = Math.max(max ?? 0, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null)), 1);
  const x = (i: number) => PAD.left + (i * (WIDTH - PAD.left - PAD.right)) / 11;
  const y = (v: number) => HEIGHT - PAD.bottom - (v / top) * (HEIGHT - PAD.top - PAD.bottom);
  const ticks = [0, top / 2, top];
  return (
    <figure className="goal-chart">
      <figcaption id={`${id}-title`} className="goal-chart__title">
        {title}
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="goal-chart__svg">
        <desc id={`${id}-desc`}>{summary}</desc>
        {ticks.map((tick) => (
          <g key={tick} aria-hidden="true">
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} className="goal-chart__grid" />
            <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end" className="goal-chart__axis">
              {format(tick)}
            </text>
          </g>
        ))}
        {months.map((name, i) => (
          <text key={name} x={x(i)} y={HEIGHT - 10} textAnchor="middle" className={i % 2 ? "goal-chart__axis goal-chart__axis--minor" : "goal-chart__axis"} aria-hidden="true">
            {name}
          </text>
        ))}
        {series.map((s) => (
          <g key={s.label} aria-hidden="true" className={`goal-chart__series goal-chart__series--${s.variant}`}>
            <path d={path(s.values, x, y)} />
            {s.values.map((v, i) => (v === null ? null : <circle key={i} cx={x(i)} cy={y(v)} r={s.variant === "now" ? 4 : 3} />))}
          </g>
        ))}
      </svg>
      <ul className="goal-chart__legend">
        {series.map((s) => (
          <li key={s.label} className={`goal-chart__key goal-chart__key--${s.variant}`}>
            {s.label}
          </li>
        ))}
      </ul>
      <details className="goal-chart__table">
        <summary>{t("goals.chart.asTable")}</summary>
        <div className="table-scroll" role="region" aria-label={title} tabIndex={0}>
          <table>
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t("goals.chart.month")}</th>
                {series.map((s) => (
                  <th key={s.label} scope="col">
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {months.map((name, i) => (
                <tr key={name}>
                  <th scope="row">{name}</th>
                  {series.map((s) => {
                    const value = s.values[i];
                    return <td key={s.label}>{value === null ? t("goals.noValue") : format(value)}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

// The import page's reports: what a file would do or did (counts and the names behind them), and every bad row with its line and reason.
import { COUNT_LABELS, type ImportCounts, type ImportKind, type MovedMunicipality } from "~/domain/csv-import/formats";
import type { ImportIssue } from "~/domain/csv-import/issues";
import { useSwedishContent } from "~/components/content-lang";
import { useT } from "~/i18n";

export function ImportCountsTable({ kind, counts, id }: { kind: ImportKind; counts: ImportCounts; id: string }) {
  const t = useT();
  return (
    <div className="table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
      <table>
        <caption id={id}>{t("imports.countsCaption")}</caption>
        <tbody>
          {COUNT_LABELS[kind].map(([field, label]) => (
            <tr key={field}>
              <th scope="row">{t(label)}</th>
              <td>{counts[field]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ImportIssuesTable({ issues }: { issues: ImportIssue[] }) {
  const t = useT();
  return (
    <div className="table-scroll" role="region" aria-labelledby="import-issues-caption" tabIndex={0}>
      <table>
        <caption id="import-issues-caption">{t("imports.issuesCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("imports.line")}</th>
            <th scope="col">{t("imports.reason")}</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue, i) => (
            <tr key={i}>
              <td>{issue.line ?? t("imports.wholeFile")}</td>
              <td>{t(issue.key, issue.vars)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The municipalities a region file moves to another care area, by name, so a typo in a care area is seen before it lands. */
export function MovedMunicipalities({ moved, id }: { moved: MovedMunicipality[]; id: string }) {
  const t = useT();
  if (moved.length === 0) return null;
  return (
    <section aria-labelledby={id} className="stack">
      <h3 id={id}>{t("imports.movedTitle")}</h3>
      <p>{t("imports.movedLead")}</p>
      <ul>
        {moved.map((m) => (
          <li key={m.municipality}>{t("imports.movedItem", { ...m })}</li>
        ))}
      </ul>
    </section>
  );
}

/** The experience areas an import created, after the fact. */
export function CreatedAreas({ names }: { names: string[] }) {
  const t = useT();
  if (names.length === 0) return null;
  return (
    <section aria-labelledby="created-areas-title" className="stack">
      <h3 id="created-areas-title">{t("imports.newAreasTitle")}</h3>
      <p>{t("imports.newAreasDone")}</p>
      <AreaNames names={names} />
    </section>
  );
}

/** Experience areas named in an import file: Swedish names (an import gives no English one), marked so on an English page. */
export function AreaNames({ names }: { names: string[] }) {
  const sv = useSwedishContent();
  return (
    <ul>
      {names.map((name) => (
        <li key={name} lang={sv}>
          {name}
        </li>
      ))}
    </ul>
  );
}

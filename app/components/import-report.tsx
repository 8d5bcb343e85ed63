// The import page's reports: what a file would do or did (counts), and every bad row with its line and reason.
import { COUNT_LABELS, type ImportCounts, type ImportKind } from "~/domain/csv-import/formats";
import type { ImportIssue } from "~/domain/csv-import/issues";
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

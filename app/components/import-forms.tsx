// The import page's forms: the formats described, the upload with its errors, and the preview that commits.
import { Form, Link, useNavigation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { CheckboxField, ChoiceGroup, ErrorSummary, TextField } from "~/components/form";
import { AreaNames, ImportCountsTable, MovedMunicipalities } from "~/components/import-report";
import { contactKindWords } from "~/domain/csv-import/contact-kind-names";
import { COLUMNS, HISTORY_STATUSES, IMPORT_KINDS, IMPORT_MAX_MB, OPTIONAL_COLUMNS, headerText, type ImportKind, type ImportReport } from "~/domain/csv-import/formats";
import { personRoleWords, roleWords } from "~/domain/csv-import/role-names";
import { useT, type MessageKey } from "~/i18n";

function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}

export function ImportFormats() {
  const t = useT();
  return (
    <section aria-labelledby="formats-title" className="stack">
      <h2 id="formats-title">{t("imports.formatsTitle")}</h2>
      {IMPORT_KINDS.map((kind) => (
        <div key={kind}>
          <h3>{t(`imports.kind.${kind}`)}</h3>
          <p>{t(`imports.kindHint.${kind}`)}</p>
          <p className="break">{t("imports.header", { columns: headerText(kind) })}</p>
          <ColumnTable kind={kind} />
        </div>
      ))}
    </section>
  );
}

/** The words a column accepts, from the vocabulary the parser reads them with. */
const CODES: Record<string, () => string> = {
  "people.roles": personRoleWords,
  "history.role": roleWords,
  "history.status": () => HISTORY_STATUSES.join(", "),
  "contacts.kind": contactKindWords,
};

/** Every column of a kind with what it holds, the optional ones last. */
function ColumnTable({ kind }: { kind: ImportKind }) {
  const t = useT();
  return (
    <div className="table-scroll" role="region" aria-labelledby={`columns-${kind}`} tabIndex={0}>
      <table>
        <caption id={`columns-${kind}`}>{t("importColumns.caption", { kind: t(`imports.kind.${kind}`) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("importColumns.column")}</th>
            <th scope="col">{t("importColumns.content")}</th>
          </tr>
        </thead>
        <tbody>
          {[...COLUMNS[kind], ...OPTIONAL_COLUMNS[kind]].map((column) => (
            <tr key={column}>
              <th scope="row">
                <code>{column}</code>
              </th>
              <td>{t(`importColumns.${kind}.${column}` as MessageKey, { codes: CODES[`${kind}.${column}`]?.() ?? "" })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ImportUploadForm({ errors, kind, formKey }: { errors: Partial<Record<string, string>>; kind: ImportKind | undefined; formKey: string }) {
  const t = useT();
  const busy = useNavigation().state === "submitting";
  const labels = { kind: t("imports.kindLegend"), file: t("imports.file") };
  return (
    <Form key={formKey} method="post" encType="multipart/form-data" className="stack card" noValidate aria-labelledby="upload-title">
      <h2 id="upload-title">{t("imports.uploadTitle")}</h2>
      <ErrorSummary errors={errors} labels={labels} />
      <ChoiceGroup
        name="kind"
        type="radio"
        legend={labels.kind}
        error={errors.kind}
        selected={kind ? [kind] : []}
        options={IMPORT_KINDS.map((k) => ({ value: k, label: t(`imports.kind.${k}`) }))}
      />
      <TextField name="file" type="file" accept=".csv,text/csv" label={labels.file} hint={t("imports.fileHint", { max: IMPORT_MAX_MB })} error={errors.file} required />
      <button type="submit" name="intent" value="preview" className="button" disabled={busy}>
        {t("imports.previewSubmit")}
      </button>
    </Form>
  );
}

type PreviewSample = { header: string[]; rows: string[][]; total: number };

/** The file's first rows as read, so the coordinator sees that the columns landed where they should. */
function SampleRows({ sample }: { sample: PreviewSample }) {
  const t = useT();
  if (sample.rows.length === 0) return null;
  return (
    <div className="table-scroll" role="region" aria-labelledby="sample-caption" tabIndex={0}>
      <table>
        <caption id="sample-caption">{t("importColumns.sampleCaption", { shown: sample.rows.length, total: sample.total })}</caption>
        <thead>
          <tr>
            {sample.header.map((name, i) => (
              <th key={i} scope="col">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sample.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => (
                <td key={c}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The preview commits the CSV text it was made from; new experience areas are created only with the box ticked. */
export function ImportPreview({ kind, report, csv, sample }: { kind: ImportKind; report: ImportReport; csv: string; sample: PreviewSample }) {
  const t = useT();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const busy = useNavigation().state === "submitting";
  return (
    <section aria-labelledby="preview-title" className="stack card">
      <h2 id="preview-title" tabIndex={-1} ref={heading}>
        {t("imports.previewTitle", { kind: t(`imports.kind.${kind}`) })}
      </h2>
      <p>{t("imports.previewLead")}</p>
      <ImportCountsTable kind={kind} counts={report.counts} id="preview-counts" />
      <SampleRows sample={sample} />
      <MovedMunicipalities moved={report.moved} id="preview-moved-title" />
      <Form method="post" encType="multipart/form-data" className="stack">
        {report.newAreas.length > 0 ? (
          <section aria-labelledby="new-areas-title" className="stack">
            <h3 id="new-areas-title">{t("imports.newAreasTitle")}</h3>
            <p>{t("imports.newAreasLead")}</p>
            <AreaNames names={report.newAreas} />
            <CheckboxField name="createAreas" label={t("imports.createAreas")} defaultChecked={false} />
          </section>
        ) : null}
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="csv" value={csv} />
        <div className="button-row">
          <button type="submit" name="intent" value="commit" className="button" disabled={busy}>
            {t("imports.commitSubmit")}
          </button>
          <Link to="/admin/import" className="button button--secondary">
            {t("imports.startOver")}
          </Link>
        </div>
      </Form>
    </section>
  );
}

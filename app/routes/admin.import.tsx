import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { ImportFormats, ImportPreview, ImportUploadForm } from "~/components/import-forms";
import { CreatedAreas, ImportCountsTable, ImportIssuesTable, MovedMunicipalities } from "~/components/import-report";
import { IMPORT_MAX_MB } from "~/domain/csv-import/formats";
import { useT } from "~/i18n";
import "~/i18n/staff";
import { uploadInWorker } from "~/models/import-thread.server";
import { requireUser } from "~/utils/auth.server";
import { pageTitle } from "~/utils/meta";
import { useFormErrors } from "~/utils/use-form-errors";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, "coordinator");
  return null;
}

/** The form is read, checked and imported in a worker thread (import-upload.server.ts): the server keeps answering meanwhile. */
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request, "coordinator");
  const contentType = request.headers.get("Content-Type") ?? "";
  if (!contentType.startsWith("multipart/form-data")) return data({ stage: "invalid" as const, errors: { form: "error.badRequestBody" as const } }, { status: 400 });
  const outcome = await uploadInWorker({ body: await request.arrayBuffer(), contentType, actorUserId: user.id });
  if (outcome.stage === "invalid") return data({ stage: outcome.stage, errors: outcome.errors }, { status: outcome.status });
  if (outcome.stage === "issues") return data(outcome, { status: 400 });
  return outcome;
}

export default function Import() {
  const t = useT();
  const result = useActionData<typeof action>();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (result?.stage === "done") heading.current?.focus();
  }, [result]);
  const fieldErrors = result?.stage === "invalid" ? result.errors : result?.stage === "issues" ? { file: "imports.issuesLead" as const } : {};
  const errors = useFormErrors(fieldErrors, { count: result?.stage === "issues" ? result.issues.length : 0, max: IMPORT_MAX_MB });
  const kind = result && "kind" in result ? result.kind : undefined;
  return (
    <section aria-labelledby="import-title" className="stack-lg">
      <div>
        <h1 id="import-title">{t("imports.title")}</h1>
        <p className="lead">{t("imports.lead")}</p>
      </div>
      {result?.stage === "done" ? (
        <div className="notice notice--success stack" role="status">
          <h2 tabIndex={-1} ref={heading}>
            {t("imports.doneTitle")}
          </h2>
          <p>{t("imports.doneLead", { kind: t(`imports.kind.${result.kind}`) })}</p>
          <ImportCountsTable kind={result.kind} counts={result.counts} id="done-counts" />
          <CreatedAreas names={result.newAreas} />
          <MovedMunicipalities moved={result.moved} id="done-moved-title" />
        </div>
      ) : null}
      {result?.stage === "preview" ? (
        <ImportPreview kind={result.kind} report={result} csv={result.csv} sample={result.sample} />
      ) : (
        <>
          <ImportUploadForm errors={errors} kind={kind} formKey={result?.stage ?? "new"} />
          {result?.stage === "issues" ? (
            <section aria-labelledby="issues-title" className="stack">
              <h2 id="issues-title">{t("imports.issuesTitle")}</h2>
              <ImportIssuesTable issues={result.issues} />
            </section>
          ) : null}
          <ImportFormats />
        </>
      )}
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "imports.title");

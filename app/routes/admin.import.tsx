import {
  data,
  MaxPartSizeExceededError,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { z } from "zod";
import { ImportFormats, ImportPreview, ImportUploadForm } from "~/components/import-forms";
import { CreatedAreas, ImportCountsTable, ImportIssuesTable, MovedMunicipalities } from "~/components/import-report";
import { IMPORT_KINDS, IMPORT_MAX_MB } from "~/domain/csv-import/formats";
import { decodeCsv } from "~/domain/csv-import/decode";
import { useT, type MessageKey } from "~/i18n";
import { previewImport, runImport } from "~/models/import.server";
import { requireUser } from "~/utils/auth.server";
import { db as database } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";

const MAX_BYTES = IMPORT_MAX_MB * 1024 * 1024;
const FIELDS = ["intent", "kind", "file", "csv", "createAreas"];

const kindField = () => z.enum(IMPORT_KINDS, { error: "imports.errors.kind" });
const uploadSchema = () =>
  z.discriminatedUnion("intent", [
    z.object({ intent: z.literal("preview"), kind: kindField(), file: z.instanceof(File, { error: "imports.errors.fileRequired" }) }),
    z.object({
      intent: z.literal("commit"),
      kind: kindField(),
      csv: z.string().min(1, { error: "imports.errors.emptyFile" }),
      createAreas: z.literal("on").optional().transform(Boolean),
    }),
  ]);

type FieldErrors = Partial<Record<"form" | "kind" | "file", MessageKey>>;
const invalid = (errors: FieldErrors, status = 400) => data({ stage: "invalid" as const, errors }, { status });

/** Every part, the commit's CSV text included, goes through the same size limit. */
async function readForm(request: Request): Promise<FormData | ReturnType<typeof invalid>> {
  if (!request.headers.get("Content-Type")?.startsWith("multipart/form-data")) return invalid({ form: "error.badRequestBody" });
  try {
    return await unstable_parseMultipartFormData(
      request,
      unstable_createMemoryUploadHandler({ maxPartSize: MAX_BYTES, filter: ({ name }) => FIELDS.includes(name) }),
    );
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return invalid({ file: "imports.errors.tooLarge" }, 413);
    return invalid({ form: "error.badRequestBody" });
  }
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, "coordinator");
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request, "coordinator");
  const form = await readForm(request);
  if (!(form instanceof FormData)) return form;
  const parsed = uploadSchema().safeParse(Object.fromEntries(FIELDS.map((f) => [f, form.get(f) ?? undefined])));
  if (!parsed.success) {
    const errors: FieldErrors = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] === "kind" ? "kind" : issue.path[0] === "file" || issue.path[0] === "csv" ? "file" : "form";
      errors[field] ??= (issue.message.startsWith("imports.") ? issue.message : "error.badRequestBody") as MessageKey;
    }
    return invalid(errors);
  }
  const input = parsed.data;
  const db = database();
  let csv: string;
  if (input.intent === "preview") {
    if (!input.file.name) return invalid({ file: "imports.errors.fileRequired" });
    if (input.file.size === 0) return invalid({ file: "imports.errors.emptyFile" });
    const text = decodeCsv(new Uint8Array(await input.file.arrayBuffer()));
    if (text === null) return invalid({ file: "imports.errors.notUtf8" });
    csv = text;
  } else csv = input.csv;
  // The preview lists the experience areas a people file lacks; the commit creates them only when the box is ticked.
  const result =
    input.intent === "preview"
      ? await previewImport(db, input.kind, csv, { createAreas: true })
      : await runImport(db, input.kind, csv, { actorUserId: user.id, createAreas: input.createAreas });
  if (!result.ok) return data({ stage: "issues" as const, kind: input.kind, issues: result.issues }, { status: 400 });
  const report = { counts: result.counts, newAreas: result.newAreas, moved: result.moved };
  if (input.intent === "preview") return { stage: "preview" as const, kind: input.kind, ...report, csv };
  return { stage: "done" as const, kind: input.kind, ...report };
}

export default function Import() {
  const t = useT();
  const result = useActionData<typeof action>();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (result?.stage === "done") heading.current?.focus();
  }, [result]);
  const fieldErrors = result?.stage === "invalid" ? result.errors : result?.stage === "issues" ? { file: "imports.issuesLead" as const } : {};
  const errors = Object.fromEntries(
    Object.entries(fieldErrors).map(([field, key]) => [field, key ? t(key, { count: result?.stage === "issues" ? result.issues.length : 0, max: IMPORT_MAX_MB }) : undefined]),
  );
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
        <ImportPreview kind={result.kind} report={result} csv={result.csv} />
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

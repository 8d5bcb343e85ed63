// The import page's upload, read and answered where the import runs (the worker thread, import-thread.server.ts): the
// multipart form parsed and checked with zod, the file decoded, and the preview or the import made.
import { z } from "zod";
import { IMPORT_KINDS, IMPORT_MAX_MB, type ImportKind, type ImportReport } from "~/domain/csv-import/formats";
import { decodeCsv } from "~/domain/csv-import/decode";
import { previewTable, type PreviewSample } from "~/domain/csv-import/read-csv";
import type { ImportIssue } from "~/domain/csv-import/issues";
import type { MessageKey } from "~/i18n";
import { previewImport, runImport, type ImportTiming } from "~/models/import.server";
import type { DB } from "~/utils/db.server";

const MAX_BYTES = IMPORT_MAX_MB * 1024 * 1024;
/** The CSV a preview hands back to commit comes with CRLF line ends (as browsers send text fields): a byte more per line. */
const COMMIT_MAX_CHARS = MAX_BYTES + 128 * 1024;
const FIELDS = ["intent", "kind", "file", "csv", "createAreas"] as const;

const kindField = () => z.enum(IMPORT_KINDS, { error: "imports.errors.kind" });
const uploadSchema = () =>
  z.discriminatedUnion("intent", [
    z.object({ intent: z.literal("preview"), kind: kindField(), file: z.instanceof(File, { error: "imports.errors.fileRequired" }) }),
    z.object({
      intent: z.literal("commit"),
      kind: kindField(),
      csv: z.string().min(1, { error: "imports.errors.emptyFile" }).max(COMMIT_MAX_CHARS, { error: "imports.errors.tooLarge" }),
      createAreas: z.literal("on").optional().transform(Boolean),
    }),
  ]);

export type FieldErrors = Partial<Record<"form" | "kind" | "file", MessageKey>>;

export type UploadOutcome =
  | { stage: "invalid"; status: 400 | 413; errors: FieldErrors }
  | { stage: "issues"; kind: ImportKind; issues: ImportIssue[] }
  | ({ stage: "preview"; kind: ImportKind; csv: string; sample: PreviewSample } & ImportReport)
  | ({ stage: "done"; kind: ImportKind } & ImportReport);

export interface Upload {
  /** The request's body, as the server read it within its limit. */
  body: ArrayBuffer;
  contentType: string;
  actorUserId: number;
  now?: Date;
  onTiming?: (timing: ImportTiming) => void;
}

const invalid = (errors: FieldErrors, status: 400 | 413 = 400): UploadOutcome => ({ stage: "invalid", status, errors });

async function readForm(body: ArrayBuffer, contentType: string): Promise<FormData | null> {
  if (!contentType.startsWith("multipart/form-data")) return null;
  try {
    return await new Request("http://levande.invalid/admin/import", { method: "POST", body, headers: { "Content-Type": contentType } }).formData();
  } catch {
    return null;
  }
}

export async function handleUpload(db: DB, { body, contentType, actorUserId, now = new Date(), onTiming }: Upload): Promise<UploadOutcome> {
  const form = await readForm(body, contentType);
  if (!form) return invalid({ form: "error.badRequestBody" });
  const file = form.get("file");
  if (file instanceof File && file.size > MAX_BYTES) return invalid({ file: "imports.errors.tooLarge" }, 413);
  const parsed = uploadSchema().safeParse(Object.fromEntries(FIELDS.map((f) => [f, form.get(f) ?? undefined])));
  if (!parsed.success) {
    const errors: FieldErrors = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] === "kind" ? "kind" : issue.path[0] === "file" || issue.path[0] === "csv" ? "file" : "form";
      errors[field] ??= (issue.message.startsWith("imports.") ? issue.message : "error.badRequestBody") as MessageKey;
    }
    return invalid(errors, errors.file === "imports.errors.tooLarge" ? 413 : 400);
  }
  const input = parsed.data;
  if (input.intent === "commit") {
    const result = await runImport(db, input.kind, input.csv, { actorUserId, createAreas: input.createAreas, now, onTiming });
    if (!result.ok) return { stage: "issues", kind: input.kind, issues: result.issues };
    return { stage: "done", kind: input.kind, counts: result.counts, newAreas: result.newAreas, moved: result.moved };
  }
  if (!input.file.name) return invalid({ file: "imports.errors.fileRequired" });
  if (input.file.size === 0) return invalid({ file: "imports.errors.emptyFile" });
  const csv = decodeCsv(new Uint8Array(await input.file.arrayBuffer()));
  if (csv === null) return invalid({ file: "imports.errors.notUtf8" });
  // The preview lists the experience areas a people file lacks; the commit creates them only when the box is ticked.
  const result = await previewImport(db, input.kind, csv, { createAreas: true, now });
  if (!result.ok) return { stage: "issues", kind: input.kind, issues: result.issues };
  // The first rows for the page, read here in the worker: parsing a large file again in the server's thread would stall it.
  return { stage: "preview", kind: input.kind, counts: result.counts, newAreas: result.newAreas, moved: result.moved, csv, sample: previewTable(csv) };
}

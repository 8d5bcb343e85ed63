// Turns a CSV file's text into a header and records with their line numbers: with or without BOM, comma or semicolon, LF or CRLF.
import { CsvError, parse } from "csv-parse/sync";
import type { ImportIssue } from "./issues";

export interface CsvRecord {
  /** The physical line the record starts on (the header is line 1). */
  line: number;
  fields: string[];
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
}

const BOM = "\uFEFF";
/** Semicolon when the header line has more semicolons than commas outside quotes: Swedish Excel writes semicolons. */
export function detectDelimiter(text: string): ";" | "," {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && char === ",") commas++;
    else if (!quoted && char === ";") semicolons++;
  }
  return semicolons > commas ? ";" : ",";
}

const isBlank = (fields: string[]) => fields.every((f) => f.trim() === "");
const lineBreaks = (fields: string[]) => fields.reduce((n, f) => n + (f.match(/\n/g)?.length ?? 0), 0);

export function readCsv(input: string): { table: CsvTable } | { issue: ImportIssue } {
  // One line ending everywhere, quoted fields included, so csv-parse's line count is the physical line number.
  const text = (input.startsWith(BOM) ? input.slice(1) : input).replace(/\r\n?/g, "\n");
  if (text.trim() === "") return { issue: { line: null, key: "imports.errors.emptyFile" } };
  // The line each record ends on, in record order (on_record sees every record the result holds).
  const ends: number[] = [];
  let parsed: string[][];
  try {
    parsed = parse(text, {
      delimiter: detectDelimiter(text),
      record_delimiter: "\n",
      relax_column_count: true,
      // A quote inside an unquoted field (Anna "Nina" Berg) is kept as text rather than refusing the file.
      relax_quotes: true,
      skip_empty_lines: true,
      on_record: (fields, context) => {
        ends.push(context.lines);
        return fields;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    if (error.code === "CSV_QUOTE_NOT_CLOSED") return { issue: { line: (ends.at(-1) ?? 0) + 1, key: "imports.errors.quoteNotClosed" } };
    return { issue: { line: typeof error.lines === "number" ? error.lines : null, key: "imports.errors.malformed" } };
  }
  // A record's line count is where it ends; a quoted field with line breaks makes it start earlier.
  const records = parsed
    .map((fields, i) => ({ line: ends[i] - lineBreaks(fields), fields }))
    .filter((r) => !isBlank(r.fields));
  const [header, ...rows] = records;
  if (!header) return { issue: { line: null, key: "imports.errors.emptyFile" } };
  if (rows.length === 0) return { issue: { line: null, key: "imports.errors.noRows" } };
  return { table: { header: header.fields, records: rows } };
}

/** The first rows of a file that read cleanly, as the import's preview shows them: header, rows and how many there are. */
export interface PreviewSample {
  header: string[];
  rows: string[][];
  total: number;
}

/** A file that does not read cleanly has nothing to show (its issues are reported instead). */
export function previewTable(input: string, limit = 20): PreviewSample {
  const read = readCsv(input);
  if ("issue" in read) return { header: [], rows: [], total: 0 };
  return { header: read.table.header, rows: read.table.records.slice(0, limit).map((r) => r.fields), total: read.table.records.length };
}

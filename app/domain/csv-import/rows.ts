// Checks a CSV table's header against a format and runs each record through that format's zod row schema.
import type { z } from "zod";
import type { ImportIssue, ImportMessageKey } from "./issues";
import type { CsvTable } from "./read-csv";

const VALUE_MAX = 60;

/** Header names as DESIGN.md writes them, in any order; a missing, unknown or repeated column refuses the file. */
export function checkHeader(header: string[], columns: readonly string[], optional: readonly string[] = []): ImportIssue[] {
  const names = header.map((h) => h.trim().toLowerCase());
  const issues: ImportIssue[] = [];
  const missing = columns.filter((c) => !names.includes(c));
  const unknown = names.filter((n) => !columns.includes(n) && !optional.includes(n));
  const repeated = names.filter((n, i) => names.indexOf(n) !== i);
  if (missing.length) issues.push({ line: 1, key: "imports.errors.missingColumns", vars: { columns: missing.join(", ") } });
  if (unknown.length) issues.push({ line: 1, key: "imports.errors.unknownColumns", vars: { columns: unknown.map((n) => n || '""').join(", ") } });
  if (repeated.length) issues.push({ line: 1, key: "imports.errors.repeatedColumns", vars: { columns: [...new Set(repeated)].join(", ") } });
  return issues;
}

function shorten(value: string): string {
  const v = value.trim();
  return v.length > VALUE_MAX ? `${v.slice(0, VALUE_MAX - 1)}…` : v;
}

/** A rule across fields of a row that parsed: the column to blame and why. */
export type CrossCheck<T> = (row: T) => { column: string; key: ImportMessageKey }[];

/**
 * Each record as an object keyed by column, parsed by the schema, then the cross-field rules on the rows that parsed;
 * every failing field of every row becomes an issue. An optional column the header leaves out is absent from the object.
 */
export function parseRecords<T>(
  table: CsvTable,
  columns: readonly string[],
  schema: z.ZodType<T>,
  crossCheck: CrossCheck<T> = () => [],
  optional: readonly string[] = [],
): { rows: (T & { line: number })[]; issues: ImportIssue[] } {
  const headerIssues = checkHeader(table.header, columns, optional);
  if (headerIssues.length) return { rows: [], issues: headerIssues };
  const names = table.header.map((h) => h.trim().toLowerCase());
  const rows: (T & { line: number })[] = [];
  const issues: ImportIssue[] = [];
  for (const { line, fields } of table.records) {
    if (fields.length !== names.length) {
      issues.push({ line, key: "imports.errors.columnCount", vars: { expected: names.length, found: fields.length } });
      continue;
    }
    const raw = Object.fromEntries(names.map((name, i) => [name, fields[i]]));
    const result = schema.safeParse(raw);
    const found = result.success
      ? crossCheck(result.data)
      : result.error.issues.map((issue) => ({
          column: String(issue.path[0] ?? ""),
          key: (issue.message.startsWith("imports.errors.") ? issue.message : "imports.errors.invalid") as ImportMessageKey,
        }));
    if (result.success && found.length === 0) {
      rows.push({ ...result.data, line });
      continue;
    }
    const seen = new Set<string>();
    for (const { column, key } of found) {
      if (seen.has(column)) continue;
      seen.add(column);
      issues.push({ line, key, vars: { column, value: shorten(raw[column] ?? "") } });
    }
  }
  return { rows, issues };
}

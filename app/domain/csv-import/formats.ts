// The two CSV formats of DESIGN.md ("CSV import formats"): their kinds, header columns and result counts, shared by the page, the CLI and the parsers.
import type { MessageKey } from "~/i18n";

/** The upload page's limit on a file, in megabytes. */
export const IMPORT_MAX_MB = 5;

export const IMPORT_KINDS = ["people", "history"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const PEOPLE_COLUMNS = ["email", "name", "roles", "title", "experience", "municipality", "languages", "joined_on", "left_on", "trained_on"] as const;
export const HISTORY_COLUMNS = ["email", "role", "care_unit", "offered_on", "start", "end", "status"] as const;

export const COLUMNS: Record<ImportKind, readonly string[]> = { people: PEOPLE_COLUMNS, history: HISTORY_COLUMNS };

export const HISTORY_STATUSES = ["declined", "expired", "withdrawn", "booked", "completed", "cancelled", "no_show"] as const;
export type HistoryStatus = (typeof HISTORY_STATUSES)[number];
/** The statuses that mean the offer was accepted and an assignment followed. */
export const ASSIGNMENT_OUTCOMES = ["booked", "completed", "cancelled", "no_show"] as const;

export function isImportKind(value: unknown): value is ImportKind {
  return typeof value === "string" && (IMPORT_KINDS as readonly string[]).includes(value);
}

/** What an import did, or would do when previewed. */
export interface ImportCounts {
  /** Data rows in the file. */
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  /** History rows imported before, recognised by their key. */
  skipped: number;
  careUnitsCreated: number;
}

/** The counts that mean something for each kind, in the order the page and the CLI list them. */
export const COUNT_LABELS: Record<ImportKind, [keyof ImportCounts, MessageKey][]> = {
  people: [["rows", "imports.count.rows"], ["created", "imports.count.created.people"], ["updated", "imports.count.updated"], ["unchanged", "imports.count.unchanged"]],
  history: [["rows", "imports.count.rows"], ["created", "imports.count.created.history"], ["skipped", "imports.count.skipped"], ["careUnitsCreated", "imports.count.careUnitsCreated"]],
};

// The CSV formats of DESIGN.md ("CSV import formats", "Going live"): their kinds, header columns and result counts, shared by the page, the CLI and the parsers.
import type { MessageKey } from "~/i18n";

/** The upload page's limit on a file, in megabytes. */
export const IMPORT_MAX_MB = 5;

/** In the order a new region imports them: the places first, then the people, then their history and the supporters' contacts. */
export const IMPORT_KINDS = ["region", "people", "history", "contacts"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const REGION_COLUMNS = ["care_area", "municipality"] as const;
export const PEOPLE_COLUMNS = ["email", "name", "roles", "title", "experience", "municipality", "languages", "joined_on", "left_on", "trained_on"] as const;
export const HISTORY_COLUMNS = ["email", "role", "care_unit", "offered_on", "start", "end", "status"] as const;
export const CONTACTS_COLUMNS = ["email", "care_unit", "contacted_on", "kind"] as const;
/** The history and contacts files' optional last column: the municipality a new care unit is created in. */
export const UNIT_MUNICIPALITY_COLUMNS = ["municipality"] as const;

/** The columns a file must have. */
export const COLUMNS: Record<ImportKind, readonly string[]> = { region: REGION_COLUMNS, people: PEOPLE_COLUMNS, history: HISTORY_COLUMNS, contacts: CONTACTS_COLUMNS };
/** The columns a file may have besides. */
export const OPTIONAL_COLUMNS: Record<ImportKind, readonly string[]> = { region: [], people: [], history: UNIT_MUNICIPALITY_COLUMNS, contacts: UNIT_MUNICIPALITY_COLUMNS };

/** The header as DESIGN.md writes it, optional columns in brackets: "email,care_unit,contacted_on,kind[,municipality]". */
export function headerText(kind: ImportKind): string {
  return COLUMNS[kind].join(",") + OPTIONAL_COLUMNS[kind].map((c) => `[,${c}]`).join("");
}

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
  /** New people, history offers, contacts, or municipalities. */
  created: number;
  updated: number;
  unchanged: number;
  /** History rows imported before, recognised by their key; contacts already logged. */
  skipped: number;
  careUnitsCreated: number;
  careAreasCreated: number;
  /** Municipalities the region file puts in another care area than today's. */
  moved: number;
  /** Experience areas a people file creates (only when asked to). */
  areasCreated: number;
}

export interface MovedMunicipality {
  municipality: string;
  from: string;
  to: string;
}

/** An import's report: the counts and the names worth listing one by one. */
export interface ImportReport {
  counts: ImportCounts;
  /** New experience areas, in the file's first spelling and order. */
  newAreas: string[];
  moved: MovedMunicipality[];
}

/** The counts that mean something for each kind, in the order the page and the CLI list them. */
export const COUNT_LABELS: Record<ImportKind, [keyof ImportCounts, MessageKey][]> = {
  region: [
    ["rows", "imports.count.rows"],
    ["careAreasCreated", "imports.count.careAreasCreated"],
    ["created", "imports.count.created.region"],
    ["moved", "imports.count.moved"],
    ["unchanged", "imports.count.unchanged.region"],
  ],
  people: [
    ["rows", "imports.count.rows"],
    ["created", "imports.count.created.people"],
    ["updated", "imports.count.updated"],
    ["unchanged", "imports.count.unchanged"],
    ["areasCreated", "imports.count.areasCreated"],
  ],
  history: [["rows", "imports.count.rows"], ["created", "imports.count.created.history"], ["skipped", "imports.count.skipped"], ["careUnitsCreated", "imports.count.careUnitsCreated"]],
  contacts: [["rows", "imports.count.rows"], ["created", "imports.count.created.contacts"], ["skipped", "imports.count.skipped.contacts"], ["careUnitsCreated", "imports.count.careUnitsCreated"]],
};

// The contacts format (issue M): one row per contact a patient supporter made with a care unit, on a local date.
import { z } from "zod";
import { instantToLocal } from "../stockholm-time";
import { careUnitCell, contactKindCell, dateCell, emailCell, optionalMunicipalityCell } from "./cells";
import { CONTACTS_COLUMNS, UNIT_MUNICIPALITY_COLUMNS } from "./formats";
import { HISTORY_FIRST_DATE } from "./history-rows";
import type { ImportIssue } from "./issues";
import type { CsvTable } from "./read-csv";
import { parseRecords, type CrossCheck } from "./rows";
import { contactDateProblem } from "../supporter-outreach";
import type { ContactKind } from "../vocabulary";

const contactRowSchema = z.object({
  email: emailCell,
  care_unit: careUnitCell,
  contacted_on: dateCell,
  kind: contactKindCell,
  municipality: optionalMunicipalityCell,
});

type ParsedRow = z.infer<typeof contactRowSchema>;

/** A contact that has happened: from the first date history may name up to today in Stockholm (older records than a supporter may log herself). */
const checkDate =
  (today: string): CrossCheck<ParsedRow> =>
  (row) =>
    contactDateProblem(row.contacted_on, today, HISTORY_FIRST_DATE) ? [{ column: "contacted_on", key: "imports.errors.contactDate" }] : [];

export interface ContactRow {
  line: number;
  /** The supporter's e-mail, lower-cased. */
  email: string;
  careUnit: string;
  /** YYYY-MM-DD, local. */
  contactedOn: string;
  kind: ContactKind;
  /** Where a new care unit is created; null: the municipality its name contains. */
  municipality: string | null;
}

/** `now` sets the last date a row may name: today in Stockholm. */
export function parseContactRows(table: CsvTable, now: Date): { rows: ContactRow[]; issues: ImportIssue[] } {
  const parsed = parseRecords(table, CONTACTS_COLUMNS, contactRowSchema, checkDate(instantToLocal(now).date), UNIT_MUNICIPALITY_COLUMNS);
  const rows = parsed.rows.map(
    (r): ContactRow => ({ line: r.line, email: r.email, careUnit: r.care_unit, contactedOn: r.contacted_on, kind: r.kind, municipality: r.municipality }),
  );
  return { rows, issues: parsed.issues };
}

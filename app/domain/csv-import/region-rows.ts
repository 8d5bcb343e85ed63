// The region format: one row per municipality with the care area it belongs to, upserted by name.
import { z } from "zod";
import { nameCell } from "./cells";
import { REGION_COLUMNS } from "./formats";
import type { ImportIssue } from "./issues";
import { nameKey } from "./names";
import type { CsvTable } from "./read-csv";
import { parseRecords } from "./rows";

/** The longest name of a care area or municipality. */
export const REGION_NAME_MAX = 80;

const regionRowSchema = z.object({ care_area: nameCell(REGION_NAME_MAX), municipality: nameCell(REGION_NAME_MAX) });

export interface RegionRow {
  line: number;
  careArea: string;
  municipality: string;
}

/** Each municipality once: a repeat with the same care area is harmless, one with another care area is an error. */
export function parseRegionRows(table: CsvTable): { rows: RegionRow[]; issues: ImportIssue[] } {
  const parsed = parseRecords(table, REGION_COLUMNS, regionRowSchema);
  const issues = [...parsed.issues];
  const first = new Map<string, RegionRow>();
  for (const r of parsed.rows) {
    const row = { line: r.line, careArea: r.care_area, municipality: r.municipality };
    const seen = first.get(nameKey(row.municipality));
    if (!seen) first.set(nameKey(row.municipality), row);
    else if (nameKey(seen.careArea) !== nameKey(row.careArea)) {
      issues.push({ line: row.line, key: "imports.errors.municipalityTwice", vars: { name: row.municipality, line: seen.line, careArea: seen.careArea } });
    }
  }
  return { rows: [...first.values()], issues };
}

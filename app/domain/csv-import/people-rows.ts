// The people format: one row per person, upserted on e-mail. Pure checks here; names of places and areas are checked by the model.
import { z } from "zod";
import { hasForbiddenCharacters } from "../text";
import { dateCell, emailCell, lineCell, listCell, optionalDateCell, personRoleCell, textCell } from "./cells";
import { PEOPLE_COLUMNS } from "./formats";
import type { ImportIssue } from "./issues";
import { cleanName, hasLetter, nameKey } from "./names";
import type { CsvTable } from "./read-csv";
import { parseRecords, type CrossCheck } from "./rows";
import { CARDLESS_TITLES, isRequestableRole, type PersonRole } from "../vocabulary";

const LANGUAGE = /^[a-z]{2,3}$/;
/** The longest name of an experience area. */
export const AREA_NAME_MAX = 80;
/** The title a role of the row is stored with: the card's title for a role a request can want. */
export function roleTitle(role: PersonRole, title: string): string {
  return isRequestableRole(role) ? title : CARDLESS_TITLES[role];
}

/** Each name once per row, cleaned as a new area would be stored, so the model can create it as written. */
const experienceCell = z
  .string()
  .refine((v) => !hasForbiddenCharacters(v, { multiLine: false }), { error: "imports.errors.controlCharacters" })
  .pipe(listCell)
  .transform((names) => names.map(cleanName).filter((n, i, all) => all.findIndex((m) => nameKey(m) === nameKey(n)) === i))
  .refine((names) => names.every((n) => n.length <= AREA_NAME_MAX), { error: "imports.errors.tooLong" })
  .refine((names) => names.every(hasLetter), { error: "imports.errors.nameLetters" });

const peopleRowSchema = z.object({
  email: emailCell,
  name: textCell(120),
  roles: listCell
    .pipe(z.array(personRoleCell))
    .refine((roles) => roles.length > 0, { error: "imports.errors.rolesRequired" }),
  // Required (3 characters or more) only with a role that has a card; see checkRow.
  title: lineCell().pipe(z.string().max(120, { error: "imports.errors.tooLong" })),
  experience: experienceCell,
  municipality: lineCell()
    .pipe(z.string().max(80, { error: "imports.errors.tooLong" }))
    .transform((v) => v || null),
  languages: listCell
    .transform((codes) => codes.map((c) => c.toLowerCase()))
    .refine((codes) => codes.every((c) => LANGUAGE.test(c)), { error: "imports.errors.language" }),
  joined_on: dateCell,
  left_on: optionalDateCell,
  trained_on: optionalDateCell,
});

/** A card needs a title; a patient supporter with no other role has no card. Dates in order. */
const checkRow: CrossCheck<z.infer<typeof peopleRowSchema>> = (row) => [
  ...(row.roles.some(isRequestableRole) && row.title.length < 3 ? [{ column: "title", key: "imports.errors.titleShort" as const }] : []),
  ...(row.left_on && row.left_on < row.joined_on ? [{ column: "left_on", key: "imports.errors.leftBeforeJoined" as const }] : []),
];

export interface PeopleRow {
  line: number;
  email: string;
  name: string;
  roles: PersonRole[];
  title: string;
  experience: string[];
  municipality: string | null;
  languages: string[];
  joinedOn: string;
  leftOn: string | null;
  trainedOn: string | null;
}

export function parsePeopleRows(table: CsvTable): { rows: PeopleRow[]; issues: ImportIssue[] } {
  const parsed = parseRecords(table, PEOPLE_COLUMNS, peopleRowSchema, checkRow);
  const issues = [...parsed.issues];
  const firstLine = new Map<string, number>();
  const rows: PeopleRow[] = [];
  for (const r of parsed.rows) {
    const first = firstLine.get(r.email);
    if (first !== undefined) {
      issues.push({ line: r.line, key: "imports.errors.duplicateEmail", vars: { email: r.email, line: first } });
      continue;
    }
    firstLine.set(r.email, r.line);
    rows.push({
      line: r.line, email: r.email, name: r.name, roles: [...new Set(r.roles)], title: r.title, experience: r.experience,
      municipality: r.municipality, languages: r.languages, joinedOn: r.joined_on, leftOn: r.left_on, trainedOn: r.trained_on,
    });
  }
  return { rows, issues };
}

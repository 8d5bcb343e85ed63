// Zod schemas for single CSV cells; each failure message is an imports.errors.* key.
import { z } from "zod";
import { isIsoDate } from "../fields";
import { hasForbiddenCharacters, normalizeText } from "../text";
import { cleanName, hasLetter } from "./names";
import { contactKindFromWord } from "./contact-kind-names";
import { personRoleFromWord, roleFromWord } from "./role-names";
import type { ContactKind, PersonRole, Role } from "../vocabulary";

/** A cell's text by the app's one rule for text (domain/text.ts): a single line without control characters or bidi overrides, stored composed (NFC), trimmed. */
export function lineCell() {
  return z
    .string()
    .refine((v) => !hasForbiddenCharacters(v, { multiLine: false }), { error: "imports.errors.controlCharacters" })
    .transform((v) => normalizeText(v).trim());
}

export function textCell(max: number) {
  return lineCell().pipe(z.string().min(1, { error: "imports.errors.required" }).max(max, { error: "imports.errors.tooLong" }));
}

/** A name of something the import may create (a care area, a municipality): cleaned, with letters, without control characters. */
export function nameCell(max: number) {
  return lineCell()
    .transform(cleanName)
    .pipe(
      z
        .string()
        .min(1, { error: "imports.errors.required" })
        .max(max, { error: "imports.errors.tooLong" })
        .refine(hasLetter, { error: "imports.errors.nameLetters" }),
    );
}

export const emailCell = z
  .string()
  .trim()
  .min(1, { error: "imports.errors.required" })
  .max(254, { error: "imports.errors.email" })
  .pipe(z.email({ error: "imports.errors.email" }))
  .transform((v) => v.toLowerCase());

/** A list inside one field, separated by ; or | (quote the field when the file itself uses that separator). */
export const listCell = z.string().transform((v) => [...new Set(v.split(/[;|]/).map((s) => s.trim()).filter(Boolean))]);

export const dateCell = z.string().trim().min(1, { error: "imports.errors.required" }).refine(isIsoDate, { error: "imports.errors.date" });

export const optionalDateCell = z
  .string()
  .trim()
  .refine((v) => v === "" || isIsoDate(v), { error: "imports.errors.date" })
  .transform((v) => v || null);

export interface LocalDateTime {
  date: string;
  minute: number;
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::00)?$/;

/** A local date-time YYYY-MM-DDTHH:MM (a space for the T, and :00 seconds, as Excel may write it); empty is null. */
export function parseLocalDateTime(value: string): LocalDateTime | null | undefined {
  if (value === "") return null;
  const match = DATE_TIME.exec(value);
  if (!match || !isIsoDate(match[1])) return undefined;
  const hour = Number(match[2]);
  const minute = Number(match[3]);
  if (hour > 23 || minute > 59) return undefined;
  return { date: match[1], minute: hour * 60 + minute };
}

export const optionalDateTimeCell = z
  .string()
  .trim()
  .refine((v) => parseLocalDateTime(v) !== undefined, { error: "imports.errors.dateTime" })
  .transform((v) => parseLocalDateTime(v) ?? null);

/** One of a fixed list, case-insensitive. */
export function choiceCell<T extends string>(values: readonly T[], error: string) {
  return z
    .string()
    .trim()
    .transform((v) => v.toLowerCase())
    .refine((v) => (values as readonly string[]).includes(v), { error })
    .transform((v) => v as T);
}

/** A code or its Swedish name, read by a word list (role-names.ts, contact-kind-names.ts). */
function wordCell<T extends string>(fromWord: (word: string) => T | null, error: string) {
  return z
    .string()
    .transform((v) => fromWord(v))
    .refine((code) => code !== null, { error })
    .transform((code) => code as T);
}

/** A role a request can want (the history file). */
export const roleCell = wordCell<Role>(roleFromWord, "imports.errors.role");
/** Any role a person can hold, the patient supporter's included (the people file). */
export const personRoleCell = wordCell<PersonRole>(personRoleFromWord, "imports.errors.personRole");
export const contactKindCell = wordCell<ContactKind>(contactKindFromWord, "imports.errors.contactKind");

/** A care unit's name as the history and contacts files write it: with letters, single spaces. */
export const careUnitCell = textCell(120)
  .refine((v) => /\p{L}/u.test(v), { error: "imports.errors.careUnitName" })
  .transform((v) => v.replace(/\s+/g, " "));

/** A column a file may leave out (an empty cell is the same): a municipality's name, or null. */
export const optionalMunicipalityCell = z
  .string()
  .optional()
  .transform((v) => v ?? "")
  .pipe(lineCell())
  .pipe(z.string().max(80, { error: "imports.errors.tooLong" }))
  .transform((v) => (v ? cleanName(v) : null));

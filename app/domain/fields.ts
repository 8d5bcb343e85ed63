// The zod field rules the domain writes its forms and files in (email, one line of text, id, date, phone); their messages are catalogue keys, translated where they are shown.
// Each is built on call, never at module top level, so a client bundle importing isIsoDate leaves zod out.
import { z } from "zod";
import { hasForbiddenCharacters } from "./text";

export const emailField = () =>
  z
    .string({ error: "errors.required" })
    .trim()
    .min(1, { error: "errors.required" })
    .max(254, { error: "errors.email" })
    .pipe(z.email({ error: "errors.email" }));

/** One line of text (a name, a title, an address): composed characters (NFC), trimmed, no tabs or line breaks. */
export const lineText = () =>
  z
    .string({ error: "errors.required" })
    .normalize("NFC")
    .trim()
    .refine((v) => !hasForbiddenCharacters(v, { multiLine: false }), { error: "errors.singleLine" });

export function requiredText(max: number) {
  return lineText().min(1, { error: "errors.required" }).max(max, { error: "errors.tooLong" });
}

/** A database id as it appears in a URL, a form or a field's name: plain decimal digits, no sign, no leading zero, at most 9 digits. */
export const idField = (error: string = "errors.required") =>
  z
    .string({ error })
    .regex(/^[1-9]\d{0,8}$/, { error })
    .transform(Number);

/** A real calendar date written YYYY-MM-DD (2025-02-30 is refused). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A Swedish phone number as people write it: digits, spaces, dashes and an optional leading +. */
export const phoneField = () =>
  z
    .string()
    .trim()
    .refine((v) => v.length >= 6 && v.length <= 20 && /^\+?[\d -]+$/.test(v) && (v.match(/\d/g) ?? []).length >= 6, {
      error: "requests.errors.phoneInvalid",
    });

/** A number as people type it on a Swedish phone: "2,5" as well as "2.5", spaces between digits, at most `decimals` decimals; null when it is not one. */
export function parseDecimal(text: string, decimals: number): number | null {
  const compact = text.replace(/\s/g, "");
  const pattern = decimals === 0 ? /^\d{1,9}$/ : new RegExp(`^\\d{1,9}([.,]\\d{1,${decimals}})?$`);
  return pattern.test(compact) ? Number(compact.replace(",", ".")) : null;
}

/** A typed number (see parseDecimal), empty meaning "not known" (null); the range is the caller's rule. */
export const decimalField = (error: string, decimals = 2) =>
  z.string().transform((value, ctx) => {
    if (value.trim() === "") return null;
    const n = parseDecimal(value, decimals);
    if (n === null) ctx.addIssue({ code: "custom", message: error });
    return n;
  });

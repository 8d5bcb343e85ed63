// Reading a posted form, the one way every action does it: only form encodings, parsed once, and no control
// characters or bidi overrides in any value; anything else is a 4xx with a Swedish message, never a 500.
import { data } from "@remix-run/node";
import { hasForbiddenCharacters } from "~/domain/text";
import type { MessageKey } from "~/i18n";

const FORM_TYPES = /^(application\/x-www-form-urlencoded\s*(;|$)|multipart\/form-data\s*;.*\bboundary=)/i;

function refuse(status: number, message: MessageKey): never {
  throw data({ reason: "badRequest", message }, { status });
}

export async function readForm(request: Request): Promise<FormData> {
  assertFormContentType(request);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    refuse(400, "error.badRequestBody");
  }
  assertCleanValues(form);
  return form;
}

/** The content type alone, before the body is read (for code that lets a library read the form, like sign-in). */
export function assertFormContentType(request: Request): void {
  if (!FORM_TYPES.test(request.headers.get("Content-Type") ?? "")) refuse(415, "error.formTypeBody");
}

export function assertCleanValues(form: FormData): void {
  for (const [, value] of form) {
    if (typeof value === "string" && hasForbiddenCharacters(value, { multiLine: true })) refuse(400, "error.formCharactersBody");
  }
}

/** A body that could not be parsed as the form it claimed to be. */
export function malformedForm(): never {
  refuse(400, "error.badRequestBody");
}

/** The one value of each named field, or a 400 when a field came more than once (a repeated field is never ours). */
export function singleValues<F extends string>(form: FormData, fields: readonly F[]): Record<F, string> {
  const values = {} as Record<F, string>;
  for (const field of fields) {
    const all = form.getAll(field);
    if (all.length > 1) refuse(400, "error.formRepeatedBody");
    values[field] = typeof all[0] === "string" ? all[0] : "";
  }
  return values;
}

/** One free-text field read whole up to a cap well above its own limit, so a too-long text is told, not silently cut. */
export function formText(form: FormData, field: string, cap: number): string {
  return singleValues(form, [field])[field].slice(0, cap);
}

/** singleValues cut to 2000 characters each: a form's short fields, where more is never meant (free text reads its own cap). */
export function formValues<F extends string>(form: FormData, fields: readonly F[]): Record<F, string> {
  const values = singleValues(form, fields);
  for (const field of fields) values[field] = values[field].slice(0, 2000);
  return values;
}

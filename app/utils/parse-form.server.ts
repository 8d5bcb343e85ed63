// Parsing a posted form with its zod schema, the one way every action does it: the value, or a ready 400 reply.
import { data } from "@remix-run/node";
import type { z } from "zod";
import { formValues, singleValues } from "./form.server";
import { errorKeys, type ErrorKeys } from "./validation";

/**
 * The one shape of a reply with form errors: message keys per field ("form" for the whole form), the values as
 * posted so the form shows them again, and a tag saying which form or intent answered when a page has several.
 */
export function formReply<V, const T extends object = object>(errors: ErrorKeys, values: V, tag?: T, status = 400) {
  return data({ ...(tag as T), errors, values }, { status });
}

/** Already-read values (formValues plus free text read whole) parsed with the schema. */
export function parseValues<S extends z.ZodType, V extends Record<string, unknown>, const T extends object = object>(values: V, schema: S, tag?: T) {
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true as const, value: parsed.data as z.output<S>, values };
  return { ok: false as const, reply: formReply(errorKeys(parsed.error), values, tag), values };
}

/** The named fields of the form (a repeated field is a 400, each cut at 2000 characters) parsed with the schema. */
export function parseForm<S extends z.ZodType, F extends string, const T extends object = object>(form: FormData, schema: S, fields: readonly F[], tag?: T) {
  return parseValues(formValues(form, fields), schema, tag);
}

/** A form of secrets (passwords, read whole): the schema may be async (the breach check), and no value is ever sent back. */
export async function parseSecretForm<S extends z.ZodType, F extends string, const T extends object = object>(form: FormData, schema: S, fields: readonly F[], tag?: T) {
  const parsed = await schema.safeParseAsync(singleValues(form, fields));
  if (parsed.success) return { ok: true as const, value: parsed.data as z.output<S> };
  return { ok: false as const, reply: formReply(errorKeys(parsed.error), null, tag) };
}

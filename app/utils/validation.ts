// Turns a zod result into per-field message keys that the form shows next to each field.
import type { z } from "zod";
import { isMessageKey, type MessageKey } from "~/i18n";

export type ErrorKeys = Partial<Record<string, MessageKey>>;

export function errorKeys(error: z.ZodError): ErrorKeys {
  const errors: ErrorKeys = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    if (errors[field]) continue;
    errors[field] = isMessageKey(issue.message) ? issue.message : "errors.required";
  }
  return errors;
}

// Reusable zod field schemas; their messages are catalogue keys, translated where they are shown.
import { z } from "zod";

export const emailField = z
  .string({ error: "errors.required" })
  .trim()
  .min(1, { error: "errors.required" })
  .max(254, { error: "errors.email" })
  .pipe(z.email({ error: "errors.email" }));

export function requiredText(max: number) {
  return z.string({ error: "errors.required" }).trim().min(1, { error: "errors.required" }).max(max, { error: "errors.tooLong" });
}

export const idField = z.coerce.number({ error: "errors.required" }).int().positive();

// The profile form's shape: what a volunteer (or a coordinator for them) may submit, parsed with zod.
import { z } from "zod";
import { isPauseEnd } from "./cant-come";
import { LANGUAGES, FORMATS, type Role } from "./vocabulary";
import { lineText } from "./fields";

const ids = () => z.array(z.coerce.number().int().positive().max(1_000_000)).max(50);

export function profileSchema(roles: Role[], today: string) {
  const roleFields = Object.fromEntries(
    roles.flatMap((role) => [
      [`title_${role}`, lineText().min(3, { error: "profile.titleShort" }).max(120, { error: "errors.tooLong" })],
      [`presentation_${role}`, z.string().trim().max(1500, { error: "errors.tooLong" })],
    ]),
  );
  return z
    .object({
      ...roleFields,
      experienceAreaIds: ids().min(1, { error: "profile.experienceRequired" }),
      formats: z.array(z.enum(FORMATS)).min(1, { error: "profile.formatRequired" }),
      languages: z.array(z.enum(LANGUAGES)).min(1, { error: "profile.languageRequired" }),
      careAreaIds: ids(),
      municipalityIds: ids(),
      servesDigital: z.boolean(),
      maxPerMonth: z.coerce.number({ error: "profile.maxInvalid" }).int({ error: "profile.maxInvalid" }).min(0, { error: "profile.maxInvalid" }).max(10, { error: "profile.maxInvalid" }),
      paused: z.boolean(),
      pausedUntil: z
        .string()
        .trim()
        .refine((v) => isPauseEnd(v || null, today), { error: "profile.dateInvalid" }),
    })
    .superRefine((v, ctx) => {
      if (!v.servesDigital && v.careAreaIds.length === 0 && v.municipalityIds.length === 0) {
        ctx.addIssue({ code: "custom", path: ["careAreaIds"], message: "profile.placeRequired" });
      }
    });
}

export function rawForm(form: FormData, roles: Role[]) {
  const text = (name: string) => String(form.get(name) ?? "").slice(0, 5000);
  return {
    ...Object.fromEntries(roles.flatMap((r) => [[`title_${r}`, text(`title_${r}`)], [`presentation_${r}`, text(`presentation_${r}`)]])),
    experienceAreaIds: form.getAll("experienceAreaIds").map(String),
    formats: form.getAll("formats").map(String),
    languages: form.getAll("languages").map(String),
    careAreaIds: form.getAll("careAreaIds").map(String),
    municipalityIds: form.getAll("municipalityIds").map(String),
    servesDigital: form.get("servesDigital") === "on",
    maxPerMonth: text("maxPerMonth"),
    paused: form.get("paused") === "on",
    pausedUntil: text("pausedUntil"),
  };
}

export type ProfileFormValues = ReturnType<typeof rawForm>;

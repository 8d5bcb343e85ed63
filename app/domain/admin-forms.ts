// Form shapes for the coordinators' admin pages; not .server, because the pages render from them too.
import { z } from "zod";
import { emailField, idField, isIsoDate, lineText, phoneField, requiredText } from "./fields";
import { CARDLESS_TITLES, isRequestableRole, UNIT_KINDS, type PersonRole } from "./vocabulary";

export const PERSON_STATES = ["active", "paused", "ended"] as const;
export type PersonState = (typeof PERSON_STATES)[number];

/** Field schemas shared by the create and details forms, so both refuse the same input. */
export const detailsFields = () => ({
  name: requiredText(120),
  alias: lineText().max(60, { error: "errors.tooLong" }).transform((v) => v || null),
  email: emailField(),
  phone: z.union([z.literal(""), phoneField()]).transform((v) => v.trim() || null),
  joinedOn: z.string().trim().refine(isIsoDate, { error: "peopleAdmin.errors.date" }),
});
export const DETAILS_FIELDS = ["name", "alias", "email", "phone", "joinedOn"] as const;
export const roleTitle = () => lineText().min(3, { error: "peopleAdmin.errors.titleShort" }).max(120, { error: "errors.tooLong" });
/** A role with a catalogue card needs its card title; a supporter or starter has no card, so theirs is the one the people import stores. */
export const roleTitleFor = (role: PersonRole) => (isRequestableRole(role) ? roleTitle() : z.unknown().transform(() => CARDLESS_TITLES[role]));

/** The create and update forms share one shape; it lives here so the two routes cannot drift apart. */
export const unitSchema = () =>
  z.object({
    name: requiredText(120)
      .refine((v) => v.length >= 2, { error: "unitsAdmin.nameTooShort" })
      .refine((v) => /\p{L}/u.test(v), { error: "unitsAdmin.nameNeedsLetters" }),
    municipalityId: idField("unitsAdmin.municipalityUnknown"),
    kind: z.enum(UNIT_KINDS, { error: "unitsAdmin.kindInvalid" }),
  });
export const UNIT_FIELDS = ["name", "municipalityId", "kind"] as const;

// The self-help group rules of the region's plan: when interest in a theme at a place is enough to start a group,
// who is in the first group, how the interest form is read, and when a registration is deleted.
import { z } from "zod";
import { emailField, lineText, phoneField } from "./fields";
import { instantToLocal } from "./stockholm-time";

/** A group starts as soon as this many people wait for the same theme and place… */
export const GROUP_MIN = 5;
/** …and takes at most this many; the rest wait for the next group. */
export const GROUP_MAX = 8;
/** A registration is deleted this many months after the last contact with the person. */
export const RETENTION_MONTHS = 12;
export const ALIAS_MAX = 40;
/** The form's value for "digitalt"; any other value is a municipality's id. */
export const DIGITAL = "digital";

export type Place = { digital: true } | { digital: false; municipalityId: number };

/** One registration waiting for a group: `createdAt` is an ISO instant, and ties go to the lower id. */
export interface WaitingInterest {
  id: number;
  createdAt: string;
}

export interface GroupQueue<T> {
  waiting: number;
  readyToStart: boolean;
  /** The first GROUP_MAX by registration time: who would be invited when the group starts. */
  firstGroup: T[];
  /** Everyone after them, in order: they wait for the next group. */
  next: T[];
}

const byRegistration = (a: WaitingInterest, b: WaitingInterest) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id - b.id);

/** Enough people wait for the same theme and place to start a group. */
export function isReadyToStart(waiting: number): boolean {
  return waiting >= GROUP_MIN;
}

/** The queue of one theme × place, given the registrations that are not yet in a group. */
export function groupQueue<T extends WaitingInterest>(interest: readonly T[]): GroupQueue<T> {
  const ordered = [...interest].sort(byRegistration);
  return { waiting: ordered.length, readyToStart: isReadyToStart(ordered.length), firstGroup: ordered.slice(0, GROUP_MAX), next: ordered.slice(GROUP_MAX) };
}

/** The same place, whatever the row's shape: "digital" or the municipality's id. */
export function placeKey(place: Place): string {
  return place.digital ? DIGITAL : String(place.municipalityId);
}

/** The Stockholm date from which a registration last contacted at `lastContactAt` is deleted: the same day 12 months on (29 February → 28 February). */
export function retentionEndsOn(lastContactAt: string): string {
  const [y, m, d] = instantToLocal(new Date(lastContactAt)).date.split("-").map(Number);
  const months = y * 12 + (m - 1) + RETENTION_MONTHS;
  const year = Math.floor(months / 12);
  const month = (months % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(Math.min(d, lastDay)).padStart(2, "0")}`;
}

/** The registrations to delete on `today` (a Stockholm date, YYYY-MM-DD): those whose retention has ended. */
export function dueForDeletion<T extends { lastContactAt: string }>(rows: readonly T[], today: string): T[] {
  return rows.filter((row) => retentionEndsOn(row.lastContactAt) <= today);
}

/** An optional field: empty is absent, anything else must pass the field's rule. */
const optional = <T extends z.ZodType<unknown, string>>(field: () => T) =>
  z
    .string()
    .trim()
    .transform((v) => (v === "" ? undefined : v))
    .pipe(field().optional());

/** The public interest form: an alias, e-mail or phone (at least one), a place, the consent, and an empty honeypot. */
export const interestFormSchema = () =>
  z
    .object({
      alias: lineText().min(1, { error: "selfHelp.errors.alias" }).max(ALIAS_MAX, { error: "selfHelp.errors.aliasTooLong" }),
      email: optional(emailField),
      phone: optional(phoneField),
      place: z
        .string()
        .refine((v) => v === DIGITAL || /^[1-9]\d{0,8}$/.test(v), { error: "selfHelp.errors.place" })
        .transform((v): Place => (v === DIGITAL ? { digital: true } : { digital: false, municipalityId: Number(v) })),
      consent: z.literal("yes", { error: "selfHelp.errors.consent" }),
      website: z.literal("", { error: "selfHelp.errors.form" }),
    })
    .refine((v) => v.email !== undefined || v.phone !== undefined, { path: ["email"], error: "selfHelp.errors.reach" });

export const INTEREST_FIELDS = ["alias", "email", "phone", "place", "consent", "website"] as const;

// The new-request form's rules: one flat zod schema, so each error (a message key) sits next to its own field.
import { z } from "zod";
import { isIsoDate, lineText, phoneField } from "./fields";
import { existingLocalInstant, instantToLocal } from "./stockholm-time";
import { parseClock, AUDIENCES, FORMATS, ROLES, type Audience, type Format, type Role } from "./vocabulary";

export const SLOT_NUMBERS = [1, 2, 3, 4, 5] as const;
export const REQUEST_LIMITS = {
  titleMin: 3,
  titleMax: 120,
  purposeMax: 2000,
  addressMin: 3,
  addressMax: 200,
  contactMin: 2,
  contactMax: 120,
  audienceMax: 2000,
  areasMax: 5,
  durationMin: 15,
  durationMax: 480,
  monthsAhead: 12,
  cancelReasonMax: 500,
} as const;

/** The unit's contact for a request (or a Lärcafé, whose sessions' requests carry it): a name and a phone. */
export const contactSchema = () => ({
  contactName: boundedText(REQUEST_LIMITS.contactMin, REQUEST_LIMITS.contactMax, "requests.errors.contactShort", "requests.errors.contactLong"),
  contactPhone: phoneField(),
});

/** A meeting in a place (not digital) needs one of the region's municipalities and an address of sensible length. */
export function placeIssues(
  v: { place: string; municipalityId: string; address: string },
  municipalityIds: readonly number[],
  issue: (path: string, message: string) => void,
): void {
  if (v.place !== "physical") return;
  if (!/^\d{1,9}$/.test(v.municipalityId) || !municipalityIds.includes(Number(v.municipalityId))) issue("municipalityId", "requests.errors.municipalityRequired");
  if (v.address.length < REQUEST_LIMITS.addressMin) issue("address", "requests.errors.addressShort");
  else if (v.address.length > REQUEST_LIMITS.addressMax) issue("address", "requests.errors.addressLong");
}

const SLOT_PARTS = ["Date", "Start", "Duration"] as const;
export type SlotField = `slot${(typeof SLOT_NUMBERS)[number]}${(typeof SLOT_PARTS)[number]}`;
export const SLOT_FIELDS = SLOT_NUMBERS.flatMap((n) => SLOT_PARTS.map((part): SlotField => `slot${n}${part}`));
const TEXT_FIELDS = [
  "wantedRole", "format", "title", "purpose", "audience", "audienceSize", "place", "municipalityId", "address",
  "contactName", "contactPhone", "wishedPersonId", "wishedRole", ...SLOT_FIELDS,
] as const;

/** What the form posts, as strings; kept whole up to a cap so a too-long text is refused, not silently cut. */
export type RequestFormValues = Record<(typeof TEXT_FIELDS)[number], string> & { experienceAreaIds: string[] };

export function readRequestForm(form: FormData): RequestFormValues {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value.slice(0, 5000) : "";
  };
  const texts = Object.fromEntries(TEXT_FIELDS.map((name) => [name, text(name)])) as Record<(typeof TEXT_FIELDS)[number], string>;
  return { ...texts, experienceAreaIds: form.getAll("experienceAreaIds").slice(0, 50).map((v) => String(v).slice(0, 20)) };
}

/** Digits, spaces, + and - as people write Swedish numbers ("070-174 06 99", "+46 36 32 40 00"). */

/**
 * A choice from a fixed list. A refine, not z.enum: an enum failure stops zod before the cross-field checks,
 * and the form must show every error at once.
 */
function oneOf(values: readonly string[], error: string) {
  return z.string().refine((v) => values.includes(v), { error });
}

function boundedText(min: number, max: number, shortKey: string, longKey: string) {
  return lineText().min(min, { error: shortKey }).max(max, { error: longKey });
}

export interface Slot {
  startsAt: Date;
  endsAt: Date;
  durationMinutes: number;
}

interface SlotIssue {
  path: string;
  message: string;
}

/** The same calendar day one year on (29 February becomes 28 February): the last date a slot may use. */
function lastAllowedDate(today: string): string {
  const year = Number(today.slice(0, 4)) + REQUEST_LIMITS.monthsAhead / 12;
  const monthDay = today.slice(5) === "02-29" ? "02-28" : today.slice(5);
  return `${year}-${monthDay}`;
}

/**
 * Reads slots 1–5. Slot 1 is required; a later slot counts once its date or start is filled in.
 * The duration is real elapsed time, so a slot across a clock change still lasts what was asked.
 */
export function readSlots(values: Record<string, string>, now: Date): { slots: Slot[]; issues: SlotIssue[] } {
  const today = instantToLocal(now).date;
  const last = lastAllowedDate(today);
  const slots: Slot[] = [];
  const issues: SlotIssue[] = [];
  for (const n of SLOT_NUMBERS) {
    const date = (values[`slot${n}Date`] ?? "").trim();
    const start = (values[`slot${n}Start`] ?? "").trim();
    const duration = (values[`slot${n}Duration`] ?? "").trim();
    if (n > 1 && date === "" && start === "") continue;
    const before = issues.length;
    const fail = (part: (typeof SLOT_PARTS)[number], message: string) => issues.push({ path: `slot${n}${part}`, message });
    if (date === "") fail("Date", "errors.required");
    else if (!isIsoDate(date)) fail("Date", "requests.errors.slotDateInvalid");
    else if (date < today) fail("Date", "requests.errors.slotInPast");
    else if (date > last) fail("Date", "requests.errors.slotTooFar");
    const minute = parseClock(start);
    if (start === "") fail("Start", "errors.required");
    else if (minute === null || minute >= 1440) fail("Start", "requests.errors.slotStartInvalid");
    const minutes = /^\d{1,4}$/.test(duration) ? Number(duration) : NaN;
    if (duration === "") fail("Duration", "errors.required");
    else if (!(minutes >= REQUEST_LIMITS.durationMin && minutes <= REQUEST_LIMITS.durationMax)) fail("Duration", "requests.errors.slotDurationInvalid");
    if (issues.length > before || minute === null) continue;
    const startsAt = existingLocalInstant(date, minute);
    // A time skipped by the spring clock change: the unit should pick a real time.
    if (startsAt === null) fail("Start", "requests.errors.slotTimeSkipped");
    else if (startsAt.getTime() <= now.getTime()) fail("Start", "requests.errors.slotInPast");
    else if (slots.some((s) => s.startsAt.getTime() === startsAt.getTime())) fail("Date", "requests.errors.slotDuplicate");
    else {
      const endsAt = new Date(startsAt.getTime() + minutes * 60_000);
      if (endsAt <= startsAt) fail("Duration", "requests.errors.slotDurationInvalid");
      else slots.push({ startsAt, endsAt, durationMinutes: minutes });
    }
  }
  return { slots, issues };
}

/** The slot fields of a parsed (or partly parsed) form; they are plain strings in the schema. */
function slotValues(v: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(SLOT_FIELDS.map((name) => [name, typeof v[name] === "string" ? v[name] : ""]));
}

export interface RequestSchemaContext {
  now: Date;
  /** The region's municipalities: a physical request must name one of them. */
  municipalityIds: readonly number[];
  /** The experience areas a unit may choose (the active ones). */
  experienceAreaIds: readonly number[];
}

export interface RequestInput {
  wantedRole: Role;
  experienceAreaIds: number[];
  format: Format;
  title: string;
  purpose: string;
  audience: Audience;
  audienceSize: number;
  isDigital: boolean;
  municipalityId: number | null;
  address: string | null;
  slots: Slot[];
  contactName: string;
  contactPhone: string;
  /** A wish from the catalogue, not a booking: the coordinator still matches. */
  wish: { personId: number; role: Role } | null;
}

export function requestSchema({ now, municipalityIds, experienceAreaIds }: RequestSchemaContext) {
  const L = REQUEST_LIMITS;
  return z
    .object({
      wantedRole: oneOf(ROLES, "requests.errors.roleRequired"),
      experienceAreaIds: z
        .array(z.string())
        .max(L.areasMax, { error: "requests.errors.areasTooMany" })
        .transform((ids) => [...new Set(ids)])
        .refine((ids) => ids.every((id) => /^\d{1,9}$/.test(id) && experienceAreaIds.includes(Number(id))), { error: "requests.errors.areaUnknown" })
        .transform((ids) => ids.map(Number)),
      format: oneOf(FORMATS, "requests.errors.formatRequired"),
      title: boundedText(L.titleMin, L.titleMax, "requests.errors.titleShort", "requests.errors.titleLong"),
      purpose: z.string().trim().max(L.purposeMax, { error: "requests.errors.purposeLong" }),
      audience: oneOf(AUDIENCES, "requests.errors.audienceRequired"),
      audienceSize: z
        .string()
        .trim()
        .regex(/^\d{1,4}$/, { error: "requests.errors.sizeInvalid" })
        .transform(Number)
        .refine((n) => n >= 1 && n <= L.audienceMax, { error: "requests.errors.sizeInvalid" }),
      place: oneOf(["physical", "digital"], "requests.errors.placeRequired"),
      municipalityId: z.string().trim(),
      address: lineText(),
      ...contactSchema(),
      wishedPersonId: z.string().trim().regex(/^(\d{1,9})?$/, { error: "requests.errors.wishUnavailable" }),
      wishedRole: oneOf(["", ...ROLES], "requests.errors.wishUnavailable"),
      ...Object.fromEntries(SLOT_FIELDS.map((name) => [name, z.string()])),
    })
    .superRefine((v, ctx) => {
      const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
      placeIssues(v, municipalityIds, issue);
      if ((v.wishedPersonId === "") !== (v.wishedRole === "")) issue("wish", "requests.errors.wishUnavailable");
      else if (v.wishedRole !== "" && (ROLES as readonly string[]).includes(v.wantedRole) && v.wishedRole !== v.wantedRole) issue("wantedRole", "requests.errors.wishRoleMismatch");
      for (const { path, message } of readSlots(slotValues(v), now).issues) issue(path, message);
    })
    .transform(
      (v): RequestInput => ({
        wantedRole: v.wantedRole as Role,
        experienceAreaIds: v.experienceAreaIds,
        format: v.format as Format,
        title: v.title,
        purpose: v.purpose,
        audience: v.audience as Audience,
        audienceSize: v.audienceSize,
        isDigital: v.place === "digital",
        municipalityId: v.place === "physical" ? Number(v.municipalityId) : null,
        address: v.place === "physical" ? v.address : null,
        slots: readSlots(slotValues(v), now).slots,
        contactName: v.contactName,
        contactPhone: v.contactPhone,
        wish: v.wishedPersonId !== "" && v.wishedRole !== "" ? { personId: Number(v.wishedPersonId), role: v.wishedRole as Role } : null,
      }),
    );
}

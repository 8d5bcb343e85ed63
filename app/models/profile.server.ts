// A volunteer's own profile: what care units see of them, what stays private, and saving changes.
import type { z } from "zod";
import { usuallyFreeHint } from "~/domain/availability";
import { profileSchema, rawForm, type ProfileFormValues } from "~/domain/profile-form";
import { instantToLocal } from "~/domain/stockholm-time";
import { errorKeys, type ErrorKeys } from "~/utils/validation";
import { audit } from "~/utils/audit.server";
import type { DB } from "~/utils/db.server";
import { pausePeriod, releaseTouches, type ReleaseChoice } from "./commitments.server";
import { isRequestableRole, type Format, type Role } from "~/domain/vocabulary";

export async function getProfile(db: DB, personId: number) {
  const person = await db
    .selectFrom("people")
    .select(["id", "name", "alias", "email", "phone", "status", "paused_until", "serves_digital", "max_per_month", "joined_on"])
    .where("id", "=", personId)
    .executeTakeFirst();
  if (!person) return undefined;
  const { roles, areas, formats, languages, serviceAreas, training, windows } = await loadPersonLists(db, personId);
  return {
    person,
    /** The roles with a catalogue card; a patient supporter has none. */
    roles: roles.filter((r): r is typeof r & { role: Role } => isRequestableRole(r.role)),
    supporter: roles.some((r) => r.role === "supporter"),
    /** A self-help group starter (igångsättare): no card either. */
    starter: roles.some((r) => r.role === "starter"),
    areas,
    formats: formats.map((f) => f.format),
    languages: languages.map((l) => l.language),
    serviceAreas,
    training,
    windows: windows.map((w) => ({ weekday: w.weekday, startMinute: w.start_minute, endMinute: w.end_minute })),
  };
}

/** The person's own lists — roles, areas, formats, languages, where they serve, training, weekly windows — for the profile and the register extract. */
export async function loadPersonLists(db: DB, personId: number) {
  const [roles, areas, formats, languages, serviceAreas, training, windows] = await Promise.all([
    db.selectFrom("person_roles").select(["role", "title", "presentation"]).where("person_id", "=", personId).orderBy("role").execute(),
    db
      .selectFrom("person_experience_areas")
      .innerJoin("experience_areas", "experience_areas.id", "person_experience_areas.experience_area_id")
      .select(["experience_areas.id", "experience_areas.name", "experience_areas.name_en as nameEn"])
      .where("person_id", "=", personId)
      .orderBy("experience_areas.name")
      .execute(),
    db.selectFrom("person_formats").select("format").where("person_id", "=", personId).execute(),
    db.selectFrom("person_languages").select("language").where("person_id", "=", personId).execute(),
    db
      .selectFrom("person_service_areas")
      .leftJoin("care_areas", "care_areas.id", "person_service_areas.care_area_id")
      .leftJoin("municipalities", "municipalities.id", "person_service_areas.municipality_id")
      .select(["person_service_areas.care_area_id", "person_service_areas.municipality_id", "care_areas.name as care_area", "municipalities.name as municipality"])
      .where("person_id", "=", personId)
      .execute(),
    db.selectFrom("training_records").select(["kind", "completed_on", "note"]).where("person_id", "=", personId).orderBy("completed_on").execute(),
    db.selectFrom("availability_windows").select(["weekday", "start_minute", "end_minute"]).where("person_id", "=", personId).execute(),
  ]);
  return { roles, areas, formats, languages, serviceAreas, training, windows };
}

export async function getProfileOptions(db: DB) {
  const [areas, careAreas, municipalities] = await Promise.all([
    db.selectFrom("experience_areas").select(["id", "name", "name_en as nameEn"]).where("active", "=", 1).orderBy("name").execute(),
    db.selectFrom("care_areas").select(["id", "name"]).orderBy("name").execute(),
    db.selectFrom("municipalities").select(["id", "name", "care_area_id"]).orderBy("name").execute(),
  ]);
  return { areas, careAreas, municipalities };
}

export interface ProfileInput {
  roles: { role: Role; title: string; presentation: string }[];
  experienceAreaIds: number[];
  formats: Format[];
  languages: string[];
  careAreaIds: number[];
  municipalityIds: number[];
  servesDigital: boolean;
  maxPerMonth: number;
  paused: boolean;
  pausedUntil: string | null;
}

export type ProfileProblem = { field: "experienceAreaIds" | "careAreaIds" | "municipalityIds"; error: "profile.unknownChoice" };

/** Saves the whole form in one transaction; ids the controlled lists do not hold are refused, not ignored. */
export async function saveProfile(
  db: DB,
  { personId, userId, input, release, now = new Date() }: { personId: number; userId: number; input: ProfileInput; release?: ReleaseChoice; now?: Date },
): Promise<ProfileProblem | null> {
  return db.transaction().execute(async (trx) => {
    const problem = await unknownChoice(trx, input);
    if (problem) return problem;
    // Pausing over bookings or offers: the volunteer's answer to the second step, in the same transaction (issue J).
    if (input.paused && release) await releaseTouches(trx, { personId, period: pausePeriod(input.pausedUntil, now), ...release, offerReason: "paused", cancelledBy: "volunteer", actorUserId: userId, now });
    await trx
      .updateTable("people")
      .set({
        serves_digital: input.servesDigital ? 1 : 0,
        max_per_month: input.maxPerMonth,
        status: input.paused ? "paused" : "active",
        paused_until: input.paused ? input.pausedUntil : null,
        updated_at: now.toISOString(),
      })
      .where("id", "=", personId)
      .execute();
    // Only roles the coordinators gave the person can be edited; a forged role is simply not updated.
    for (const r of input.roles) {
      await trx
        .updateTable("person_roles")
        .set({ title: r.title, presentation: r.presentation })
        .where("person_id", "=", personId)
        .where("role", "=", r.role)
        .execute();
    }
    await replace(trx, "person_experience_areas", personId, input.experienceAreaIds.map((experience_area_id) => ({ person_id: personId, experience_area_id })));
    await replace(trx, "person_formats", personId, input.formats.map((format) => ({ person_id: personId, format })));
    await replace(trx, "person_languages", personId, input.languages.map((language) => ({ person_id: personId, language })));
    await replace(trx, "person_service_areas", personId, [
      ...input.careAreaIds.map((care_area_id) => ({ person_id: personId, care_area_id, municipality_id: null })),
      ...input.municipalityIds.map((municipality_id) => ({ person_id: personId, care_area_id: null, municipality_id })),
    ]);
    // Health experience is special-category data: the log says that it changed, not what it says.
    await audit(trx, { actorUserId: userId, entity: "person", entityId: personId, action: "update_profile" }, now);
    return null;
  });
}

async function unknownChoice(db: DB, input: ProfileInput): Promise<ProfileProblem | null> {
  const checks = [
    ["experienceAreaIds", "experience_areas", input.experienceAreaIds],
    ["careAreaIds", "care_areas", input.careAreaIds],
    ["municipalityIds", "municipalities", input.municipalityIds],
  ] as const;
  for (const [field, table, ids] of checks) {
    if (ids.length === 0) continue;
    const found = await db.selectFrom(table).select("id").where("id", "in", ids).execute();
    if (found.length !== new Set(ids).size) return { field, error: "profile.unknownChoice" };
  }
  return null;
}

type LinkTable = "person_experience_areas" | "person_formats" | "person_languages" | "person_service_areas";

async function replace(db: DB, table: LinkTable, personId: number, rows: Record<string, unknown>[]) {
  await db.deleteFrom(table).where("person_id", "=", personId).execute();
  if (rows.length > 0) await db.insertInto(table).values(rows as never).execute();
}

/** The profile page's data: the profile, the choices (keeping retired areas the person has), the catalogue hint. */
export async function loadProfilePage(db: DB, personId: number) {
  const profile = await getProfile(db, personId);
  if (!profile) return undefined;
  const options = await getProfileOptions(db);
  // An area the coordinators retired stays on the form for those who have it, so saving does not drop it.
  const retired = profile.areas.filter((a) => !options.areas.some((o) => o.id === a.id));
  return { profile, options: { ...options, areas: [...options.areas, ...retired] }, hints: usuallyFreeHint(profile.windows) };
}

export type ProfileFormResult = { ok: true } | { ok: false; errors: ErrorKeys; values: ProfileFormValues };

/** Parses and saves the profile form for a person; the volunteer's page and the coordinator's use it alike. */
export async function submitProfileForm(
  db: DB,
  {
    profile,
    userId,
    formData,
    release,
    now = new Date(),
  }: { profile: NonNullable<Awaited<ReturnType<typeof getProfile>>>; userId: number; formData: FormData; release?: ReleaseChoice; now?: Date },
): Promise<ProfileFormResult> {
  const roles = profile.roles.map((r) => r.role);
  const values = rawForm(formData, roles);
  const parsed = profileSchema(roles, instantToLocal(now).date).safeParse(values);
  if (!parsed.success) return { ok: false, errors: errorKeys(parsed.error), values };
  const v = parsed.data as z.infer<ReturnType<typeof profileSchema>> & Record<string, string>;
  const problem = await saveProfile(db, {
    personId: profile.person.id,
    userId,
    input: {
      roles: roles.map((role) => ({ role, title: v[`title_${role}`], presentation: v[`presentation_${role}`] })),
      experienceAreaIds: [...new Set(v.experienceAreaIds)],
      formats: [...new Set(v.formats)],
      languages: [...new Set(v.languages)],
      careAreaIds: [...new Set(v.careAreaIds)],
      municipalityIds: [...new Set(v.municipalityIds)],
      servesDigital: v.servesDigital,
      maxPerMonth: v.maxPerMonth,
      paused: v.paused,
      pausedUntil: v.paused && v.pausedUntil ? v.pausedUntil : null,
    },
    release,
    now,
  });
  if (problem) return { ok: false, errors: { [problem.field]: problem.error }, values };
  return { ok: true };
}

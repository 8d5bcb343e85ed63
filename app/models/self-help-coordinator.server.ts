// Self-help groups as the coordinators see them: interest counts per theme × place, the queue of one theme × place
// with its contact details, and the list of themes they add to or hide.
import { isReadyToStart, type Place } from "~/domain/self-help";
import { audit } from "~/utils/audit.server";
import type { DB } from "~/utils/db.server";
import { waitingFor } from "./self-help-groups.server";

/** Every theme × place with interest: how many wait and whether a group could start; no names or contact details. */
export async function interestOverview(db: DB) {
  const rows = await db
    .selectFrom("self_help_interest")
    .innerJoin("self_help_themes", "self_help_themes.id", "self_help_interest.theme_id")
    .leftJoin("municipalities", "municipalities.id", "self_help_interest.municipality_id")
    .select(["self_help_themes.id as themeId", "self_help_themes.name as theme", "self_help_interest.digital", "self_help_interest.municipality_id as municipalityId", "municipalities.name as municipality"])
    .select((eb) => eb.fn.countAll<number>().as("waiting"))
    .groupBy(["self_help_themes.id", "self_help_themes.name", "self_help_interest.digital", "self_help_interest.municipality_id", "municipalities.name"])
    .orderBy("self_help_themes.name")
    .orderBy("self_help_interest.digital", "desc")
    .orderBy("municipalities.name")
    .execute();
  return rows.map((r) => {
    const waiting = Number(r.waiting);
    return { themeId: r.themeId, theme: r.theme, digital: r.digital === 1, municipalityId: r.municipalityId, municipality: r.municipality, waiting, readyToStart: isReadyToStart(waiting) };
  });
}

/** The registrations for one theme × place in order: who would be in the first group and who waits for the next. */
export async function interestQueue(db: DB, { themeId, place }: { themeId: number; place: Place }) {
  const theme = await db.selectFrom("self_help_themes").select(["id", "name"]).where("id", "=", themeId).executeTakeFirst();
  const municipality = place.digital ? null : await db.selectFrom("municipalities").select("name").where("id", "=", place.municipalityId).executeTakeFirst();
  if (!theme || (!place.digital && !municipality)) return undefined;
  return { theme: theme.name, place: { digital: place.digital, municipality: municipality?.name ?? null }, queue: await waitingFor(db, themeId, place) };
}

export async function listThemes(db: DB) {
  const rows = await db.selectFrom("self_help_themes").select(["id", "name", "name_en", "active"]).orderBy("name").execute();
  return rows.map((r) => ({ id: r.id, name: r.name, nameEn: r.name_en, active: r.active === 1 }));
}

/** A new theme, shown at once; "nameTaken" when a theme already has the name (whatever its case). */
export async function addTheme(db: DB, { name, nameEn, description, actorUserId = null, now = new Date() }: { name: string; nameEn: string | null; description: string; actorUserId?: number | null; now?: Date }) {
  const taken = await db.selectFrom("self_help_themes").select("id").where((eb) => eb(eb.fn("lower", ["name"]), "=", name.toLowerCase())).executeTakeFirst();
  if (taken) return { ok: false as const, problem: "nameTaken" as const };
  const { id } = await db.insertInto("self_help_themes").values({ name, name_en: nameEn, description, active: 1, created_at: now.toISOString() }).returning("id").executeTakeFirstOrThrow();
  await audit(db, { actorUserId, entity: "self_help_theme", entityId: id, action: "create", details: { name } }, now);
  return { ok: true as const, id };
}

/** Hides a theme from the public pages (its registrations stay until withdrawn or due), or shows it again. */
export async function setThemeActive(db: DB, { themeId, active, actorUserId = null }: { themeId: number; active: boolean; actorUserId?: number | null }): Promise<boolean> {
  const result = await db.updateTable("self_help_themes").set({ active: active ? 1 : 0 }).where("id", "=", themeId).executeTakeFirst();
  const found = Number(result.numUpdatedRows) > 0;
  if (found) await audit(db, { actorUserId, entity: "self_help_theme", entityId: themeId, action: active ? "activate" : "deactivate" });
  return found;
}

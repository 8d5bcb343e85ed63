// The experience-area list coordinators maintain: usage counts, create, rename (also in English), (de)activate — never delete.
import { audit } from "~/utils/audit.server";
import type { DB } from "~/utils/db.server";

/** Every area, active or not, with how many people and requests use it. */
export async function listAreasWithUsage(db: DB) {
  const rows = await db
    .selectFrom("experience_areas")
    .select((eb) => [
      "experience_areas.id",
      "experience_areas.name",
      "experience_areas.name_en as nameEn",
      "experience_areas.active",
      eb
        .selectFrom("person_experience_areas")
        .select(eb.fn.countAll<number>().as("n"))
        .whereRef("person_experience_areas.experience_area_id", "=", "experience_areas.id")
        .as("people"),
      eb
        .selectFrom("request_experience_areas")
        .select(eb.fn.countAll<number>().as("n"))
        .whereRef("request_experience_areas.experience_area_id", "=", "experience_areas.id")
        .as("requests"),
    ])
    .orderBy("experience_areas.name")
    .execute();
  return rows.map((r) => ({ ...r, people: Number(r.people ?? 0), requests: Number(r.requests ?? 0) }));
}

/** Case-insensitive also for å/ä/ö, which SQLite's lower() leaves alone, so "Smärta" and "smärta" cannot both exist. */
async function nameTaken(db: DB, name: string, exceptId: number | null, column: "name" | "name_en" = "name"): Promise<boolean> {
  const wanted = name.toLocaleLowerCase("sv");
  const names = await db.selectFrom("experience_areas").select(["id", `${column} as taken`]).execute();
  return names.some((a) => a.id !== exceptId && a.taken?.toLocaleLowerCase("sv") === wanted);
}

export async function createArea(
  db: DB,
  { name, nameEn, actorUserId }: { name: string; nameEn: string | null; actorUserId: number },
): Promise<{ id: number } | "nameTaken" | "nameEnTaken"> {
  return db.transaction().execute(async (trx) => {
    if (await nameTaken(trx, name, null)) return "nameTaken";
    if (nameEn !== null && (await nameTaken(trx, nameEn, null, "name_en"))) return "nameEnTaken";
    const { id } = await trx.insertInto("experience_areas").values({ name, name_en: nameEn, active: 1 }).returning("id").executeTakeFirstOrThrow();
    await audit(trx, { actorUserId, entity: "experience_area", entityId: id, action: "create", details: { name, nameEn } });
    return { id };
  });
}

/** The name English pages show; null clears it, and those pages show the Swedish name again. */
export async function setAreaEnglishName(
  db: DB,
  { id, nameEn, actorUserId }: { id: number; nameEn: string | null; actorUserId: number },
): Promise<"ok" | "nameEnTaken" | "notFound"> {
  return db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom("experience_areas").select("name_en").where("id", "=", id).executeTakeFirst();
    if (!before) return "notFound";
    if (nameEn !== null && (await nameTaken(trx, nameEn, id, "name_en"))) return "nameEnTaken";
    await trx.updateTable("experience_areas").set({ name_en: nameEn }).where("id", "=", id).execute();
    await audit(trx, { actorUserId, entity: "experience_area", entityId: id, action: "rename_en", details: { before: before.name_en, after: nameEn } });
    return "ok";
  });
}

/** Renaming keeps the id, so every person and request that uses the area follows along. */
export async function renameArea(
  db: DB,
  { id, name, actorUserId }: { id: number; name: string; actorUserId: number },
): Promise<"ok" | "nameTaken" | "notFound"> {
  return db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom("experience_areas").select("name").where("id", "=", id).executeTakeFirst();
    if (!before) return "notFound";
    if (await nameTaken(trx, name, id)) return "nameTaken";
    await trx.updateTable("experience_areas").set({ name }).where("id", "=", id).execute();
    await audit(trx, { actorUserId, entity: "experience_area", entityId: id, action: "rename", details: { before: before.name, after: name } });
    return "ok";
  });
}

/** An inactive area stays on the people and requests that have it but is no longer offered in forms. */
export async function setAreaActive(db: DB, { id, active, actorUserId }: { id: number; active: boolean; actorUserId: number }): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const result = await trx.updateTable("experience_areas").set({ active: active ? 1 : 0 }).where("id", "=", id).executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return false;
    await audit(trx, { actorUserId, entity: "experience_area", entityId: id, action: active ? "activate" : "deactivate" });
    return true;
  });
}

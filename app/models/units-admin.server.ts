// Care units as coordinators maintain them: the list by care area, one unit's page, create and update.
import { z } from "zod";
import { audit } from "~/utils/audit.server";
import type { DB } from "~/utils/db.server";
import { UNIT_KINDS, type UnitKind } from "~/domain/vocabulary";



/** The region's municipalities, for the unit form; a unit may only sit in one of these. */
export async function listMunicipalityOptions(db: DB) {
  return db
    .selectFrom("municipalities")
    .innerJoin("care_areas", "care_areas.id", "municipalities.care_area_id")
    .select(["municipalities.id", "municipalities.name", "care_areas.name as care_area"])
    .orderBy("care_areas.name")
    .orderBy("municipalities.name")
    .execute();
}

/** Every unit with its number of requests, grouped by care area (areas and units by name). */
export async function listUnitsByCareArea(db: DB) {
  const rows = await db
    .selectFrom("care_units")
    .innerJoin("municipalities", "municipalities.id", "care_units.municipality_id")
    .innerJoin("care_areas", "care_areas.id", "municipalities.care_area_id")
    .select((eb) => [
      "care_units.id",
      "care_units.name",
      "care_units.kind",
      "municipalities.name as municipality",
      "care_areas.name as care_area",
      eb.selectFrom("requests").select(eb.fn.countAll<number>().as("n")).whereRef("requests.care_unit_id", "=", "care_units.id").as("requests"),
    ])
    .orderBy("care_areas.name")
    .orderBy("care_units.name")
    .execute();
  const groups: { careArea: string; units: (Omit<(typeof rows)[number], "requests"> & { requests: number })[] }[] = [];
  for (const row of rows) {
    if (groups.at(-1)?.careArea !== row.care_area) groups.push({ careArea: row.care_area, units: [] });
    groups.at(-1)!.units.push({ ...row, requests: Number(row.requests ?? 0) });
  }
  return groups;
}

export async function listRecentUnitRequests(db: DB, unitId: number, limit = 20) {
  return db
    .selectFrom("requests")
    .select(["id", "title", "status", "created_at"])
    .where("care_unit_id", "=", unitId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
}

export interface UnitInput {
  name: string;
  municipalityId: number;
  kind: UnitKind;
}

export type UnitProblem = { field: "name" | "municipalityId"; error: "unitsAdmin.nameTaken" | "unitsAdmin.municipalityUnknown" };

/** Names are compared case-insensitively (also å/ä/ö, which SQLite's lower() leaves alone), so "vc norr" cannot sit next to "VC Norr". */
async function findProblem(db: DB, input: UnitInput, exceptId: number | null): Promise<UnitProblem | null> {
  const [names, municipality] = await Promise.all([
    db.selectFrom("care_units").select(["id", "name"]).execute(),
    db.selectFrom("municipalities").select("id").where("id", "=", input.municipalityId).executeTakeFirst(),
  ]);
  const wanted = input.name.toLocaleLowerCase("sv");
  if (names.some((u) => u.id !== exceptId && u.name.toLocaleLowerCase("sv") === wanted)) return { field: "name", error: "unitsAdmin.nameTaken" };
  if (!municipality) return { field: "municipalityId", error: "unitsAdmin.municipalityUnknown" };
  return null;
}

export async function createUnit(db: DB, input: UnitInput & { actorUserId: number }): Promise<{ id: number } | UnitProblem> {
  return db.transaction().execute(async (trx) => {
    const problem = await findProblem(trx, input, null);
    if (problem) return problem;
    const { id } = await trx
      .insertInto("care_units")
      .values({ name: input.name, municipality_id: input.municipalityId, kind: input.kind, created_at: new Date().toISOString() })
      .returning("id")
      .executeTakeFirstOrThrow();
    await audit(trx, { actorUserId: input.actorUserId, entity: "care_unit", entityId: id, action: "create", details: { name: input.name, municipalityId: input.municipalityId, kind: input.kind } });
    return { id };
  });
}

/** Null when there is no such unit; the before and after values go into the audit log. */
export async function updateUnit(db: DB, input: UnitInput & { id: number; actorUserId: number }): Promise<"ok" | UnitProblem | null> {
  return db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom("care_units").select(["name", "municipality_id", "kind"]).where("id", "=", input.id).executeTakeFirst();
    if (!before) return null;
    const problem = await findProblem(trx, input, input.id);
    if (problem) return problem;
    await trx.updateTable("care_units").set({ name: input.name, municipality_id: input.municipalityId, kind: input.kind }).where("id", "=", input.id).execute();
    await audit(trx, {
      actorUserId: input.actorUserId,
      entity: "care_unit",
      entityId: input.id,
      action: "update",
      details: { before: { name: before.name, municipalityId: before.municipality_id, kind: before.kind }, after: { name: input.name, municipalityId: input.municipalityId, kind: input.kind } },
    });
    return "ok";
  });
}

// Care units and the requests each one has made; reads are scoped by the unit id.
import type { DB } from "~/utils/db.server";

export async function getCareUnit(db: DB, id: number) {
  return db
    .selectFrom("care_units")
    .innerJoin("municipalities", "municipalities.id", "care_units.municipality_id")
    .innerJoin("care_areas", "care_areas.id", "municipalities.care_area_id")
    .select(["care_units.id", "care_units.name", "care_units.kind", "municipalities.name as municipality", "care_areas.name as care_area"])
    .where("care_units.id", "=", id)
    .executeTakeFirst();
}

export async function listRequestsForUnit(db: DB, { unitId, limit = 20 }: { unitId: number; limit?: number }) {
  return db
    .selectFrom("requests")
    .select(["id", "title", "wanted_role", "status", "created_at"])
    .where("care_unit_id", "=", unitId)
    .where("is_historical", "=", 0)
    .orderBy("created_at", "desc")
    .limit(limit)
    .execute();
}

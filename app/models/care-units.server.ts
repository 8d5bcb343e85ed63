// Care units: who a requester works for. The unit's requests live in requests.server.ts, scoped by the unit id.
import type { DB } from "~/utils/db.server";

export async function getCareUnit(db: DB, id: number) {
  return db
    .selectFrom("care_units")
    .innerJoin("municipalities", "municipalities.id", "care_units.municipality_id")
    .innerJoin("care_areas", "care_areas.id", "municipalities.care_area_id")
    .select(["care_units.id", "care_units.name", "care_units.kind", "care_units.municipality_id", "municipalities.name as municipality", "care_areas.name as care_area"])
    .where("care_units.id", "=", id)
    .executeTakeFirst();
}

// Region import: care areas and municipalities upserted by name. New ones are created, a municipality the file puts in
// another care area is moved there (its units, requests and people keep pointing at it), and nothing is ever deleted.
import type { MovedMunicipality } from "~/domain/csv-import/formats";
import { nameKey } from "~/domain/csv-import/names";
import type { RegionRow } from "~/domain/csv-import/region-rows";
import { chunks, emptyCounts, type ImportPlan } from "~/models/import-plan.server";
import type { DB } from "~/utils/db.server";

/** A care area the file names: an existing one, or a new one whose id is known once the write creates it. */
interface CareAreaRef {
  id: number | null;
  name: string;
}

interface Move extends MovedMunicipality {
  id: number;
  area: CareAreaRef;
}

export async function planRegion(db: DB, rows: RegionRow[], rowCount: number): Promise<ImportPlan> {
  const [careAreas, municipalities] = await Promise.all([
    db.selectFrom("care_areas").select(["id", "name"]).orderBy("id").execute(),
    db.selectFrom("municipalities").select(["id", "name", "care_area_id"]).execute(),
  ]);
  const areaByKey = new Map<string, CareAreaRef>();
  for (const a of careAreas) if (!areaByKey.has(nameKey(a.name))) areaByKey.set(nameKey(a.name), a);
  const areaName = new Map(careAreas.map((a) => [a.id, a.name]));
  const municipalityByKey = new Map(municipalities.map((m) => [nameKey(m.name), m]));
  const newAreas: CareAreaRef[] = [];
  const fresh: { name: string; area: CareAreaRef }[] = [];
  const moves: Move[] = [];
  const counts = emptyCounts(rowCount);
  for (const row of rows) {
    let area = areaByKey.get(nameKey(row.careArea));
    if (!area) {
      area = { id: null, name: row.careArea };
      areaByKey.set(nameKey(row.careArea), area);
      newAreas.push(area);
    }
    const existing = municipalityByKey.get(nameKey(row.municipality));
    if (!existing) fresh.push({ name: row.municipality, area });
    else if (existing.care_area_id !== area.id) {
      moves.push({ id: existing.id, municipality: existing.name, from: areaName.get(existing.care_area_id) ?? "", to: area.name, area });
    } else counts.unchanged++;
  }
  counts.careAreasCreated = newAreas.length;
  counts.created = fresh.length;
  counts.moved = moves.length;
  return {
    counts,
    moved: moves.map(({ municipality, from, to }) => ({ municipality, from, to })),
    write: async (trx, now, actorUserId) => {
      for (const area of newAreas) area.id = (await trx.insertInto("care_areas").values({ name: area.name }).returning("id").executeTakeFirstOrThrow()).id;
      for (const part of chunks(fresh)) {
        await trx
          .insertInto("municipalities")
          .values(part.map((m) => ({ name: m.name, care_area_id: m.area.id as number })))
          .execute();
      }
      for (const move of moves) await trx.updateTable("municipalities").set({ care_area_id: move.area.id as number }).where("id", "=", move.id).execute();
      // A move changes who covers the municipality, so each one is on record by itself.
      const entries = moves.map((m) => ({
        actor_user_id: actorUserId,
        entity: "municipality",
        entity_id: String(m.id),
        action: "move",
        details: JSON.stringify({ from: m.from, to: m.to, via: "import" }),
        at: now.toISOString(),
      }));
      for (const part of chunks(entries)) await trx.insertInto("audit_log").values(part).execute();
    },
  };
}

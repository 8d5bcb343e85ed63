// The care units an import file names (history, contacts): found by name, or planned as new in the municipality the
// row gives or the one the unit's name contains, and created in the import's write transaction.
import type { ImportIssue } from "~/domain/csv-import/issues";
import { nameKey } from "~/domain/csv-import/names";
import { chunks } from "~/models/import-plan.server";
import type { DB } from "~/utils/db.server";

/** A unit a row names: an existing one, or a new one (`id` null) that the write creates. */
export interface UnitRef {
  id: number | null;
  name: string;
  municipalityId: number;
}

export interface NewUnit {
  name: string;
  municipalityId: number;
}

/** The one municipality named in a new unit's name ("Vårdcentralen Nässjö"), or the names found when not exactly one. */
function inferMunicipality(unitName: string, municipalities: { id: number; name: string }[]): number | { names: string[] } {
  const name = nameKey(unitName);
  const found = municipalities.filter((m) => name.includes(nameKey(m.name)));
  return found.length === 1 ? found[0].id : { names: found.map((m) => m.name) };
}

/** Reads the units and municipalities once; then answers row by row, remembering the new units the file asks for. */
export async function careUnitPlanner(db: DB) {
  const [units, municipalities] = await Promise.all([
    db.selectFrom("care_units").select(["id", "name", "municipality_id"]).execute(),
    db.selectFrom("municipalities").select(["id", "name"]).orderBy("name").execute(),
  ]);
  const byName = new Map<string, UnitRef>(units.map((u) => [nameKey(u.name), { id: u.id, name: u.name, municipalityId: u.municipality_id }]));
  const municipalityByKey = new Map(municipalities.map((m) => [nameKey(m.name), m]));
  const municipalityName = new Map(municipalities.map((m) => [m.id, m.name]));
  /** The line that first asked for each new unit. */
  const firstLine = new Map<UnitRef, number>();

  /** The unit a row names, or why it cannot be had. `municipality` (the row's own column) only places a new unit. */
  function unitFor(line: number, name: string, municipality: string | null = null): UnitRef | ImportIssue {
    const given = municipality === null ? null : municipalityByKey.get(nameKey(municipality));
    if (given === undefined) return { line, key: "imports.errors.unknownMunicipality", vars: { name: municipality ?? "" } };
    const known = byName.get(nameKey(name));
    if (known && known.id === null && given && given.id !== known.municipalityId) {
      return { line, key: "imports.errors.unitMunicipalityConflict", vars: { name: known.name, municipality: municipalityName.get(known.municipalityId) ?? "", line: firstLine.get(known) ?? line } };
    }
    if (known) return known;
    const inferred = given ? given.id : inferMunicipality(name, municipalities);
    if (typeof inferred !== "number") {
      return inferred.names.length === 0
        ? { line, key: "imports.errors.unitWithoutMunicipality", vars: { name } }
        : { line, key: "imports.errors.unitManyMunicipalities", vars: { name, municipalities: inferred.names.join(", ") } };
    }
    const unit: UnitRef = { id: null, name, municipalityId: inferred };
    byName.set(nameKey(name), unit);
    firstLine.set(unit, line);
    return unit;
  }

  return { unitFor, newUnits: (): NewUnit[] => [...firstLine.keys()].map((u) => ({ name: u.name, municipalityId: u.municipalityId })) };
}

export const isIssue = (value: UnitRef | ImportIssue): value is ImportIssue => "key" in value;

/** The new units, of kind "other" (a coordinator can say more under Vårdenheter); their ids by name. */
export async function insertCareUnits(trx: DB, units: NewUnit[], at: string): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const part of chunks(units)) {
    const created = await trx
      .insertInto("care_units")
      .values(part.map((u) => ({ name: u.name, municipality_id: u.municipalityId, kind: "other" as const, created_at: at })))
      .returning(["id", "name"])
      .execute();
    for (const c of created) ids.set(c.name, c.id);
  }
  return ids;
}

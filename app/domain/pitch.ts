// Which care units to pitch a not-yet-offered person to: units whose place, kind and past requests fit the person.
import type { UnitKind } from "./vocabulary";

/** Points per fitting trait of a unit; experience counts per shared area, up to `maxAreas` of them. */
export const PITCH_WEIGHTS = {
  /** The unit lies in a care area the person serves, wholly or through one of its municipalities: they can go there. */
  careArea: 3,
  /** The person has had an assignment at a unit of the same kind: they know how such places work. */
  kind: 2,
  /** An experience area of the person that the unit's past requests asked for. */
  experienceArea: 2,
  /** More shared areas than this add nothing, so one unit with a long history cannot outweigh place and kind alone. */
  maxAreas: 3,
} as const;

export const PITCH_LIMIT = 3;

export interface PitchPerson {
  careAreaIds: readonly number[];
  municipalityIds: readonly number[];
  experienceAreaIds: readonly number[];
  /** Kinds of the care units where the person has had an assignment. */
  assignmentUnitKinds: UnitKind[];
}

export interface PitchUnit {
  id: number;
  kind: UnitKind;
  careAreaId: number;
  /** Experience areas the unit's requests have asked for, any status, any year. */
  requestAreaIds: number[];
}

export interface UnitPitch {
  unitId: number;
  score: number;
  sameCareArea: boolean;
  kindSeen: boolean;
  /** Ascending. */
  sharedAreaIds: number[];
}

/** The pitch for one unit; zero points when nothing about the unit fits the person. */
export function pitchUnit(person: PitchPerson, unit: PitchUnit, careAreaOfMunicipality: ReadonlyMap<number, number>): UnitPitch {
  const sameCareArea =
    person.careAreaIds.includes(unit.careAreaId) || person.municipalityIds.some((id) => careAreaOfMunicipality.get(id) === unit.careAreaId);
  const kindSeen = person.assignmentUnitKinds.includes(unit.kind);
  const asked = new Set(unit.requestAreaIds);
  const sharedAreaIds = [...new Set(person.experienceAreaIds)].filter((id) => asked.has(id)).sort((a, b) => a - b);
  const score =
    (sameCareArea ? PITCH_WEIGHTS.careArea : 0) +
    (kindSeen ? PITCH_WEIGHTS.kind : 0) +
    PITCH_WEIGHTS.experienceArea * Math.min(sharedAreaIds.length, PITCH_WEIGHTS.maxAreas);
  return { unitId: unit.id, score, sameCareArea, kindSeen, sharedAreaIds };
}

/**
 * The best `limit` units for the person, best first: highest score, then more shared areas, then the lower unit id
 * so the list is the same on every load. Units where nothing fits are left out rather than padded in.
 */
export function pitchUnits(
  person: PitchPerson,
  units: PitchUnit[],
  careAreaOfMunicipality: ReadonlyMap<number, number>,
  limit: number = PITCH_LIMIT,
): UnitPitch[] {
  return units
    .map((unit) => pitchUnit(person, unit, careAreaOfMunicipality))
    .filter((pitch) => pitch.score > 0)
    .sort((a, b) => b.score - a.score || b.sharedAreaIds.length - a.sharedAreaIds.length || a.unitId - b.unitId)
    .slice(0, limit);
}

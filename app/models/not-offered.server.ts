// The "not yet offered" page's data: eligible books without an offer this year, their best open request and units to pitch to.
import type { AreaNames } from "~/domain/area-names";
import { isActiveOn, isTrainedFor } from "~/domain/eligibility";
import type { MatchingPerson } from "~/domain/matching/types";
import type { ScorePart } from "~/domain/matching/score";
import { bestOpenBookRequests, booksNotOffered } from "~/domain/not-offered";
import { pitchUnits, type PitchUnit } from "~/domain/pitch";
import type { DB } from "~/utils/db.server";
import { loadMatchingSnapshot } from "./matching.server";
import { loadRequestLabels, type RequestLabel } from "./matching-labels.server";
import type { UnitKind } from "~/domain/vocabulary";

export interface UnitPitchView {
  id: number;
  name: string;
  kind: UnitKind;
  careArea: string;
  sameCareArea: boolean;
  kindSeen: boolean;
  /** The experience areas the unit's requests asked for that the person has, alphabetical by the Swedish name. */
  sharedAreas: AreaNames[];
}

export interface NotOfferedPerson {
  id: number;
  name: string;
  /** The person's book title, as the catalogue shows it. */
  title: string;
  joinedOn: string;
  /** Why the person cannot be offered a book today (paused, left, untrained), null when they can. */
  blocked: "notActive" | "notTrained" | null;
  bestRequest: (RequestLabel & { score: number; parts: ScorePart[] }) | null;
  units: UnitPitchView[];
}

export interface NotOfferedView {
  year: number;
  eligible: number;
  offered: number;
  people: NotOfferedPerson[];
}

const collator = new Intl.Collator("sv-SE");

/**
 * A fixed number of queries: the matching snapshot, then names, units, places, past assignments' unit kinds, the
 * areas each unit's requests asked for, and the best requests' labels — each one query for everybody.
 */
export async function loadNotOffered(db: DB, { now = new Date() }: { now?: Date } = {}): Promise<NotOfferedView> {
  const snapshot = await loadMatchingSnapshot(db, { now });
  const { eligible, offered, notOffered } = booksNotOffered(snapshot);
  const ids = notOffered.map((p) => p.id);
  const best = bestOpenBookRequests(snapshot, ids);
  const nowIso = now.toISOString();
  const [people, units, municipalities, pastKinds, unitAreas, areaNames, labels] = await Promise.all([
    db
      .selectFrom("people")
      .innerJoin("person_roles", (join) => join.onRef("person_roles.person_id", "=", "people.id").on("person_roles.role", "=", "book"))
      .select(["people.id", "people.name", "person_roles.title"])
      .execute(),
    db
      .selectFrom("care_units")
      .innerJoin("municipalities", "municipalities.id", "care_units.municipality_id")
      .innerJoin("care_areas", "care_areas.id", "municipalities.care_area_id")
      .select(["care_units.id", "care_units.name", "care_units.kind", "care_areas.id as care_area_id", "care_areas.name as care_area"])
      .execute(),
    db.selectFrom("municipalities").select(["id", "care_area_id"]).execute(),
    // Assignments that have taken place, or are booked and have begun: what "seen in past assignments" means.
    db
      .selectFrom("assignments")
      .innerJoin("requests", "requests.id", "assignments.request_id")
      .innerJoin("care_units", "care_units.id", "requests.care_unit_id")
      .select(["assignments.person_id", "care_units.kind"])
      .distinct()
      .where("assignments.status", "in", ["booked", "completed"])
      .where("assignments.starts_at", "<=", nowIso)
      .execute(),
    db
      .selectFrom("requests")
      .innerJoin("request_experience_areas", "request_experience_areas.request_id", "requests.id")
      .select(["requests.care_unit_id", "request_experience_areas.experience_area_id"])
      .distinct()
      .execute(),
    db.selectFrom("experience_areas").select(["id", "name", "name_en as nameEn"]).execute(),
    loadRequestLabels(db, [...best.values()].map((b) => b.requestId)),
  ]);

  const personRow = new Map(people.map((p) => [p.id, p]));
  const careAreaOf = new Map(municipalities.map((m) => [m.id, m.care_area_id]));
  const kindsOf = new Map<number, UnitKind[]>();
  for (const row of pastKinds) kindsOf.set(row.person_id, [...(kindsOf.get(row.person_id) ?? []), row.kind]);
  const areasOfUnit = new Map<number, number[]>();
  for (const row of unitAreas) areasOfUnit.set(row.care_unit_id, [...(areasOfUnit.get(row.care_unit_id) ?? []), row.experience_area_id]);
  const areaName = new Map(areaNames.map((a): [number, AreaNames] => [a.id, { name: a.name, nameEn: a.nameEn }]));
  const unitById = new Map(units.map((u) => [u.id, u]));
  const pitchable: PitchUnit[] = units.map((u) => ({ id: u.id, kind: u.kind, careAreaId: u.care_area_id, requestAreaIds: areasOfUnit.get(u.id) ?? [] }));

  const view = (person: MatchingPerson): NotOfferedPerson => {
    const pitches = pitchUnits(
      { careAreaIds: person.careAreaIds, municipalityIds: person.municipalityIds, experienceAreaIds: person.experienceAreaIds, assignmentUnitKinds: kindsOf.get(person.id) ?? [] },
      pitchable,
      careAreaOf,
    );
    const chosen = best.get(person.id);
    const label = chosen ? labels.get(chosen.requestId) : undefined;
    return {
      id: person.id,
      name: personRow.get(person.id)?.name ?? "",
      title: personRow.get(person.id)?.title ?? "",
      joinedOn: person.state.joinedOn,
      blocked: blockedFor(person, snapshot.context.today),
      bestRequest: chosen && label ? { ...label, score: chosen.score, parts: chosen.parts } : null,
      units: pitches.map((pitch) => {
        const unit = unitById.get(pitch.unitId)!;
        return {
          id: unit.id,
          name: unit.name,
          kind: unit.kind,
          careArea: unit.care_area,
          sameCareArea: pitch.sameCareArea,
          kindSeen: pitch.kindSeen,
          sharedAreas: pitch.sharedAreaIds.flatMap((id) => areaName.get(id) ?? []).sort((a, b) => collator.compare(a.name, b.name)),
        };
      }),
    };
  };
  return { year: Number(snapshot.context.today.slice(0, 4)), eligible, offered, people: notOffered.map(view) };
}

/** In the engine's order: not active (paused, left, anonymised) before untrained. */
function blockedFor(person: MatchingPerson, today: string): NotOfferedPerson["blocked"] {
  if (!isActiveOn(person.state, today)) return "notActive";
  return isTrainedFor(person.state, "book", today) ? null : "notTrained";
}

// What the coordinators' matching pages show next to the engine's ids: request titles and places, people's names.
import type { AreaNames } from "~/domain/area-names";
import type { DB } from "~/utils/db.server";
import { ROLES, type Role, type UnitKind } from "~/domain/vocabulary";

export interface RequestLabel {
  id: number;
  title: string;
  wantedRole: Role;
  careUnit: { id: number; name: string; kind: UnitKind };
  /** The meeting's municipality; null for a digital request. */
  municipality: string | null;
  isDigital: boolean;
  /** ISO instant of the earliest proposed slot, null without slots. */
  firstSlotAt: string | null;
  /** The experience areas asked for, with their English names, alphabetical by the Swedish name. */
  experienceAreas: AreaNames[];
}

const collator = new Intl.Collator("sv-SE");

/** Three queries however many ids; ids that are not requests are simply absent from the map. */
export async function loadRequestLabels(db: DB, ids: number[]): Promise<Map<number, RequestLabel>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const [requests, slots, areas] = await Promise.all([
    db
      .selectFrom("requests")
      .innerJoin("care_units", "care_units.id", "requests.care_unit_id")
      .leftJoin("municipalities", "municipalities.id", "requests.municipality_id")
      .select([
        "requests.id",
        "requests.title",
        "requests.wanted_role",
        "requests.is_digital",
        "care_units.id as care_unit_id",
        "care_units.name as care_unit_name",
        "care_units.kind as care_unit_kind",
        "municipalities.name as municipality",
      ])
      .where("requests.id", "in", wanted)
      .execute(),
    db
      .selectFrom("request_slots")
      .select((eb) => ["request_id", eb.fn.min("starts_at").as("first")])
      .where("request_id", "in", wanted)
      .groupBy("request_id")
      .execute(),
    db
      .selectFrom("request_experience_areas")
      .innerJoin("experience_areas", "experience_areas.id", "request_experience_areas.experience_area_id")
      .select(["request_experience_areas.request_id", "experience_areas.name", "experience_areas.name_en as nameEn"])
      .where("request_experience_areas.request_id", "in", wanted)
      .execute(),
  ]);
  const firstOf = new Map(slots.map((s) => [s.request_id, s.first as string]));
  const areasOf = new Map<number, AreaNames[]>();
  for (const { request_id, name, nameEn } of areas) areasOf.set(request_id, [...(areasOf.get(request_id) ?? []), { name, nameEn }]);
  return new Map(
    requests.map((r): [number, RequestLabel] => [
      r.id,
      {
        id: r.id,
        title: r.title,
        wantedRole: r.wanted_role,
        careUnit: { id: r.care_unit_id, name: r.care_unit_name, kind: r.care_unit_kind },
        municipality: r.is_digital === 1 ? null : r.municipality,
        isDigital: r.is_digital === 1,
        firstSlotAt: firstOf.get(r.id) ?? null,
        experienceAreas: (areasOf.get(r.id) ?? []).sort((a, b) => collator.compare(a.name, b.name)),
      },
    ]),
  );
}

/** Coordinators see people by name; one query however many ids. */
export async function loadPersonNames(db: DB, ids: number[]): Promise<Map<number, string>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom("people").select(["id", "name"]).where("id", "in", wanted).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Names and roles of the people the request desk lists or offers; two queries however many ids. */
export async function loadNamesAndRoles(db: DB, ids: number[]) {
  if (ids.length === 0) return new Map<number, { name: string; roles: Role[] }>();
  const [people, roles] = await Promise.all([
    db.selectFrom("people").select(["id", "name"]).where("id", "in", ids).execute(),
    db.selectFrom("person_roles").select(["person_id", "role"]).where("person_id", "in", ids).where("role", "in", ROLES).$narrowType<{ role: Role }>().execute(),
  ]);
  const byId = new Map(people.map((p) => [p.id, { name: p.name, roles: [] as Role[] }]));
  for (const r of roles) byId.get(r.person_id)?.roles.push(r.role);
  return byId;
}

// People import: upsert on e-mail. The file decides name, dates, roles with title, experience areas and languages;
// a municipality and a basic training date are added when missing, never removed (the profile page may hold more).
// Experience areas the region lacks are errors, or created when the import is told to (--create-areas, the checkbox).
import type { ImportIssue } from "~/domain/csv-import/issues";
import { roleTitle, type PeopleRow } from "~/domain/csv-import/people-rows";
import { nameKey } from "~/domain/csv-import/names";
import { chunks, emptyCounts, type ImportPlan } from "~/models/import-plan.server";
import type { DB } from "~/utils/db.server";
import type { PersonRole } from "~/domain/vocabulary";

/** An experience area a row names: one that exists, or a new one whose id is known once the write creates it. */
interface AreaRef {
  id: number | null;
  name: string;
}

interface Resolved {
  row: PeopleRow;
  municipalityId: number | null;
  areas: AreaRef[];
}

interface Current {
  id: number;
  name: string;
  joined_on: string;
  left_on: string | null;
  roles: Map<PersonRole, string>;
  areaIds: Set<number>;
  languages: Set<string>;
  municipalityIds: Set<number>;
  trainedOn: Set<string>;
}

interface Change {
  id: number;
  resolved: Resolved;
  columns: boolean;
  roles: boolean;
  areas: boolean;
  languages: boolean;
  municipality: boolean;
  training: boolean;
}

const sameSet = <T,>(a: Set<T>, b: T[]) => a.size === b.length && b.every((x) => a.has(x));

/** Existing areas by name key, an active one winning over an inactive one with the same key. */
async function areasByKey(db: DB) {
  const areas = await db.selectFrom("experience_areas").select(["id", "name", "active"]).orderBy("active").execute();
  return new Map(areas.map((a) => [nameKey(a.name), a]));
}

/** Places and areas by name; unknown areas are errors unless the import may create them, inactive ones always are. */
async function resolveNames(db: DB, rows: PeopleRow[], createAreas: boolean): Promise<{ resolved: Resolved[]; issues: ImportIssue[]; newAreas: AreaRef[] }> {
  const [municipalities, areas] = await Promise.all([db.selectFrom("municipalities").select(["id", "name"]).execute(), areasByKey(db)]);
  const municipalityId = new Map(municipalities.map((m) => [nameKey(m.name), m.id]));
  const refs = new Map<string, AreaRef>();
  const newAreas: AreaRef[] = [];
  const issues: ImportIssue[] = [];
  const resolved: Resolved[] = [];
  const areaFor = (name: string): AreaRef | ImportIssue["key"] => {
    const key = nameKey(name);
    const known = refs.get(key);
    if (known) return known;
    const found = areas.get(key);
    if (found && !found.active) return "imports.errors.inactiveExperience";
    if (!found && !createAreas) return "imports.errors.unknownExperience";
    const ref = { id: found?.id ?? null, name: found?.name ?? name };
    refs.set(key, ref);
    if (!found) newAreas.push(ref);
    return ref;
  };
  for (const row of rows) {
    const before = issues.length;
    const muni = row.municipality === null ? null : (municipalityId.get(nameKey(row.municipality)) ?? null);
    if (row.municipality !== null && muni === null) issues.push({ line: row.line, key: "imports.errors.unknownMunicipality", vars: { name: row.municipality } });
    const rowAreas: AreaRef[] = [];
    for (const name of row.experience) {
      const area = areaFor(name);
      if (typeof area === "string") issues.push({ line: row.line, key: area, vars: { name } });
      else if (!rowAreas.includes(area)) rowAreas.push(area);
    }
    if (issues.length === before) resolved.push({ row, municipalityId: muni, areas: rowAreas });
  }
  return { resolved, issues, newAreas };
}

/** The new areas, active, each audited; their ids then reach every row that names them. */
async function createAreas(trx: DB, areas: AreaRef[], actorUserId: number | null, at: string) {
  for (const area of areas) {
    area.id = (await trx.insertInto("experience_areas").values({ name: area.name, active: 1 }).returning("id").executeTakeFirstOrThrow()).id;
  }
  const entries = areas.map((a) => ({ actor_user_id: actorUserId, entity: "experience_area", entity_id: String(a.id), action: "create", details: JSON.stringify({ name: a.name, via: "import" }), at }));
  for (const part of chunks(entries)) await trx.insertInto("audit_log").values(part).execute();
}

const areaIds = (r: Resolved) => r.areas.map((a) => a.id as number);

async function loadCurrent(db: DB, emails: Set<string>): Promise<Map<string, Current>> {
  const people = (await db.selectFrom("people").select(["id", "email", "name", "joined_on", "left_on"]).where("email", "is not", null).execute()).filter((p) =>
    emails.has(nameKey(p.email ?? "")),
  );
  const byId = new Map<number, Current>();
  const byEmail = new Map<string, Current>();
  for (const p of people) {
    const current: Current = { ...p, roles: new Map<PersonRole, string>(), areaIds: new Set<number>(), languages: new Set<string>(), municipalityIds: new Set<number>(), trainedOn: new Set<string>() };
    byId.set(p.id, current);
    byEmail.set(nameKey(p.email ?? ""), current);
  }
  for (const ids of chunks([...byId.keys()], 500)) {
    const [roles, areas, languages, places, training] = await Promise.all([
      db.selectFrom("person_roles").select(["person_id", "role", "title"]).where("person_id", "in", ids).execute(),
      db.selectFrom("person_experience_areas").select(["person_id", "experience_area_id"]).where("person_id", "in", ids).execute(),
      db.selectFrom("person_languages").select(["person_id", "language"]).where("person_id", "in", ids).execute(),
      db.selectFrom("person_service_areas").select(["person_id", "municipality_id"]).where("person_id", "in", ids).where("municipality_id", "is not", null).execute(),
      db.selectFrom("training_records").select(["person_id", "completed_on"]).where("person_id", "in", ids).where("kind", "=", "basic").execute(),
    ]);
    const of = (id: number) => byId.get(id) as Current;
    for (const r of roles) of(r.person_id).roles.set(r.role, r.title);
    for (const a of areas) of(a.person_id).areaIds.add(a.experience_area_id);
    for (const l of languages) of(l.person_id).languages.add(l.language);
    for (const s of places) of(s.person_id).municipalityIds.add(s.municipality_id as number);
    for (const t of training) of(t.person_id).trainedOn.add(t.completed_on);
  }
  return byEmail;
}

function diff(current: Current, resolved: Resolved): Change {
  const { row } = resolved;
  return {
    id: current.id,
    resolved,
    columns: current.name !== row.name || current.joined_on !== row.joinedOn || current.left_on !== row.leftOn,
    roles: current.roles.size !== row.roles.length || row.roles.some((r) => current.roles.get(r) !== roleTitle(r, row.title)),
    areas: resolved.areas.some((a) => a.id === null) || !sameSet(current.areaIds, areaIds(resolved)),
    languages: !sameSet(current.languages, row.languages),
    municipality: resolved.municipalityId !== null && !current.municipalityIds.has(resolved.municipalityId),
    training: row.trainedOn !== null && !current.trainedOn.has(row.trainedOn),
  };
}

const changed = (c: Change) => c.columns || c.roles || c.areas || c.languages || c.municipality || c.training;

export async function planPeople(
  db: DB,
  rows: PeopleRow[],
  rowCount: number,
  { createAreas: mayCreateAreas }: { createAreas: boolean },
): Promise<ImportPlan | { issues: ImportIssue[] }> {
  const { resolved, issues, newAreas } = await resolveNames(db, rows, mayCreateAreas);
  if (issues.length) return { issues };
  const current = await loadCurrent(db, new Set(rows.map((r) => r.email)));
  const fresh: Resolved[] = [];
  const changes: Change[] = [];
  const counts = emptyCounts(rowCount);
  for (const r of resolved) {
    const person = current.get(r.row.email);
    if (!person) fresh.push(r);
    else {
      const change = diff(person, r);
      if (changed(change)) changes.push(change);
      else counts.unchanged++;
    }
  }
  counts.created = fresh.length;
  counts.updated = changes.length;
  counts.areasCreated = newAreas.length;
  return {
    counts,
    newAreas: newAreas.map((a) => a.name),
    write: async (trx, now, actorUserId) => {
      await createAreas(trx, newAreas, actorUserId, now.toISOString());
      const created = await createPeople(trx, fresh, now.toISOString());
      await updatePeople(trx, changes, now.toISOString());
      await auditPeople(trx, actorUserId, now.toISOString(), [
        ...created.map((id) => ({ id, action: "create" })),
        ...changes.map((c) => ({ id: c.id, action: "import" })),
      ]);
    },
  };
}

/** The rows that hang off a person, for new people and for the parts of a changed one that changed. */
async function insertDetails(trx: DB, items: { id: number; r: Resolved; roles: boolean; areas: boolean; languages: boolean; municipality: boolean; training: boolean }[]) {
  const roles = items.filter((i) => i.roles).flatMap(({ id, r }) => r.row.roles.map((role) => ({ person_id: id, role, title: roleTitle(role, r.row.title) })));
  const areas = items.filter((i) => i.areas).flatMap(({ id, r }) => areaIds(r).map((experience_area_id) => ({ person_id: id, experience_area_id })));
  const languages = items.filter((i) => i.languages).flatMap(({ id, r }) => r.row.languages.map((language) => ({ person_id: id, language })));
  const places = items
    .filter((i) => i.municipality && i.r.municipalityId !== null)
    .map(({ id, r }) => ({ person_id: id, care_area_id: null, municipality_id: r.municipalityId }));
  const training = items
    .filter((i) => i.training && i.r.row.trainedOn !== null)
    .map(({ id, r }) => ({ person_id: id, kind: "basic" as const, completed_on: r.row.trainedOn as string, note: null }));
  for (const part of chunks(roles)) await trx.insertInto("person_roles").values(part).onConflict((oc) => oc.columns(["person_id", "role"]).doUpdateSet((eb) => ({ title: eb.ref("excluded.title") }))).execute();
  for (const part of chunks(areas)) await trx.insertInto("person_experience_areas").values(part).execute();
  for (const part of chunks(languages)) await trx.insertInto("person_languages").values(part).execute();
  for (const part of chunks(places)) await trx.insertInto("person_service_areas").values(part).execute();
  for (const part of chunks(training)) await trx.insertInto("training_records").values(part).execute();
}

async function createPeople(trx: DB, fresh: Resolved[], at: string) {
  const items = [];
  for (const part of chunks(fresh, 200)) {
    const created = await trx
      .insertInto("people")
      // A coordinator imported them, so their cards are approved for the catalogue at once.
      .values(part.map(({ row }) => ({ name: row.name, email: row.email, joined_on: row.joinedOn, left_on: row.leftOn, approved_at: at, created_at: at, updated_at: at })))
      .returning(["id", "email"])
      .execute();
    const idOf = new Map(created.map((c) => [c.email, c.id]));
    items.push(...part.map((r) => ({ id: idOf.get(r.row.email) as number, r, roles: true, areas: true, languages: true, municipality: true, training: true })));
  }
  await insertDetails(trx, items);
  return items.map((i) => i.id);
}

/** Each person the file created or changed gets an entry in their own change log. */
async function auditPeople(trx: DB, actorUserId: number | null, at: string, entries: { id: number; action: string }[]) {
  const rows = entries.map(({ id, action }) => ({ actor_user_id: actorUserId, entity: "person", entity_id: String(id), action, details: JSON.stringify({ via: "import" }), at }));
  for (const part of chunks(rows)) await trx.insertInto("audit_log").values(part).execute();
}

async function updatePeople(trx: DB, changes: Change[], at: string) {
  for (const c of changes) {
    const { row } = c.resolved;
    await trx.updateTable("people").set({ name: row.name, joined_on: row.joinedOn, left_on: row.leftOn, updated_at: at }).where("id", "=", c.id).execute();
    if (c.roles) await trx.deleteFrom("person_roles").where("person_id", "=", c.id).where("role", "not in", row.roles).execute();
    if (c.areas) await trx.deleteFrom("person_experience_areas").where("person_id", "=", c.id).execute();
    if (c.languages) await trx.deleteFrom("person_languages").where("person_id", "=", c.id).execute();
  }
  await insertDetails(trx, changes.map((c) => ({ ...c, r: c.resolved })));
}

// The public catalogue: every approved, offerable person's card per role, read in one pass without any private field.
import { usuallyFreeHint, type WeeklyWindow } from "~/domain/availability";
import { sortCards, type CatalogueEntry, type CatalogueLookups } from "~/domain/catalogue-filters";
import { isOfferable, type PersonState } from "~/domain/eligibility";
import { LANGUAGES, FORMATS, ROLES, type Format, type Role } from "~/domain/vocabulary";
import { memoByVersion } from "~/utils/cache.server";
import { exactList, groupBy } from "~/domain/lists";
import type { DB } from "~/utils/db.server";

const collator = new Intl.Collator("sv-SE");
const byName = (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);

/** Above this many changed people a full read is cheaper than reading them one list at a time. */
const INCREMENTAL_LIMIT = 200;

interface CatalogueState {
  today: string;
  /** The names cards borrow from shared tables (experience areas in both languages, care areas, municipalities): a rename reads all. */
  names: string;
  /** Each person's card_version as read (see migration card_versions). */
  versions: Map<number, number>;
  /** Every card, in the catalogue's order (so filtering keeps it sorted); shared by every reader, so readonly. */
  cards: readonly CatalogueEntry[];
}

const lastState = new WeakMap<DB, Promise<CatalogueState>>();

/**
 * Once per state of the database and per day. After a write only the cards of people whose card_version moved are
 * read again, so an import of history, a volunteer saving her times or another server's write costs the readers a
 * few milliseconds instead of a full read of every card (about 200 ms at national scale, on the event loop).
 */
const memoCatalogue = memoByVersion(
  async (db: DB, today: string) => {
    const previous = await lastState.get(db)?.catch(() => undefined);
    const next = refreshCatalogue(db, today, previous);
    lastState.set(db, next);
    return (await next).cards;
  },
  { size: 1, stamp: (today) => today },
);

export async function loadCatalogue(db: DB, { today }: { today: string }): Promise<readonly CatalogueEntry[]> {
  return memoCatalogue(db, "catalogue", today);
}

async function refreshCatalogue(db: DB, today: string, previous: CatalogueState | undefined): Promise<CatalogueState> {
  const [rows, names] = await Promise.all([db.selectFrom("people").select(["id", "card_version"]).execute(), sharedNames(db)]);
  const versions = new Map(rows.map((r) => [r.id, r.card_version]));
  const changed = previous ? [...new Set([...versions.keys(), ...previous.versions.keys()])].filter((id) => versions.get(id) !== previous.versions.get(id)) : [];
  if (!previous || previous.today !== today || previous.names !== names || changed.length > INCREMENTAL_LIMIT) {
    return { today, names, versions, cards: sortCards(await loadEntries(db, { today })) };
  }
  if (changed.length === 0) return { ...previous, versions };
  const fresh = await loadEntries(db, { today, personIds: changed });
  const gone = new Set(changed);
  return { today, names, versions, cards: sortCards([...previous.cards.filter((c) => !gone.has(c.personId)), ...fresh]) };
}

/** The shared names as one string: a handful of rows, read on every refresh. */
async function sharedNames(db: DB): Promise<string> {
  const [areas, careAreas, municipalities] = await Promise.all([
    db.selectFrom("experience_areas").select(["id", "name", "name_en"]).orderBy("id").execute(),
    db.selectFrom("care_areas").select(["id", "name"]).orderBy("id").execute(),
    db.selectFrom("municipalities").select(["id", "name"]).orderBy("id").execute(),
  ]);
  return JSON.stringify([areas, careAreas, municipalities]);
}

/** One card for the detail page; undefined when the person does not hold the role, is not offerable today or is not approved. */
export async function getCatalogueCard(
  db: DB,
  { personId, role, today }: { personId: number; role: Role; today: string },
): Promise<CatalogueEntry | undefined> {
  const [entry] = await loadEntries(db, { today, personIds: [personId], role });
  return entry;
}

/** The choices of the filter form: active experience areas, and the care areas with their municipalities. */
export const loadCatalogueLookups = (db: DB): Promise<CatalogueLookups> => memoLookups(db, "lookups");

const memoLookups = memoByVersion(queryLookups, { size: 1 });

async function queryLookups(db: DB): Promise<CatalogueLookups> {
  const [areas, careAreas, municipalities] = await Promise.all([
    db.selectFrom("experience_areas").select(["id", "name", "name_en as nameEn"]).where("active", "=", 1).execute(),
    db.selectFrom("care_areas").select(["id", "name"]).execute(),
    db.selectFrom("municipalities").select(["id", "name", "care_area_id"]).execute(),
  ]);
  return {
    experienceAreas: areas.sort(byName),
    careAreas: careAreas.sort(byName).map((area) => ({
      ...area,
      municipalities: municipalities
        .filter((m) => m.care_area_id === area.id)
        .map(({ id, name }) => ({ id, name }))
        .sort(byName),
    })),
  };
}

/**
 * A fixed number of queries whatever the number of people, each grouped by person in memory.
 * People are selected by column list only: name, alias, e-mail, phone and dates never leave the database here.
 */
async function loadEntries(db: DB, scope: { today: string; personIds?: number[]; role?: Role }): Promise<CatalogueEntry[]> {
  const { today, personIds, role } = scope;
  const some = personIds !== undefined;
  const [roles, trainings, areas, formats, languages, serviceAreas, windows] = await Promise.all([
    db
      .selectFrom("person_roles")
      .innerJoin("people", "people.id", "person_roles.person_id")
      .select([
        "person_roles.person_id",
        "person_roles.role",
        "person_roles.title",
        "person_roles.presentation",
        "people.status",
        "people.paused_until",
        "people.joined_on",
        "people.left_on",
        "people.anonymised_at",
        "people.serves_digital",
      ])
      .where("people.anonymised_at", "is", null)
      // A card is published only once a coordinator approved it; matching does not wait for that.
      .where("people.approved_at", "is not", null)
      .$if(some, (qb) => qb.where("person_roles.person_id", "in", personIds!))
      .where("person_roles.role", "in", ROLES)
      .$narrowType<{ role: Role }>()
      .$if(role !== undefined, (qb) => qb.where("person_roles.role", "=", role!))
      .execute(),
    db
      .selectFrom("training_records")
      .select(["person_id", "kind", "completed_on"])
      .$if(some, (qb) => qb.where("person_id", "in", personIds!))
      .execute(),
    db
      .selectFrom("person_experience_areas")
      .innerJoin("experience_areas", "experience_areas.id", "person_experience_areas.experience_area_id")
      .select(["person_experience_areas.person_id", "experience_areas.id", "experience_areas.name", "experience_areas.name_en"])
      .$if(some, (qb) => qb.where("person_experience_areas.person_id", "in", personIds!))
      .execute(),
    db
      .selectFrom("person_formats")
      .select(["person_id", "format"])
      .$if(some, (qb) => qb.where("person_id", "in", personIds!))
      .execute(),
    db
      .selectFrom("person_languages")
      .select(["person_id", "language"])
      .$if(some, (qb) => qb.where("person_id", "in", personIds!))
      .execute(),
    db
      .selectFrom("person_service_areas")
      .leftJoin("care_areas", "care_areas.id", "person_service_areas.care_area_id")
      .leftJoin("municipalities", "municipalities.id", "person_service_areas.municipality_id")
      .select([
        "person_service_areas.person_id",
        "person_service_areas.care_area_id",
        "person_service_areas.municipality_id",
        "care_areas.name as care_area",
        "municipalities.name as municipality",
      ])
      .$if(some, (qb) => qb.where("person_service_areas.person_id", "in", personIds!))
      .execute(),
    db
      .selectFrom("availability_windows")
      .select(["person_id", "weekday", "start_minute", "end_minute"])
      .$if(some, (qb) => qb.where("person_id", "in", personIds!))
      .execute(),
  ]);

  const trainingsOf = groupBy(trainings, "person_id");
  const areasOf = groupBy(areas, "person_id");
  const formatsOf = groupBy(formats, "person_id");
  const languagesOf = groupBy(languages, "person_id");
  const servesOf = groupBy(serviceAreas, "person_id");
  const windowsOf = groupBy(windows, "person_id");
  const hintsOf = new Map<number, CatalogueEntry["hints"]>();
  // Thousands of cards name the same areas, places, formats and free times: one copy of each (a third of the cache).
  const same = shared();

  const entries: CatalogueEntry[] = [];
  for (const row of roles) {
    const title = row.title.trim();
    // A card without a title has nothing to show; the volunteer's profile says so ("profile.notShown").
    if (title === "") continue;
    const state: PersonState = {
      status: row.status,
      pausedUntil: row.paused_until,
      joinedOn: row.joined_on,
      leftOn: row.left_on,
      anonymisedAt: row.anonymised_at,
      trainings: (trainingsOf.get(row.person_id) ?? []).map((t) => ({ kind: t.kind, completedOn: t.completed_on })),
    };
    if (!isOfferable(state, row.role, today)) continue;
    const id = row.person_id;
    const serves = servesOf.get(id) ?? [];
    if (!hintsOf.has(id)) hintsOf.set(id, exactList(usuallyFreeHint((windowsOf.get(id) ?? []).map(toWindow)).map((h) => same.value(`${h.weekday}|${h.part}`, h))));
    entries.push({
      personId: id,
      role: row.role,
      title,
      presentation: row.presentation.trim(),
      experience: (areasOf.get(id) ?? []).map(({ id: areaId, name, name_en }) => same.value(`area|${areaId}`, { id: areaId, name, nameEn: name_en })).sort(byName),
      formats: exactList(inOrder(FORMATS, (formatsOf.get(id) ?? []).map((f) => f.format))) as Format[],
      languages: exactList(inOrder(LANGUAGES, (languagesOf.get(id) ?? []).map((l) => l.language))),
      serves: {
        careAreaIds: exactList(serves.flatMap((s) => (s.care_area_id !== null ? [s.care_area_id] : []))),
        municipalityIds: exactList(serves.flatMap((s) => (s.municipality_id !== null ? [s.municipality_id] : []))),
        careAreaNames: exactList(serves.flatMap((s) => (s.care_area !== null ? [same.text(s.care_area)] : [])).sort(collator.compare)),
        municipalityNames: exactList(serves.flatMap((s) => (s.municipality !== null ? [same.text(s.municipality)] : [])).sort(collator.compare)),
      },
      servesDigital: row.serves_digital === 1,
      hints: hintsOf.get(id)!,
    });
  }
  // ROLES order within a person keeps the detail page and tests independent of SQLite's row order.
  return entries.sort((a, b) => a.personId - b.personId || ROLES.indexOf(a.role) - ROLES.indexOf(b.role));
}

/** One instance per distinct value: SQLite hands out a fresh string for every row. Shared values are never mutated. */
function shared() {
  const values = new Map<string, unknown>();
  const value = <T>(key: string, fresh: T): T => {
    if (!values.has(key)) values.set(key, fresh);
    return values.get(key) as T;
  };
  return { value, text: (text: string) => value(`text|${text}`, text) };
}

/** The values in the vocabulary's display order; a value outside it (an old import) has no label to show. */
function inOrder(vocabulary: readonly string[], values: string[]): string[] {
  return vocabulary.filter((v) => values.includes(v));
}

function toWindow(row: { weekday: number; start_minute: number; end_minute: number }): WeeklyWindow {
  return { weekday: row.weekday, startMinute: row.start_minute, endMinute: row.end_minute };
}

// Insert helpers shared by the tests and the demo seed: every argument has a sensible default, nothing is random.
// Each returns the new row's id (insertRequest also returns its slot ids, in the order given).
import type { Insertable, Kysely } from "kysely";
import type { Database } from "./schema";
import { CARDLESS_TITLES, type Format, type PersonRole, type TrainingKind } from "../app/domain/vocabulary";

type Db = Kysely<Database>;
type New<T extends keyof Database> = Insertable<Database[T]>;

const nowIso = () => new Date().toISOString();
const DAY_MS = 24 * 60 * 60 * 1000;

/** max(id) + 1: a readable default for unique names that stays unique as long as rows are not renamed to it. */
async function nextNumber(db: Db, table: "care_units" | "people" | "users"): Promise<number> {
  const row = await db
    .selectFrom(table as "people")
    .select((eb) => eb.fn.max("id").as("max"))
    .executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}

/** Finds or creates a municipality (and its care area); defaults to Jönköping in the care area Jönköping. */
export async function ensureMunicipality(
  db: Db,
  name = "Jönköping",
  careArea = "Jönköping",
): Promise<{ id: number; careAreaId: number }> {
  const found = await db
    .selectFrom("municipalities")
    .select(["id", "care_area_id"])
    .where("name", "=", name)
    .executeTakeFirst();
  if (found) return { id: found.id, careAreaId: found.care_area_id };
  const area = await db.selectFrom("care_areas").select("id").where("name", "=", careArea).executeTakeFirst();
  const careAreaId =
    area?.id ?? (await db.insertInto("care_areas").values({ name: careArea }).returning("id").executeTakeFirstOrThrow()).id;
  const { id } = await db
    .insertInto("municipalities")
    .values({ name, care_area_id: careAreaId })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { id, careAreaId };
}

export async function insertCareUnit(db: Db, overrides: Partial<New<"care_units">> = {}): Promise<number> {
  const row: New<"care_units"> = {
    name: overrides.name ?? `Vårdenhet ${await nextNumber(db, "care_units")}`,
    municipality_id: overrides.municipality_id ?? (await ensureMunicipality(db)).id,
    kind: "primary_care",
    created_at: nowIso(),
    ...overrides,
  };
  return (await db.insertInto("care_units").values(row).returning("id").executeTakeFirstOrThrow()).id;
}

export interface PersonOverrides extends Partial<New<"people">> {
  roles?: { role: PersonRole; title?: string; presentation?: string }[];
  experienceAreaIds?: number[];
  formats?: Format[];
  languages?: string[];
  /** Each entry is either a whole care area or one municipality. */
  serviceAreas?: { careAreaId?: number | null; municipalityId?: number | null }[];
  /** Defaults to a basic training on joined_on (plus storytelling for storytellers); pass [] for an untrained person. */
  training?: { kind: TrainingKind; completed_on: string; note?: string | null }[];
  windows?: { weekday: number; start_minute: number; end_minute: number }[];
  exceptions?: Omit<New<"availability_exceptions">, "person_id">[];
}

const DEFAULT_TITLES: Record<PersonRole, string> = { book: "Levande bok", peer: "Peer", storyteller: "Berättare", ...CARDLESS_TITLES };
const WEEKDAYS_8_TO_17 = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start_minute: 480, end_minute: 1020 }));

/** An active, trained book serving the care area Jönköping on weekdays 08–17, unless told otherwise. */
export async function insertPerson(db: Db, overrides: PersonOverrides = {}): Promise<number> {
  const { roles, experienceAreaIds, formats, languages, serviceAreas, training, windows, exceptions, ...columns } =
    overrides;
  const n = columns.name && columns.email !== undefined ? 0 : await nextNumber(db, "people");
  const at = nowIso();
  const person: New<"people"> = {
    name: `Testperson ${n}`,
    email: `person${n}@example.se`,
    joined_on: "2024-01-01",
    serves_digital: 1,
    // Published in the catalogue unless a test is about the approval step.
    approved_at: at,
    created_at: at,
    updated_at: at,
    ...columns,
  };
  const { id } = await db.insertInto("people").values(person).returning("id").executeTakeFirstOrThrow();
  const roleRows = (roles ?? [{ role: "book" as const }]).map((r) => ({
    person_id: id,
    role: r.role,
    title: r.title ?? DEFAULT_TITLES[r.role],
    presentation: r.presentation ?? "",
  }));
  const trainingRows = training ?? [
    { kind: "basic" as const, completed_on: person.joined_on },
    ...(roleRows.some((r) => r.role === "storyteller")
      ? [{ kind: "storytelling" as const, completed_on: person.joined_on }]
      : []),
  ];
  const areas = serviceAreas ?? [{ careAreaId: (await ensureMunicipality(db)).careAreaId }];
  await insertAll(db, "person_roles", roleRows);
  await insertAll(
    db,
    "person_experience_areas",
    (experienceAreaIds ?? []).map((experience_area_id) => ({ person_id: id, experience_area_id })),
  );
  await insertAll(db, "person_formats", (formats ?? ["lecture", "conversation"]).map((format) => ({ person_id: id, format })));
  await insertAll(db, "person_languages", (languages ?? ["sv"]).map((language) => ({ person_id: id, language })));
  await insertAll(
    db,
    "person_service_areas",
    areas.map((a) => ({ person_id: id, care_area_id: a.careAreaId ?? null, municipality_id: a.municipalityId ?? null })),
  );
  await insertAll(db, "training_records", trainingRows.map((t) => ({ note: null, ...t, person_id: id })));
  await insertAll(db, "availability_windows", (windows ?? WEEKDAYS_8_TO_17).map((w) => ({ ...w, person_id: id })));
  await insertAll(db, "availability_exceptions", (exceptions ?? []).map((e) => ({ ...e, person_id: id })));
  return id;
}

async function insertAll<T extends keyof Database>(db: Db, table: T, rows: New<T>[]) {
  if (rows.length > 0) await db.insertInto(table).values(rows as never).execute();
}

/** A coordinator by default; a requester gets a new care unit and a volunteer a new person unless given. */
export async function insertUser(
  db: Db,
  overrides: Partial<New<"users">> & { passwordHash?: string | null } = {},
): Promise<number> {
  const { passwordHash, ...columns } = overrides;
  const role = columns.role ?? "coordinator";
  const n = columns.email && columns.name ? 0 : await nextNumber(db, "users");
  const row: New<"users"> = {
    email: `user${n}@example.se`,
    name: `Testanvändare ${n}`,
    role,
    password_hash: passwordHash ?? null,
    care_unit_id: role === "requester" && columns.care_unit_id === undefined ? await insertCareUnit(db) : null,
    person_id: role === "volunteer" && columns.person_id === undefined ? await insertPerson(db) : null,
    created_at: nowIso(),
    ...columns,
  };
  return (await db.insertInto("users").values(row).returning("id").executeTakeFirstOrThrow()).id;
}

export interface RequestOverrides extends Partial<New<"requests">> {
  /** Defaults to one slot a week from now at 09:00 UTC lasting duration_minutes. */
  slots?: { starts_at: string; ends_at: string }[];
  experienceAreaIds?: number[];
  /** Defaults to one event with the request's status at created_at. */
  events?: Omit<New<"request_events">, "request_id">[];
}

export async function insertRequest(db: Db, overrides: RequestOverrides = {}): Promise<{ id: number; slotIds: number[] }> {
  const { slots, experienceAreaIds, events, ...columns } = overrides;
  const careUnitId = columns.care_unit_id ?? (await insertCareUnit(db));
  const digital = columns.is_digital === 1;
  const municipalityId =
    columns.municipality_id !== undefined || digital
      ? (columns.municipality_id ?? null)
      : (await db.selectFrom("care_units").select("municipality_id").where("id", "=", careUnitId).executeTakeFirstOrThrow())
          .municipality_id;
  const at = nowIso();
  const row: New<"requests"> = {
    wanted_role: "book",
    format: "lecture",
    title: "Föreläsning för personal",
    audience: "staff",
    audience_size: 20,
    duration_minutes: 90,
    contact_name: "Kim Kontaktperson",
    contact_phone: "070-174 06 99",
    created_at: at,
    updated_at: at,
    ...columns,
    care_unit_id: careUnitId,
    municipality_id: municipalityId,
  };
  const { id } = await db.insertInto("requests").values(row).returning("id").executeTakeFirstOrThrow();
  const start = new Date(Date.now() + 7 * DAY_MS);
  start.setUTCHours(9, 0, 0, 0);
  const slotRows = slots ?? [
    { starts_at: start.toISOString(), ends_at: new Date(start.getTime() + row.duration_minutes * 60_000).toISOString() },
  ];
  const slotIds: number[] = [];
  for (const slot of slotRows) {
    slotIds.push((await db.insertInto("request_slots").values({ ...slot, request_id: id }).returning("id").executeTakeFirstOrThrow()).id);
  }
  await insertAll(
    db,
    "request_experience_areas",
    (experienceAreaIds ?? []).map((experience_area_id) => ({ request_id: id, experience_area_id })),
  );
  const eventRows = events ?? [{ status: row.status ?? "open", at: row.created_at, actor_user_id: row.created_by ?? null }];
  await insertAll(db, "request_events", eventRows.map((e) => ({ ...e, request_id: id })));
  return { id, slotIds };
}

/** A pending offer (reply within three days) of the request's first slot; creates request and person if not given. */
export async function insertOffer(db: Db, overrides: Partial<New<"offers">> = {}): Promise<number> {
  let requestId = overrides.request_id;
  let slotId = overrides.slot_id;
  if (requestId === undefined) {
    const created = await insertRequest(db);
    requestId = created.id;
    slotId = slotId === undefined ? created.slotIds[0] : slotId;
  } else if (slotId === undefined) {
    const first = await db
      .selectFrom("request_slots")
      .select("id")
      .where("request_id", "=", requestId)
      .orderBy("starts_at")
      .executeTakeFirst();
    slotId = first?.id ?? null;
  }
  const offeredAt = overrides.offered_at ?? nowIso();
  const row: New<"offers"> = {
    person_id: overrides.person_id ?? (await insertPerson(db)),
    status: "pending",
    offered_at: offeredAt,
    reply_by: new Date(Date.parse(offeredAt) + 3 * DAY_MS).toISOString(),
    ...overrides,
    request_id: requestId,
    slot_id: slotId,
  };
  return (await db.insertInto("offers").values(row).returning("id").executeTakeFirstOrThrow()).id;
}

/** A booked assignment for the offer's slot; creates an accepted offer when none is given. */
export async function insertAssignment(db: Db, overrides: Partial<New<"assignments">> = {}): Promise<number> {
  const offerId = overrides.offer_id ?? (await insertOffer(db, { status: "accepted", responded_at: nowIso() }));
  const offer = await db
    .selectFrom("offers")
    .leftJoin("request_slots", "request_slots.id", "offers.slot_id")
    .select(["offers.request_id", "offers.person_id", "request_slots.starts_at", "request_slots.ends_at"])
    .where("offers.id", "=", offerId)
    .executeTakeFirstOrThrow();
  const at = nowIso();
  const startsAt = overrides.starts_at ?? offer.starts_at ?? at;
  const row: New<"assignments"> = {
    request_id: offer.request_id,
    person_id: offer.person_id,
    starts_at: startsAt,
    ends_at: offer.ends_at ?? new Date(Date.parse(startsAt) + 90 * 60_000).toISOString(),
    status: "booked",
    created_at: at,
    updated_at: at,
    ...overrides,
    offer_id: offerId,
  };
  return (await db.insertInto("assignments").values(row).returning("id").executeTakeFirstOrThrow()).id;
}

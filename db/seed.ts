// Seeds the invented demo region of DESIGN.md once: deterministic for a given `now`, a no-op when data exists.
import type { Kysely } from "kysely";
import { hashPassword } from "../app/utils/password.server";
import { insertCareUnit, insertPerson, insertUser, type PersonOverrides } from "./insert-rows";
import type { Database } from "./schema";
import { CARE_AREAS, CARE_UNITS, CONTACT_NAMES, DEMO_VOLUNTEER, EXPERIENCE_AREAS, EXPERIENCE_AREAS_EN, PEOPLE, ROLE_FORMATS, type PersonSeed } from "./seed-data";
import { seedCurrentRequests, seedHistory } from "./seed-history";
import { DEMO_SUPPORTER, DEMO_SUPPORTER_EMAIL, seedSupporters } from "./seed-supporters";
import { seedSelfHelp } from "./seed-self-help";
import { DEMO_STARTER, DEMO_STARTER_EMAIL, seedSelfHelpGroups } from "./seed-self-help-groups";
import { seedMeetingPlaces } from "./seed-meeting-places";
import { seedLarcafe } from "./seed-larcafe";
import { seedSurveyAnswers } from "./seed-surveys";
import type { SeedContext, SeedPerson, SeedUnit } from "./seed-requests";
import { addDays, createRng, daysBetween, minDate, stockholmDate, stockholmToUtc, weekday, type Rng } from "./seed-time";
import type { Format, Role } from "../app/domain/vocabulary";

export { stockholmToUtc } from "./seed-time";

export const DEMO_PASSWORD = "levande-demo-2026";
const DEMO_USERS = [
  { role: "coordinator", email: "samordnare@example.se", name: "Sara Samordnare" },
  { role: "requester", email: "enhet@example.se", name: "Elin Enhetschef" },
  { role: "volunteer", email: "volontar@example.se", name: DEMO_VOLUNTEER },
  { role: "volunteer", email: DEMO_SUPPORTER_EMAIL, name: DEMO_SUPPORTER },
  { role: "volunteer", email: DEMO_STARTER_EMAIL, name: DEMO_STARTER },
] as const;
const DEMO_UNIT = "Vårdcentralen Huskvarna";
const SEED = 0x1e5a2026;
const ROLE_ORDER: Role[] = ["book", "peer", "storyteller"];

export interface SeedResult {
  seeded: boolean;
  logins: { role: string; email: string; password: string }[];
}

async function hasData(db: Kysely<Database>) {
  return (await db.selectFrom("care_areas").select("id").limit(1).executeTakeFirst()) !== undefined;
}

export async function seed(db: Kysely<Database>, options: { now: Date }): Promise<SeedResult> {
  const logins = DEMO_USERS.map(({ role, email }) => ({ role, email, password: DEMO_PASSWORD }));
  if (await hasData(db)) return { seeded: false, logins };
  // Hashing is slow (scrypt) and random-salted, so it happens once per demo user and outside the transaction.
  const hashes: string[] = [];
  for (const _ of DEMO_USERS) hashes.push(await hashPassword(DEMO_PASSWORD));
  const seeded = await db.transaction().execute(async (trx) => {
    if (await hasData(trx)) return false;
    await seedAll(trx, options.now, hashes);
    return true;
  });
  return { seeded, logins };
}

async function seedAll(db: Kysely<Database>, now: Date, hashes: string[]) {
  const rng = createRng(SEED);
  const nowMs = now.getTime();
  const today = stockholmDate(nowMs);
  const year = Number(today.slice(0, 4));
  const unitsCreatedAt = stockholmToUtc(`${year - 5}-01-10`, 540);

  const careAreaIds = new Map<string, number>();
  const muniIds = new Map<string, number>();
  for (const area of CARE_AREAS) {
    const { id } = await db.insertInto("care_areas").values({ name: area.name }).returning("id").executeTakeFirstOrThrow();
    careAreaIds.set(area.name, id);
    for (const name of area.municipalities) {
      const muni = await db.insertInto("municipalities").values({ name, care_area_id: id }).returning("id").executeTakeFirstOrThrow();
      muniIds.set(name, muni.id);
    }
  }
  const areaNames = new Map<number, string>();
  for (const name of EXPERIENCE_AREAS) {
    const { id } = await db.insertInto("experience_areas").values({ name, name_en: EXPERIENCE_AREAS_EN[name] ?? null }).returning("id").executeTakeFirstOrThrow();
    areaNames.set(id, name);
  }
  const areaIdByName = new Map([...areaNames].map(([id, name]) => [name, id]));

  const units: SeedUnit[] = [];
  for (const [i, [name, muni, kind, address]] of CARE_UNITS.entries()) {
    const muniId = muniIds.get(muni)!;
    const id = await insertCareUnit(db, { name, municipality_id: muniId, kind, created_at: unitsCreatedAt });
    units.push({ id, muniId, kind, address, contact: CONTACT_NAMES[i % CONTACT_NAMES.length], phone: fictionalPhone(78 + (i % 22)) });
  }
  const demoUnit = units[Math.max(0, CARE_UNITS.findIndex(([name]) => name === DEMO_UNIT))];

  const [coordinator, requester, volunteer] = DEMO_USERS;
  const coordinatorId = await insertUser(db, { ...coordinator, passwordHash: hashes[0], created_at: unitsCreatedAt });
  const requesterId = await insertUser(db, { ...requester, care_unit_id: demoUnit.id, passwordHash: hashes[1], created_at: unitsCreatedAt });

  const people: SeedPerson[] = [];
  let demoPerson: SeedPerson | undefined;
  for (const [index, spec] of PEOPLE.entries()) {
    const isDemo = `${spec.first} ${spec.last}` === DEMO_VOLUNTEER;
    const { row, person } = describePerson(rng, spec, index, { today, year, isDemo, careAreaIds, muniIds, areaIdByName });
    const id = await insertPerson(db, row);
    const userId = await insertUser(db, {
      role: "volunteer", person_id: id, name: row.name!, email: isDemo ? volunteer.email : row.email!,
      passwordHash: isDemo ? hashes[2] : null, created_at: row.created_at,
      disabled_at: person.left ? stockholmToUtc(person.left, 0) : null,
    });
    people.push({ ...person, id, userId });
    if (isDemo) demoPerson = people[people.length - 1];
  }
  if (!demoPerson) throw new Error(`Demovolontären ${DEMO_VOLUNTEER} saknas i seed-data.`);

  const ctx: SeedContext = {
    db, rng, nowMs, today, year, people, units, areaNames, coordinatorId, requesterId, demoUnit, demoPerson,
  };
  const offeredBooks = await seedHistory(ctx);
  await seedCurrentRequests(ctx, offeredBooks);
  const unitIdByName = new Map(CARE_UNITS.map(([name], i) => [name, units[i].id]));
  await seedSupporters({ db, today, careAreaIds, areaIdByName, unitIdByName, coordinatorId, passwordHash: hashes[3] });
  await seedSelfHelp(db, now);
  await seedSelfHelpGroups(db, { now, coordinatorId, passwordHash: hashes[4] });
  // Volunteers on duty at Hjärtats hus: a few members who have not left, besides the demo volunteer.
  const hosts = people.filter((p) => !p.left && p.id !== demoPerson.id).slice(0, 8).map((p) => p.id);
  await seedMeetingPlaces(db, { now, demoPersonId: demoPerson.id, volunteers: hosts });
  await seedLarcafe(ctx);
  await seedSurveyAnswers(db, today);
}

/** PTS reserves 070-174 06 05 … 070-174 06 99 for fiction, so no real person gets called. */
function fictionalPhone(n: number) {
  return `070-174 06 ${String(n).padStart(2, "0")}`;
}

function asciiEmail(first: string, last: string) {
  const fold = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9-]/g, "");
  return `${fold(first)}.${fold(last)}@example.se`;
}

interface Lookups {
  today: string;
  year: number;
  isDemo: boolean;
  careAreaIds: Map<string, number>;
  muniIds: Map<string, number>;
  areaIdByName: Map<string, number>;
}
type Window = { weekday: number; start_minute: number; end_minute: number };
const WINDOW_TEMPLATES: [number, number][] = [[480, 720], [540, 960], [780, 1020], [600, 900], [510, 990], [480, 1020]];
const DEMO_WINDOWS: Window[] = [
  { weekday: 2, start_minute: 540, end_minute: 960 },
  { weekday: 3, start_minute: 480, end_minute: 720 },
  { weekday: 4, start_minute: 780, end_minute: 1020 },
];

/** Turns a hand-written person into insertPerson's input plus what the request simulation needs to know. */
function describePerson(rng: Rng, spec: PersonSeed, index: number, l: Lookups) {
  const { today, year } = l;
  const roles = ROLE_ORDER.filter((r) => spec[r]);
  const within = (lo: string, hi: string) => (hi > lo ? addDays(lo, rng.int(0, daysBetween(lo, hi))) : hi);
  let joined = addDays(today, -rng.int(400, 1460));
  let left: string | null = null;
  if (spec.state === "newcomer") joined = addDays(today, -rng.int(10, 55));
  if (spec.state === "joinedThisYear") joined = within(`${year}-02-01`, addDays(today, -100));
  if (spec.state === "leftLastYear") left = within(`${year - 1}-02-01`, `${year - 1}-11-30`);
  if (spec.state === "leftThisYear") left = within(`${year}-03-01`, addDays(today, -20));
  if (left) joined = addDays(left, -rng.int(500, 1200));
  const trained = spec.state === "newcomer" ? null : minDate(addDays(joined, rng.int(14, 60)), addDays(today, -14));
  const storyTrained =
    roles.includes("storyteller") && trained
      ? [minDate(addDays(trained, rng.int(90, 400)), addDays(today, -30))].map((d) => (d < trained ? trained : d))[0]
      : null;

  // Where they serve: most a whole care area (some two), the rest a few municipalities near home.
  const areas = [...l.careAreaIds.keys()];
  const home = l.isDemo ? 0 : rng.pick([0, 0, 0, 0, 1, 1, 1, 2, 2]);
  const mode = l.isDemo ? 0 : rng.next();
  const servedAreas = mode < 0.55 ? [home] : mode < 0.7 ? [home, (home + 1 + rng.int(0, 1)) % 3] : [];
  const homeMunis = CARE_AREAS[home].municipalities;
  const servedMunis = servedAreas.length ? [] : [homeMunis[0], ...rng.shuffle(homeMunis.slice(1)).slice(0, rng.int(0, 2))];
  const munis = [...servedAreas.flatMap((a) => CARE_AREAS[a].municipalities), ...servedMunis].map((m) => l.muniIds.get(m)!);

  const formats = new Set<Format>(roles.map((r) => rng.pick(ROLE_FORMATS[r].slice(0, r === "book" ? 3 : 2))));
  const allowed = [...new Set(roles.flatMap((r) => ROLE_FORMATS[r]))];
  for (let want = rng.int(1, 3); formats.size < want; ) formats.add(rng.pick(allowed));

  const windows: Window[] = l.isDemo
    ? DEMO_WINDOWS
    : rng.shuffle([1, 2, 3, 4, 5]).slice(0, rng.int(1, 3)).sort().map((weekday) => {
        const [start_minute, end_minute] = rng.pick(WINDOW_TEMPLATES);
        return { weekday, start_minute, end_minute };
      });
  if (!l.isDemo && rng.chance(0.15)) windows.push({ weekday: rng.int(1, 5), start_minute: 1050, end_minute: 1230 });
  if (!l.isDemo && rng.chance(0.06)) windows.push({ weekday: 6, start_minute: 600, end_minute: 900 });
  const merged = windows.filter((w, i) => !windows.some((o, j) => j < i && o.weekday === w.weekday && o.start_minute < w.end_minute && w.start_minute < o.end_minute));

  const exceptions: NonNullable<PersonOverrides["exceptions"]> = [];
  const christmas = today <= `${year}-12-20` ? year : year + 1;
  if (rng.chance(0.3)) exceptions.push({ kind: "blocked", from_date: `${year}-07-01`, to_date: `${year}-08-09`, note: "Semester" });
  if (rng.chance(0.25)) exceptions.push({ kind: "blocked", from_date: `${christmas}-12-21`, to_date: `${christmas + 1}-01-06`, note: "Jul och nyår" });
  if (!l.isDemo && rng.chance(0.12)) {
    const from = addDays(today, rng.int(7, 40));
    exceptions.push({ kind: "blocked", from_date: from, to_date: addDays(from, rng.int(3, 9)), note: "Resa" });
  }
  if (rng.chance(0.06)) {
    const day = addDays(today, rng.int(3, 30));
    exceptions.push({ kind: "blocked", from_date: day, to_date: day, start_minute: 480, end_minute: 720, note: "Läkarbesök" });
  }
  if (rng.chance(0.07)) {
    const sat = addDays(today, 7 + ((6 - weekday(today) + 7) % 7));
    exceptions.push({ kind: "extra", from_date: sat, to_date: sat, start_minute: 600, end_minute: 840, note: "Kan extra denna lördag" });
  }

  const paused = spec.state === "paused";
  const createdAt = stockholmToUtc(joined, 540);
  const name = `${spec.first} ${spec.last}`;
  const row: PersonOverrides = {
    name,
    alias: spec.alias ?? null,
    email: l.isDemo ? "volontar@example.se" : asciiEmail(spec.first, spec.last),
    phone: fictionalPhone(5 + index),
    joined_on: joined,
    left_on: left,
    status: paused ? "paused" : "active",
    paused_until: paused && rng.chance(0.7) ? addDays(today, rng.int(20, 120)) : null,
    serves_digital: l.isDemo || rng.chance(0.5) ? 1 : 0,
    max_per_month: l.isDemo ? 3 : rng.pick(roles.includes("peer") ? [2, 2, 3, 3, 4] : [1, 2, 2, 2, 3, 3, 4]),
    created_at: createdAt,
    updated_at: left ? stockholmToUtc(left, 540) : createdAt,
    roles: roles.map((role) => ({ role, title: spec[role]![0], presentation: spec[role]![1] })),
    experienceAreaIds: spec.areas.map((a) => {
      const id = l.areaIdByName.get(a);
      if (id === undefined) throw new Error(`Okänt erfarenhetsområde i seed-data: ${a}`);
      return id;
    }),
    formats: [...formats],
    languages: spec.languages ?? (rng.chance(0.18) ? ["sv", "en"] : ["sv"]),
    serviceAreas: servedAreas.length
      ? servedAreas.map((a) => ({ careAreaId: l.careAreaIds.get(areas[a])! }))
      : servedMunis.map((m) => ({ municipalityId: l.muniIds.get(m)! })),
    training: [
      ...(trained ? [{ kind: "basic" as const, completed_on: trained, note: "Grundutbildning Levande bibliotek" }] : []),
      ...(storyTrained ? [{ kind: "storytelling" as const, completed_on: storyTrained, note: "Berättarutbildning" }] : []),
    ],
    windows: merged,
    exceptions,
  };
  const person: Omit<SeedPerson, "id" | "userId"> = {
    roles, areaIds: row.experienceAreaIds!, formats: [...formats], munis, digital: row.serves_digital === 1,
    cap: row.max_per_month!, joined, left, paused, trained, storyTrained, windows: merged,
    blocked: exceptions.filter((e) => e.kind === "blocked").map((e) => [e.from_date, e.to_date]),
    busy: [], perMonth: new Map(),
  };
  return { row, person };
}

// Generates the national-scale benchmark data set deterministically into a fresh SQLite file.
import fs from "node:fs";
import SQLite from "better-sqlite3";
import { createDb } from "../db/create-db";
import { migrateToLatest } from "../db/migrate";
import { EXPERIENCE_AREAS, ROLE_FORMATS } from "../db/seed-data";
import { createRng, stockholmDate, type Rng } from "../db/seed-time";
import { addDays } from "../app/domain/stockholm-time";
import { generateRequests, type GenPerson, type GenUnit, type Writer } from "./generate-requests";
import type { Format, Role, UnitKind } from "../app/domain/vocabulary";

export const BASE_COUNTS = { regions: 21, municipalities: 290, careUnits: 600, people: 5000, history: 50_000, open: 2000 };

export interface GeneratedSet {
  file: string;
  scale: number;
  now: Date;
  seconds: number;
  rows: Record<string, number>;
  coordinatorUserId: number;
  requesterUserId: number;
  volunteerUserId: number;
  volunteerPersonId: number;
}

const FIRST = ["Anna", "Eva", "Maria", "Karin", "Sara", "Lena", "Kerstin", "Emma", "Ingrid", "Marie", "Lars", "Mikael", "Anders", "Johan", "Erik", "Per", "Karl", "Peter", "Jan", "Thomas", "Nadia", "Ali", "Aino", "Leila", "Omar", "Sven", "Maja", "Elsa", "Hugo", "Nils"];
const LAST = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Lindberg", "Jakobsson", "Magnusson", "Lindström", "Berg", "Haddad", "Virtanen", "Ek", "Holm", "Sandberg"];
const SYLL_A = ["Ek", "Bo", "Lin", "Sol", "Alm", "Berg", "Hed", "Mal", "Nor", "Vin", "Sjö", "Ås", "Rön", "Stor", "Lilla", "Öster", "Väster", "Söder", "Norr", "Gran"];
const SYLL_B = ["sjö", "by", "köping", "holm", "berga", "ås", "torp", "vik", "hult", "stad", "fors", "dal", "näs", "ryd", "mo"];
const EXTRA_AREAS = ["ätstörning"];
const UNIT_KINDS: [UnitKind, string][] = [["primary_care", "Vårdcentralen"], ["specialist_care", "Kliniken"], ["municipality", "Hemtjänsten"], ["school", "Vård- och omsorgscollege"], ["other", "Mötesplats"]];
const WINDOWS: [number, number][] = [[480, 720], [540, 960], [780, 1020], [600, 900], [510, 990], [480, 1020]];
const EXTRA_LANGS = ["ar", "fa", "fi", "so", "ti", "pl", "bs", "en"];

/** A prepared single-row insert; inside one transaction better-sqlite3 does several hundred thousand a second. */
function writer(sqlite: SQLite.Database): Writer {
  const statements = new Map<string, SQLite.Statement>();
  const rows: Record<string, number> = {};
  const insert = (table: string, row: Record<string, unknown>) => {
    const cols = Object.keys(row);
    const key = `${table}:${cols.join(",")}`;
    let st = statements.get(key);
    if (!st) {
      st = sqlite.prepare(`insert into ${table} (${cols.join(",")}) values (${cols.map(() => "?").join(",")})`);
      statements.set(key, st);
    }
    st.run(Object.values(row));
    rows[table] = (rows[table] ?? 0) + 1;
  };
  return { insert, rows };
}

const n = (base: number, scale: number, min = 1) => Math.max(min, Math.round(base * scale));

export async function generateDataSet({ file, scale, now = new Date(), seed = 0x6b3c_2026 }: { file: string; scale: number; now?: Date; seed?: number }): Promise<GeneratedSet> {
  const started = performance.now();
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  const kdb = createDb(`file:${file}`);
  await migrateToLatest(kdb);
  await kdb.destroy();

  const sqlite = new SQLite(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = OFF");
  sqlite.pragma("foreign_keys = ON");
  const w = writer(sqlite);
  const rng = createRng(seed);
  const today = stockholmDate(now.getTime());
  const result = sqlite.transaction(() => generateAll(w, rng, scale, now, today))();
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.exec("analyze");
  sqlite.close();
  return { file, scale, now, seconds: (performance.now() - started) / 1000, rows: w.rows, ...result };
}

function generateAll(w: Writer, rng: Rng, scale: number, now: Date, today: string) {
  const createdAt = `${Number(today.slice(0, 4)) - 6}-01-10T08:00:00.000Z`;
  // Places: 21 regions, each with 2–4 care areas, sharing ~290 municipalities.
  const munis: { id: number; careAreaId: number }[] = [];
  const careAreas: { id: number; region: number; munis: number[] }[] = [];
  const regions = n(BASE_COUNTS.regions, scale, 2);
  const names = new Set<string>();
  const placeName = () => {
    for (;;) {
      const name = rng.pick(SYLL_A) + rng.pick(SYLL_B);
      const unique = names.has(name) ? `${name} ${names.size}` : name;
      if (!names.has(unique)) return names.add(unique), unique;
    }
  };
  for (let region = 1; region <= regions; region++) {
    const areas = rng.int(2, 4);
    for (let a = 0; a < areas; a++) {
      const id = careAreas.length + 1;
      w.insert("care_areas", { id, name: `Region ${region}, sjukvårdsområde ${a + 1}` });
      careAreas.push({ id, region, munis: [] });
    }
  }
  const muniCount = Math.max(careAreas.length, n(BASE_COUNTS.municipalities, scale));
  for (let i = 0; i < muniCount; i++) {
    const area = i < careAreas.length ? careAreas[i] : rng.pick(careAreas);
    const id = i + 1;
    w.insert("municipalities", { id, name: placeName(), care_area_id: area.id });
    area.munis.push(id);
    munis.push({ id, careAreaId: area.id });
  }
  const areaNames = [...EXPERIENCE_AREAS, ...EXTRA_AREAS];
  areaNames.forEach((name, i) => w.insert("experience_areas", { id: i + 1, name, active: 1 }));

  const units: GenUnit[] = [];
  for (let i = 0; i < n(BASE_COUNTS.careUnits, scale, 3); i++) {
    const muni = rng.pick(munis);
    const [kind, prefix] = UNIT_KINDS[rng.pick([0, 0, 0, 0, 1, 1, 1, 2, 2, 3, 4])];
    const id = i + 1;
    w.insert("care_units", { id, name: `${prefix} ${i + 1}`, municipality_id: muni.id, kind, created_at: createdAt });
    units.push({ id, muniId: muni.id, kind, requesterUserId: null });
  }

  let userId = 0;
  const user = (row: Record<string, unknown>) => {
    w.insert("users", { id: ++userId, locale: "sv", created_at: createdAt, password_hash: null, ...row });
    return userId;
  };
  const coordinatorUserId = user({ email: "bench-samordnare@example.se", name: "Bänk Samordnare", role: "coordinator" });
  units.forEach((u, i) => {
    if (i % 3 === 0) u.requesterUserId = user({ email: `enhet${u.id}@example.se`, name: `Enhetskontakt ${u.id}`, role: "requester", care_unit_id: u.id });
  });

  const people = generatePeople(w, rng, scale, today, careAreas, areaNames.length);
  // This week's open-call digest has run, as on a region's server by mid-week: a server started on the data set measures
  // its pages, not a first digest over everyone (the in-process part times that run on a copy).
  for (const p of people) w.insert("open_call_digest_stamps", { person_id: p.id, looked_at: now.toISOString() });
  const { volunteerPersonId } = generateRequests(w, rng, { scale, now, today, people, units, coordinatorUserId, areaCount: areaNames.length, base: BASE_COUNTS });
  let volunteerUserId = 0;
  for (const p of people) {
    if (p.id !== volunteerPersonId && !rng.chance(0.6)) continue;
    const id = user({ email: p.email, name: p.name, role: "volunteer", person_id: p.id, disabled_at: p.left ? `${p.left}T00:00:00.000Z` : null });
    if (p.id === volunteerPersonId) volunteerUserId = id;
  }
  return { coordinatorUserId, requesterUserId: units[0].requesterUserId!, volunteerUserId, volunteerPersonId };
}

function generatePeople(w: Writer, rng: Rng, scale: number, today: string, careAreas: { id: number; region: number; munis: number[] }[], areaCount: number): GenPerson[] {
  const people: GenPerson[] = [];
  const count = n(BASE_COUNTS.people, scale, 20);
  for (let i = 0; i < count; i++) {
    const id = i + 1;
    const r = rng.next();
    const roles: Role[] = r < 0.62 ? ["book"] : r < 0.74 ? ["book", "storyteller"] : r < 0.88 ? ["peer"] : r < 0.95 ? ["book", "peer"] : ["book", "peer", "storyteller"];
    const joined = addDays(today, -rng.int(30, 2400));
    const left = rng.chance(0.06) && joined < addDays(today, -300) ? addDays(today, -rng.int(1, 250)) : null;
    const trained = rng.chance(0.03) ? null : minDate(addDays(joined, rng.int(14, 60)), addDays(today, -7));
    const storyTrained = roles.includes("storyteller") && trained ? minDate(addDays(trained, rng.int(90, 400)), addDays(today, -7)) : null;
    const paused = !left && rng.chance(0.05);
    const home = rng.pick(careAreas);
    const mode = rng.next();
    const neighbours = careAreas.filter((a) => a.region === home.region && a !== home);
    const served = mode < 0.5 ? [home] : mode < 0.65 && neighbours.length ? [home, rng.pick(neighbours)] : [];
    const servedMunis = served.length ? [] : rng.shuffle(home.munis).slice(0, rng.int(1, 3));
    const allowed = [...new Set(roles.flatMap((role) => ROLE_FORMATS[role]))];
    const formats = rng.shuffle(allowed).slice(0, rng.int(1, 3)) as Format[];
    const areaIds = rng.shuffle(Array.from({ length: areaCount }, (_, k) => k + 1)).slice(0, rng.int(1, 3));
    const name = `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
    const email = `${name.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z]+/g, ".")}.${id}@example.se`;
    const digital = rng.chance(0.45);
    const cap = rng.pick(roles.includes("peer") ? [2, 2, 3, 3, 4] : [1, 2, 2, 2, 3, 3, 4]);
    const created = `${joined}T08:00:00.000Z`;
    w.insert("people", {
      id, name, alias: null, email, phone: null, joined_on: joined, left_on: left, status: paused ? "paused" : "active",
      paused_until: paused && rng.chance(0.6) ? addDays(today, rng.int(10, 120)) : null, serves_digital: digital ? 1 : 0,
      max_per_month: cap, anonymised_at: null, approved_at: created, created_at: created, updated_at: created,
    });
    for (const role of roles) {
      w.insert("person_roles", { person_id: id, role, title: `${role === "peer" ? "Peer" : role === "book" ? "Levande bok" : "Berättelse"} nr ${id}`, presentation: "Jag berättar om min egen erfarenhet och om mötena med vården som gjorde skillnad." });
    }
    for (const a of areaIds) w.insert("person_experience_areas", { person_id: id, experience_area_id: a });
    for (const f of formats) w.insert("person_formats", { person_id: id, format: f });
    w.insert("person_languages", { person_id: id, language: "sv" });
    if (rng.chance(0.2)) w.insert("person_languages", { person_id: id, language: rng.pick(EXTRA_LANGS) });
    for (const a of served) w.insert("person_service_areas", { person_id: id, care_area_id: a.id, municipality_id: null });
    for (const m of servedMunis) w.insert("person_service_areas", { person_id: id, care_area_id: null, municipality_id: m });
    if (trained) w.insert("training_records", { person_id: id, kind: "basic", completed_on: trained, note: null });
    if (storyTrained) w.insert("training_records", { person_id: id, kind: "storytelling", completed_on: storyTrained, note: null });
    const windows = rng.shuffle([1, 2, 3, 4, 5]).slice(0, rng.int(1, 3)).map((weekday) => {
      const [start_minute, end_minute] = rng.pick(WINDOWS);
      return { weekday, start_minute, end_minute };
    });
    if (rng.chance(0.1)) windows.push({ weekday: 6, start_minute: 600, end_minute: 900 });
    for (const win of windows) w.insert("availability_windows", { person_id: id, ...win });
    const year = today.slice(0, 4);
    if (rng.chance(0.3)) w.insert("availability_exceptions", { person_id: id, kind: "blocked", from_date: `${year}-12-21`, to_date: `${Number(year) + 1}-01-06`, start_minute: null, end_minute: null, note: "Jul" });
    if (rng.chance(0.1)) {
      const from = addDays(today, rng.int(5, 50));
      w.insert("availability_exceptions", { person_id: id, kind: "blocked", from_date: from, to_date: addDays(from, rng.int(2, 9)), start_minute: null, end_minute: null, note: "Resa" });
    }
    if (rng.chance(0.05)) {
      const day = addDays(today, rng.int(5, 50));
      w.insert("availability_exceptions", { person_id: id, kind: "extra", from_date: day, to_date: day, start_minute: 600, end_minute: 840, note: "Extra" });
    }
    const munisServed = served.length ? served.flatMap((a) => a.munis) : servedMunis;
    people.push({ id, name, email, roles, areaIds, formats, munis: munisServed, digital, cap, joined, left, paused, trained, storyTrained, weekdays: windows.map((x) => x.weekday), popularity: 0.01 + 4 * rng.next() ** 4 });
  }
  return people;
}

const minDate = (a: string, b: string) => (a < b ? a : b);

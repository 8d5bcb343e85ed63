// The demo seed: idempotent, deterministic for a given `now`, consistent, and shaped for the goal dashboard.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql, type Kysely } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "../../db/create-db";
import { migrateToLatest } from "../../db/migrate";
import type { Database } from "../../db/schema";
import { DEMO_PASSWORD, seed, stockholmToUtc } from "../../db/seed";
import { isDayOff } from "../../app/domain/holidays";
import { firstContacts } from "../../app/domain/supporter-outreach";
import { instantToLocal } from "../../app/domain/stockholm-time";
import { loadGoalReport } from "../../app/models/goals.server";
import { verifyPassword } from "../../app/utils/password.server";

const NOW = new Date("2026-11-23T10:00:00Z");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "levande-seed-"));
const opened: Kysely<Database>[] = [];

async function freshDb(name: string) {
  const db = createDb(`file:${path.join(dir, `${name}-${process.pid}.db`)}`);
  opened.push(db);
  await migrateToLatest(db);
  return db;
}

const TABLES = [
  "care_areas", "municipalities", "care_units", "people", "person_roles", "experience_areas", "person_experience_areas",
  "person_formats", "person_languages", "person_service_areas", "training_records", "availability_windows",
  "availability_exceptions", "users", "requests", "request_experience_areas", "request_slots", "request_events", "offers",
  "assignments", "feedback", "supporter_contacts", "larcafe_series", "larcafe_sessions",
] as const;

async function counts(db: Kysely<Database>) {
  const result: Record<string, number> = {};
  for (const table of TABLES) {
    const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(db);
    result[table] = Number(rows[0].n);
  }
  return result;
}

async function dump(db: Kysely<Database>) {
  const people = await db.selectFrom("people").select(["id", "name", "email", "joined_on", "left_on"]).orderBy("id").execute();
  const offers = await db
    .selectFrom("offers")
    .select(["id", "request_id", "slot_id", "person_id", "status", "offered_at", "reply_by", "responded_at"])
    .orderBy("id")
    .execute();
  const assignments = await db.selectFrom("assignments").select(["id", "offer_id", "starts_at", "status", "hours"]).orderBy("id").execute();
  const contacts = await db.selectFrom("supporter_contacts").select(["person_id", "care_unit_id", "contacted_on", "kind", "created_at"]).orderBy("id").execute();
  return { people, offers, assignments, contacts };
}

afterAll(async () => {
  for (const db of opened) await db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("stockholmToUtc", () => {
  it.each([
    ["2026-01-15", 600, "2026-01-15T09:00:00.000Z"],
    ["2026-07-01", 600, "2026-07-01T08:00:00.000Z"],
    ["2026-03-29", 600, "2026-03-29T08:00:00.000Z"],
    ["2026-10-25", 600, "2026-10-25T09:00:00.000Z"],
    ["2026-03-27", 780, "2026-03-27T12:00:00.000Z"],
  ])("%s %i minutes is %s", (date, minutes, expected) => {
    expect(stockholmToUtc(date, minutes)).toBe(expected);
  });
});

describe("seed", () => {
  let db: Kysely<Database>;
  let first: Awaited<ReturnType<typeof seed>>;

  it("seeds an empty database once and leaves it alone the second time", async () => {
    db = await freshDb("a");
    first = await seed(db, { now: NOW });
    expect(first.seeded).toBe(true);
    const before = await counts(db);
    const again = await seed(db, { now: NOW });
    expect(again.seeded).toBe(false);
    expect(again.logins).toEqual(first.logins);
    expect(await counts(db)).toEqual(before);
  }, 60_000);

  it("holds the demo region in the expected sizes", async () => {
    const c = await counts(db);
    expect(c.care_areas).toBe(3);
    expect(c.municipalities).toBe(13);
    expect(c.experience_areas).toBe(19);
    expect(c.care_units).toBeGreaterThanOrEqual(28);
    expect(c.care_units).toBeLessThanOrEqual(35);
    const roles = await db.selectFrom("person_roles").select(["role", (eb) => eb.fn.countAll<number>().as("n")]).groupBy("role").execute();
    const byRole = Object.fromEntries(roles.map((r) => [r.role, Number(r.n)]));
    expect(byRole.book).toBeGreaterThanOrEqual(55);
    expect(byRole.peer).toBeGreaterThanOrEqual(20);
    expect(byRole.storyteller).toBeGreaterThanOrEqual(10);
    expect(c.offers).toBeGreaterThan(100);
    expect(c.assignments).toBeGreaterThan(100);
  });

  it("gives every demo experience area an English name, so the catalogue reads in English and answers English words", async () => {
    const areas = await db.selectFrom("experience_areas").select(["name", "name_en"]).execute();
    expect(areas.filter((a) => !a.name_en?.trim())).toEqual([]);
    expect(areas.find((a) => a.name === "ångest och depression")?.name_en).toBe("anxiety and depression");
  });

  it("books no meeting on a Swedish day off: Easter, Ascension, midsommar and the other red days of the domain's calendar", async () => {
    const slots = await db.selectFrom("assignments").select("starts_at").execute();
    expect(slots.length).toBeGreaterThan(100);
    const onDaysOff = slots.map((s) => instantToLocal(new Date(s.starts_at)).date).filter((date) => isDayOff(date));
    expect(onDaysOff).toEqual([]);
  });

  it("creates the demo logins with the demo password, and only they have one", async () => {
    const users = await db.selectFrom("users").selectAll().where("password_hash", "is not", null).orderBy("id").execute();
    expect(users.map((u) => [u.email, u.role])).toEqual(first.logins.map((l) => [l.email, l.role]));
    expect(first.logins.map((l) => l.email)).toEqual(["samordnare@example.se", "enhet@example.se", "volontar@example.se", "stodjare@example.se", "igangsattare@example.se"]);
    expect(first.logins.every((l) => l.password === DEMO_PASSWORD)).toBe(true);
    expect(await verifyPassword(DEMO_PASSWORD, users[0].password_hash!)).toBe(true);
    const [coordinator, requester, volunteer] = users;
    expect(coordinator.name).toBe("Sara Samordnare");
    const unit = await db.selectFrom("care_units").select("name").where("id", "=", requester.care_unit_id!).executeTakeFirstOrThrow();
    expect(unit.name).toBe("Vårdcentralen Huskvarna");
    const roles = await db.selectFrom("person_roles").select("role").where("person_id", "=", volunteer.person_id!).execute();
    expect(roles.map((r) => r.role)).toEqual(expect.arrayContaining(["book", "peer"]));
    const pending = await db.selectFrom("offers").select("id").where("person_id", "=", volunteer.person_id!).where("status", "=", "pending").execute();
    expect(pending.length).toBeGreaterThanOrEqual(1);
    const booked = await db
      .selectFrom("assignments")
      .select("id")
      .where("person_id", "=", volunteer.person_id!)
      .where("status", "=", "booked")
      .where("starts_at", ">", NOW.toISOString())
      .execute();
    expect(booked.length).toBeGreaterThanOrEqual(1);
  });

  it("has two patient supporters, one with the demo login, each with about a contact a month over the last year", async () => {
    const supporters = await db
      .selectFrom("person_roles")
      .innerJoin("people", "people.id", "person_roles.person_id")
      .select(["people.id", "people.name", "people.email", "people.joined_on"])
      .where("person_roles.role", "=", "supporter")
      .orderBy("people.id")
      .execute();
    expect(supporters.map((s) => s.name)).toEqual(["Siv Stödberg", "Pål Kontaktsson"]);
    // They joined as their thirteen months began, so last year counts one month for each, as this year counts each month so far.
    expect(supporters.every((s) => s.email!.endsWith("@example.se") && s.joined_on === "2025-11-01")).toBe(true);
    const login = await db.selectFrom("users").select(["role", "person_id"]).where("email", "=", "stodjare@example.se").executeTakeFirstOrThrow();
    expect(login).toEqual({ role: "volunteer", person_id: supporters[0].id });

    const contacts = await db.selectFrom("supporter_contacts").select(["person_id", "care_unit_id", "contacted_on"]).orderBy("contacted_on").orderBy("id").execute();
    const firsts = firstContacts(contacts.map((c) => ({ personId: c.person_id, careUnitId: c.care_unit_id, contactedOn: c.contacted_on })));
    expect(contacts.every((c) => c.contacted_on >= "2025-11-01" && c.contacted_on <= "2026-11-23")).toBe(true);
    for (const supporter of supporters) {
      const mine = contacts.map((c, index) => ({ ...c, isNew: firsts.has(index) })).filter((c) => c.person_id === supporter.id);
      const months = new Map<string, boolean[]>();
      for (const c of mine) months.set(c.contacted_on.slice(0, 7), [...(months.get(c.contacted_on.slice(0, 7)) ?? []), c.isNew]);
      // November last year to November this year: 13 months, one of them without a contact.
      expect(months.size).toBe(12);
      const newMonths = [...months.values()].filter((m) => m.some(Boolean)).length;
      expect(newMonths).toBeGreaterThanOrEqual(8);
      expect(newMonths).toBeLessThan(12);
      expect([...months.keys()].some((m) => m.startsWith("2025"))).toBe(true);
      expect([...months.keys()].filter((m) => m.startsWith("2026")).length).toBeGreaterThanOrEqual(9);
    }
    const outreach = (await loadGoalReport(db, 2026)).supporterOutreach;
    expect(outreach).toMatchObject({ supporters: 2 });
    expect(outreach.share).toBeGreaterThan(0.5);
    expect(outreach.share).toBeLessThan(1);
    expect((await loadGoalReport(db, 2025)).supporterOutreach).toMatchObject({ supporters: 2, supporterMonths: 4, metMonths: 4 });
  });

  it("has this year's self-efficacy answers, enough to show the 80 % goal's share", async () => {
    const efficacy = (await loadGoalReport(db, 2026)).selfEfficacy;
    expect(efficacy).toMatchObject({ answers: 12, positive: 10, met: true });
    const sources = await db.selectFrom("survey_answers").select("source").distinct().orderBy("source").execute();
    expect(sources.map((s) => s.source)).toEqual(["larcafe", "self_help"]);
  });

  it("is consistent: foreign keys, one assignment per accepted offer, nothing completed in the future", async () => {
    const { rows } = await sql`pragma foreign_key_check`.execute(db);
    expect(rows).toEqual([]);
    const accepted = await db.selectFrom("offers").select((eb) => eb.fn.countAll<number>().as("n")).where("status", "=", "accepted").executeTakeFirstOrThrow();
    const assignments = await db.selectFrom("assignments").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    expect(Number(accepted.n)).toBe(Number(assignments.n));
    const future = await db
      .selectFrom("assignments")
      .select("id")
      .where("status", "in", ["completed", "no_show"])
      .where("ends_at", ">", NOW.toISOString())
      .execute();
    expect(future).toEqual([]);
    const open = await db.selectFrom("requests").select("status").where("status", "in", ["open", "offered", "confirmed"]).execute();
    expect(open.filter((r) => r.status === "open").length).toBeGreaterThanOrEqual(6);
    expect(open.filter((r) => r.status === "offered").length).toBeGreaterThanOrEqual(2);
    expect(open.filter((r) => r.status === "confirmed").length).toBe(2);
  });

  it("leaves the goals with work to do: coverage below 70 %, peer assignments about +10 %", async () => {
    const peerCompleted = async (year: number) => (await loadGoalReport(db, year)).peerAssignments.count;
    const lastYear = await peerCompleted(2025);
    expect(lastYear).toBeGreaterThanOrEqual(46);
    expect(lastYear).toBeLessThanOrEqual(50);
    expect(await peerCompleted(2026)).toBeGreaterThan(lastYear);

    const { share } = (await loadGoalReport(db, 2026)).bookOfferCoverage;
    expect(share).toBeGreaterThanOrEqual(0.45);
    expect(share).toBeLessThan(0.7);
  });

  it("gives identical data for the same `now` in another database", async () => {
    const other = await freshDb("b");
    expect((await seed(other, { now: NOW })).seeded).toBe(true);
    expect(await dump(other)).toEqual(await dump(db));
    expect(await counts(other)).toEqual(await counts(db));
  }, 60_000);
});

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Migrator, sql } from "kysely";
import { createDb } from "../../db/create-db";
import { migrateToLatest } from "../../db/migrate";
import { migrations } from "../../db/migrations";
import { BUSY_POLICY } from "../../db/sqlite-driver";
import { insertCareUnit, insertPerson } from "../../db/insert-rows";

const DOMAIN_TABLES = [
  "users", "care_areas", "municipalities", "care_units", "people", "person_roles", "experience_areas",
  "person_experience_areas", "person_formats", "person_languages", "person_service_areas", "training_records",
  "availability_windows", "availability_exceptions", "requests", "request_slots", "request_experience_areas",
  "request_events", "offers", "assignments", "feedback", "calendar_tokens", "audit_log", "sessions", "invites",
  "login_failures", "outbox", "reminder_opt_outs",
];

function freshFile() {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), "levande-migrate-")), "empty.db");
}

describe("migrations", () => {
  it("create the whole domain on an empty SQLite file, and a second run changes nothing", async () => {
    const db = createDb(`file:${freshFile()}`);
    const applied = await migrateToLatest(db);
    expect(applied.length).toBeGreaterThan(0);
    const tables = await db.introspection.getTables();
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(DOMAIN_TABLES));
    expect(await migrateToLatest(db)).toEqual([]);
    await db.destroy();
  });

  it("open SQLite with WAL, foreign keys, and the busy policy's wait of at least 5 s in place of SQLite's blocking one", async () => {
    const db = createDb(`file:${freshFile()}`);
    const pragma = async (name: string) => (await sql.raw(`pragma ${name}`).execute(db)).rows[0] as Record<string, unknown>;
    expect(Object.values(await pragma("journal_mode"))[0]).toBe("wal");
    expect(Object.values(await pragma("foreign_keys"))[0]).toBe(1);
    expect(Number(Object.values(await pragma("busy_timeout"))[0])).toBe(0);
    expect(BUSY_POLICY.waitMs).toBeGreaterThanOrEqual(5000);
    await db.destroy();
  });

  it("reject a status outside the allowed values and a dangling foreign key", async () => {
    const db = createDb(`file:${freshFile()}`);
    await migrateToLatest(db);
    const now = new Date().toISOString();
    const area = await db.insertInto("care_areas").values({ name: "Jönköping" }).returning("id").executeTakeFirstOrThrow();
    const town = await db.insertInto("municipalities").values({ name: "Habo", care_area_id: area.id }).returning("id").executeTakeFirstOrThrow();
    await expect(
      db.insertInto("care_units").values({ name: "X", municipality_id: town.id, kind: "hospital" as never, created_at: now }).execute(),
    ).rejects.toThrow(/CHECK/);
    await expect(
      db.insertInto("care_units").values({ name: "Y", municipality_id: 999, kind: "other", created_at: now }).execute(),
    ).rejects.toThrow(/FOREIGN KEY/);
    await expect(
      db
        .insertInto("users")
        .values({ email: "a@example.se", name: "A", role: "requester", care_unit_id: null, person_id: null, password_hash: null, created_at: now, disabled_at: null })
        .execute(),
    ).rejects.toThrow(/CHECK/);
    await db.destroy();
  });

  it("turn the Swedish notes the system wrote in request histories into codes, and leave people's own words", async () => {
    const db = createDb(`file:${freshFile()}`);
    const provider = { getMigrations: async () => migrations };
    await new Migrator({ db, provider }).migrateTo("2026_12_06_12_area_names_en");
    await sql`pragma foreign_keys = off`.execute(db);
    const notes = ["Erbjudande avböjt", "Erbjud nästa automatiskt: på", "Automatiskt erbjudande, steg 2 av 3", "Automatiska erbjudanden slut: alla 3 steg gjorda", "Lokalen är bokad"];
    for (const note of notes) await sql`insert into request_events (request_id, status, actor_user_id, note, at) values (1, 'open', null, ${note}, '2026-01-01T00:00:00Z')`.execute(db);
    await migrateToLatest(db);
    const rows = await db.selectFrom("request_events").select(["note", "note_code", "note_step"]).orderBy("id").execute();
    expect(rows).toEqual([
      { note: null, note_code: "offer_declined", note_step: null },
      { note: null, note_code: "auto_next_on", note_step: null },
      { note: null, note_code: "cascade_step", note_step: 2 },
      { note: null, note_code: "cascade_exhausted_steps", note_step: null },
      { note: "Lokalen är bokad", note_code: null, note_step: null },
    ]);
    await db.destroy();
  });

  it("give people the patient supporter role without losing a role, a card version trigger or the role index, and log contacts once", async () => {
    const db = createDb(`file:${freshFile()}`);
    const provider = { getMigrations: async () => migrations };
    await new Migrator({ db, provider }).migrateTo("2026_12_06_25_request_note_codes");
    const unitId = await insertCareUnit(db);
    const personId = await insertPerson(db, { roles: [{ role: "book" }, { role: "peer" }] });
    await migrateToLatest(db);
    const roles = await db.selectFrom("person_roles").select("role").where("person_id", "=", personId).orderBy("role").execute();
    expect(roles.map((r) => r.role)).toEqual(["book", "peer"]);
    const version = async () => (await db.selectFrom("people").select("card_version").where("id", "=", personId).executeTakeFirstOrThrow()).card_version;
    const before = await version();
    await db.insertInto("person_roles").values({ person_id: personId, role: "supporter", title: "" }).execute();
    expect(await version()).toBe(before + 1);
    await expect(db.insertInto("person_roles").values({ person_id: personId, role: "juggler" as never, title: "" }).execute()).rejects.toThrow(/CHECK/);
    const indexes = (await sql<{ name: string }>`select name from sqlite_master where type = 'index' and tbl_name = 'person_roles'`.execute(db)).rows.map((r) => r.name);
    expect(indexes).toContain("person_roles_role");
    const contact = { person_id: personId, care_unit_id: unitId, contacted_on: "2026-03-02", kind: "visit" as const, created_at: new Date().toISOString(), created_by_user_id: null };
    await db.insertInto("supporter_contacts").values(contact).execute();
    await expect(db.insertInto("supporter_contacts").values(contact).execute()).rejects.toThrow(/UNIQUE/);
    await expect(db.insertInto("supporter_contacts").values({ ...contact, kind: "letter" as never }).execute()).rejects.toThrow(/CHECK/);
    await expect(db.insertInto("supporter_contacts").values({ ...contact, contacted_on: "2 mars" }).execute()).rejects.toThrow(/CHECK/);
    await db.destroy();
  });

  it("give people the group starter role without losing a role, a card version trigger or the role index; a group's place is a municipality or digital", async () => {
    const db = createDb(`file:${freshFile()}`);
    const provider = { getMigrations: async () => migrations };
    await new Migrator({ db, provider }).migrateTo("2026_12_06_30_supporters");
    const personId = await insertPerson(db, { roles: [{ role: "book" }, { role: "peer" }, { role: "storyteller" }, { role: "supporter" }] });
    await migrateToLatest(db);
    const roles = await db.selectFrom("person_roles").select("role").where("person_id", "=", personId).orderBy("role").execute();
    expect(roles.map((r) => r.role)).toEqual(["book", "peer", "storyteller", "supporter"]);
    const version = async () => (await db.selectFrom("people").select("card_version").where("id", "=", personId).executeTakeFirstOrThrow()).card_version;
    const before = await version();
    await db.insertInto("person_roles").values({ person_id: personId, role: "starter", title: "Igångsättare" }).execute();
    expect(await version()).toBe(before + 1);
    await db.deleteFrom("person_roles").where("person_id", "=", personId).where("role", "=", "starter").execute();
    expect(await version()).toBe(before + 2);
    await expect(db.insertInto("person_roles").values({ person_id: personId, role: "juggler" as never, title: "" }).execute()).rejects.toThrow(/CHECK/);
    const indexes = (await sql<{ name: string }>`select name from sqlite_master where type = 'index' and tbl_name = 'person_roles'`.execute(db)).rows.map((r) => r.name);
    expect(indexes).toContain("person_roles_role");
    const theme = await db.insertInto("self_help_themes").values({ name: "Ensamhet", created_at: "2026-12-06T10:00:00.000Z" }).returning("id").executeTakeFirstOrThrow();
    const group = { theme_id: theme.id, meeting_place: "Biblioteket", status: "starting" as const, starter_person_id: personId, created_at: "2026-12-06T10:00:00.000Z", created_by_user_id: null, ended_at: null };
    await expect(db.insertInto("self_help_groups").values({ ...group, digital: 1, municipality_id: 1 }).execute()).rejects.toThrow(/CHECK/);
    await expect(db.insertInto("self_help_groups").values({ ...group, digital: 0, municipality_id: null }).execute()).rejects.toThrow(/CHECK/);
    await expect(db.insertInto("self_help_groups").values({ ...group, digital: 1, municipality_id: null, status: "paused" as never }).execute()).rejects.toThrow(/CHECK/);
    await db.insertInto("self_help_groups").values({ ...group, digital: 1, municipality_id: null }).execute();
    await db.destroy();
  });
});

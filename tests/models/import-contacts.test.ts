// The contacts import and the supporter code of the people import, against a real database: all or nothing, safe to repeat.
import { sql } from "kysely";
import { previewImport, runImport } from "~/models/import.server";
import { db } from "~/utils/db.server";
import { ensureMunicipality, insertCareUnit, insertPerson, insertUser } from "../../db/insert-rows";
import { tableCounts } from "../setup/tables";

const NOW = new Date("2026-06-15T10:00:00.000Z");
const HEADER = "email,care_unit,contacted_on,kind,municipality";

const CONTACTS = [
  HEADER,
  "sara@example.se,VC Habo,2026-01-12,besök,",
  "Sara@Example.se,Vårdcentralen Nässjö,2026-02-03,phone,",
  "sara@example.se,Barnmottagningen Ryhov,2026-02-20,möte,Jönköping",
  "tor@example.se,vc habo,2026-03-01,digital,",
  "tor@example.se,VC Habo,2026-03-01,digitalt,",
].join("\n");

async function region() {
  const nassjo = await ensureMunicipality(db(), "Nässjö", "Höglandet");
  const habo = await ensureMunicipality(db(), "Habo", "Jönköping");
  const jonkoping = await ensureMunicipality(db(), "Jönköping", "Jönköping");
  const haboUnit = await insertCareUnit(db(), { name: "VC Habo", municipality_id: habo.id });
  const sara = await insertPerson(db(), { name: "Sara", email: "sara@example.se", roles: [{ role: "supporter" }] });
  const tor = await insertPerson(db(), { name: "Tor", email: "tor@example.se", roles: [{ role: "peer" }, { role: "supporter" }] });
  const bo = await insertPerson(db(), { name: "Bo", email: "bo@example.se", roles: [{ role: "book" }] });
  const userId = await insertUser(db(), { role: "coordinator" });
  return { nassjo, habo, jonkoping, haboUnit, sara, tor, bo, userId };
}


const run = (kind: "people" | "contacts", csv: string, userId: number) => runImport(db(), kind, csv, { actorUserId: userId, now: NOW });
const counts = (c: Partial<Record<string, number>>) => ({ rows: 0, created: 0, updated: 0, unchanged: 0, skipped: 0, careUnitsCreated: 0, careAreasCreated: 0, moved: 0, areasCreated: 0, ...c });

async function contacts() {
  return db()
    .selectFrom("supporter_contacts")
    .innerJoin("care_units", "care_units.id", "supporter_contacts.care_unit_id")
    .select(["person_id", "care_units.name as unit", "care_units.municipality_id", "contacted_on", "supporter_contacts.kind", "created_by_user_id", "supporter_contacts.created_at"])
    .orderBy("supporter_contacts.id")
    .execute();
}

describe("contacts import", () => {
  it("logs each contact, creates unknown units in the municipality the row or the name gives, and audits the import", async () => {
    const { sara, tor, nassjo, jonkoping, habo, userId } = await region();
    const result = await run("contacts", CONTACTS, userId);
    // Tor's two rows are one contact: the same unit (whatever its case), day and kind.
    expect(result).toEqual({ ok: true, counts: counts({ rows: 5, created: 4, skipped: 1, careUnitsCreated: 2 }), newAreas: [], moved: [] });
    const at = NOW.toISOString();
    expect(await contacts()).toEqual([
      { person_id: sara, unit: "VC Habo", municipality_id: habo.id, contacted_on: "2026-01-12", kind: "visit", created_by_user_id: userId, created_at: at },
      { person_id: sara, unit: "Vårdcentralen Nässjö", municipality_id: nassjo.id, contacted_on: "2026-02-03", kind: "phone", created_by_user_id: userId, created_at: at },
      { person_id: sara, unit: "Barnmottagningen Ryhov", municipality_id: jonkoping.id, contacted_on: "2026-02-20", kind: "meeting", created_by_user_id: userId, created_at: at },
      { person_id: tor, unit: "VC Habo", municipality_id: habo.id, contacted_on: "2026-03-01", kind: "digital", created_by_user_id: userId, created_at: at },
    ]);
    expect(await db().selectFrom("care_units").select(["name", "kind"]).where("name", "in", ["Vårdcentralen Nässjö", "Barnmottagningen Ryhov"]).orderBy("name").execute()).toEqual([
      { name: "Barnmottagningen Ryhov", kind: "other" },
      { name: "Vårdcentralen Nässjö", kind: "other" },
    ]);
    expect(await db().selectFrom("audit_log").select(["actor_user_id", "entity", "entity_id"]).execute()).toEqual([{ actor_user_id: userId, entity: "import", entity_id: "contacts" }]);
  });

  it("re-imports the same file without writing anything, even as semicolons with a BOM, and adds only what is new", async () => {
    const { userId, sara } = await region();
    await run("contacts", CONTACTS, userId);
    const before = await tableCounts(db());
    const semicolons = `\uFEFF${CONTACTS.replaceAll(",", ";").replaceAll("\n", "\r\n")}`;
    expect(await run("contacts", semicolons, userId)).toEqual({ ok: true, counts: counts({ rows: 5, skipped: 5 }), newAreas: [], moved: [] });
    expect(await tableCounts(db())).toEqual(before);
    // Another kind of contact the same day is another contact.
    const more = `${CONTACTS}\nsara@example.se,VC Habo,2026-01-12,phone,`;
    expect(await run("contacts", more, userId)).toMatchObject({ ok: true, counts: { created: 1, skipped: 5, careUnitsCreated: 0 } });
    expect((await contacts()).filter((c) => c.person_id === sara && c.unit === "VC Habo").map((c) => c.kind)).toEqual(["visit", "phone"]);
  });

  it("leaves a contact logged by hand alone and counts it as already there", async () => {
    const { userId, sara, haboUnit } = await region();
    await db().insertInto("supporter_contacts").values({ person_id: sara, care_unit_id: haboUnit, contacted_on: "2026-01-12", kind: "visit", created_at: "2026-01-12T12:00:00.000Z", created_by_user_id: null }).execute();
    expect(await run("contacts", CONTACTS, userId)).toMatchObject({ ok: true, counts: { created: 3, skipped: 2 } });
    expect((await contacts())[0]).toMatchObject({ unit: "VC Habo", created_by_user_id: null, created_at: "2026-01-12T12:00:00.000Z" });
  });

  it("counts a contact logged by hand while the file was being checked as already there, and writes it once", async () => {
    const { userId, sara, haboUnit } = await region();
    const result = await runImport(db(), "contacts", CONTACTS, {
      actorUserId: userId,
      now: NOW,
      beforeWrite: async () => {
        await db().insertInto("supporter_contacts").values({ person_id: sara, care_unit_id: haboUnit, contacted_on: "2026-01-12", kind: "visit", created_at: NOW.toISOString(), created_by_user_id: null }).execute();
      },
    });
    expect(result).toMatchObject({ ok: true, counts: { created: 3, skipped: 2 } });
    expect(await contacts()).toHaveLength(4);
  });

  it("rejects a file with bad rows whole: every row's line and reason, file and database problems together, nothing written", async () => {
    const { userId } = await region();
    const before = await tableCounts(db());
    const csv = [
      HEADER,
      "sara@example.se,VC Habo,2026-01-12,visit,",
      "bo@example.se,VC Habo,2026-01-12,visit,",
      "okand@example.se,VC Habo,2026-01-12,visit,",
      "sara@example.se,Mottagningen Solsidan,2026-01-12,visit,",
      "sara@example.se,Habo och Nässjö skolor,2026-01-12,visit,",
      "sara@example.se,Mottagningen Solsidan,2026-01-12,visit,Atlantis",
      "sara@example.se,VC Habo,2026-06-16,visit,",
      "sara@example.se,VC Habo,2026-01-12,mejl,",
      "sara@example.se,Nya mottagningen,2026-01-12,visit,Habo",
      "sara@example.se,Nya mottagningen,2026-01-13,visit,Nässjö",
    ].join("\n");
    const preview = await previewImport(db(), "contacts", csv, { now: NOW });
    expect(preview).toEqual({
      ok: false,
      issues: [
        { line: 3, key: "imports.errors.notSupporter", vars: { email: "bo@example.se" } },
        { line: 4, key: "imports.errors.unknownPerson", vars: { email: "okand@example.se" } },
        { line: 5, key: "imports.errors.unitWithoutMunicipality", vars: { name: "Mottagningen Solsidan" } },
        { line: 6, key: "imports.errors.unitManyMunicipalities", vars: { name: "Habo och Nässjö skolor", municipalities: "Habo, Nässjö" } },
        { line: 7, key: "imports.errors.unknownMunicipality", vars: { name: "Atlantis" } },
        { line: 8, key: "imports.errors.contactDate", vars: { column: "contacted_on", value: "2026-06-16" } },
        { line: 9, key: "imports.errors.contactKind", vars: { column: "kind", value: "mejl" } },
        { line: 11, key: "imports.errors.unitMunicipalityConflict", vars: { name: "Nya mottagningen", municipality: "Habo", line: 10 } },
      ],
    });
    expect(await run("contacts", csv, userId)).toEqual(preview);
    expect(await tableCounts(db())).toEqual(before);
  });

  it("imports 10,000 rows in one go and the same 10,000 again without a write", async () => {
    const { userId } = await region();
    const lines = [HEADER];
    for (let i = 0; i < 10_000; i++) {
      // Five rows a day, each of another kind: 10,000 different contacts from 2020 on.
      const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(i / 5) * 86_400_000).toISOString().slice(0, 10);
      lines.push(`${i % 2 ? "sara" : "tor"}@example.se,Mottagning ${i % 40} Nässjö,${day},${["visit", "meeting", "phone", "digital", "other"][i % 5]},`);
    }
    const first = await run("contacts", lines.join("\n"), userId);
    expect(first).toMatchObject({ ok: true, counts: { rows: 10_000, created: 10_000, skipped: 0, careUnitsCreated: 40 } });
    expect(Number((await sql<{ n: number }>`select count(*) as n from supporter_contacts`.execute(db())).rows[0].n)).toBe(10_000);
    const before = await tableCounts(db());
    expect(await run("contacts", lines.join("\n"), userId)).toMatchObject({ ok: true, counts: { created: 0, skipped: 10_000 } });
    expect(await tableCounts(db())).toEqual(before);
  });
});

describe("the supporter role in the people import", () => {
  const PEOPLE = [
    "email,name,roles,title,experience,municipality,languages,joined_on,left_on,trained_on",
    "ulla@example.se,Ulla Ek,patientstödjare,,,Nässjö,sv,2025-01-01,,",
    "vera@example.se,Vera Berg,supporter|book,Att leva med MS,,,sv,2025-01-01,,",
  ].join("\n");

  it("creates supporters (a supporter-only row without a title), then contacts for them; the same file again changes nothing", async () => {
    await ensureMunicipality(db(), "Nässjö", "Höglandet");
    const userId = await insertUser(db(), { role: "coordinator" });
    expect(await run("people", PEOPLE, userId)).toMatchObject({ ok: true, counts: { created: 2 } });
    const roles = await db().selectFrom("person_roles").innerJoin("people", "people.id", "person_roles.person_id").select(["email", "role", "title"]).orderBy("email").orderBy("role").execute();
    expect(roles).toEqual([
      { email: "ulla@example.se", role: "supporter", title: "Patientstödjare" },
      { email: "vera@example.se", role: "book", title: "Att leva med MS" },
      { email: "vera@example.se", role: "supporter", title: "Patientstödjare" },
    ]);
    const before = await tableCounts(db());
    expect(await run("people", PEOPLE, userId)).toMatchObject({ ok: true, counts: { created: 0, updated: 0, unchanged: 2 } });
    expect(await tableCounts(db())).toEqual(before);

    const contacts = `${HEADER}\nulla@example.se,Vårdcentralen Nässjö,2026-05-04,besök,\nvera@example.se,Vårdcentralen Nässjö,2026-05-05,telefon,\n`;
    expect(await run("contacts", contacts, userId)).toMatchObject({ ok: true, counts: { created: 2, careUnitsCreated: 1 } });
  });

  it("drops the supporter role when a later file leaves it out, and then refuses that person's contacts", async () => {
    await ensureMunicipality(db(), "Nässjö", "Höglandet");
    const userId = await insertUser(db(), { role: "coordinator" });
    await run("people", PEOPLE, userId);
    expect(await run("people", PEOPLE.replace("supporter|book", "book"), userId)).toMatchObject({ ok: true, counts: { updated: 1, unchanged: 1 } });
    const contacts = `${HEADER}\nvera@example.se,Vårdcentralen Nässjö,2026-05-05,telefon,\n`;
    expect(await run("contacts", contacts, userId)).toEqual({ ok: false, issues: [{ line: 2, key: "imports.errors.notSupporter", vars: { email: "vera@example.se" } }] });
  });
});

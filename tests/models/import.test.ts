import { sql } from "kysely";
import { loadGoalReport } from "~/models/goals.server";
import { previewImport, runImport } from "~/models/import.server";
import { db } from "~/utils/db.server";
import { ensureMunicipality, insertCareUnit, insertPerson, insertUser } from "../../db/insert-rows";
import { tableCounts } from "../setup/tables";

const NOW = new Date("2025-02-01T10:00:00.000Z");

const PEOPLE = [
  "email;name;roles;title;experience;municipality;languages;joined_on;left_on;trained_on",
  'Anna@Example.se;Anna Berg;"book|peer";Att leva med smärta;smärta|Cancer;Nässjö;sv|en;2023-02-01;;2023-03-01',
  "bo@example.se;Bo Ek;storyteller;Berättelsen om Bo;;;sv;2022-05-01;2024-06-30;",
].join("\r\n");

const HISTORY = [
  "email,role,care_unit,offered_on,start,end,status",
  "anna@example.se,peer,Vårdcentralen Nässjö,2024-03-20,2024-03-31T10:00,2024-03-31T12:00,completed",
  "anna@example.se,book,VC Habo,2024-10-01,2024-10-27T14:00,2024-10-27T15:30,completed",
  "bo@example.se,book,VC Habo,2024-05-02,,,declined",
  "bo@example.se,book,VC Habo,2024-05-02,,,declined",
  "anna@example.se,peer,VC Habo,2024-11-01,2024-11-20T09:00,2024-11-20T10:00,no_show",
  "anna@example.se,storyteller,VC Habo,2025-01-10,2025-03-01T13:00,2025-03-01T14:00,booked",
].join("\n");

async function region() {
  const nassjo = await ensureMunicipality(db(), "Nässjö", "Höglandet");
  const habo = await ensureMunicipality(db(), "Habo", "Jönköping");
  await db().insertInto("experience_areas").values([{ name: "smärta", active: 1 }, { name: "cancer", active: 1 }, { name: "utmattning", active: 0 }]).execute();
  const haboUnit = await insertCareUnit(db(), { name: "VC Habo", municipality_id: habo.id });
  const userId = await insertUser(db(), { role: "coordinator" });
  return { nassjo, habo, haboUnit, userId };
}


const run = (kind: "people" | "history", csv: string, userId: number) => runImport(db(), kind, csv, { actorUserId: userId, now: NOW });

describe("people import", () => {
  it("creates people with roles, title, areas, municipality, languages, dates and basic training, and audits it", async () => {
    const { nassjo, userId } = await region();
    const result = await run("people", PEOPLE, userId);
    expect(result).toEqual({ ok: true, counts: { rows: 2, created: 2, updated: 0, unchanged: 0, skipped: 0, careUnitsCreated: 0, careAreasCreated: 0, moved: 0, areasCreated: 0 }, newAreas: [], moved: [] });
    const anna = await db().selectFrom("people").selectAll().where("email", "=", "anna@example.se").executeTakeFirstOrThrow();
    expect(anna).toMatchObject({ name: "Anna Berg", joined_on: "2023-02-01", left_on: null, status: "active" });
    const of = (table: "person_roles" | "person_experience_areas" | "person_languages" | "person_service_areas" | "training_records") =>
      db().selectFrom(table).selectAll().where("person_id", "=", anna.id).execute();
    expect((await of("person_roles")).map((r) => [r.role, r.title]).sort()).toEqual([["book", "Att leva med smärta"], ["peer", "Att leva med smärta"]]);
    const areaNames = await db().selectFrom("person_experience_areas").innerJoin("experience_areas", "experience_areas.id", "experience_area_id").select("name").where("person_id", "=", anna.id).execute();
    expect(areaNames.map((a) => a.name).sort()).toEqual(["cancer", "smärta"]);
    expect((await of("person_languages")).map((l) => l.language).sort()).toEqual(["en", "sv"]);
    expect(await of("person_service_areas")).toMatchObject([{ municipality_id: nassjo.id, care_area_id: null }]);
    expect(await of("training_records")).toMatchObject([{ kind: "basic", completed_on: "2023-03-01" }]);
    const bo = await db().selectFrom("people").selectAll().where("email", "=", "bo@example.se").executeTakeFirstOrThrow();
    expect(bo.left_on).toBe("2024-06-30");
    expect(await db().selectFrom("training_records").selectAll().where("person_id", "=", bo.id).execute()).toEqual([]);
    expect(await db().selectFrom("audit_log").selectAll().orderBy("id").execute()).toMatchObject([
      { actor_user_id: userId, entity: "person", entity_id: String(anna.id), action: "create", at: NOW.toISOString() },
      { actor_user_id: userId, entity: "person", entity_id: String(bo.id), action: "create", at: NOW.toISOString() },
      { actor_user_id: userId, entity: "import", entity_id: "people", action: "import", at: NOW.toISOString() },
    ]);
  });

  it("imports the same file twice without changing anything the second time", async () => {
    const { userId } = await region();
    await run("people", PEOPLE, userId);
    const before = await tableCounts(db());
    const again = await run("people", PEOPLE.replace("Anna@Example.se", "anna@example.SE"), userId);
    expect(again).toEqual({ ok: true, counts: { rows: 2, created: 0, updated: 0, unchanged: 2, skipped: 0, careUnitsCreated: 0, careAreasCreated: 0, moved: 0, areasCreated: 0 }, newAreas: [], moved: [] });
    expect(await tableCounts(db())).toEqual(before);
  });

  it("updates a person found by e-mail, keeping presentations of the roles that stay", async () => {
    const { userId } = await region();
    const id = await insertPerson(db(), { name: "Anna B", email: "anna@example.se", roles: [{ role: "book", title: "Gammal titel", presentation: "Min text" }, { role: "storyteller" }], languages: ["sv"] });
    const result = await run("people", PEOPLE, userId);
    expect(result).toMatchObject({ ok: true, counts: { created: 1, updated: 1, unchanged: 0 } });
    expect(await db().selectFrom("people").select(["name", "joined_on"]).where("id", "=", id).executeTakeFirstOrThrow()).toEqual({ name: "Anna Berg", joined_on: "2023-02-01" });
    const roles = await db().selectFrom("person_roles").select(["role", "title", "presentation"]).where("person_id", "=", id).orderBy("role").execute();
    expect(roles).toEqual([
      { role: "book", title: "Att leva med smärta", presentation: "Min text" },
      { role: "peer", title: "Att leva med smärta", presentation: "" },
    ]);
  });

  it("reports unknown municipalities and experience areas (inactive ones too) with their line, and writes nothing", async () => {
    const { userId } = await region();
    const before = await tableCounts(db());
    const csv = [
      "email,name,roles,title,experience,municipality,languages,joined_on,left_on,trained_on",
      "a@example.se,A,book,Titel A,smärta,Nässjö,sv,2023-01-01,,",
      "b@example.se,B,book,Titel B,,Göteborg,sv,2023-01-01,,",
      "c@example.se,C,book,Titel C,smärta;utmattning;sömn,,sv,2023-01-01,,",
    ].join("\n");
    expect(await run("people", csv, userId)).toEqual({
      ok: false,
      issues: [
        { line: 3, key: "imports.errors.unknownMunicipality", vars: { name: "Göteborg" } },
        { line: 4, key: "imports.errors.inactiveExperience", vars: { name: "utmattning" } },
        { line: 4, key: "imports.errors.unknownExperience", vars: { name: "sömn" } },
      ],
    });
    expect(await tableCounts(db())).toEqual(before);
  });
});

describe("history import", () => {
  async function withPeople() {
    const r = await region();
    await run("people", PEOPLE, r.userId);
    const ids = Object.fromEntries((await db().selectFrom("people").select(["id", "email"]).execute()).map((p) => [p.email, p.id]));
    return { ...r, anna: ids["anna@example.se"], bo: ids["bo@example.se"] };
  }

  it("creates historical requests, offers and assignments as the goal definitions read them", async () => {
    const { anna, bo, userId, nassjo, haboUnit } = await withPeople();
    const result = await run("history", HISTORY, userId);
    expect(result).toEqual({ ok: true, counts: { rows: 6, created: 6, updated: 0, unchanged: 0, skipped: 0, careUnitsCreated: 1, careAreasCreated: 0, moved: 0, areasCreated: 0 }, newAreas: [], moved: [] });

    const unit = await db().selectFrom("care_units").selectAll().where("name", "=", "Vårdcentralen Nässjö").executeTakeFirstOrThrow();
    expect(unit).toMatchObject({ municipality_id: nassjo.id, kind: "other" });

    const rows = await db()
      .selectFrom("offers")
      .innerJoin("requests", "requests.id", "offers.request_id")
      .leftJoin("assignments", "assignments.offer_id", "offers.id")
      .leftJoin("request_slots", "request_slots.id", "offers.slot_id")
      .select([
        "offers.person_id", "offers.status as offerStatus", "offers.offered_at", "requests.wanted_role", "requests.status as requestStatus",
        "requests.is_historical", "requests.care_unit_id", "requests.duration_minutes", "requests.submission_key", "assignments.status as assignmentStatus",
        "assignments.starts_at", "assignments.ends_at", "assignments.hours", "request_slots.starts_at as slotStart",
      ])
      .orderBy("offers.id")
      .execute();
    expect(rows).toMatchObject([
      // 31 March 2024, the spring-forward day: 10:00 local is 08:00 UTC.
      { person_id: anna, offerStatus: "accepted", offered_at: "2024-03-20T08:00:00.000Z", wanted_role: "peer", requestStatus: "completed", is_historical: 1, care_unit_id: unit.id, duration_minutes: 120, assignmentStatus: "completed", starts_at: "2024-03-31T08:00:00.000Z", ends_at: "2024-03-31T10:00:00.000Z", hours: 2, slotStart: "2024-03-31T08:00:00.000Z" },
      // 27 October 2024, the fall-back day: 14:00 local is 13:00 UTC.
      { person_id: anna, offerStatus: "accepted", offered_at: "2024-10-01T07:00:00.000Z", wanted_role: "book", requestStatus: "completed", care_unit_id: haboUnit, assignmentStatus: "completed", starts_at: "2024-10-27T13:00:00.000Z", hours: 1.5 },
      { person_id: bo, offerStatus: "declined", offered_at: "2024-05-02T07:00:00.000Z", wanted_role: "book", requestStatus: "cancelled", duration_minutes: 90, assignmentStatus: null, slotStart: null },
      { person_id: bo, offerStatus: "declined", assignmentStatus: null },
      { person_id: anna, offerStatus: "accepted", wanted_role: "peer", requestStatus: "cancelled", assignmentStatus: "no_show", hours: null },
      { person_id: anna, offerStatus: "accepted", wanted_role: "storyteller", requestStatus: "confirmed", assignmentStatus: "booked", starts_at: "2025-03-01T12:00:00.000Z" },
    ]);
    expect(new Set(rows.map((r) => r.submission_key)).size).toBe(6);
    expect(rows.every((r) => r.submission_key?.startsWith("history:"))).toBe(true);

    // As the goal report reads it: one completed peer assignment in 2024 (the no-show does not count), and Anna, the
    // one book, offered; Bo's declined book-request offers do not make him a book (he is a storyteller).
    const report = await loadGoalReport(db(), 2024);
    expect(report.peerAssignments).toMatchObject({ count: 1, uniquePeers: 1, bookedAhead: 0 });
    expect(report.bookOfferCoverage).toMatchObject({ eligible: 1, offered: 1 });
  });

  it("re-imports the same file without writing anything, even as semicolons with a BOM", async () => {
    const { userId } = await withPeople();
    await run("history", HISTORY, userId);
    const before = await tableCounts(db());
    const semicolons = `\uFEFF${HISTORY.replaceAll(",", ";").replaceAll("\n", "\r\n")}`;
    expect(await run("history", semicolons, userId)).toEqual({ ok: true, counts: { rows: 6, created: 0, updated: 0, unchanged: 0, skipped: 6, careUnitsCreated: 0, careAreasCreated: 0, moved: 0, areasCreated: 0 }, newAreas: [], moved: [] });
    expect(await tableCounts(db())).toEqual(before);
    // One more identical declined row is a new offer: the third copy has its own key.
    const more = `${HISTORY}\nbo@example.se,book,VC Habo,2024-05-02,,,declined`;
    expect(await run("history", more, userId)).toMatchObject({ ok: true, counts: { created: 1, skipped: 6 } });
  });

  it("rejects a file with three bad rows, reports each with its line and reason, and writes nothing", async () => {
    const { userId } = await withPeople();
    const before = await tableCounts(db());
    const csv = [
      "email,role,care_unit,offered_on,start,end,status",
      "anna@example.se,peer,VC Habo,2024-03-20,2024-03-31T10:00,2024-03-31T12:00,completed",
      "okand@example.se,peer,VC Habo,2024-03-20,2024-03-31T10:00,2024-03-31T12:00,completed",
      "anna@example.se,peer,Mottagningen Solsidan,2024-03-20,,,declined",
      "anna@example.se,book,VC Habo,2024-04-01,2024-04-10T10:00,2024-04-10T09:00,completed",
      "bo@example.se,book,Vårdcentralen Nässjö,2024-05-02,,,declined",
    ].join("\n");
    const preview = await previewImport(db(), "history", csv);
    expect(preview).toEqual({
      ok: false,
      issues: [
        { line: 3, key: "imports.errors.unknownPerson", vars: { email: "okand@example.se" } },
        { line: 4, key: "imports.errors.unitWithoutMunicipality", vars: { name: "Mottagningen Solsidan" } },
        { line: 5, key: "imports.errors.endBeforeStart", vars: { column: "end", value: "2024-04-10T09:00" } },
      ],
    });
    expect(await run("history", csv, userId)).toEqual(preview);
    expect(await tableCounts(db())).toEqual(before);
  });

  it("refuses a new unit whose name holds two municipalities", async () => {
    const { userId } = await withPeople();
    const csv = "email,role,care_unit,offered_on,start,end,status\nbo@example.se,book,Habo och Nässjö skolor,2024-05-02,,,declined\n";
    expect(await run("history", csv, userId)).toEqual({
      ok: false,
      issues: [{ line: 2, key: "imports.errors.unitManyMunicipalities", vars: { name: "Habo och Nässjö skolor", municipalities: "Habo, Nässjö" } }],
    });
  });

  it("creates a new unit in the municipality of the optional last column, and the same file without it finds the unit", async () => {
    const { userId, habo } = await withPeople();
    const csv = [
      "email,role,care_unit,offered_on,start,end,status,municipality",
      "bo@example.se,book,Habo och Nässjö skolor,2024-05-02,,,declined,Habo",
      "bo@example.se,book,Mottagningen Solsidan,2024-05-03,,,declined,Atlantis",
    ].join("\n");
    expect(await run("history", csv, userId)).toEqual({ ok: false, issues: [{ line: 3, key: "imports.errors.unknownMunicipality", vars: { name: "Atlantis" } }] });
    const good = csv.split("\n").slice(0, 2).join("\n");
    expect(await run("history", good, userId)).toMatchObject({ ok: true, counts: { created: 1, careUnitsCreated: 1 } });
    expect(await db().selectFrom("care_units").select("municipality_id").where("name", "=", "Habo och Nässjö skolor").executeTakeFirst()).toEqual({ municipality_id: habo.id });
    const without = good.replace(",municipality", "").replace(/,Habo$/m, "");
    expect(await run("history", without, userId)).toMatchObject({ ok: true, counts: { created: 0, skipped: 1, careUnitsCreated: 0 } });
  });

  it("previews the counts without writing anything", async () => {
    await withPeople();
    const before = await tableCounts(db());
    expect(await previewImport(db(), "history", HISTORY)).toEqual({ ok: true, counts: { rows: 6, created: 6, updated: 0, unchanged: 0, skipped: 0, careUnitsCreated: 1, careAreasCreated: 0, moved: 0, areasCreated: 0 }, newAreas: [], moved: [] });
    expect(await tableCounts(db())).toEqual(before);
  });
});

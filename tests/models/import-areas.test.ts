// A people import that names experience areas the region does not have yet: refused, or created when asked, never twice.
import { sql } from "kysely";
import { previewImport, runImport } from "~/models/import.server";
import { translate } from "~/i18n";
import { db } from "~/utils/db.server";
import { ensureMunicipality, insertUser } from "../../db/insert-rows";
import { tableCounts } from "../setup/tables";

const NOW = new Date("2026-12-06T10:00:00.000Z");
const HEADER = "email,name,roles,title,experience,municipality,languages,joined_on,left_on,trained_on";
const file = (...rows: string[]) => [HEADER, ...rows].join("\n");

const PEOPLE = file(
  'anna@example.se,Anna Berg,book,Att leva med smärta,"Smärta|Sömn",Nässjö,sv,2023-02-01,,',
  'bo@example.se,Bo Ek,peer,Efter stroke,"sömn ; Stroke",,sv,2023-02-01,,',
);

async function setUp() {
  await ensureMunicipality(db(), "Nässjö", "Höglandet");
  await db().insertInto("experience_areas").values([{ name: "smärta", active: 1 }, { name: "Utmattning", active: 0 }]).execute();
  return insertUser(db(), { role: "coordinator" });
}

async function areasOf(email: string) {
  const rows = await db()
    .selectFrom("person_experience_areas")
    .innerJoin("people", "people.id", "person_experience_areas.person_id")
    .innerJoin("experience_areas", "experience_areas.id", "person_experience_areas.experience_area_id")
    .select("experience_areas.name")
    .where("people.email", "=", email)
    .execute();
  return rows.map((r) => r.name).sort();
}


const run = (csv: string, userId: number, createAreas = false) => runImport(db(), "people", csv, { actorUserId: userId, now: NOW, createAreas });

describe("people import with experience areas that do not exist yet", () => {
  it("without --create-areas refuses each unknown name with a hint at the option, and writes nothing", async () => {
    const userId = await setUp();
    const before = await tableCounts(db());
    const result = await run(PEOPLE, userId);
    expect(result).toEqual({
      ok: false,
      issues: [
        { line: 2, key: "imports.errors.unknownExperience", vars: { name: "Sömn" } },
        { line: 3, key: "imports.errors.unknownExperience", vars: { name: "sömn" } },
        { line: 3, key: "imports.errors.unknownExperience", vars: { name: "Stroke" } },
      ],
    });
    expect(await tableCounts(db())).toEqual(before);
    if (result.ok) return;
    const message = translate("sv", result.issues[0].key, result.issues[0].vars);
    expect(message).toContain("”Sömn” finns inte");
    expect(message).toContain("Skapa de nya erfarenhetsområdena");
    expect(message).toContain("--create-areas");
  });

  it("with --create-areas creates each new name once, active, in the file's first spelling, and lists them", async () => {
    const userId = await setUp();
    const expected = { rows: 2, created: 2, updated: 0, unchanged: 0, skipped: 0, careUnitsCreated: 0, careAreasCreated: 0, moved: 0, areasCreated: 2 };
    const preview = await previewImport(db(), "people", PEOPLE, { createAreas: true });
    expect(preview).toEqual({ ok: true, counts: expected, newAreas: ["Sömn", "Stroke"], moved: [] });
    expect(await db().selectFrom("experience_areas").select("name").execute()).toHaveLength(2);

    expect(await run(PEOPLE, userId, true)).toEqual(preview);
    expect(await db().selectFrom("experience_areas").select(["name", "active"]).orderBy("id").execute()).toEqual([
      { name: "smärta", active: 1 },
      { name: "Utmattning", active: 0 },
      { name: "Sömn", active: 1 },
      { name: "Stroke", active: 1 },
    ]);
    expect(await areasOf("anna@example.se")).toEqual(["smärta", "Sömn"].sort());
    expect(await areasOf("bo@example.se")).toEqual(["Stroke", "Sömn"]);
    const audit = await db().selectFrom("audit_log").select(["actor_user_id", "entity", "action", "details"]).where("entity", "=", "experience_area").execute();
    expect(audit).toEqual([
      { actor_user_id: userId, entity: "experience_area", action: "create", details: JSON.stringify({ name: "Sömn", via: "import" }) },
      { actor_user_id: userId, entity: "experience_area", action: "create", details: JSON.stringify({ name: "Stroke", via: "import" }) },
    ]);

    const before = await tableCounts(db());
    expect(await run(PEOPLE, userId, true)).toMatchObject({ ok: true, counts: { unchanged: 2, areasCreated: 0 }, newAreas: [] });
    expect(await tableCounts(db())).toEqual(before);
  });

  it("never creates a near-duplicate: case, spacing and Unicode form of an existing or earlier name all match it", async () => {
    const userId = await setUp();
    const csv = file(
      'a@example.se,A,book,Titel A,"SMÄRTA|Sma\u0308rta|  smärta ",,sv,2023-01-01,,',
      'b@example.se,B,book,Titel B,"Ångest  och oro",,sv,2023-01-01,,',
      'c@example.se,C,book,Titel C,"a\u030Angest och ORO|ångest och oro",,sv,2023-01-01,,',
    );
    expect(await run(csv, userId, true)).toMatchObject({ ok: true, counts: { created: 3, areasCreated: 1 }, newAreas: ["Ångest och oro"] });
    expect((await db().selectFrom("experience_areas").select("name").orderBy("id").execute()).map((a) => a.name)).toEqual(["smärta", "Utmattning", "Ångest och oro"]);
    expect(await areasOf("a@example.se")).toEqual(["smärta"]);
    expect(await areasOf("c@example.se")).toEqual(["Ångest och oro"]);
  });

  it("refuses an inactive area even with --create-areas, rather than making a second one", async () => {
    const userId = await setUp();
    const before = await tableCounts(db());
    const csv = file("a@example.se,A,book,Titel A,utmattning;Nytt område,,sv,2023-01-01,,");
    const result = await run(csv, userId, true);
    expect(result).toEqual({ ok: false, issues: [{ line: 2, key: "imports.errors.inactiveExperience", vars: { name: "utmattning" } }] });
    expect(await tableCounts(db())).toEqual(before);
    if (!result.ok) expect(translate("sv", result.issues[0].key, result.issues[0].vars)).toContain("inaktivt");
  });

  it("refuses a new area name with control characters or without letters", async () => {
    const userId = await setUp();
    const csv = file('a@example.se,A,book,Titel A,"Sömn\u0007",,sv,2023-01-01,,', "b@example.se,B,book,Titel B,42,,sv,2023-01-01,,");
    expect(await run(csv, userId, true)).toMatchObject({
      ok: false,
      issues: [
        { line: 2, key: "imports.errors.controlCharacters", vars: { column: "experience" } },
        { line: 3, key: "imports.errors.nameLetters", vars: { column: "experience" } },
      ],
    });
  });
});

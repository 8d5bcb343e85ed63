// The region import on its own and as the first step on an empty database: care areas and municipalities upserted by name.
import { sql } from "kysely";
import { previewImport, runImport } from "~/models/import.server";
import { db } from "~/utils/db.server";
import { ensureMunicipality, insertCareUnit, insertPerson, insertUser } from "../../db/insert-rows";
import { tableCounts } from "../setup/tables";

const NOW = new Date("2026-12-06T10:00:00.000Z");

const REGION = ["care_area,municipality", "Höglandet,Nässjö", "Höglandet,Eksjö", "Jönköping,Jönköping", "Jönköping,Habo"].join("\n");

const PEOPLE = [
  "email,name,roles,title,experience,municipality,languages,joined_on,left_on,trained_on",
  "anna@example.se,Anna Berg,book,Att leva med smärta,,Nässjö,sv,2023-02-01,,",
].join("\n");


async function regionNow() {
  return db()
    .selectFrom("municipalities")
    .innerJoin("care_areas", "care_areas.id", "municipalities.care_area_id")
    .select(["municipalities.name as municipality", "care_areas.name as careArea"])
    .orderBy("municipalities.name")
    .execute();
}

const run = (kind: "region" | "people", csv: string, actorUserId: number | null = null) => runImport(db(), kind, csv, { actorUserId, now: NOW });
const counts = (c: Partial<Record<string, number>>) => ({ rows: 0, created: 0, updated: 0, unchanged: 0, skipped: 0, careUnitsCreated: 0, careAreasCreated: 0, moved: 0, areasCreated: 0, ...c });

describe("region import", () => {
  it("on an empty database is what a people import needs first", async () => {
    const refused = await run("people", PEOPLE);
    expect(refused).toEqual({ ok: false, issues: [{ line: 2, key: "imports.errors.unknownMunicipality", vars: { name: "Nässjö" } }] });

    expect(await run("region", REGION)).toEqual({ ok: true, counts: counts({ rows: 4, careAreasCreated: 2, created: 4 }), newAreas: [], moved: [] });
    expect(await regionNow()).toEqual([
      { municipality: "Eksjö", careArea: "Höglandet" },
      { municipality: "Habo", careArea: "Jönköping" },
      { municipality: "Jönköping", careArea: "Jönköping" },
      { municipality: "Nässjö", careArea: "Höglandet" },
    ]);
    expect(await run("people", PEOPLE)).toMatchObject({ ok: true, counts: { created: 1 } });
  });

  it("imports the same file twice and the second time changes nothing, however the names are written", async () => {
    const userId = await insertUser(db(), { role: "coordinator" });
    await run("region", REGION, userId);
    const before = await tableCounts(db());
    const shouted = `\uFEFF${REGION.toUpperCase().replaceAll(",", ";").replaceAll("\n", "\r\n").replace("CARE_AREA;MUNICIPALITY", "care_area;municipality")}`;
    expect(await run("region", shouted, userId)).toEqual({ ok: true, counts: counts({ rows: 4, unchanged: 4 }), newAreas: [], moved: [] });
    expect(await tableCounts(db())).toEqual(before);
    expect((await regionNow()).map((r) => r.municipality)).toEqual(["Eksjö", "Habo", "Jönköping", "Nässjö"]);
  });

  it("adds to an existing region and moves a municipality to the care area the file gives it, keeping its units and people", async () => {
    const userId = await insertUser(db(), { role: "coordinator" });
    const habo = await ensureMunicipality(db(), "Habo", "Jönköping");
    const unit = await insertCareUnit(db(), { name: "VC Habo", municipality_id: habo.id });
    const person = await insertPerson(db(), { email: "bo@example.se", serviceAreas: [{ municipalityId: habo.id }] });
    const csv = ["care_area;municipality", "Södra Vätterbygden;Habo", "södra vätterbygden;Mullsjö", "JÖNKÖPING;Jönköping"].join("\n");

    const preview = await previewImport(db(), "region", csv);
    const expected = { ok: true, counts: counts({ rows: 3, careAreasCreated: 1, created: 2, moved: 1 }), newAreas: [], moved: [{ municipality: "Habo", from: "Jönköping", to: "Södra Vätterbygden" }] };
    expect(preview).toEqual(expected);
    expect(await run("region", csv, userId)).toEqual(expected);

    expect(await regionNow()).toEqual([
      { municipality: "Habo", careArea: "Södra Vätterbygden" },
      { municipality: "Jönköping", careArea: "Jönköping" },
      { municipality: "Mullsjö", careArea: "Södra Vätterbygden" },
    ]);
    expect(await db().selectFrom("care_units").select("municipality_id").where("id", "=", unit).executeTakeFirstOrThrow()).toEqual({ municipality_id: habo.id });
    expect(await db().selectFrom("person_service_areas").select("municipality_id").where("person_id", "=", person).execute()).toEqual([{ municipality_id: habo.id }]);
    // The emptied care area stays: an import adds and moves, it never deletes.
    expect((await db().selectFrom("care_areas").select("name").orderBy("name").execute()).map((a) => a.name)).toEqual(["Jönköping", "Södra Vätterbygden"]);
    expect(await db().selectFrom("audit_log").select(["actor_user_id", "entity", "entity_id", "action", "details"]).orderBy("id").execute()).toEqual([
      { actor_user_id: userId, entity: "municipality", entity_id: String(habo.id), action: "move", details: JSON.stringify({ from: "Jönköping", to: "Södra Vätterbygden", via: "import" }) },
      expect.objectContaining({ actor_user_id: userId, entity: "import", entity_id: "region", action: "import" }),
    ]);
  });

  it("rejects the whole file when a row is bad, reports every bad row, and writes nothing", async () => {
    await ensureMunicipality(db(), "Habo", "Jönköping");
    const before = await tableCounts(db());
    const csv = ["care_area,municipality", "Höglandet,Nässjö", ",Eksjö", "Höglandet,Habo", "Jönköping,nässjö", `Höglandet,${"Å".repeat(81)}`].join("\n");
    expect(await run("region", csv)).toEqual({
      ok: false,
      issues: [
        { line: 3, key: "imports.errors.required", vars: { column: "care_area", value: "" } },
        { line: 5, key: "imports.errors.municipalityTwice", vars: { name: "nässjö", line: 2, careArea: "Höglandet" } },
        { line: 6, key: "imports.errors.tooLong", vars: { column: "municipality", value: `${"Å".repeat(59)}…` } },
      ],
    });
    expect(await tableCounts(db())).toEqual(before);
  });
});

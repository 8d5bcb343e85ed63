// `npm run import`: the CLI's main() called in-process for its behaviour, plus one run as a real child process.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { db } from "~/utils/db.server";
import { main } from "../../scripts/import";
import { ensureMunicipality, insertPerson } from "../../db/insert-rows";
import { runMain, spawnScript } from "../setup/cli";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "levande-import-cli-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** `npm run import -- …` on this test file's database. */
const cli = (...args: string[]) => runMain(main, args);

function file(name: string, content: string | Uint8Array) {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
}

const HEADER = "email;role;care_unit;offered_on;start;end;status";

describe("npm run import", () => {
  it("imports a good history file, prints the counts in Swedish and exits 0; the same file again changes nothing", async () => {
    await ensureMunicipality(db(), "Nässjö", "Höglandet");
    await insertPerson(db(), { name: "Anna", email: "anna@example.se" });
    const csv = file("good.csv", `\uFEFF${HEADER}\r\nanna@example.se;peer;Vårdcentralen Nässjö;2024-03-01;2024-03-10T10:00;2024-03-10T12:00;completed\r\n`);
    const first = await cli("history", csv);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("Historik: ");
    expect(first.stdout).toContain("good.csv är importerad.");
    expect(first.stdout).toContain("Nya erbjudanden (med uppdrag där ett följde): 1");
    expect(first.stdout).toContain("Nya vårdenheter: 1");
    expect(await db().selectFrom("assignments").select(["status", "starts_at"]).execute()).toEqual([{ status: "completed", starts_at: "2024-03-10T09:00:00.000Z" }]);
    const second = await cli("history", csv);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("Redan importerade rader (hoppas över): 1");
    expect(await db().selectFrom("offers").select("id").execute()).toHaveLength(1);
  });

  it("prints every bad row as 'rad N: …', writes nothing and exits 1", async () => {
    await insertPerson(db(), { name: "Anna", email: "anna@example.se" });
    const csv = file(
      "bad.csv",
      [HEADER, "anna@example.se;peer;VC X;2024-03-01;;;done", "anna@example.se;nurse;VC X;2024-03-01;;;declined", "anna@example.se;book;Habo VC;2024-03-01;;;declined"].join("\n"),
    );
    const result = await cli("history", csv);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("importerades inte: 3 fel. Inget har sparats.");
    expect(result.stderr).toContain("rad 2: status: ”done”");
    expect(result.stderr).toContain("rad 3: role: ”nurse”");
    expect(result.stderr).toContain("rad 4: care_unit: vårdenheten ”Habo VC” finns inte");
    expect(await db().selectFrom("requests").select("id").execute()).toEqual([]);
  });

  it("refuses rows dated 1970 or 9999 and a time the spring clock change skips, by line and in Swedish, writing nothing", async () => {
    await ensureMunicipality(db(), "Nässjö", "Höglandet");
    await insertPerson(db(), { name: "Anna", email: "anna@example.se" });
    const csv = file(
      "dates.csv",
      [
        HEADER,
        "anna@example.se;peer;Vårdcentralen Nässjö;1970-01-01;1970-01-01T10:00;1970-01-01T11:00;completed",
        "anna@example.se;peer;Vårdcentralen Nässjö;2024-03-01;9999-12-31T10:00;2024-03-02T11:00;completed",
        "anna@example.se;peer;Vårdcentralen Nässjö;2026-03-20;2026-03-29T02:30;2026-03-29T03:30;completed",
      ].join("\n"),
    );
    const result = await cli("history", csv);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("rad 2: offered_on: ”1970-01-01” – historik kan bara importeras från 2000-01-01 till och med 31 december nästa år.");
    expect(result.stderr).toContain("rad 3: start: ”9999-12-31T10:00” – historik kan bara importeras");
    expect(result.stderr).toContain("rad 4: start: ”2026-03-29T02:30” finns inte – klockan ställs fram en timme till sommartid den natten.");
    expect(await db().selectFrom("assignments").select("id").execute()).toEqual([]);
  });

  it("refuses a file that is not UTF-8 with exit code 1", async () => {
    const csv = file("latin1.csv", Uint8Array.from([...Buffer.from(`${HEADER}\nanna@example.se;peer;V`), 0xe4, ...Buffer.from("rnamo;2024-03-01;;;declined\n")]));
    const result = await cli("history", csv);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("CSV UTF-8");
  });

  it.each([
    [[], "Användning:"],
    [["persons", "x.csv"], "Användning:"],
    [["people"], "Användning:"],
    [["people", "a.csv", "b.csv"], "Användning:"],
    [["people", "x.csv", "--create-area"], "Okänt argument: --create-area"],
    [["region", "x.csv", "--create-areas"], "--create-areas gäller bara people"],
    [["contacts", "x.csv", "--create-areas"], "--create-areas gäller bara people"],
    [["people", path.join(os.tmpdir(), "finns-inte.csv")], "kan inte läsas"],
  ])("answers %j with usage text or a clear error and exit code 2", async (args, message) => {
    const result = await cli(...args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(message);
    if (message !== "kan inte läsas") expect(result.stderr).toContain("npm run import -- people FIL.csv [--create-areas]\n           npm run import -- history FIL.csv\n           npm run import -- contacts FIL.csv");
  });

  it("sets up a region, then imports people creating their new experience areas only with --create-areas", async () => {
    const region = file("region.csv", "care_area,municipality\nHöglandet,Nässjö\nHöglandet,Eksjö\nJönköping,Jönköping\n");
    const first = await cli("region", region);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("Region (sjukvårdsområden och kommuner): ");
    expect(first.stdout).toContain("Nya sjukvårdsområden: 2");
    expect(first.stdout).toContain("Nya kommuner: 3");
    expect((await cli("region", region)).stdout).toContain("Oförändrade kommuner: 3");

    const people = file("people.csv", "email,name,roles,title,experience,municipality,languages,joined_on,left_on,trained_on\nanna@example.se,Anna Berg,book,Att leva med smärta,Smärta|Sömn,Nässjö,sv,2023-02-01,,\n");
    const refused = await cli("people", people);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("rad 2: experience: erfarenhetsområdet ”Smärta” finns inte");
    expect(refused.stderr).toContain("--create-areas");
    expect(await db().selectFrom("people").select("id").execute()).toEqual([]);

    const done = await cli("people", "--create-areas", people);
    expect(done.stderr).toBe("");
    expect(done.code).toBe(0);
    expect(done.stdout).toContain("Nya personer: 1");
    expect(done.stdout).toContain("Nya erfarenhetsområden: 2");
    expect(done.stdout).toContain("  - Smärta\n  - Sömn");
    expect((await db().selectFrom("experience_areas").select(["name", "active"]).orderBy("id").execute())).toEqual([{ name: "Smärta", active: 1 }, { name: "Sömn", active: 1 }]);
  });

  it("imports a supporter's contacts, creating a unit in the file's municipality; the same file again changes nothing", async () => {
    await ensureMunicipality(db(), "Nässjö", "Höglandet");
    const jonkoping = await ensureMunicipality(db(), "Jönköping", "Jönköping");
    await insertPerson(db(), { name: "Sara", email: "sara@example.se", roles: [{ role: "supporter" }] });
    const csv = file(
      "kontakter.csv",
      "\uFEFFemail;care_unit;contacted_on;kind;municipality\r\nsara@example.se;Vårdcentralen Nässjö;2025-03-01;besök;\r\nsara@example.se;Barnmottagningen Ryhov;2025-03-08;telefon;Jönköping\r\n",
    );
    const first = await cli("contacts", csv);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("Kontakter (patientstödjare): ");
    expect(first.stdout).toContain("kontakter.csv är importerad.");
    expect(first.stdout).toContain("Nya kontakter: 2");
    expect(first.stdout).toContain("Nya vårdenheter: 2");
    expect(await db().selectFrom("care_units").select("municipality_id").where("name", "=", "Barnmottagningen Ryhov").executeTakeFirst()).toEqual({ municipality_id: jonkoping.id });
    const second = await cli("contacts", csv);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("Nya kontakter: 0");
    expect(second.stdout).toContain("Kontakter som redan fanns (hoppas över): 2");
    expect(await db().selectFrom("supporter_contacts").select("kind").orderBy("id").execute()).toEqual([{ kind: "visit" }, { kind: "phone" }]);
  });

  it("refuses contacts of someone who is not a supporter and a contact in the future, by line, writing nothing, exit 1", async () => {
    await ensureMunicipality(db(), "Nässjö", "Höglandet");
    await insertPerson(db(), { name: "Bo", email: "bo@example.se", roles: [{ role: "book" }] });
    await insertPerson(db(), { name: "Sara", email: "sara@example.se", roles: [{ role: "supporter" }] });
    const csv = file("kontakter-fel.csv", ["email,care_unit,contacted_on,kind", "bo@example.se,Vårdcentralen Nässjö,2025-03-01,visit", "sara@example.se,Vårdcentralen Nässjö,2999-01-01,visit"].join("\n"));
    const result = await cli("contacts", csv);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("importerades inte: 2 fel. Inget har sparats.");
    expect(result.stderr).toContain("rad 2: email: bo@example.se är inte patientstödjare.");
    expect(result.stderr).toContain("rad 3: contacted_on: ”2999-01-01” – en kontakt kan importeras från 2000-01-01 till och med i dag, inte i framtiden.");
    expect(await db().selectFrom("supporter_contacts").select("id").execute()).toEqual([]);
    expect(await db().selectFrom("care_units").select("id").execute()).toEqual([]);
  });

  it("says which municipalities a region file moved", async () => {
    await ensureMunicipality(db(), "Habo", "Jönköping");
    const result = await cli("region", file("move.csv", "care_area;municipality\nSödra Vätterbygden;Habo\n"));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Flyttade kommuner: 1");
    expect(result.stdout).toContain("  - Habo: Jönköping → Södra Vätterbygden");
  });
});

describe("as a child process", () => {
  it("imports a region file through tsx on the environment's DATABASE_URL, prints the counts and exits 0", async () => {
    const result = await spawnScript("import", ["region", file("smoke.csv", "care_area,municipality\nHöglandet,Eksjö\n")]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toContain("Nya kommuner: 1");
    expect(await db().selectFrom("municipalities").select("name").execute()).toEqual([{ name: "Eksjö" }]);
  });
});

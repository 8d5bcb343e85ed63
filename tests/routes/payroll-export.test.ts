// GET /reports/assignments.csv: the year's completed assignments, one row each, as Swedish Excel wants them.
import { parse } from "csv-parse/sync";
import { localToInstant } from "~/domain/stockholm-time";
import * as route from "~/routes/reports.assignments[.]csv";
import { db } from "~/utils/db.server";
import { insertAssignment, insertCareUnit, insertOffer, insertPerson, insertRequest, insertUser } from "../../db/insert-rows";
import { cookieFor, getRequest } from "../setup/http";
import { expectCoordinatorOnly, signedIn } from "./plan-helpers";
import type { AssignmentStatus, Role } from "~/domain/vocabulary";

async function job(personId: number, unitId: number, role: Role, start: Date, status: AssignmentStatus, pay: { hours?: number; sek?: number; km?: number } = {}) {
  const request = await insertRequest(db(), {
    care_unit_id: unitId,
    wanted_role: role,
    status: "completed",
    slots: [{ starts_at: start.toISOString(), ends_at: new Date(start.getTime() + 5_400_000).toISOString() }],
  });
  const offerId = await insertOffer(db(), { person_id: personId, request_id: request.id, status: "accepted" });
  await insertAssignment(db(), { offer_id: offerId, status, hours: pay.hours ?? null, compensation_sek: pay.sek ?? null, travel_km: pay.km ?? null });
}

async function download(path: string, cookie: string) {
  const response = (await route.loader({ request: getRequest(path, { cookie }), params: {}, context: {} } as never)) as Response;
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { response, bytes, text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes) };
}

describe("GET /reports/assignments.csv", () => {
  it("lists the year's completed assignments by local date with a BOM, semicolons and guarded cells", async () => {
    const unit = await insertCareUnit(db(), { name: "=HYPERLINK(\"http://evil\")" });
    const other = await insertCareUnit(db(), { name: "Vårdcentralen Ryhov; Jönköping" });
    const anna = await insertPerson(db(), { name: "Anna Andersson" });
    const erased = await insertPerson(db(), { name: "", anonymised_at: "2026-05-01T00:00:00.000Z", roles: [{ role: "peer" }] });
    await job(anna, unit, "book", localToInstant("2026-12-31", 23 * 60 + 30), "completed", { hours: 1.5, sek: 500, km: 12.5 });
    await job(erased, other, "peer", localToInstant("2026-02-01", 600), "completed", { hours: 2, sek: 1000 });
    await job(anna, other, "book", localToInstant("2026-03-01", 600), "cancelled");
    await job(anna, other, "book", localToInstant("2026-03-02", 600), "no_show");
    await job(anna, other, "book", localToInstant("2026-03-03", 600), "booked");
    await job(anna, other, "book", localToInstant("2025-12-31", 22 * 60), "completed");
    const { cookie } = await signedIn("coordinator");

    const { response, bytes, text } = await download("/reports/assignments.csv?year=2026", cookie);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="levande-uppdrag-2026.csv"');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(parse(text.slice(1), { delimiter: ";" })).toEqual([
      ["Datum", "Person", "Roll", "Vårdenhet", "Timmar", "Ersättning (kr)", "Resa (km)"],
      ["2026-02-01", `Anonymiserad #${erased}`, "Peer", "Vårdcentralen Ryhov; Jönköping", "2", "1000", ""],
      ["2026-12-31", "Anna Andersson", "Bok", "'=HYPERLINK(\"http://evil\")", "1,5", "500", "12,5"],
    ]);
  });

  it("names an anonymised person in the coordinator's language", async () => {
    const erased = await insertPerson(db(), { name: "", anonymised_at: "2026-05-01T00:00:00.000Z", roles: [{ role: "peer" }] });
    await job(erased, await insertCareUnit(db()), "peer", localToInstant("2026-02-01", 600), "completed");
    const cookie = await cookieFor(await insertUser(db(), { role: "coordinator", locale: "en" }));
    const { text } = await download("/reports/assignments.csv?year=2026", cookie);
    expect(parse(text.slice(1), { delimiter: ";" })[1].slice(0, 3)).toEqual(["2026-02-01", `Anonymised #${erased}`, "Peer"]);
  });

  it("answers a header only for a year without assignments and 400 for a bad year", async () => {
    const { cookie } = await signedIn("coordinator");
    const empty = await download("/reports/assignments.csv?year=2030", cookie);
    expect(parse(empty.text.slice(1), { delimiter: ";" })).toHaveLength(1);
    const bad = await download("/reports/assignments.csv?year=30", cookie);
    expect(bad.response.status).toBe(400);
    expect(bad.text).toBe("Ange ett år med fyra siffror mellan 2000 och 2100.");
  });

  it("is for coordinators only", async () => {
    await expectCoordinatorOnly("/reports/assignments.csv?year=2026", route);
  });
});

// The printable goal report shows the same figures as the JSON report, for coordinators only, and a bad year is a 400.
import { localToInstant } from "~/domain/stockholm-time";
import * as printable from "~/routes/coordinator.goals.report";
import * as goalsJson from "~/routes/reports.goals[.]json";
import { db } from "~/utils/db.server";
import { insertOffer, insertPerson, insertRequest } from "../../db/insert-rows";
import { call, getRequest } from "../setup/http";
import { expectCoordinatorOnly, signedIn } from "./plan-helpers";

async function json(path: string, cookie: string) {
  const response = (await goalsJson.loader({ request: getRequest(path, { cookie }), params: {}, context: {} } as never)) as Response;
  return response.json();
}

describe("/coordinator/goals/report", () => {
  it("reports the year asked for with the JSON report's figures", async () => {
    const offered = await insertPerson(db(), { joined_on: "2020-01-01" });
    await insertPerson(db(), { joined_on: "2020-01-01" });
    const request = await insertRequest(db(), { wanted_role: "book", is_historical: 1, status: "completed" });
    await insertOffer(db(), { person_id: offered, request_id: request.id, offered_at: localToInstant("2025-05-01", 600).toISOString(), status: "declined" });
    const { cookie } = await signedIn("coordinator");
    const page = await call(printable.loader as never, getRequest("/coordinator/goals/report?year=2025", { cookie }));
    expect(page.status).toBe(200);
    expect(page.data.goals.report).toEqual(await json("/reports/goals.json?year=2025", cookie));
    expect(page.data.goals.report.bookOfferCoverage).toMatchObject({ eligible: 2, offered: 1 });
    expect(page.data.isCurrentYear).toBe(false);
    // Counted, but not named: the printout leaves the building.
    expect(page.data.goals.notOfferedCount).toBe(1);
    expect(page.data.goals.notOffered).toEqual([]);
  });

  it("answers a bad year with 400 and a message, showing this year meanwhile", async () => {
    const { cookie } = await signedIn("coordinator");
    const bad = await call(printable.loader as never, getRequest("/coordinator/goals/report?year=1800", { cookie }));
    expect(bad.status).toBe(400);
    expect(bad.data.yearError).toMatch(/^goals\./);
    expect(bad.data.isCurrentYear).toBe(true);
  });

  it("is for coordinators only", async () => {
    await expectCoordinatorOnly("/coordinator/goals/report", printable);
  });
});

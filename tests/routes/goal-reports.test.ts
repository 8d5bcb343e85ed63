// The goal figures three ways on one SQLite file — GET /reports/goals.json, `npm run report` and the dashboard — must agree.
import { localToInstant } from "~/domain/stockholm-time";
import { loadGoalReport } from "~/models/goals.server";
import * as dashboard from "~/routes/coordinator._index";
import * as goalsJson from "~/routes/reports.goals[.]json";
import { db } from "~/utils/db.server";
import { main as report } from "../../scripts/report";
import { insertAssignment, insertCareUnit, insertOffer, insertPerson, insertRequest } from "../../db/insert-rows";
import { runMain, spawnScript } from "../setup/cli";
import { call, getRequest } from "../setup/http";
import { expectCoordinatorOnly, signedIn } from "./plan-helpers";
import type { AssignmentStatus, OfferStatus, Role } from "~/domain/vocabulary";

async function fetchJson(path: string, cookie: string) {
  const response = (await goalsJson.loader({ request: getRequest(path, { cookie }), params: {}, context: {} } as never)) as Response;
  return { status: response.status, type: response.headers.get("Content-Type"), body: await response.json() };
}
const at = (date: string, minute = 600) => localToInstant(date, minute).toISOString();

async function offered(personId: number, role: Role, date: string, status: OfferStatus = "declined") {
  const request = await insertRequest(db(), { wanted_role: role, is_historical: 1, status: "completed" });
  return insertOffer(db(), { person_id: personId, request_id: request.id, offered_at: at(date), status });
}

async function assignment(personId: number, role: Role, start: string, status: AssignmentStatus) {
  const request = await insertRequest(db(), {
    wanted_role: role,
    is_historical: 1,
    status: "completed",
    slots: [{ starts_at: start, ends_at: new Date(Date.parse(start) + 3_600_000).toISOString() }],
  });
  const offerId = await insertOffer(db(), { person_id: personId, request_id: request.id, offered_at: at("2025-01-02"), status: "accepted" });
  return insertAssignment(db(), { offer_id: offerId, status });
}

/** 2026: 4 eligible books of which 2 offered a book request (one of them declined, one withdrawn); 3 peer jobs done of 2 in 2025. */
async function region() {
  const books = [];
  for (let i = 0; i < 3; i++) books.push(await insertPerson(db(), { joined_on: "2020-01-01" }));
  const bookAndPeer = await insertPerson(db(), { joined_on: "2020-01-01", roles: [{ role: "book" }, { role: "peer" }] });
  await insertPerson(db(), { joined_on: "2020-01-01", left_on: "2025-12-31" });
  await insertPerson(db(), { joined_on: "2027-01-01" });
  const peer = await insertPerson(db(), { joined_on: "2020-01-01", roles: [{ role: "peer" }] });
  await offered(books[0], "book", "2026-03-01", "declined");
  await offered(books[1], "book", "2026-12-31", "withdrawn");
  await offered(bookAndPeer, "peer", "2026-04-01", "expired");
  await offered(books[2], "book", "2025-12-31");
  await assignment(peer, "peer", at("2025-05-05"), "completed");
  await assignment(bookAndPeer, "peer", at("2025-12-31", 23 * 60 + 30), "completed");
  await assignment(peer, "peer", at("2026-01-01", 0), "completed");
  await assignment(peer, "peer", at("2026-02-01"), "completed");
  await assignment(bookAndPeer, "peer", at("2026-03-01"), "completed");
  await assignment(peer, "peer", at("2026-04-01"), "cancelled");
  await assignment(peer, "peer", at("2026-04-02"), "no_show");
  await assignment(peer, "peer", at("2026-12-20"), "booked");
  await supporters();
}

/**
 * 2026: one supporter all year (new units in January and June; the unit of 1 January was first met in 2025) and one who
 * left on 31 March (a new unit in February): 15 supporter-months, 3 met, 3 new units.
 */
async function supporters() {
  const [u1, u2, u3] = [await insertCareUnit(db()), await insertCareUnit(db()), await insertCareUnit(db())];
  const allYear = await insertPerson(db(), { joined_on: "2020-01-01", roles: [{ role: "supporter" }] });
  const leaves = await insertPerson(db(), { joined_on: "2020-01-01", left_on: "2026-03-31", roles: [{ role: "supporter" }] });
  const contacts: [number, number, string][] = [
    [allYear, u1, "2025-11-03"],
    [allYear, u1, "2026-01-01"],
    [allYear, u2, "2026-01-15"],
    [allYear, u3, "2026-06-10"],
    [allYear, u3, "2026-07-10"],
    [leaves, u1, "2026-02-02"],
  ];
  for (const [person_id, care_unit_id, contacted_on] of contacts) {
    await db().insertInto("supporter_contacts").values({ person_id, care_unit_id, contacted_on, kind: "visit", created_at: new Date().toISOString(), created_by_user_id: null }).execute();
  }
}

const expected2026 = {
  year: 2026,
  bookOfferCoverage: { eligible: 4, offered: 2, share: 0.5, target: 0.7, met: false },
  peerAssignments: { count: 3, previousYear: 2, growth: 0.5, target: 0.3, met: true, uniquePeers: 2, bookedAhead: 1 },
  supporterOutreach: { supporters: 2, supporterMonths: 15, metMonths: 3, share: 0.2, target: 1, met: false, newUnits: 3 },
};

describe("goal reports", () => {
  it("answers the JSON report, the CLI and the dashboard with the same figures", async () => {
    await region();
    const { cookie } = await signedIn("coordinator");

    const json = await fetchJson("/reports/goals.json?year=2026", cookie);
    expect(json.status).toBe(200);
    expect(json.type).toContain("application/json");
    const fromJson = json.body;
    expect(fromJson).toEqual(expected2026);
    // DESIGN.md: the existing keys keep their place and the plan's other goals come after them.
    expect(Object.keys(fromJson)).toEqual(["year", "bookOfferCoverage", "peerAssignments", "supporterOutreach"]);

    const cli = await runMain(report, ["--year", "2026", "--json"]);
    expect(cli.code).toBe(0);
    expect(JSON.parse(cli.stdout)).toEqual(fromJson);

    const page = await call(dashboard.loader as never, getRequest("/coordinator?year=2026", { cookie }));
    expect(page.status).toBe(200);
    expect(page.data.goals.report).toEqual(fromJson);
  });

  it("counts the supporters' months up to the month it already is in Stockholm, not in UTC", async () => {
    await insertPerson(db(), { joined_on: "2020-01-01", roles: [{ role: "supporter" }] });
    const months = async (now: string) => (await loadGoalReport(db(), 2027, new Date(now))).supporterOutreach.supporterMonths;
    expect(await months("2026-12-31T22:30:00Z")).toBe(0);
    expect(await months("2026-12-31T23:30:00Z")).toBe(1);
  });

  it("prints a Swedish summary from the CLI without --json, also as the child process npm run report starts", async () => {
    await region();
    const cli = await spawnScript("report", ["--year", "2026"]);
    expect(cli).toMatchObject({ code: 0, stderr: "" });
    const stdout = cli.stdout.replaceAll("\u00a0", " ");
    expect(stdout).toContain("Målrapport för 2026");
    expect(stdout).toContain("2 av 4 (50 %)");
    expect(stdout).toContain("3 genomförda (förra året 2), ökning +50 %");
    expect(stdout).toContain("Patientstödjare med en ny enhet i månaden: 3 av 15 stödjarmånader (20 %), 2 patientstödjare, 3 nya enheter – inte nått.");
  });

  it("refuses a bad year with a clear message: 400 from the JSON, exit code 2 from the CLI", async () => {
    const { cookie } = await signedIn("coordinator");
    const json = await fetchJson("/reports/goals.json?year=20x6", cookie);
    expect(json.status).toBe(400);
    expect(json.body).toEqual({ error: "Ange ett år med fyra siffror mellan 2000 och 2100." });
    for (const args of [["--year", "1850"], ["--year"], ["--year", "2026", "--csv"]]) {
      const failure = await runMain(report, args);
      expect(failure.code).toBe(2);
      expect(failure.stderr).toContain("Användning: npm run report -- --year ÅÅÅÅ [--json]");
    }
  });

  it("shows the dashboard for this year by default and keeps it on a bad year, answering 400", async () => {
    const { cookie } = await signedIn("coordinator");
    const year = Number(new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric" }).format(new Date()));
    const page = await call(dashboard.loader as never, getRequest("/coordinator", { cookie }));
    expect(page.data.goals.year).toBe(year);
    // The start page opens with the work queue, counted as the queue lists show it.
    expect(page.data.queue).toEqual({ newRequests: 0, expiringOffers: 0, cascadeExhausted: 0, cancellations: 0, cardsToApprove: 0 });
    const bad = await call(dashboard.loader as never, getRequest("/coordinator?year=abc", { cookie }));
    expect(bad.status).toBe(400);
    expect(bad.data).toMatchObject({ yearError: "goals.error.year", goals: { year } });
  });

  it("is for coordinators only", async () => {
    await expectCoordinatorOnly("/reports/goals.json", goalsJson);
    await expectCoordinatorOnly("/coordinator", dashboard);
  });
});

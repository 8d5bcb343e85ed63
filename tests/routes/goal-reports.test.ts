// The goal figures three ways on one SQLite file — GET /reports/goals.json, `npm run report` and the dashboard — must agree.
import { localToInstant } from "~/domain/stockholm-time";
import { loadGoalReport } from "~/models/goals.server";
import * as dashboard from "~/routes/coordinator._index";
import * as goalsJson from "~/routes/reports.goals[.]json";
import { db } from "~/utils/db.server";
import { main as report } from "../../scripts/report";
import { ensureMunicipality, insertAssignment, insertCareUnit, insertOffer, insertPerson, insertRequest } from "../../db/insert-rows";
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
  await planGroups();
}

/**
 * 2026: a digital self-help group started (its first meeting in March; one cancelled in 2025 does not make it older), a
 * group planned for 2027, a Lärcafé in Värnamo with two sessions held and one in Jönköping with one; 6 answers, 5 positive.
 */
async function planGroups() {
  const theme = await db().insertInto("self_help_themes").values({ name: "Ensamhet", created_at: at("2025-01-01") }).returning("id").executeTakeFirstOrThrow();
  const group = async (firsts: [string, boolean][]) => {
    const { id } = await db()
      .insertInto("self_help_groups")
      .values({ theme_id: theme.id, digital: 1, municipality_id: null, meeting_place: "Länk", status: "starting", created_at: at("2025-01-01") })
      .returning("id")
      .executeTakeFirstOrThrow();
    for (const [i, [date, cancelled]] of firsts.entries()) {
      await db()
        .insertInto("self_help_group_meetings")
        .values({ group_id: id, number: i + 1, starts_at: at(date, 1080), ends_at: at(date, 1200), with_starter: 1, cancelled_at: cancelled ? at(date) : null })
        .execute();
    }
  };
  await group([["2025-12-10", true], ["2026-03-10", false]]);
  await group([["2027-01-10", false]]);
  const area = (await db().insertInto("experience_areas").values({ name: "Diabetes" }).returning("id").executeTakeFirstOrThrow()).id;
  const cafe = async (municipality: string, careArea: string, dates: string[]) => {
    const unit = await insertCareUnit(db(), { municipality_id: (await ensureMunicipality(db(), municipality, careArea)).id });
    const { id } = await db()
      .insertInto("larcafe_series")
      .values({ title: "Lärcafé", experience_area_id: area, care_unit_id: unit, digital: 0, municipality_id: (await ensureMunicipality(db(), municipality, careArea)).id, address: "Storgatan 1", audience: "patients", audience_size: 10, contact_name: "Kim", contact_phone: "070-000 00 00", created_at: at("2026-01-01") })
      .returning("id")
      .executeTakeFirstOrThrow();
    for (const date of dates) await db().insertInto("larcafe_sessions").values({ series_id: id, starts_at: at(date, 780), ends_at: at(date, 900), request_id: null }).execute();
  };
  await cafe("Värnamo", "Värnamo", ["2026-02-01", "2026-03-01"]);
  await cafe("Eksjö", "Höglandet", ["2026-02-01"]);
  for (const score of [5, 4, 4, 5, 2, 4]) await db().insertInto("survey_answers").values({ source: "self_help", score, comment: null, submitted_at: at("2026-05-05") }).execute();
  await db().insertInto("survey_answers").values({ source: "larcafe", score: 1, comment: null, submitted_at: at("2025-05-05") }).execute();
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
  groups: {
    selfHelpStarted: 1,
    selfHelpDigitalStarted: 1,
    larcafeStarted: 2,
    larcafeDigitalStarted: 0,
    recurringLarcafeByCareArea: { Höglandet: 0, Jönköping: 0, Värnamo: 1 },
  },
  selfEfficacy: { answers: 6, positive: 5, share: 5 / 6, target: 0.8, met: true },
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
    expect(Object.keys(fromJson)).toEqual(["year", "bookOfferCoverage", "peerAssignments", "supporterOutreach", "groups", "selfEfficacy"]);

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
    expect(stdout).toContain("Grupper startade: 1 självhjälpsgrupper (1 digitala), 2 Lärcaféer (0 digitala).");
    expect(stdout).toContain("Återkommande Lärcaféer per vårdområde (mål 2): Höglandet 0, Jönköping 0, Värnamo 1.");
    expect(stdout).toContain("Större tilltro till egen förmåga (svar 4–5): 5 av 6 svar (83 %), mål 80 % – nått.");
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

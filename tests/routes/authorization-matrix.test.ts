// Every route, every role: the expected status. A new route fails this test until it is added here.
import path from "node:path";
import { insertPerson, insertUser } from "../../db/insert-rows";
import { db } from "~/utils/db.server";
import { call, cookieFor, getRequest, postRequest } from "../setup/http";

type Who = "anonymous" | "coordinator" | "requester" | "volunteer";
type Expect = Record<Who, number>;

const modules = import.meta.glob<Record<string, any>>("../../app/routes/*.{ts,tsx}", { eager: true });
const routes = Object.fromEntries(Object.entries(modules).map(([file, mod]) => [path.basename(file).replace(/\.tsx?$/, ""), mod]));

const everyone = (status: number): Expect => ({ anonymous: status, coordinator: status, requester: status, volunteer: status });
const only = (role: Exclude<Who, "anonymous">, status = 200): Expect => ({
  anonymous: 302,
  coordinator: 403,
  requester: 403,
  volunteer: 403,
  [role]: status,
});

interface Case {
  route: string;
  path: string;
  method: "GET" | "POST";
  params?: Record<string, string>;
  expect: Expect;
}

const MATRIX: Case[] = [
  { route: "_index", path: "/", method: "GET", expect: { ...everyone(302), anonymous: 200 } },
  { route: "login", path: "/login", method: "GET", expect: { ...everyone(302), anonymous: 200 } },
  { route: "login", path: "/login", method: "POST", expect: everyone(400) },
  { route: "logout", path: "/logout", method: "GET", expect: everyone(302) },
  { route: "logout", path: "/logout", method: "POST", expect: everyone(302) },
  // Sign-in with SITHS/e-tjänstekort: nothing starts on GET; without OIDC_ISSUER (as here) both ends are 404 (tests/routes/oidc.test.ts covers them configured).
  { route: "auth.oidc", path: "/auth/oidc", method: "GET", expect: everyone(302) },
  { route: "auth.oidc", path: "/auth/oidc", method: "POST", expect: everyone(404) },
  { route: "auth.oidc_.callback", path: "/auth/oidc/callback", method: "GET", expect: everyone(404) },
  { route: "language", path: "/language", method: "GET", expect: everyone(302) },
  { route: "language", path: "/language", method: "POST", expect: everyone(302) },
  { route: "healthz", path: "/healthz", method: "GET", expect: everyone(200) },
  { route: "floor", path: "/floor", method: "GET", expect: everyone(200) },
  { route: "accessibility", path: "/accessibility", method: "GET", expect: everyone(200) },
  { route: "$", path: "/finns-inte", method: "GET", params: { "*": "finns-inte" }, expect: everyone(404) },
  { route: "invite.$token", path: "/invite/x", method: "GET", params: { token: "x".repeat(43) }, expect: everyone(410) },
  { route: "invite.$token", path: "/invite/x", method: "POST", params: { token: "x".repeat(43) }, expect: everyone(410) },
  { route: "forgot-password", path: "/forgot-password", method: "GET", expect: { ...everyone(302), anonymous: 200 } },
  // An empty body is a field error for anyone; the same answer whether or not the address exists.
  { route: "forgot-password", path: "/forgot-password", method: "POST", expect: everyone(400) },
  { route: "reset-password.$token", path: "/reset-password/x", method: "GET", params: { token: "x".repeat(43) }, expect: everyone(410) },
  { route: "reset-password.$token", path: "/reset-password/x", method: "POST", params: { token: "x".repeat(43) }, expect: everyone(410) },
  { route: "account.password", path: "/account/password", method: "GET", expect: { ...everyone(200), anonymous: 302 } },
  { route: "account.password", path: "/account/password", method: "POST", expect: { ...everyone(400), anonymous: 302 } },
  { route: "admin.people._index", path: "/admin/people", method: "GET", expect: only("coordinator") },
  { route: "admin.people._index", path: "/admin/people?godkannande=1", method: "GET", expect: only("coordinator") },
  { route: "admin.people.new", path: "/admin/people/new", method: "GET", expect: only("coordinator") },
  { route: "admin.people.new", path: "/admin/people/new", method: "POST", expect: only("coordinator", 400) },
  { route: "admin.people.$personId", path: "/admin/people/999999", method: "GET", params: { personId: "999999" }, expect: only("coordinator", 404) },
  { route: "admin.people.$personId", path: "/admin/people/999999", method: "POST", params: { personId: "999999" }, expect: only("coordinator", 404) },
  { route: "admin.people.$personId_.profile", path: "/admin/people/999999/profile", method: "GET", params: { personId: "999999" }, expect: only("coordinator", 404) },
  { route: "admin.people.$personId_.profile", path: "/admin/people/999999/profile", method: "POST", params: { personId: "999999" }, expect: only("coordinator", 404) },
  { route: "admin.people.$personId_.privacy", path: "/admin/people/999999/privacy", method: "GET", params: { personId: "999999" }, expect: only("coordinator", 404) },
  { route: "admin.people.$personId_.privacy", path: "/admin/people/999999/privacy", method: "POST", params: { personId: "999999" }, expect: only("coordinator", 404) },
  { route: "admin.people.$personId_.export[.]json", path: "/admin/people/999999/export.json", method: "GET", params: { personId: "999999" }, expect: everyone(405) },
  { route: "admin.people.$personId_.export[.]json", path: "/admin/people/999999/export.json", method: "POST", params: { personId: "999999" }, expect: only("coordinator", 404) },
  { route: "admin.units._index", path: "/admin/units", method: "GET", expect: only("coordinator") },
  { route: "admin.units._index", path: "/admin/units", method: "POST", expect: only("coordinator", 400) },
  { route: "admin.units.$unitId", path: "/admin/units/999999", method: "GET", params: { unitId: "999999" }, expect: only("coordinator", 404) },
  // An empty body is refused before the unit is looked up.
  { route: "admin.units.$unitId", path: "/admin/units/999999", method: "POST", params: { unitId: "999999" }, expect: only("coordinator", 400) },
  { route: "admin.areas", path: "/admin/areas", method: "GET", expect: only("coordinator") },
  { route: "admin.areas", path: "/admin/areas", method: "POST", expect: only("coordinator", 400) },
  { route: "admin.users", path: "/admin/users", method: "GET", expect: only("coordinator") },
  { route: "admin.users", path: "/admin/users", method: "POST", expect: only("coordinator", 400) },
  { route: "admin.import", path: "/admin/import", method: "GET", expect: only("coordinator") },
  { route: "admin.import", path: "/admin/import", method: "POST", expect: only("coordinator", 400) },
  { route: "admin.outbox", path: "/admin/outbox", method: "GET", expect: only("coordinator") },
  { route: "admin.outbox", path: "/admin/outbox", method: "POST", expect: only("coordinator", 400) },
  { route: "admin.settings", path: "/admin/settings", method: "GET", expect: only("coordinator") },
  { route: "admin.settings", path: "/admin/settings", method: "POST", expect: only("coordinator", 400) },
  { route: "coordinator._index", path: "/coordinator", method: "GET", expect: only("coordinator") },
  { route: "reports.goals[.]json", path: "/reports/goals.json", method: "GET", expect: only("coordinator") },
  { route: "coordinator.goals.report", path: "/coordinator/goals/report?year=2026", method: "GET", expect: only("coordinator") },
  { route: "reports.assignments[.]csv", path: "/reports/assignments.csv", method: "GET", expect: only("coordinator") },
  { route: "coordinator.requests._index", path: "/coordinator/requests", method: "GET", expect: only("coordinator") },
  // No request 999999999: a request that does not exist is 404 for coordinators.
  { route: "coordinator.requests.$requestId", path: "/coordinator/requests/999999999", method: "GET", params: { requestId: "999999999" }, expect: only("coordinator", 404) },
  { route: "coordinator.requests.$requestId", path: "/coordinator/requests/999999999", method: "POST", params: { requestId: "999999999" }, expect: only("coordinator", 404) },
  { route: "coordinator.plan", path: "/coordinator/plan", method: "GET", expect: only("coordinator") },
  { route: "coordinator.plan", path: "/coordinator/plan", method: "POST", expect: only("coordinator", 400) },
  { route: "coordinator.not-offered", path: "/coordinator/not-offered", method: "GET", expect: only("coordinator") },
  { route: "coordinator.unmet", path: "/coordinator/unmet", method: "GET", expect: only("coordinator") },
  { route: "unit._index", path: "/unit", method: "GET", expect: only("requester") },
  { route: "unit._index", path: "/unit", method: "POST", expect: only("requester", 400) },
  { route: "volunteer._index", path: "/volunteer", method: "GET", expect: only("volunteer") },
  { route: "unit.requests._index", path: "/unit/requests", method: "GET", expect: only("requester") },
  { route: "unit.requests.new", path: "/unit/requests/new", method: "GET", expect: only("requester") },
  { route: "unit.requests.new", path: "/unit/requests/new", method: "POST", expect: only("requester", 400) },
  // Request 1 is not the signed-in requester's unit's: another unit's request is 404.
  { route: "unit.requests.$requestId", path: "/unit/requests/1", method: "GET", params: { requestId: "1" }, expect: only("requester", 404) },
  { route: "unit.requests.$requestId", path: "/unit/requests/1", method: "POST", params: { requestId: "1" }, expect: only("requester", 404) },
  { route: "unit.calendar", path: "/unit/calendar", method: "GET", expect: only("requester") },
  { route: "unit.calendar", path: "/unit/calendar", method: "POST", expect: only("requester", 400) },
  // Lärcafé: a unit's own series; series 999999 is no unit's, and another unit's series is 404 too (tests/routes/larcafe.test.ts).
  { route: "unit.larcafe._index", path: "/unit/larcafe", method: "GET", expect: only("requester") },
  { route: "unit.larcafe.new", path: "/unit/larcafe/new", method: "GET", expect: only("requester") },
  { route: "unit.larcafe.new", path: "/unit/larcafe/new", method: "POST", expect: only("requester", 400) },
  { route: "unit.larcafe.$seriesId", path: "/unit/larcafe/999999", method: "GET", params: { seriesId: "999999" }, expect: only("requester", 404) },
  { route: "unit.larcafe.$seriesId", path: "/unit/larcafe/999999", method: "POST", params: { seriesId: "999999" }, expect: only("requester", 404) },
  { route: "coordinator.larcafe", path: "/coordinator/larcafe", method: "GET", expect: only("coordinator") },
  { route: "catalogue._index", path: "/catalogue", method: "GET", expect: { anonymous: 302, coordinator: 200, requester: 200, volunteer: 403 } },
  // No person 999999999: a card that does not exist is 404 for those who may browse the catalogue.
  { route: "catalogue.$personId", path: "/catalogue/999999999?role=book", method: "GET", params: { personId: "999999999" }, expect: { anonymous: 302, coordinator: 404, requester: 404, volunteer: 403 } },
  { route: "volunteer.profile", path: "/volunteer/profile", method: "GET", expect: only("volunteer") },
  { route: "volunteer.profile", path: "/volunteer/profile", method: "POST", expect: only("volunteer", 400) },
  { route: "volunteer.availability", path: "/volunteer/availability", method: "GET", expect: only("volunteer") },
  { route: "volunteer.availability", path: "/volunteer/availability", method: "POST", expect: only("volunteer", 400) },
  { route: "volunteer.offers", path: "/volunteer/offers", method: "GET", expect: only("volunteer") },
  { route: "volunteer.offers", path: "/volunteer/offers", method: "POST", expect: only("volunteer", 400) },
  { route: "volunteer.open-requests", path: "/volunteer/open-requests", method: "GET", expect: only("volunteer") },
  { route: "volunteer.open-requests", path: "/volunteer/open-requests", method: "POST", expect: only("volunteer", 400) },
  { route: "volunteer.assignments._index", path: "/volunteer/assignments", method: "GET", expect: only("volunteer") },
  // Assignment 1 does not belong to the signed-in volunteer: a volunteer never sees another's assignment.
  { route: "volunteer.assignments.$assignmentId", path: "/volunteer/assignments/1", method: "GET", params: { assignmentId: "1" }, expect: only("volunteer", 404) },
  { route: "volunteer.assignments.$assignmentId", path: "/volunteer/assignments/1", method: "POST", params: { assignmentId: "1" }, expect: only("volunteer", 404) },
  { route: "volunteer.calendar", path: "/volunteer/calendar", method: "GET", expect: only("volunteer") },
  { route: "volunteer.calendar", path: "/volunteer/calendar", method: "POST", expect: only("volunteer", 400) },
  // Only a patient supporter's own log: the matrix's volunteer is a book, for whom the page does not exist (a supporter in tests/routes/volunteer-contacts.test.ts).
  { route: "volunteer.contacts", path: "/volunteer/contacts", method: "GET", expect: only("volunteer", 404) },
  { route: "volunteer.contacts", path: "/volunteer/contacts", method: "POST", expect: only("volunteer", 404) },
  { route: "calendar.$token", path: "/calendar/x.ics", method: "GET", params: { token: `${"x".repeat(43)}.ics` }, expect: everyone(404) },
  // Self-help groups: the public pages need no account (an empty form is a 400 for anyone); the overview is the coordinators'.
  { route: "sjalvhjalp._index", path: "/sjalvhjalp", method: "GET", expect: everyone(200) },
  { route: "sjalvhjalp.$themeId", path: "/sjalvhjalp/999999", method: "GET", params: { themeId: "999999" }, expect: everyone(404) },
  { route: "sjalvhjalp.$themeId", path: "/sjalvhjalp/999999", method: "POST", params: { themeId: "999999" }, expect: everyone(400) },
  { route: "sjalvhjalp.aterkalla.$token", path: "/sjalvhjalp/aterkalla/x", method: "GET", params: { token: "x".repeat(43) }, expect: everyone(404) },
  { route: "sjalvhjalp.aterkalla.$token", path: "/sjalvhjalp/aterkalla/x", method: "POST", params: { token: "x".repeat(43) }, expect: everyone(400) },
  // The anonymous survey: a token that matches nothing is 404 to everyone; a post is refused before the form is read.
  { route: "enkat.$token", path: "/enkat/x", method: "GET", params: { token: "x".repeat(43) }, expect: everyone(404) },
  { route: "enkat.$token", path: "/enkat/x", method: "POST", params: { token: "x".repeat(43) }, expect: everyone(400) },
  { route: "coordinator.self-help", path: "/coordinator/self-help", method: "GET", expect: only("coordinator") },
  { route: "coordinator.self-help", path: "/coordinator/self-help", method: "POST", expect: only("coordinator", 400) },
  // Running self-help groups: starting one and a group's page are the coordinators'; an empty post is a 400 before anything is looked up.
  { route: "coordinator.self-help_.start", path: "/coordinator/self-help/start?tema=999999&plats=digital", method: "GET", expect: only("coordinator", 404) },
  { route: "coordinator.self-help_.start", path: "/coordinator/self-help/start?tema=999999&plats=digital", method: "POST", expect: only("coordinator", 400) },
  { route: "coordinator.self-help_.groups.$groupId", path: "/coordinator/self-help/groups/999999", method: "GET", params: { groupId: "999999" }, expect: only("coordinator", 404) },
  { route: "coordinator.self-help_.groups.$groupId", path: "/coordinator/self-help/groups/999999", method: "POST", params: { groupId: "999999" }, expect: only("coordinator", 400) },
  // Only a group starter's own groups: the matrix's volunteer is a book, for whom the page does not exist (a starter in tests/routes/self-help-groups.test.ts).
  { route: "volunteer.groups", path: "/volunteer/groups", method: "GET", expect: only("volunteer", 404) },
  { route: "volunteer.groups", path: "/volunteer/groups", method: "POST", expect: only("volunteer", 404) },
  // A member's invitation needs no account: a token that matches nothing is 404; an empty answer is a 400 for anyone.
  { route: "sjalvhjalp.grupp.$token", path: "/sjalvhjalp/grupp/x", method: "GET", params: { token: "x".repeat(43) }, expect: everyone(404) },
  { route: "sjalvhjalp.grupp.$token", path: "/sjalvhjalp/grupp/x", method: "POST", params: { token: "x".repeat(43) }, expect: everyone(400) },
  // Meeting places: the places, their calendars and feeds need no account; shifts are any volunteer's (an empty post is a 400), the places the coordinators'.
  { route: "motesplatser._index", path: "/motesplatser", method: "GET", expect: everyone(200) },
  { route: "motesplatser.$placeId", path: "/motesplatser/999999", method: "GET", params: { placeId: "999999" }, expect: everyone(404) },
  { route: "motesplatser.$placeId[.]ics", path: "/motesplatser/999999.ics", method: "GET", params: { placeId: "999999" }, expect: everyone(404) },
  { route: "volunteer.shifts", path: "/volunteer/shifts", method: "GET", expect: only("volunteer") },
  { route: "volunteer.shifts", path: "/volunteer/shifts", method: "POST", expect: only("volunteer", 400) },
  { route: "coordinator.meeting-places._index", path: "/coordinator/meeting-places", method: "GET", expect: only("coordinator") },
  { route: "coordinator.meeting-places._index", path: "/coordinator/meeting-places", method: "POST", expect: only("coordinator", 400) },
  { route: "coordinator.meeting-places.$placeId", path: "/coordinator/meeting-places/999999", method: "GET", params: { placeId: "999999" }, expect: only("coordinator", 404) },
  // An empty body is refused before the place is looked up.
  { route: "coordinator.meeting-places.$placeId", path: "/coordinator/meeting-places/999999", method: "POST", params: { placeId: "999999" }, expect: only("coordinator", 400) },
];

async function cookies(): Promise<Record<Who, string | undefined>> {
  const coordinator = await insertUser(db(), { role: "coordinator" });
  const requester = await insertUser(db(), { role: "requester" });
  const volunteer = await insertUser(db(), { role: "volunteer", person_id: await insertPerson(db()) });
  return {
    anonymous: undefined,
    coordinator: await cookieFor(coordinator),
    requester: await cookieFor(requester),
    volunteer: await cookieFor(volunteer),
  };
}

describe("authorization matrix", () => {
  it("covers every route module in app/routes", () => {
    const covered = new Set(MATRIX.map((c) => c.route));
    expect(Object.keys(routes).filter((r) => !covered.has(r))).toEqual([]);
  });

  it.each(MATRIX)("$method $path", async ({ route, path: url, method, params, expect: expected }) => {
    const mod = routes[route];
    const jar = await cookies();
    const actual: Partial<Expect> = {};
    for (const who of Object.keys(expected) as Who[]) {
      const cookie = jar[who];
      const request = method === "GET" ? getRequest(url, { cookie }) : postRequest(url, {}, { cookie });
      const handler = method === "GET" ? mod.loader : mod.action;
      actual[who] = handler ? (await call(handler, request, params)).status : 200;
    }
    expect(actual).toEqual(expected);
  });

  it("shows no one's alias, e-mail or phone on the public self-help pages, to anyone", async () => {
    const theme = await db().insertInto("self_help_themes").values({ name: "Ensamhet", created_at: "2026-12-01T08:00:00.000Z" }).returning("id").executeTakeFirstOrThrow();
    const registered = await call(routes["sjalvhjalp.$themeId"].action, postRequest(`/sjalvhjalp/${theme.id}`, { alias: "Hemlig Gran", email: "hemlig@example.se", phone: "070-999 88 77", place: "digital", consent: "yes", website: "" }), { themeId: String(theme.id) });
    const token = registered.data.registered.path.split("/").pop();
    const jar = await cookies();
    for (const cookie of Object.values(jar)) {
      for (const [route, url, params] of [["sjalvhjalp._index", "/sjalvhjalp", {}], ["sjalvhjalp.$themeId", `/sjalvhjalp/${theme.id}`, { themeId: String(theme.id) }]] as const) {
        const page = await call(routes[route].loader, getRequest(url, { cookie }), params);
        expect(page.status).toBe(200);
        expect(JSON.stringify(page.data)).not.toMatch(/Hemlig|hemlig@|999 88 77/);
      }
    }
    // Only the holder of the withdrawal link sees the alias (never the e-mail or phone), to confirm what is deleted.
    const own = await call(routes["sjalvhjalp.aterkalla.$token"].loader, getRequest(`/sjalvhjalp/aterkalla/${token}`), { token });
    expect(JSON.stringify(own.data)).not.toMatch(/hemlig@|999 88 77/);
  });

  it("sends a signed-out visitor to the login page and back to where they were going", async () => {
    const outcome = await call(routes["admin.users"].loader, getRequest("/admin/users?flik=1"));
    expect(outcome.location).toBe("/login?redirectTo=%2Fadmin%2Fusers%3Fflik%3D1");
  });
});

// @vitest-environment jsdom
// The patient supporter role on the coordinators' people pages: chosen without a card title, added and removed like any
// role (never the last one), filtered on, and the supporter's contact log shown read-only on their page.
import { Outlet } from "@remix-run/react";
import { createRemixStub } from "@remix-run/testing";
import { cleanup, render, screen, within } from "@testing-library/react";
import * as detailRoute from "~/routes/admin.people.$personId";
import * as listRoute from "~/routes/admin.people._index";
import * as newRoute from "~/routes/admin.people.new";
import { SUPPORTER_TITLE, type ContactKind } from "~/domain/vocabulary";
import { db } from "~/utils/db.server";
import { insertCareUnit, insertPerson, insertUser } from "../../db/insert-rows";
import { call, cookieFor, getRequest, postRequest } from "../setup/http";

afterEach(cleanup);

const coordinator = async () => cookieFor(await insertUser(db(), { role: "coordinator" }));

function postFields(path: string, cookie: string, fields: [string, string][]) {
  const request = postRequest(path, {}, { cookie });
  return new Request(request.url, { method: "POST", headers: request.headers, body: new URLSearchParams(fields) });
}
const create = (cookie: string, fields: [string, string][]) => call(newRoute.action as never, postFields("/admin/people/new", cookie, fields));
const update = (cookie: string, personId: number, fields: Record<string, string>) =>
  call(detailRoute.action as never, postFields(`/admin/people/${personId}`, cookie, Object.entries(fields)), { personId: String(personId) });
const show = (cookie: string, personId: number) => call(detailRoute.loader as never, getRequest(`/admin/people/${personId}`, { cookie }), { personId: String(personId) });
const list = (cookie: string, query = "") => call(listRoute.loader as never, getRequest(`/admin/people${query}`, { cookie }));
const rolesOf = async (personId: number) =>
  (await db().selectFrom("person_roles").select(["role", "title"]).where("person_id", "=", personId).orderBy("role").execute()).map((r) => [r.role, r.title]);

const DETAILS: [string, string][] = [
  ["name", "Siv Stödberg"],
  ["alias", ""],
  ["email", "siv@example.se"],
  ["phone", ""],
  ["joinedOn", "2024-05-01"],
  ["title_book", ""],
  ["title_peer", ""],
  ["title_storyteller", ""],
];
const createdId = (result: { location: string | null }) => Number(result.location!.match(/\/admin\/people\/(\d+)/)![1]);

describe("creating a patient supporter", () => {
  it("asks no card title of a supporter and stores the role with the import's supporter title", async () => {
    const cookie = await coordinator();
    const result = await create(cookie, [...DETAILS, ["roles", "supporter"]]);
    expect(result.status).toBe(302);
    const id = createdId(result);
    expect(await rolesOf(id)).toEqual([["supporter", SUPPORTER_TITLE]]);
    const page = await show(cookie, id);
    expect(page.data.profile.supporter).toBe(true);
    expect(page.data.profile.roles).toEqual([]);
  });

  it("still asks the card title of a bookable role chosen with it, keeping the choice", async () => {
    const cookie = await coordinator();
    const missing = await create(cookie, [...DETAILS, ["roles", "book"], ["roles", "supporter"]]);
    expect(missing.status).toBe(400);
    expect(missing.data.errors).toEqual({ title_book: "peopleAdmin.errors.titleShort" });
    expect(missing.data.values.roles).toEqual(["book", "supporter"]);
    const titled = DETAILS.map(([n, v]): [string, string] => [n, n === "title_book" ? "Att leva med diabetes" : v]);
    const id = createdId(await create(cookie, [...titled, ["roles", "book"], ["roles", "supporter"]]));
    expect(await rolesOf(id)).toEqual([["book", "Att leva med diabetes"], ["supporter", SUPPORTER_TITLE]]);
  });

  it("filters the people list on the supporter role", async () => {
    const cookie = await coordinator();
    await insertPerson(db(), { name: "Bo Bok", email: "bo@example.se" });
    await insertPerson(db(), { name: "Pål Kontaktsson", email: "pal@example.se", roles: [{ role: "supporter" }] });
    const supporters = await list(cookie, "?role=supporter");
    expect(supporters.data.filter.role).toBe("supporter");
    expect(supporters.data.people.map((p: { name: string; roles: string[] }) => [p.name, p.roles])).toEqual([["Pål Kontaktsson", ["supporter"]]]);
  });
});

describe("the supporter role on a person's page", () => {
  it("adds the role without a title, removes it again, and never removes a supporter's only role", async () => {
    const cookie = await coordinator();
    const id = await insertPerson(db(), { roles: [{ role: "book", title: "Min bok" }] });
    expect((await update(cookie, id, { intent: "addRole", role: "supporter", title: "" })).status).toBe(302);
    expect(await rolesOf(id)).toEqual([["book", "Min bok"], ["supporter", SUPPORTER_TITLE]]);
    expect((await show(cookie, id)).data.profile.supporter).toBe(true);
    expect((await update(cookie, id, { intent: "addRole", role: "supporter", title: "" })).data.errors).toEqual({ role: "peopleAdmin.errors.roleExists" });
    // A bookable role still needs its card title.
    expect((await update(cookie, id, { intent: "addRole", role: "peer", title: "" })).data.errors).toEqual({ title: "peopleAdmin.errors.titleShort" });

    expect((await update(cookie, id, { intent: "removeRole", removeRole: "book" })).status).toBe(302);
    expect((await update(cookie, id, { intent: "removeRole", removeRole: "supporter" })).data.errors).toEqual({ removeRole: "peopleAdmin.errors.lastRole" });
    expect((await update(cookie, id, { intent: "addRole", role: "peer", title: "Peer-stöd" })).status).toBe(302);
    expect((await update(cookie, id, { intent: "removeRole", removeRole: "supporter" })).status).toBe(302);
    expect(await rolesOf(id)).toEqual([["peer", "Peer-stöd"]]);
    const actions = await db().selectFrom("audit_log").select(["action", "details"]).orderBy("id").execute();
    expect(actions.filter((a) => a.details?.includes("supporter")).map((a) => a.action)).toEqual(["add_role", "remove_role"]);
  });
});

describe("a supporter's contact log on their page", () => {
  async function supporterWithContacts() {
    const cookie = await coordinator();
    const personId = await insertPerson(db(), { name: "Siv Stödberg", email: "siv@example.se", roles: [{ role: "supporter" }] });
    const other = await insertPerson(db(), { email: "annan@example.se", roles: [{ role: "supporter" }] });
    const huskvarna = await insertCareUnit(db(), { name: "Vårdcentralen Huskvarna" });
    const ryhov = await insertCareUnit(db(), { name: "Kardiologen Ryhov" });
    const contact = (person: number, unit: number, contacted_on: string, kind: ContactKind) =>
      db().insertInto("supporter_contacts").values({ person_id: person, care_unit_id: unit, contacted_on, kind, created_at: "2026-01-01T10:00:00Z", created_by_user_id: null }).execute();
    // Another supporter's earlier contact with Ryhov does not make Siv's first one any less new.
    await contact(other, ryhov, "2025-01-15", "phone");
    await contact(personId, ryhov, "2026-02-03", "meeting");
    await contact(personId, huskvarna, "2025-12-10", "visit");
    await contact(personId, huskvarna, "2026-01-20", "digital");
    return { cookie, personId };
  }

  it("keeps a supporter without a catalogue card out of the approval queue and the stuck list, which are about cards", async () => {
    const cookie = await coordinator();
    const waitingSupporter = await insertPerson(db(), { name: "Siv Stödberg", approved_at: null, roles: [{ role: "supporter" }], training: [] });
    await insertPerson(db(), { name: "Pål Kontaktsson", roles: [{ role: "supporter" }], training: [] });
    const waitingBook = await insertPerson(db(), { name: "Vera Väntar", approved_at: null });
    const queue = (await list(cookie, "?godkannande=1")).data.approval;
    expect(queue.waiting.map((p: { id: number }) => p.id)).toEqual([waitingBook]);
    expect(queue.stuck.map((p: { name: string }) => p.name)).not.toContain("Pål Kontaktsson");
    expect(queue.waiting.map((p: { id: number }) => p.id)).not.toContain(waitingSupporter);
  });

  it("lists the contacts newest first, marking each first contact with a unit, across years, and no one else's", async () => {
    const { cookie, personId } = await supporterWithContacts();
    const page = await show(cookie, personId);
    expect(page.data.contacts.map((c: { contactedOn: string; unit: string; kind: string; firstWithUnit: boolean }) => [c.contactedOn, c.unit, c.kind, c.firstWithUnit])).toEqual([
      ["2026-02-03", "Kardiologen Ryhov", "meeting", true],
      ["2026-01-20", "Vårdcentralen Huskvarna", "digital", false],
      ["2025-12-10", "Vårdcentralen Huskvarna", "visit", true],
    ]);
  });

  it("shows the log as a table in Swedish, and no log for a person without the role or contacts", async () => {
    const { cookie, personId } = await supporterWithContacts();
    await renderPerson(await show(cookie, personId), personId);
    const table = screen.getByRole("table", { name: "Kontakter med vårdenheter" });
    const rows = within(table).getAllByRole("row").map((row) => [...row.querySelectorAll("th, td")].map((c) => c.textContent));
    expect(rows).toEqual([
      ["Datum", "Vårdenhet", "Kontakt", "Ny enhet"],
      ["3 feb. 2026", "Kardiologen Ryhov", "Möte", "Ja"],
      ["20 jan. 2026", "Vårdcentralen Huskvarna", "Digitalt", "Nej"],
      ["10 dec. 2025", "Vårdcentralen Huskvarna", "Besök", "Ja"],
    ]);
    // A supporter has no catalogue card, so the page does not ask to publish one.
    expect(screen.queryByRole("heading", { name: "Katalogkort" })).toBeNull();
    cleanup();

    const book = await insertPerson(db(), { email: "bok@example.se" });
    await renderPerson(await show(cookie, book), book);
    expect(screen.queryByRole("heading", { name: "Kontakter med vårdenheter" })).toBeNull();
  });

  it("says so when a supporter has logged no contact yet", async () => {
    const cookie = await coordinator();
    const id = await insertPerson(db(), { roles: [{ role: "supporter" }] });
    await renderPerson(await show(cookie, id), id);
    expect(screen.getByText("Inga kontakter registrerade.")).toBeTruthy();
  });
});

async function renderPerson(page: { status: number; data: object }, personId: number) {
  expect(page.status).toBe(200);
  const Stub = createRemixStub([
    { id: "root", path: "/", loader: () => ({ locale: "sv", user: null }), Component: Outlet, children: [{ path: "admin/people/:personId", Component: detailRoute.default, loader: () => page.data }] },
  ]);
  render(<Stub initialEntries={[`/admin/people/${personId}`]} />);
  await screen.findByRole("heading", { level: 1 });
}

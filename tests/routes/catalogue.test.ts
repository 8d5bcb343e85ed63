import { createRemixStub } from "@remix-run/testing";
import { createElement, type ComponentType } from "react";
import { renderToString } from "react-dom/server";
import * as detailRoute from "~/routes/catalogue.$personId";
import * as listRoute from "~/routes/catalogue._index";
import * as newRequestRoute from "~/routes/unit.requests.new";
import { PAGE_SIZE, PLACE_LIST_WHOLE_MAX } from "~/domain/catalogue-filters";
import { getWishedCard } from "~/models/requests.server";
import { db } from "~/utils/db.server";
import { ensureMunicipality, insertPerson, insertUser } from "../../db/insert-rows";
import { call, cookieFor, getRequest } from "../setup/http";

// Every person gets private details that must never reach a care unit; the tests look for each of these strings.
let privateN = 0;
function privately() {
  privateN += 1;
  return { name: `Hemlignamn${privateN} Efternamn`, alias: `Smeknamn${privateN}`, email: `privat${privateN}@example.se`, phone: `070-900 00 ${String(privateN).padStart(2, "0")}` };
}
const PRIVATE: string[] = [];

async function catalogue() {
  PRIVATE.length = 0;
  const jonkoping = await ensureMunicipality(db(), "Jönköping", "Jönköping");
  const habo = await ensureMunicipality(db(), "Habo", "Jönköping");
  const eksjo = await ensureMunicipality(db(), "Eksjö", "Höglandet");
  const area = async (name: string) => (await db().insertInto("experience_areas").values({ name }).returning("id").executeTakeFirstOrThrow()).id;
  const anxiety = await area("ångest och depression");
  const relative = await area("anhörig/närstående");
  const cancer = await area("cancer");
  const person = async (overrides: Parameters<typeof insertPerson>[1]) => {
    const secret = privately();
    PRIVATE.push(secret.name, secret.alias, secret.email, secret.phone);
    return insertPerson(db(), { ...secret, ...overrides });
  };
  const ids = {
    anxiety: await person({
      roles: [{ role: "book", title: "Att leva med ångest", presentation: "Om panikattacker och vägen tillbaka." }],
      experienceAreaIds: [anxiety],
      serviceAreas: [{ careAreaId: jonkoping.careAreaId }],
      serves_digital: 0,
    }),
    relative: await person({
      roles: [{ role: "peer", title: "Anhörig till en son med psykos" }],
      experienceAreaIds: [relative],
      formats: ["workshop"],
      languages: ["sv", "en"],
      serviceAreas: [{ municipalityId: eksjo.id }],
      serves_digital: 0,
    }),
    // Basic training only: a book, but not yet a storyteller.
    cancer: await person({
      roles: [
        { role: "book", title: "Cancer som ung" },
        { role: "storyteller", title: "Berättelsen om cancern" },
      ],
      experienceAreaIds: [cancer],
      serviceAreas: [{ municipalityId: habo.id }],
      training: [{ kind: "basic", completed_on: "2024-02-01" }],
    }),
    paused: await person({ roles: [{ role: "book", title: "Pausad bok" }], status: "paused" }),
    untrained: await person({ roles: [{ role: "book", title: "Otränad bok" }], training: [] }),
    left: await person({ roles: [{ role: "book", title: "Slutat bok" }], left_on: "2020-01-01" }),
    anonymised: await person({ roles: [{ role: "book", title: "Anonymiserad bok" }], anonymised_at: "2025-01-01T00:00:00.000Z" }),
    future: await person({ roles: [{ role: "book", title: "Framtida bok" }], joined_on: "2099-01-01" }),
    untitled: await person({ roles: [{ role: "book", title: "  " }] }),
    unapproved: await person({ roles: [{ role: "book", title: "Väntar på godkännande", presentation: "Om ångest." }], approved_at: null }),
  };
  const requester = await cookieFor(await insertUser(db(), { role: "requester" }));
  const coordinator = await cookieFor(await insertUser(db(), { role: "coordinator" }));
  const volunteer = await cookieFor(await insertUser(db(), { role: "volunteer", person_id: ids.anxiety }));
  return { ids, areas: { anxiety, relative, cancer }, places: { jonkoping, habo, eksjo }, requester, coordinator, volunteer };
}

async function list(cookie: string | undefined, query = "") {
  return call(listRoute.loader as never, getRequest(`/catalogue${query}`, { cookie }));
}
const titles = (outcome: { data: { cards: { title: string }[] } }) => outcome.data.cards.map((c) => c.title);

async function detail(cookie: string | undefined, personId: string, query = "") {
  return call(detailRoute.loader as never, getRequest(`/catalogue/${personId}${query}`, { cookie }), { personId });
}

/**
 * The page rendered to HTML from the loader's real data. The stub's memory router uses useLayoutEffect, which React
 * warns about outside a browser; that warning, and only that one, is expected here.
 */
function html(Component: ComponentType, path: string, data: unknown) {
  const Stub = createRemixStub([{ id: "page", path: path.split("?")[0], Component, loader: () => data as never }]);
  const text = renderToString(createElement(Stub, { initialEntries: [path], hydrationData: { loaderData: { page: data } } }));
  const errors = vi.mocked(console.error).mock.calls.map((args) => String(args[0]));
  expect(errors.filter((e) => !e.includes("useLayoutEffect does nothing on the server"))).toEqual([]);
  vi.mocked(console.error).mockClear();
  return text;
}

function expectNothingPrivate(text: string) {
  expect(PRIVATE.length).toBeGreaterThan(0);
  for (const secret of PRIVATE) expect(text).not.toContain(secret);
  expect(text).not.toMatch(/joined_on|left_on|anonymised|training|completed_on|@example\.se/);
}

describe("catalogue", () => {
  it("shows only active, trained people with a title, one card per offerable role, sorted by title", async () => {
    const c = await catalogue();
    const page = await list(c.requester);
    expect(page.status).toBe(200);
    expect(titles(page)).toEqual(["Anhörig till en son med psykos", "Att leva med ångest", "Cancer som ung"]);
    expect(page.data).toMatchObject({ count: 3, total: 3, page: 1, pages: 1, canRequest: true });
    expect(page.data.cards[0]).toMatchObject({
      personId: c.ids.relative,
      role: "peer",
      experience: [{ id: c.areas.relative, name: "anhörig/närstående" }],
      formats: ["workshop"],
      languages: ["sv", "en"],
      serves: { careAreaIds: [], municipalityIds: [c.places.eksjo.id], careAreaNames: [], municipalityNames: ["Eksjö"] },
      servesDigital: false,
    });
    expect(page.data.cards[0].hints.length).toBeGreaterThan(0);
  });

  it.each([
    ["role", (c: Ctx) => "?role=peer", ["Anhörig till en son med psykos"]],
    ["experience area", (c: Ctx) => `?area=${c.areas.cancer}`, ["Cancer som ung"]],
    ["format", () => "?format=workshop", ["Anhörig till en son med psykos"]],
    ["language", () => "?language=en", ["Anhörig till en son med psykos"]],
    ["municipality inside a care area served whole, or served itself", (c: Ctx) => `?place=municipality-${c.places.habo.id}`, ["Att leva med ångest", "Cancer som ung"]],
    ["care area, whole or through one of its municipalities", (c: Ctx) => `?place=area-${c.places.eksjo.careAreaId}`, ["Anhörig till en son med psykos"]],
    ["digital", () => "?digital=1", ["Cancer som ung"]],
    ["search ångest", () => "?q=%C3%A5ngest", ["Att leva med ångest"]],
    ["search ÅNGEST in capitals", () => "?q=%C3%85NGEST", ["Att leva med ångest"]],
    ["search anhörig", () => "?q=anh%C3%B6rig", ["Anhörig till en son med psykos"]],
    ["search anhorig without the dots", () => "?q=anhorig", ["Anhörig till en son med psykos"]],
    ["search in the presentation", () => "?q=panikattacker", ["Att leva med ångest"]],
    ["search in an experience area name", () => "?q=depression", ["Att leva med ångest"]],
    ["combined filters", (c: Ctx) => `?role=book&place=area-${c.places.jonkoping.careAreaId}&q=cancer`, ["Cancer som ung"]],
  ] as [string, (c: Ctx) => string, string[]][])("filters by %s", async (_label, query, expected) => {
    const c = await catalogue();
    const page = await list(c.coordinator, query(c));
    expect(page.status).toBe(200);
    expect(titles(page)).toEqual(expected);
    expect(page.data.count).toBe(expected.length);
  });

  it("publishes a card, in the list, its search and its detail page, only once a coordinator approves it", async () => {
    const c = await catalogue();
    expect(titles(await list(c.requester, "?q=v%C3%A4ntar"))).toEqual([]);
    expect(titles(await list(c.requester, "?q=%C3%A5ngest"))).toEqual(["Att leva med ångest"]);
    expect((await detail(c.requester, String(c.ids.unapproved), "?role=book")).status).toBe(404);
    await db().updateTable("people").set({ approved_at: new Date().toISOString() }).where("id", "=", c.ids.unapproved).execute();
    expect(titles(await list(c.requester, "?q=v%C3%A4ntar"))).toEqual(["Väntar på godkännande"]);
    expect((await detail(c.requester, String(c.ids.unapproved), "?role=book")).data.card.title).toBe("Väntar på godkännande");
  });

  it("does not let a unit wish for a card waiting for approval", async () => {
    const c = await catalogue();
    const form = await call(newRequestRoute.loader as never, getRequest(`/unit/requests/new?person=${c.ids.unapproved}&role=book`, { cookie: c.requester }));
    expect(form.data).toMatchObject({ wish: null, wishMissing: true });
    expect(await getWishedCard(db(), { personId: c.ids.unapproved, role: "book" })).toBeUndefined();
    expect(await getWishedCard(db(), { personId: c.ids.anxiety, role: "book" })).toMatchObject({ title: "Att leva med ångest" });
  });

  it("lists a storyteller without storytelling training as a book only", async () => {
    const c = await catalogue();
    expect(titles(await list(c.requester, "?role=storyteller"))).toEqual([]);
    expect((await detail(c.requester, String(c.ids.cancer), "?role=storyteller")).status).toBe(404);
    expect((await detail(c.requester, String(c.ids.cancer), "?role=book")).data.card.title).toBe("Cancer som ung");
  });

  it("never sends or renders a name, alias, e-mail, phone, date or training record", async () => {
    const c = await catalogue();
    for (const cookie of [c.requester, c.coordinator]) {
      const page = await list(cookie);
      expectNothingPrivate(JSON.stringify(page.data));
      expectNothingPrivate(html(listRoute.default, "/catalogue", page.data));
      for (const card of page.data.cards as { personId: number; role: string }[]) {
        const one = await detail(cookie, String(card.personId), `?role=${card.role}`);
        expect(one.status).toBe(200);
        expectNothingPrivate(JSON.stringify(one.data));
        expectNothingPrivate(html(detailRoute.default, `/catalogue/${card.personId}?role=${card.role}`, one.data));
      }
    }
  });

  it("offers requesters, and only them, to ask for the person as a wish", async () => {
    const c = await catalogue();
    const forRequester = html(listRoute.default, "/catalogue", (await list(c.requester)).data);
    expect(forRequester).toContain(`/unit/requests/new?person=${c.ids.anxiety}&amp;role=book`);
    expect(forRequester).toContain(`/catalogue/${c.ids.anxiety}?role=book`);
    expect(forRequester).toContain("inte en bokning");
    expect(forRequester).toMatch(/role="status"[^>]*>3 kort matchar\./);
    const forCoordinator = html(listRoute.default, "/catalogue", (await list(c.coordinator)).data);
    expect(forCoordinator).not.toContain("/unit/requests/new");
    const card = await detail(c.requester, String(c.ids.anxiety), "?role=book");
    expect(html(detailRoute.default, `/catalogue/${c.ids.anxiety}?role=book`, card.data)).toContain(`/unit/requests/new?person=${c.ids.anxiety}&amp;role=book`);
  });

  it("keeps the chosen filters in the form and suggests clearing them when nothing matches", async () => {
    const c = await catalogue();
    const page = await list(c.requester, "?role=peer&language=fi&q=sorg");
    expect(page.data.filters).toEqual({ role: "peer", language: "fi", q: "sorg" });
    expect(page.data.cards).toEqual([]);
    const text = html(listRoute.default, "/catalogue?role=peer&language=fi&q=sorg", page.data);
    expect(text).toContain('value="sorg"');
    expect(text).toContain("Inget kort matchar alla filtren");
    expect(text).toContain('href="/catalogue"');
  });

  it("ignores bad filter values and truncates a huge query instead of failing", async () => {
    const c = await catalogue();
    const page = await list(c.requester, `?role=admin&area=abc&format=%3Cscript%3E&place=area-999999&digital=yes&page=-1&q=${encodeURIComponent("ångest ".repeat(1500))}`);
    expect(page.status).toBe(200);
    expect(page.data.filters.q).toHaveLength(100);
    expect(Object.keys(page.data.filters)).toEqual(["q"]);
    expect(titles(page)).toEqual(["Att leva med ångest"]);
    const empty = await list(c.requester, `?q=${"x".repeat(10_000)}&area=99999`);
    expect(empty.status).toBe(200);
    expect(empty.data.filters).toEqual({ q: "x".repeat(100) });
  });

  it("pages long result lists and keeps the filters on the page links", async () => {
    const c = await catalogue();
    for (let i = 0; i < PAGE_SIZE; i++) await insertPerson(db(), { roles: [{ role: "book", title: `Oro ${String(i).padStart(2, "0")}` }] });
    const first = await list(c.requester, "?role=book");
    expect(first.data.placesNarrowed).toBe(false);
    expect(first.data).toMatchObject({ count: PAGE_SIZE + 2, page: 1, pages: 2 });
    expect(first.data.cards).toHaveLength(PAGE_SIZE);
    const second = await list(c.requester, "?role=book&page=2");
    expect(titles(second)).toEqual([`Oro ${PAGE_SIZE - 2}`, `Oro ${PAGE_SIZE - 1}`]);
    expect(html(listRoute.default, "/catalogue?role=book&page=2", second.data)).toContain('href="/catalogue?role=book"');
    expect((await list(c.requester, "?role=book&page=9")).data.page).toBe(2);
  });

  it("lists a national catalogue's places one care area at a time, and still filters by every one of them", async () => {
    const c = await catalogue();
    const far = [];
    for (let i = 0; i < PLACE_LIST_WHOLE_MAX; i++) far.push(await ensureMunicipality(db(), `Fjärrby ${i}`, "Norrland"));
    const careAreas = (outcome: Awaited<ReturnType<typeof list>>) =>
      Object.fromEntries(outcome.data.lookups.careAreas.map((a: { name: string; municipalities: unknown[] }) => [a.name, a.municipalities.length]));

    const unfiltered = await list(c.requester);
    expect(careAreas(unfiltered)).toEqual({ Jönköping: 0, Höglandet: 0, Norrland: 0 });
    expect(unfiltered.data.placesNarrowed).toBe(true);
    const page = html(listRoute.default, "/catalogue", unfiltered.data);
    expect(page).toContain("Välj ett sjukvårdsområde och tryck ”Visa träffar” för att kunna välja bland dess kommuner.");
    expect(page).toContain(`<option value="area-${far[0].careAreaId}">Hela Norrland</option>`);
    expect(page).not.toContain("Fjärrby");

    const inArea = await list(c.requester, `?place=municipality-${far[3].id}`);
    expect(careAreas(inArea)).toEqual({ Jönköping: 0, Höglandet: 0, Norrland: PLACE_LIST_WHOLE_MAX });
    expect(html(listRoute.default, `/catalogue?place=municipality-${far[3].id}`, inArea.data)).toContain(`<option value="municipality-${far[3].id}" selected="">Fjärrby 3</option>`);
    const habo = await list(c.requester, `?place=municipality-${c.places.habo.id}`);
    expect(careAreas(habo)).toEqual({ Jönköping: 2, Höglandet: 0, Norrland: 0 });
    expect(titles(habo).sort()).toEqual(["Att leva med ångest", "Cancer som ung"]);
  });

  it.each([
    ["an unknown id", () => "999999", "?role=book"],
    ["a paused person", (c: Ctx) => String(c.ids.paused), "?role=book"],
    ["an untrained person", (c: Ctx) => String(c.ids.untrained), "?role=book"],
    ["a person who left", (c: Ctx) => String(c.ids.left), "?role=book"],
    ["an anonymised person", (c: Ctx) => String(c.ids.anonymised), "?role=book"],
    ["a person without a title", (c: Ctx) => String(c.ids.untitled), "?role=book"],
    ["a card not yet approved", (c: Ctx) => String(c.ids.unapproved), "?role=book"],
    ["a role the person does not hold", (c: Ctx) => String(c.ids.anxiety), "?role=peer"],
    ["no role", (c: Ctx) => String(c.ids.anxiety), ""],
    ["a made-up role", (c: Ctx) => String(c.ids.anxiety), "?role=admin"],
    ["a malformed id", () => "abc", "?role=book"],
    ["a decimal id", () => "1.5", "?role=book"],
    ["a negative id", () => "-1", "?role=book"],
    ["a huge id", () => "9".repeat(30), "?role=book"],
  ] as [string, (c: Ctx) => string, string][])("answers 404 for %s", async (_label, id, query) => {
    const c = await catalogue();
    expect((await detail(c.requester, id(c), query)).status).toBe(404);
  });

  it("lets requesters and coordinators in, refuses volunteers and sends visitors to log in", async () => {
    const c = await catalogue();
    const id = String(c.ids.anxiety);
    expect((await list(c.coordinator)).data.canRequest).toBe(false);
    expect((await list(c.volunteer)).status).toBe(403);
    expect((await detail(c.volunteer, id, "?role=book")).status).toBe(403);
    const anonymous = await list(undefined, "?q=%C3%A5ngest");
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toBe("/login?redirectTo=%2Fcatalogue%3Fq%3D%25C3%25A5ngest");
    expect((await detail(undefined, id, "?role=book")).status).toBe(302);
  });
});

type Ctx = Awaited<ReturnType<typeof catalogue>>;

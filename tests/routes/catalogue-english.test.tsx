// @vitest-environment jsdom
// The catalogue in English from the real loader: areas by their English names, searchable in English, and the Swedish
// that stays (volunteers' titles and presentations, areas without an English name) marked lang="sv" (WCAG 3.1.2).
import { Outlet } from "@remix-run/react";
import { createRemixStub } from "@remix-run/testing";
import { cleanup, render, screen, within } from "@testing-library/react";
import * as listRoute from "~/routes/catalogue._index";
import { db } from "~/utils/db.server";
import { ensureMunicipality, insertPerson, insertUser } from "../../db/insert-rows";
import { call, cookieFor, getRequest } from "../setup/http";

afterEach(cleanup);

async function catalogue() {
  const { careAreaId } = await ensureMunicipality(db(), "Jönköping", "Jönköping");
  const area = async (name: string, name_en: string | null) => (await db().insertInto("experience_areas").values({ name, name_en }).returning("id").executeTakeFirstOrThrow()).id;
  const anxiety = await area("ångest och depression", "anxiety and depression");
  const relative = await area("anhörig/närstående", null);
  await insertPerson(db(), {
    roles: [{ role: "book", title: "Att leva med ångest", presentation: "Om panikattacker och vägen tillbaka." }],
    experienceAreaIds: [anxiety, relative],
    serviceAreas: [{ careAreaId }],
  });
  await insertPerson(db(), { roles: [{ role: "book", title: "Cancer som ung" }], serviceAreas: [{ careAreaId }] });
  return cookieFor(await insertUser(db(), { role: "requester" }));
}

async function renderCatalogue(path: string, locale: "sv" | "en") {
  const page = await call(listRoute.loader as never, getRequest(path, { cookie: await catalogue() }));
  expect(page.status).toBe(200);
  const Stub = createRemixStub([
    { id: "root", path: "/", loader: () => ({ locale, user: null }), Component: Outlet, children: [{ path: "catalogue", Component: listRoute.default, loader: () => page.data }] },
  ]);
  const view = render(<Stub initialEntries={[path]} />);
  await screen.findByRole("heading", { level: 1 });
  return view;
}

describe("the catalogue on an English page", () => {
  it("finds a card by an English word of its area, shows the English name and marks the Swedish text", async () => {
    await renderCatalogue("/catalogue?q=anxiety", "en");
    const card = await screen.findByRole("article");
    expect(screen.getAllByRole("article")).toHaveLength(1);
    const title = within(card).getByRole("heading", { name: "Att leva med ångest" });
    expect(title.getAttribute("lang")).toBe("sv");
    expect(within(card).getByText("Om panikattacker och vägen tillbaka.").getAttribute("lang")).toBe("sv");
    const tags = within(within(card).getByRole("list", { name: "Experience areas" })).getAllByRole("listitem");
    expect(tags.map((li) => [li.textContent, li.getAttribute("lang")])).toEqual([
      ["Anhörig/närstående", "sv"],
      ["Anxiety and depression", null],
    ]);
  });

  it("offers the areas in the filter by their English names, the Swedish fallback marked", async () => {
    await renderCatalogue("/catalogue", "en");
    const options = within(screen.getByLabelText("Experience area")).getAllByRole("option");
    expect(options.map((o) => [o.textContent, o.getAttribute("lang")])).toEqual([
      ["All", null],
      ["Anhörig/närstående", "sv"],
      ["Anxiety and depression", null],
    ]);
  });

  it("marks nothing on a Swedish page, which shows the Swedish names", async () => {
    const { container } = await renderCatalogue("/catalogue?q=anxiety", "sv");
    const card = await screen.findByRole("article");
    expect(within(within(card).getByRole("list", { name: "Erfarenhetsområden" })).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Anhörig/närstående",
      "Ångest och depression",
    ]);
    expect(container.querySelector("[lang]")).toBeNull();
  });
});

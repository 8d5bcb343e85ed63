// @vitest-environment jsdom
// The plan, not-yet-offered and unmet pages rendered from their real models' data: texts, links, ticks and errors.
import type { ActionFunction } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { createRemixStub } from "@remix-run/testing";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import type { ComponentType } from "react";
import { loadNotOffered } from "~/models/not-offered.server";
import { loadPlan } from "~/models/plan-page.server";
import { loadUnmet } from "~/models/unmet.server";
import NotOfferedPage from "~/routes/coordinator.not-offered";
import PlanPage from "~/routes/coordinator.plan";
import UnmetPage from "~/routes/coordinator.unmet";
import { db } from "~/utils/db.server";
import { ensureMunicipality, insertCareUnit, insertPerson, insertRequest } from "../../db/insert-rows";
import { area, slotOn } from "../routes/plan-helpers";

afterEach(cleanup);

function renderRoute(path: string, Component: ComponentType, loaderData: object, action?: ActionFunction, locale: "sv" | "en" = "sv") {
  const Stub = createRemixStub([
    { id: "root", path: "/", loader: () => ({ locale, user: null }), Component: Outlet, children: [{ path: path.slice(1), Component, loader: () => loaderData, action }] },
  ]);
  return render(<Stub initialEntries={[path]} />);
}

const json = (body: unknown, status: number) => new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });

async function world() {
  const jonkoping = await ensureMunicipality(db(), "Jönköping", "Jönköping");
  const varnamo = await ensureMunicipality(db(), "Värnamo", "Värnamo");
  const cancer = await area("cancer");
  const anna = await insertPerson(db(), { name: "Anna Andersson", experienceAreaIds: [cancer], serves_digital: 0 });
  const bo = await insertPerson(db(), { name: "Bo Berg", joined_on: "2019-01-01", serves_digital: 0 });
  const unit = await insertCareUnit(db(), { name: "Vårdcentralen Norr", municipality_id: jonkoping.id });
  const first = await insertRequest(db(), { title: "Lärcafé om cancer", care_unit_id: unit, experienceAreaIds: [cancer], slots: [slotOn(2)] });
  const second = await insertRequest(db(), { title: "Personaldag", care_unit_id: unit, slots: [slotOn(3)] });
  const far = await insertRequest(db(), {
    title: "Långt bort",
    care_unit_id: await insertCareUnit(db(), { name: "Värnamo sjukhus", municipality_id: varnamo.id }),
    slots: [slotOn(2)],
  });
  return { anna, bo, first, second, far };
}

describe("the plan page", () => {
  it("shows the proposal with reasons and sends only the ticked rows", async () => {
    const { first, far } = await world();
    const plan = await loadPlan(db());
    let sent: string[] = [];
    const { container } = renderRoute("/coordinator/plan", PlanPage, { plan, replyOn: { value: "2030-01-10", min: "2030-01-05", max: "2030-03-06" }, notice: { made: 2, refused: 1 } }, async ({ request }) => {
      sent = (await request.formData()).getAll("row").map(String);
      return json({ errors: { replyOn: "plan.errors.replyOnFar" }, values: { rows: sent, replyOn: "2031-01-01" } }, 400);
    });
    await screen.findByRole("heading", { level: 1, name: "Plan" });
    expect(container.textContent).toContain("Skickade erbjudanden: 2.");
    expect(container.textContent).toContain("Kunde inte skickas: 1.");
    const boxes = screen.getAllByRole("checkbox") as HTMLInputElement[];
    expect(boxes).toHaveLength(2);
    expect(boxes.every((b) => b.checked)).toBe(true);
    const cancerRow = plan.rows.find((r) => r.request.id === first.id)!;
    expect(screen.getByRole("checkbox", { name: `Skicka Lärcafé om cancer till ${cancerRow.personName}` })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Lärcafé om cancer" }).getAttribute("href")).toBe(`/coordinator/requests/${first.id}`);
    expect(screen.getByRole("link", { name: "Långt bort" }).getAttribute("href")).toBe(`/coordinator/requests/${far.id}`);
    expect(container.textContent).toContain("Passar formatet Föreläsning");
    expect(container.textContent).toContain("Talar svenska");
    expect(container.textContent).toContain("Inte erbjuden som bok i år");
    expect(container.textContent).toContain("Planens bonus, utöver poängen: första erbjudandet i rollen i år (+25)");
    expect((container.querySelector("#replyOn") as HTMLInputElement).value).toBe("2030-01-10");

    fireEvent.click(boxes[1]);
    fireEvent.click(screen.getByRole("button", { name: "Skicka erbjudanden" }));
    await screen.findByRole("alert");
    expect(sent).toEqual([plan.rows[0].value]);
    expect(container.querySelector("#replyOn-error")!.textContent).toBe("Sista svarsdag får vara högst 60 dagar fram.");
    // The row left unticked stays unticked when the form comes back with errors.
    await waitFor(() => expect((screen.getAllByRole("checkbox") as HTMLInputElement[]).map((b) => b.checked)).toEqual([true, false]));
  });

  it("starts a weak row unticked with its reason, and sends the person swapped in on a row", async () => {
    const { second } = await world();
    const plan = await loadPlan(db());
    const weak = { ...plan, rows: plan.rows.map((row, i) => (i === 0 ? { ...row, weak: "noExperienceInCommon" as const } : row)) };
    let form: FormData | null = null;
    renderRoute("/coordinator/plan", PlanPage, { plan: weak, replyOn: { value: "2030-01-10", min: "2030-01-05", max: "2030-03-06" }, notice: null }, async ({ request }) => {
      form = await request.formData();
      return json({ errors: { replyOn: "plan.errors.replyOnFar" }, values: { rows: form.getAll("row").map(String), instead: {}, replyOn: "2031-01-01" } }, 400);
    });
    await screen.findByRole("heading", { level: 1, name: "Plan" });
    expect((screen.getAllByRole("checkbox") as HTMLInputElement[]).map((b) => b.checked)).toEqual([false, true]);
    expect(screen.getAllByRole("row")[1].textContent).toContain("Svag matchning: har inget av de efterfrågade erfarenhetsområdena");

    const row = plan.rows.find((r) => r.request.id === second.id)!;
    const other = row.alternatives[0];
    expect(other).toBeDefined();
    const group = screen.getByRole("group", { name: "Skicka Personaldag till" });
    expect((screen.getByRole("radio", { name: `${row.personName} (förslaget)` }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(group.querySelector(`input[value="${other.value}"]`)!);
    fireEvent.click(screen.getByRole("button", { name: "Skicka erbjudanden" }));
    await screen.findByRole("alert");
    expect(form!.getAll("row")).toEqual([row.value]);
    expect(form!.get(`instead-${second.id}`)).toBe(other.value);
  });

  it("shows the empty state in English", async () => {
    renderRoute("/coordinator/plan", PlanPage, { plan: await loadPlan(db()), replyOn: { value: "2030-01-10", min: "2030-01-05", max: "2030-03-06" }, notice: null }, undefined, "en");
    expect(await screen.findByText("There are no open requests to plan right now.")).toBeTruthy();
    expect(screen.queryByRole("button")).toBeNull();
  });
});

describe("the not-yet-offered page", () => {
  it("lists people with their best request and units to pitch to", async () => {
    const { first } = await world();
    const { container } = renderRoute("/coordinator/not-offered", NotOfferedPage, { view: await loadNotOffered(db()) });
    await screen.findByRole("heading", { level: 1, name: "Inte erbjudna i år" });
    const names = screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);
    expect(names).toEqual(["Bo Berg", "Anna Andersson"]);
    expect(screen.getAllByRole("link", { name: "Lärcafé om cancer" })[0].getAttribute("href")).toBe(`/coordinator/requests/${first.id}`);
    expect(container.textContent).toContain("Vårdcentralen Norr");
    expect(container.textContent).toContain("Har efterfrågat: Cancer");
    expect(container.textContent).toContain("0 %");
  });
});

describe("the unmet page", () => {
  it("shows each group with its requests and what excluded people", async () => {
    await world();
    const { container } = renderRoute("/coordinator/unmet", UnmetPage, { view: await loadUnmet(db()) });
    await screen.findByRole("heading", { level: 2, name: "Ingen kommer till platsen (1)" });
    expect(screen.getByRole("link", { name: "Långt bort" })).toBeTruthy();
    expect(container.textContent).toContain("2 med rollen Bok: Utanför sitt område: 2");
    expect(container.textContent).toContain("1 av 3 öppna förfrågningar saknar en lämplig kandidat.");
  });
});

describe("the matching pages in English", () => {
  /** An area asked for far away, where nobody goes: "pain" has an English name, "sorg" has none. */
  async function areasFarAway() {
    const varnamo = await ensureMunicipality(db(), "Värnamo", "Värnamo");
    const pain = await area("smärta");
    await db().updateTable("experience_areas").set({ name_en: "pain" }).where("id", "=", pain).execute();
    const grief = await area("sorg");
    await insertPerson(db(), { name: "Cia Carlsson", experienceAreaIds: [pain, grief], serves_digital: 0 });
    const unit = await insertCareUnit(db(), { name: "Värnamo sjukhus", municipality_id: varnamo.id });
    await insertRequest(db(), { title: "Leva med smärta", care_unit_id: unit, experienceAreaIds: [pain, grief], slots: [slotOn(2)] });
  }

  it("the unmet page names the areas asked for in English, and marks a Swedish name and the request's title as Swedish", async () => {
    await areasFarAway();
    const { container } = renderRoute("/coordinator/unmet", UnmetPage, { view: await loadUnmet(db()) }, undefined, "en");
    const title = await screen.findByRole("link", { name: "Leva med smärta" });
    expect(title.getAttribute("lang")).toBe("sv");
    expect(container.textContent).toContain("Asks for: Pain, Sorg");
    expect(screen.getByText("Sorg").getAttribute("lang")).toBe("sv");
    expect(screen.queryByText("Smärta")).toBeNull();
  });

  it("the not-yet-offered page names what a unit asked for in English, and marks a Swedish name as Swedish", async () => {
    await areasFarAway();
    const { container } = renderRoute("/coordinator/not-offered", NotOfferedPage, { view: await loadNotOffered(db()) }, undefined, "en");
    await screen.findByRole("heading", { level: 2, name: "Cia Carlsson" });
    expect(container.textContent).toContain("Has asked for: Pain, Sorg");
    expect(screen.getByText("Sorg").getAttribute("lang")).toBe("sv");
  });

  it("the plan marks the care units' request titles as Swedish", async () => {
    await world();
    renderRoute("/coordinator/plan", PlanPage, { plan: await loadPlan(db()), replyOn: { value: "2030-01-10", min: "2030-01-05", max: "2030-03-06" }, notice: null }, undefined, "en");
    const link = await screen.findByRole("link", { name: "Lärcafé om cancer" });
    expect(link.getAttribute("lang")).toBe("sv");
  });
});

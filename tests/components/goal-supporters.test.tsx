// @vitest-environment jsdom
// The patient supporters' goal on the dashboard, from the real model: the share of supporter-months met and one row per supporter.
import { Outlet } from "@remix-run/react";
import { createRemixStub } from "@remix-run/testing";
import { cleanup, render, screen, within } from "@testing-library/react";
import { GoalSupporters } from "~/components/goal-supporters";
import { loadGoals, type GoalsView } from "~/models/goals.server";
import { db } from "~/utils/db.server";
import { insertCareUnit, insertPerson } from "../../db/insert-rows";

afterEach(cleanup);

function renderSupporters(view: GoalsView, isCurrentYear = true, locale: "sv" | "en" = "sv", named = true) {
  const Stub = createRemixStub([
    {
      id: "root",
      path: "/",
      loader: () => ({ locale, user: null }),
      Component: Outlet,
      children: [{ path: "goals", Component: () => <GoalSupporters view={view} isCurrentYear={isCurrentYear} named={named} /> }],
    },
  ]);
  return render(<Stub initialEntries={["/goals"]} />);
}

async function contact(personId: number, unitId: number, date: string) {
  await db().insertInto("supporter_contacts").values({ person_id: personId, care_unit_id: unitId, contacted_on: date, kind: "phone", created_at: new Date().toISOString(), created_by_user_id: null }).execute();
}

describe("GoalSupporters", () => {
  it("shows the months met of the supporter-months so far, and each supporter's months, new units and this month", async () => {
    const [a, b] = [await insertCareUnit(db()), await insertCareUnit(db())];
    const siv = await insertPerson(db(), { name: "Siv Stödberg", joined_on: "2020-01-01", roles: [{ role: "supporter" }] });
    const pal = await insertPerson(db(), { name: "Pål Kontaktsson", joined_on: "2026-05-10", roles: [{ role: "supporter" }] });
    await contact(siv, a, "2026-01-10");
    await contact(siv, b, "2026-06-03");
    await contact(pal, a, "2026-05-11");
    await contact(pal, b, "2026-06-20");
    await insertPerson(db(), { name: "Bo Bok", joined_on: "2020-01-01" });
    const view = await loadGoals(db(), { year: 2026, now: new Date("2026-06-25T10:00:00Z") });
    renderSupporters(view);
    const card = await screen.findByRole("region", { name: "Patientstödjare: en ny enhet i månaden" });
    // Siv: January–June, met in January and June; Pål: May–June, met both: 4 of 8.
    expect(within(card).getByText("4 av 8 stödjarmånader – målet är 100 %.", { exact: false })).toBeTruthy();
    expect(card.textContent).toContain("2 patientstödjare, 4 nya enheter under 2026.");
    const rows = within(card).getAllByRole("row").slice(1).map((row) => [...row.querySelectorAll("th, td")].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ["Pål Kontaktsson", "2 av 2", "2", "Ja"],
      ["Siv Stödberg", "2 av 6", "2", "Ja"],
    ]);
  });

  it("leaves the names out of the printed report but keeps the figures", async () => {
    const unit = await insertCareUnit(db());
    const siv = await insertPerson(db(), { name: "Siv Stödberg", joined_on: "2020-01-01", roles: [{ role: "supporter" }] });
    await contact(siv, unit, "2026-06-03");
    renderSupporters(await loadGoals(db(), { year: 2026, now: new Date("2026-06-25T10:00:00Z") }), true, "sv", false);
    expect(await screen.findByText("1 av 6 stödjarmånader – målet är 100 %.", { exact: false })).toBeTruthy();
    expect(document.body.textContent).not.toContain("Siv");
    expect(screen.queryByRole("table")).toBeNull();
  });

  it("says the goal cannot be counted without supporters, in English too", async () => {
    const view = await loadGoals(db(), { year: 2026, now: new Date("2026-06-25T10:00:00Z") });
    renderSupporters(view, true, "en");
    expect(await screen.findByText("No patient supporters this year – the goal cannot be counted.")).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
  });
});

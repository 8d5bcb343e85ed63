// @vitest-environment jsdom
// The plan's group goals on the dashboard, from the real model: groups started, recurring Lärcafés per care area
// against two each, and the self-efficacy share, hidden below five answers.
import { Outlet } from "@remix-run/react";
import { createRemixStub } from "@remix-run/testing";
import { cleanup, render, screen, within } from "@testing-library/react";
import { GoalPlanGroups } from "~/components/goal-plan-groups";
import { GoalSelfEfficacy } from "~/components/goal-self-efficacy";
import { localToInstant } from "~/domain/stockholm-time";
import { loadGoals, type GoalsView } from "~/models/goals.server";
import { db } from "~/utils/db.server";
import { ensureMunicipality, insertCareUnit } from "../../db/insert-rows";

afterEach(cleanup);

const NOW = new Date("2026-06-25T10:00:00Z");
const at = (date: string, minute = 780) => localToInstant(date, minute).toISOString();

function renderCards(view: GoalsView) {
  const Stub = createRemixStub([
    {
      id: "root",
      path: "/",
      loader: () => ({ locale: "sv", user: null }),
      Component: Outlet,
      children: [
        {
          path: "goals",
          Component: () => (
            <>
              <GoalPlanGroups view={view} />
              <GoalSelfEfficacy view={view} />
            </>
          ),
        },
      ],
    },
  ]);
  return render(<Stub initialEntries={["/goals"]} />);
}

async function larcafe(municipality: string, careArea: string, digital: boolean, dates: string[]) {
  const place = await ensureMunicipality(db(), municipality, careArea);
  const unit = await insertCareUnit(db(), { municipality_id: place.id });
  const area = await db().insertInto("experience_areas").values({ name: `Område ${municipality}` }).returning("id").executeTakeFirstOrThrow();
  const { id } = await db()
    .insertInto("larcafe_series")
    .values({
      title: "Lärcafé",
      experience_area_id: area.id,
      care_unit_id: unit,
      digital: digital ? 1 : 0,
      municipality_id: digital ? null : place.id,
      address: digital ? null : "Storgatan 1",
      audience: "patients",
      audience_size: 10,
      contact_name: "Kim",
      contact_phone: "070-000 00 00",
      created_at: at("2026-01-01"),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  for (const date of dates) await db().insertInto("larcafe_sessions").values({ series_id: id, starts_at: at(date), ends_at: at(date, 900), request_id: null }).execute();
}

async function answers(scores: number[]) {
  for (const score of scores) await db().insertInto("survey_answers").values({ source: "larcafe", score, comment: null, submitted_at: at("2026-05-05") }).execute();
}

describe("the plan's group goals", () => {
  it("count the Lärcafés started and list every care area's recurring ones against two", async () => {
    await ensureMunicipality(db(), "Eksjö", "Höglandet");
    await larcafe("Värnamo", "Värnamo", false, ["2026-02-01", "2026-03-01"]);
    await larcafe("Gislaved", "Värnamo", true, ["2026-04-01", "2026-05-01", "2026-09-01"]);
    await larcafe("Jönköping", "Jönköping", false, ["2026-06-01", "2026-07-01"]);
    renderCards(await loadGoals(db(), { year: 2026, now: NOW }));
    const card = await screen.findByRole("region", { name: "Självhjälpsgrupper och Lärcaféer" });
    expect(card.textContent).toContain("Självhjälpsgrupper startade: 0, varav 0 digitala.");
    expect(card.textContent).toContain("Lärcaféer startade: 3, varav 1 digitala.");
    const rows = within(card).getAllByRole("row").slice(1).map((row) => [...row.querySelectorAll("th, td")].map((cell) => cell.textContent));
    // Jönköping's second session is still ahead on 25 June.
    expect(rows).toEqual([
      ["Höglandet", "0", "2 kvar"],
      ["Jönköping", "0", "2 kvar"],
      ["Värnamo", "2", "Nått"],
    ]);
  });

  it("hide the self-efficacy share below five answers and show it from five", async () => {
    await answers([5, 5, 4, 2]);
    renderCards(await loadGoals(db(), { year: 2026, now: NOW }));
    const card = await screen.findByRole("region", { name: "Större tilltro till egen förmåga" });
    expect(card.textContent).toContain("4 svar hittills. Andelen visas från 5 svar");
    expect(card.textContent).not.toContain("%");
    cleanup();
    await answers([1]);
    renderCards(await loadGoals(db(), { year: 2026, now: new Date(NOW.getTime() + 3_600_000) }));
    const shown = await screen.findByRole("region", { name: "Större tilltro till egen förmåga" });
    expect(shown.textContent).toMatch(/60\s%/);
    expect(shown.textContent).toMatch(/3 av 5 svar – målet är 80\s%\. Målet är inte nått än\./);
  });
});

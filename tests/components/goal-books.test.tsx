// @vitest-environment jsdom
// The book goal's list of books not yet offered, from the real model: an anonymised person shows in the page's language.
import { Outlet } from "@remix-run/react";
import { createRemixStub } from "@remix-run/testing";
import { cleanup, render, screen } from "@testing-library/react";
import { GoalBooks } from "~/components/goal-books";
import { loadGoals, type GoalsView } from "~/models/goals.server";
import { db } from "~/utils/db.server";
import { insertPerson } from "../../db/insert-rows";

afterEach(cleanup);

function renderBooks(view: GoalsView, locale: "sv" | "en") {
  const Stub = createRemixStub([
    { id: "root", path: "/", loader: () => ({ locale, user: null }), Component: Outlet, children: [{ path: "goals", Component: () => <GoalBooks view={view} isCurrentYear /> }] },
  ]);
  return render(<Stub initialEntries={["/goals"]} />);
}

describe("GoalBooks", () => {
  it.each([
    ["sv", "Anonymiserad"],
    ["en", "Anonymised"],
  ] as const)("names an anonymised book by its number in %s, and others by name", async (locale, word) => {
    const erased = await insertPerson(db(), { name: "", joined_on: "2020-01-01", anonymised_at: "2026-05-01T00:00:00.000Z" });
    await insertPerson(db(), { name: "Vera Vinge", joined_on: "2020-01-02" });
    const view = await loadGoals(db(), { year: 2026, now: new Date("2026-06-01T10:00:00Z") });
    renderBooks(view, locale);
    expect((await screen.findByRole("link", { name: `${word} #${erased}` })).getAttribute("href")).toBe(`/admin/people/${erased}`);
    expect(screen.getByRole("link", { name: "Vera Vinge" }).getAttribute("href")).toMatch(/^\/admin\/people\/\d+$/);
  });
});

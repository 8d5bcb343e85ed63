// @vitest-environment jsdom
// The "not set up yet" page in both languages: what a visitor should wait for, and the operator's commands in order.
import { Outlet } from "@remix-run/react";
import { createRemixStub } from "@remix-run/testing";
import { cleanup, render, screen } from "@testing-library/react";
import Home from "~/routes/_index";
import { SETUP_COMMANDS } from "~/utils/setup-commands";

afterEach(cleanup);

function renderHome(setUp: boolean, locale: "sv" | "en" = "sv") {
  const Stub = createRemixStub([
    { id: "root", path: "/", loader: () => ({ locale, user: null }), Component: Outlet, children: [{ index: true, Component: Home, loader: () => ({ setUp }) }] },
  ]);
  return render(<Stub initialEntries={["/"]} />);
}

describe("the not-set-up page", () => {
  it("says in Swedish that Levande is not set up and lists the setup commands in order", async () => {
    renderHome(false);
    expect(await screen.findByRole("heading", { level: 1, name: "Levande är inte konfigurerat än" })).toBeTruthy();
    expect(screen.getByText(/docs\/operations\.md/)).toBeTruthy();
    expect(screen.getAllByRole("listitem").map((item) => item.textContent)).toEqual([...SETUP_COMMANDS]);
    expect(screen.getByText(/npm run user -- add coordinator EMAIL "NAME"/)).toBeTruthy();
    expect(screen.queryByRole("link", { name: /Logga in/ })).toBeNull();
  });

  it("has an English twin", async () => {
    renderHome(false, "en");
    expect(await screen.findByRole("heading", { level: 1, name: "Levande is not set up yet" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2, name: "For the operator" })).toBeTruthy();
  });

  it("is replaced by the ordinary home page with its sign-in link once the region is set up", async () => {
    renderHome(true);
    expect(await screen.findByRole("link", { name: "Logga in för att fortsätta" })).toBeTruthy();
    expect(screen.queryByText("Levande är inte konfigurerat än")).toBeNull();
  });
});

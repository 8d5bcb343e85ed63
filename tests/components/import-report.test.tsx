// @vitest-environment jsdom
// The import report's lists of experience areas: the Swedish names from the file, marked as Swedish on an English page.
import { Outlet } from "@remix-run/react";
import { createRemixStub } from "@remix-run/testing";
import { cleanup, render, screen } from "@testing-library/react";
import { CreatedAreas } from "~/components/import-report";

afterEach(cleanup);

function renderIn(locale: "sv" | "en") {
  const Stub = createRemixStub([
    { id: "root", path: "/", loader: () => ({ locale, user: null }), Component: Outlet, children: [{ index: true, Component: () => <CreatedAreas names={["ångest", "sorg"]} /> }] },
  ]);
  return render(<Stub initialEntries={["/"]} />);
}

describe("the experience areas an import created", () => {
  it("are marked lang=sv on an English page", async () => {
    renderIn("en");
    expect((await screen.findByText("ångest")).getAttribute("lang")).toBe("sv");
    expect(screen.getByText("sorg").getAttribute("lang")).toBe("sv");
  });

  it("carry no lang of their own on a Swedish page", async () => {
    renderIn("sv");
    expect((await screen.findByText("ångest")).hasAttribute("lang")).toBe(false);
  });
});

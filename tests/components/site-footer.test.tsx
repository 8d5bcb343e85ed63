// @vitest-environment jsdom
// The footer names the region that runs the server (REGION_NAME), not the demo region, and only the service without one.
import { Outlet } from "@remix-run/react";
import { createRemixStub } from "@remix-run/testing";
import { cleanup, render, screen } from "@testing-library/react";
import { Shell } from "~/components/layout";

afterEach(cleanup);

function renderShell(region: string | null, locale: "sv" | "en" = "sv") {
  const Root = () => (
    <Shell user={null} region={region}>
      <Outlet />
    </Shell>
  );
  const Stub = createRemixStub([{ id: "root", path: "/", loader: () => ({ locale, user: null, region }), Component: Root, children: [{ index: true, Component: () => <h1>Start</h1> }] }]);
  return render(<Stub initialEntries={["/"]} />);
}

const footerText = async () => (await screen.findByRole("contentinfo")).querySelector("p")!.textContent;

describe("the site footer", () => {
  it("names the region the server is set up for", async () => {
    renderShell("Region Halland");
    expect(await footerText()).toBe("Region Halland · Levande bibliotek");
  });

  it("names only the service when no region is set, never the demo region", async () => {
    renderShell(null);
    expect(await footerText()).toBe("Levande bibliotek");
    expect(document.body.textContent).not.toContain("Jönköping");
  });

  it("marks the region's Swedish name as Swedish on an English page", async () => {
    renderShell("Region Halland", "en");
    expect(await footerText()).toBe("Region Halland · Living Library");
    expect(screen.getByText("Region Halland").getAttribute("lang")).toBe("sv");
  });
});

// @vitest-environment jsdom
import { createRemixStub } from "@remix-run/testing";
import { cleanup, render, screen } from "@testing-library/react";
import Accessibility, { loader } from "~/routes/accessibility";
import { parseEnv } from "~/utils/env.server";

afterEach(cleanup);

function renderStatement(region: string | null = null, locale: "sv" | "en" = "sv") {
  const Stub = createRemixStub([
    {
      id: "root",
      path: "/",
      loader: () => ({ locale, user: null, region }),
      children: [{ path: "accessibility", loader: () => ({ contact: "tillganglighet@region.example.se", region }), Component: Accessibility }],
    },
  ]);
  return render(<Stub initialEntries={["/accessibility"]} />);
}

describe("the accessibility statement", () => {
  it("says how to report a problem by e-mail to the configured address, with a subject", async () => {
    renderStatement();
    const report = await screen.findByRole("link", { name: "Mejla tillganglighet@region.example.se om en brist" });
    expect(report.getAttribute("href")).toBe(`mailto:tillganglighet@region.example.se?subject=${encodeURIComponent("Brist i tillgängligheten i Levande bibliotek")}`);
  });

  it("links to Digg's complaint form and lists the known issues, with the date and method of assessment", async () => {
    renderStatement();
    expect((await screen.findByRole("link", { name: "Anmäl bristande tillgänglighet till Digg" })).getAttribute("href")).toBe("https://www.digg.se/tdosanmalan");
    const issues = screen.getByRole("heading", { name: "Innehåll som inte är tillgängligt" }).nextElementSibling;
    expect(issues?.querySelectorAll("li").length).toBeGreaterThan(0);
    expect(issues?.textContent).toContain("1.4.10");
    expect(screen.getByText(/Den senaste bedömningen gjordes den \d+ \w+ \d{4}\./)).toBeTruthy();
    expect(screen.getByText(/axe-core.*Nu HTML Checker.*tangentbord/)).toBeTruthy();
  });

  it("reads the address from ACCESSIBILITY_CONTACT and refuses one that is not an e-mail address", () => {
    expect(loader()).toEqual({ contact: parseEnv(process.env).ACCESSIBILITY_CONTACT, region: parseEnv(process.env).REGION_NAME ?? null });
    expect(parseEnv({ ACCESSIBILITY_CONTACT: "a11y@region.se" }).ACCESSIBILITY_CONTACT).toBe("a11y@region.se");
    expect(parseEnv({}).ACCESSIBILITY_CONTACT).toBe("levande@example.se");
    expect(() => parseEnv({ ACCESSIBILITY_CONTACT: "mailto:x" })).toThrow(/ACCESSIBILITY_CONTACT måste vara en e-postadress/);
  });

  it("says which region stands behind the service (REGION_NAME), never the demo region", async () => {
    renderStatement("Region Halland");
    expect(await screen.findByText(/^Region Halland står bakom Levande bibliotek\./)).toBeTruthy();
    expect(document.body.textContent).not.toContain("Jönköping");
  });

  it("says 'the region' when no region name is set", async () => {
    renderStatement(null);
    expect(await screen.findByText(/^Regionen står bakom Levande bibliotek\./)).toBeTruthy();
    expect(document.body.textContent).not.toContain("Jönköping");
  });

  it("names the region in English too", async () => {
    renderStatement("Region Halland", "en");
    expect(await screen.findByText(/^Region Halland runs the Living Library\./)).toBeTruthy();
  });
});

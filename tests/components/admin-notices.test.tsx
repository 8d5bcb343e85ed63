// @vitest-environment jsdom
// The coordinator's settings page and the card approval on a person's page confirm with the notification banner:
// a titled status after saving (an alert on failure), focused so it is heard and in view.
import type { ActionFunction, LoaderFunction } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { createRemixStub } from "@remix-run/testing";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import type { ComponentType } from "react";
import { CardApprovalBanner } from "~/components/card-approval";
import Settings from "~/routes/admin.settings";

afterEach(cleanup);

function renderRoute(url: string, Component: ComponentType, loader?: LoaderFunction, action?: ActionFunction) {
  const Stub = createRemixStub([
    { id: "root", path: "/", loader: () => ({ locale: "sv", user: null }), Component: Outlet, children: [{ path: url.split("?")[0].slice(1), Component, loader, action }] },
  ]);
  return render(<Stub initialEntries={[url]} />);
}

const json = (body: unknown, status: number) => new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });

describe("the settings page", () => {
  it("says the setting is saved in a focused banner", async () => {
    renderRoute("/admin/settings?sparat=1", Settings, () => ({ autoNext: true, scoreFloor: 40 }));
    const banner = await screen.findByRole("status", { name: "Klart" });
    expect(banner.textContent).toContain("Inställningen är sparad.");
    // The banner takes focus in an effect after it renders; on a loaded machine that can be a moment later.
    await waitFor(() => expect(document.activeElement).toBe(banner));
  });

  it("says a refused save in a focused alert banner", async () => {
    renderRoute("/admin/settings", Settings, () => ({ autoNext: true, scoreFloor: 40 }), () => json({ errors: { form: "error.badRequestBody" }, values: {} }, 400));
    fireEvent.click((await screen.findAllByRole("button", { name: "Spara" }))[0]);
    const banner = await screen.findByRole("alert", { name: "Viktigt" });
    await waitFor(() => expect(document.activeElement).toBe(banner));
  });

  it("says a floor out of range next to its field and in the focused banner, keeping what was typed", async () => {
    renderRoute("/admin/settings", Settings, () => ({ autoNext: true, scoreFloor: 40 }), () => json({ errors: { scoreFloor: "desk.settings.scoreFloorInvalid" }, values: { scoreFloor: "500" } }, 400));
    const field = (await screen.findByLabelText("Lägsta poäng för förbockade rader i planen")) as HTMLInputElement;
    expect(field.value).toBe("40");
    fireEvent.change(field, { target: { value: "500" } });
    fireEvent.click(screen.getAllByRole("button", { name: "Spara" })[1]);
    const banner = await screen.findByRole("alert", { name: "Viktigt" });
    await waitFor(() => expect(document.activeElement).toBe(banner));
    expect(banner.textContent).toContain("Ange ett heltal från 0 till 150.");
    expect((screen.getByLabelText("Lägsta poäng för förbockade rader i planen") as HTMLInputElement).getAttribute("aria-invalid")).toBe("true");
  });
});

describe("the card approval", () => {
  it.each([
    ["publicerat", "Kortet är godkänt och syns nu i katalogen."],
    ["avpublicerat", "Kortet är borttaget från katalogen och väntar på godkännande igen."],
  ])("?kort=%s is confirmed in a focused banner", async (notice, text) => {
    renderRoute(`/admin/people/4?kort=${notice}`, CardApprovalBanner);
    const banner = await screen.findByRole("status", { name: "Klart" });
    expect(banner.textContent).toContain(text);
    await waitFor(() => expect(document.activeElement).toBe(banner));
  });

  it("shows nothing without a notice", async () => {
    renderRoute("/admin/people/4", () => (
      <main>
        <h1>Person</h1>
        <CardApprovalBanner />
      </main>
    ));
    await screen.findByRole("heading", { name: "Person" });
    expect(screen.queryByRole("status")).toBeNull();
  });
});

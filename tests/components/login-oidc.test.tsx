// @vitest-environment jsdom
// The login page's SITHS/e-tjänstekort button and its messages, rendered in both languages.
import { Outlet } from "@remix-run/react";
import { createRemixStub } from "@remix-run/testing";
import { cleanup, render, screen } from "@testing-library/react";
import Login from "~/routes/login";

afterEach(cleanup);

function renderLogin(data: { oidc: boolean; oidcNotice: { reason: string; email?: string } | null }, url = "/login", locale: "sv" | "en" = "sv") {
  const Stub = createRemixStub([
    { id: "root", path: "/", loader: () => ({ locale, user: null }), Component: Outlet, children: [{ path: "login", Component: Login, loader: () => ({ idle: false, ...data }) }] },
  ]);
  return render(<Stub initialEntries={[url]} />);
}

describe("the login page with SITHS/e-tjänstekort", () => {
  it("shows the button, a plain form posting to /auth/oidc with where to return, only when configured", async () => {
    renderLogin({ oidc: true, oidcNotice: null }, "/login?redirectTo=%2Fadmin%2Fusers");
    const button = await screen.findByRole("button", { name: "Logga in med SITHS/e-tjänstekort" });
    const form = button.closest("form")!;
    expect(form.getAttribute("action")).toBe("/auth/oidc");
    expect(form.getAttribute("method")).toBe("post");
    expect((form.querySelector("input[name=redirectTo]") as HTMLInputElement).value).toBe("/admin/users");
    expect(screen.getByRole("button", { name: "Logga in" })).toBeTruthy();
    cleanup();

    renderLogin({ oidc: false, oidcNotice: null });
    await screen.findByRole("button", { name: "Logga in" });
    expect(screen.queryByRole("button", { name: /SITHS/ })).toBeNull();
  });

  it("says in an alert why a card sign-in was refused, naming the e-mail", async () => {
    renderLogin({ oidc: true, oidcNotice: { reason: "unknown", email: "okand@example.se" } });
    expect((await screen.findByRole("alert")).textContent).toContain("Det finns inget konto för e-postadressen okand@example.se. Be en samordnare om en inbjudan.");
    cleanup();
    renderLogin({ oidc: true, oidcNotice: { reason: "unavailable" } });
    expect((await screen.findByRole("alert")).textContent).toContain("Inloggningstjänsten svarar inte just nu.");
  });

  it("speaks English on an English page", async () => {
    renderLogin({ oidc: true, oidcNotice: { reason: "disabled", email: "a@example.se" } }, "/login", "en");
    expect(await screen.findByRole("button", { name: "Sign in with SITHS/e-service card" })).toBeTruthy();
    expect((await screen.findByRole("alert")).textContent).toContain("The account for a@example.se is disabled.");
  });
});

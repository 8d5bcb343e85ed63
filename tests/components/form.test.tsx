// @vitest-environment jsdom
import { createRemixStub } from "@remix-run/testing";
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import { ErrorSummary, TextField } from "~/components/form";

afterEach(cleanup);

function renderWithLocale(ui: React.ReactNode, locale: "sv" | "en" = "sv") {
  const Stub = createRemixStub([
    {
      id: "root",
      path: "/",
      loader: () => ({ locale, user: null }),
      Component: () => <>{ui}</>,
    },
  ]);
  return render(<Stub />);
}

describe("form errors", () => {
  it("lists every error in a focused alert that links to its field", async () => {
    renderWithLocale(
      <>
        <ErrorSummary errors={{ email: "Ange en giltig e-postadress.", name: "Fyll i fältet." }} labels={{ email: "E-post", name: "Namn" }} />
        <TextField name="email" label="E-post" error="Ange en giltig e-postadress." />
      </>,
    );
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveProperty("textContent", expect.stringContaining("Formuläret innehåller fel"));
    const link = screen.getByRole("link", { name: "E-post: Ange en giltig e-postadress." });
    expect(link.getAttribute("href")).toBe("#email");
    await waitFor(() => expect(document.activeElement).toBe(alert));
  });

  it("renders nothing when there are no errors", async () => {
    renderWithLocale(
      <>
        <p>Formulär</p>
        <ErrorSummary errors={{}} labels={{}} />
      </>,
    );
    await screen.findByText("Formulär");
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("ties a field's error and hint to its input for screen readers", async () => {
    renderWithLocale(<TextField name="password" label="Lösenord" hint="Minst 8 tecken." error="För kort." />);
    const input = await screen.findByLabelText("Lösenord");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(input.getAttribute("aria-describedby")).toBe("password-hint password-error");
    expect(document.getElementById("password-error")?.textContent).toBe("För kort.");
  });

  it("speaks English when the visitor chose English", async () => {
    renderWithLocale(<ErrorSummary errors={{ form: "Wrong e-mail address or password." }} labels={{}} />, "en");
    expect((await screen.findByRole("alert")).textContent).toContain("The form has errors");
  });
});

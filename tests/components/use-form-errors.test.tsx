// @vitest-environment jsdom
// useFormErrors: an action's message keys shown in the page's language, with the page's variables.
import { createRemixStub } from "@remix-run/testing";
import { cleanup, render, screen } from "@testing-library/react";
import type { MessageKey } from "~/i18n";
import { useFormErrors } from "~/utils/use-form-errors";

afterEach(cleanup);

function Errors({ errors, vars }: { errors: Partial<Record<string, MessageKey>> | undefined; vars?: Record<string, string | number> }) {
  const shown = useFormErrors(errors, vars);
  return <pre>{JSON.stringify(shown)}</pre>;
}

function renderIn(locale: "sv" | "en", ui: React.ReactNode) {
  const Stub = createRemixStub([{ id: "root", path: "/", loader: () => ({ locale, user: null }), Component: () => <>{ui}</> }]);
  return render(<Stub />);
}

describe("useFormErrors", () => {
  it("translates each field's key in Swedish and English", async () => {
    renderIn("sv", <Errors errors={{ email: "errors.email", name: "errors.required" }} />);
    expect(JSON.parse((await screen.findByText(/e-post/)).textContent!)).toEqual({ email: "Ange en giltig e-postadress, till exempel namn@example.se.", name: "Fyll i fältet." });
    cleanup();
    renderIn("en", <Errors errors={{ name: "errors.required" }} />);
    expect(JSON.parse((await screen.findByText(/fill in/)).textContent!)).toEqual({ name: "Please fill in this field." });
  });

  it("fills in the page's variables", async () => {
    renderIn("sv", <Errors errors={{ password: "account.password.throttled" }} vars={{ minutes: 15 }} />);
    expect(await screen.findByText(/Vänta 15 minuter/)).toBeTruthy();
  });

  it("is empty before anything was posted", async () => {
    renderIn("sv", <Errors errors={undefined} />);
    expect((await screen.findByText("{}")).textContent).toBe("{}");
  });
});

// @vitest-environment jsdom
import { Form, Outlet } from "@remix-run/react";
import { createRemixStub } from "@remix-run/testing";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { DocumentMeta } from "~/components/document-meta";
import { pageTitle } from "~/utils/meta";
import "../setup/english";

afterEach(cleanup);

function renderPage(locale: "sv" | "en", action: () => Record<string, unknown>) {
  const Stub = createRemixStub([
    {
      id: "root",
      path: "/",
      loader: () => ({ locale, user: null }),
      Component: () => (
        <>
          <DocumentMeta />
          <Outlet />
        </>
      ),
      children: [
        {
          id: "request",
          path: "request",
          loader: () => ({ request: { title: "Att leva med ångest" } }),
          action,
          meta: ({ data, matches }) => pageTitle(matches, "desk.detail.title", { name: (data as { request: { title: string } }).request.title }),
          Component: () => (
            <Form method="post">
              <button type="submit">Skicka</button>
            </Form>
          ),
        },
      ],
    },
  ]);
  return render(<Stub initialEntries={["/request"]} />);
}

const title = () => document.querySelector("title")?.textContent;

describe("page titles", () => {
  it("name the page's object and start with Fel: once the form comes back with errors", async () => {
    renderPage("sv", () => ({ errors: { contact: "errors.required" } }));
    await waitFor(() => expect(title()).toBe("Förfrågan: Att leva med ångest – Levande bibliotek"));
    fireEvent.click(screen.getByRole("button", { name: "Skicka" }));
    await waitFor(() => expect(title()).toBe("Fel: Förfrågan: Att leva med ångest – Levande bibliotek"));
  });

  it("say Error: in English", async () => {
    renderPage("en", () => ({ errors: { contact: "errors.required" } }));
    fireEvent.click(await screen.findByRole("button", { name: "Skicka" }));
    await waitFor(() => expect(title()).toBe("Error: Request: Att leva med ångest – Living Library"));
  });

  it("keep the plain title when the form was accepted", async () => {
    renderPage("sv", () => ({ errors: {}, saved: true }));
    fireEvent.click(await screen.findByRole("button", { name: "Skicka" }));
    await waitFor(() => expect(screen.getByRole("button", { name: "Skicka" })).toBeTruthy());
    await new Promise((r) => setTimeout(r, 50));
    expect(title()).toBe("Förfrågan: Att leva med ångest – Levande bibliotek");
  });
});

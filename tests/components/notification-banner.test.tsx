// @vitest-environment jsdom
// Confirmations in view: the banner takes focus when it appears (and again after a second answer), and a client-side
// navigation moves focus to the new page's <h1> and reads its title, without taking it from a banner or error summary.
import { Outlet } from "@remix-run/react";
import { Link } from "@remix-run/react";
import { createRemixStub } from "@remix-run/testing";
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { ErrorSummary } from "~/components/form";
import { Shell } from "~/components/layout";
import { NotificationBanner } from "~/components/notification-banner";

afterEach(cleanup);

function Answers() {
  const [answer, setAnswer] = useState<{ n: number } | null>(null);
  return (
    <>
      <h1>Erbjudanden</h1>
      {answer ? (
        <NotificationBanner refocus={answer}>
          <p>{`Svar ${answer.n}`}</p>
        </NotificationBanner>
      ) : null}
      <button type="button" onClick={() => setAnswer({ n: (answer?.n ?? 0) + 1 })}>
        Tacka ja
      </button>
      <NotificationBanner tone="important">
        <p>Något gick fel</p>
      </NotificationBanner>
    </>
  );
}

const page = (heading: string, extra?: JSX.Element) =>
  function Page() {
    return (
      <>
        <h1>{heading}</h1>
        {extra}
        <Link to="/b">Till B</Link> <Link to="/c?notis=1">Till C</Link> <Link to="/d">Till D</Link> <Link to="/a#del">Avsnitt</Link>
      </>
    );
  };

function renderApp(url: string) {
  const Root = () => (
    <Shell user={null}>
      <Outlet />
    </Shell>
  );
  const Stub = createRemixStub([
    {
      id: "root",
      path: "/",
      loader: () => ({ locale: "sv", user: null }),
      Component: Root,
      children: [
        { path: "a", Component: page("Sida A") },
        { path: "b", Component: page("Sida B") },
        { path: "c", Component: page("Sida C", <NotificationBanner><p>Sparat</p></NotificationBanner>) },
        { path: "d", Component: page("Sida D", <ErrorSummary errors={{ name: "Fyll i namn" }} labels={{ name: "Namn" }} />) },
        { path: "answers", Component: Answers },
      ],
    },
  ]);
  return render(<Stub initialEntries={[url]} />);
}

describe("the notification banner", () => {
  it("is a titled status after success, an alert otherwise, and takes focus again after a second answer", async () => {
    renderApp("/answers");
    const important = await screen.findByRole("alert");
    expect(important.textContent).toBe("ViktigtNågot gick fel");
    expect(important.getAttribute("tabindex")).toBe("-1");
    fireEvent.click(screen.getByRole("button", { name: "Tacka ja" }));
    const status = await screen.findByRole("status", { name: "Klart" });
    expect(status.textContent).toContain("Svar 1");
    expect(document.activeElement).toBe(status);
    act(() => screen.getByRole("button", { name: "Tacka ja" }).focus());
    fireEvent.click(screen.getByRole("button", { name: "Tacka ja" }));
    await screen.findByText("Svar 2");
    expect(document.activeElement).toBe(screen.getByRole("status", { name: "Klart" }));
  });
});

describe("a client-side navigation", () => {
  it("leaves focus alone on the first load, then moves it to the new <h1> and announces the title", async () => {
    renderApp("/a");
    await screen.findByRole("heading", { level: 1, name: "Sida A" });
    expect(document.activeElement).toBe(document.body);
    const link = screen.getByRole("link", { name: "Till B" });
    act(() => link.focus());
    document.title = "Sida B – Levande bibliotek";
    fireEvent.click(link);
    const h1 = await screen.findByRole("heading", { level: 1, name: "Sida B" });
    expect(document.activeElement).toBe(h1);
    expect(h1.getAttribute("tabindex")).toBe("-1");
    expect(document.querySelector("[aria-live=polite]")!.textContent).toBe("Sida B – Levande bibliotek");
  });

  it("does not take focus from a banner or an error summary that focused itself, nor on a hash change", async () => {
    renderApp("/a");
    await screen.findByRole("heading", { level: 1, name: "Sida A" });
    fireEvent.click(screen.getByRole("link", { name: "Till C" }));
    await screen.findByRole("heading", { level: 1, name: "Sida C" });
    expect(document.activeElement).toBe(screen.getByRole("status"));
    fireEvent.click(screen.getByRole("link", { name: "Till D" }));
    await screen.findByRole("heading", { level: 1, name: "Sida D" });
    expect(document.activeElement).toBe(screen.getByRole("alert"));

    cleanup();
    renderApp("/a");
    const section = await screen.findByRole("link", { name: "Avsnitt" });
    act(() => section.focus());
    fireEvent.click(section);
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(document.activeElement).toBe(section);
  });
});

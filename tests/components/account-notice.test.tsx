// @vitest-environment jsdom
// The confirmation a user sees after a password reset or change, whatever page the link lands on.
import { createRemixStub } from "@remix-run/testing";
import { cleanup, render, screen } from "@testing-library/react";
import { AccountNotice } from "~/components/account-notice";

afterEach(cleanup);

function Page() {
  return (
    <>
      <AccountNotice />
      <h1>Sidan</h1>
    </>
  );
}

function renderAt(url: string) {
  const Stub = createRemixStub([{ id: "root", path: "/*", loader: () => ({ locale: "sv", user: null }), Component: Page }]);
  return render(<Stub initialEntries={[url]} />);
}

describe("AccountNotice", () => {
  it.each([
    ["/volunteer?notis=nytt-losenord", "Ditt nya lösenord är sparat och du är inloggad."],
    ["/unit?notis=losenord-bytt", "Ditt lösenord är bytt."],
  ])("%s shows a status message", async (url, text) => {
    renderAt(url);
    expect((await screen.findByRole("status")).textContent).toContain(text);
  });

  it.each(["/coordinator", "/coordinator?notis=erbjudna", "/x?notis=constructor", "/x?notis=__proto__", "/x?notis=toString"])("%s shows nothing", async (url) => {
    const { container } = renderAt(url);
    await screen.findByRole("heading", { name: "Sidan" });
    expect(screen.queryByRole("status")).toBeNull();
    expect(container.textContent).toBe("Sidan");
  });
});

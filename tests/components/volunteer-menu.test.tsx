// @vitest-environment jsdom
// A volunteer's menu follows her roles: the booking pages only for someone a care unit can book, availability also for
// a group starter, her contact log for a patient supporter and her groups for a starter.
import { createRemixStub } from "@remix-run/testing";
import { cleanup, render, screen, within } from "@testing-library/react";
import { Shell, type ShellUser } from "~/components/layout";

afterEach(cleanup);

async function menu(user: Partial<ShellUser>) {
  const Stub = createRemixStub([
    { id: "root", path: "/", loader: () => ({ locale: "sv", user: null }), Component: () => <Shell user={{ name: "Siv", role: "volunteer", ...user }}>sida</Shell> },
  ]);
  render(<Stub initialEntries={["/"]} />);
  const nav = await screen.findByRole("navigation", { name: "Huvudmeny" });
  return within(nav).getAllByRole("link").map((a) => a.getAttribute("href"));
}

describe("a volunteer's menu", () => {
  it("keeps every booking page for a book, with no contact log or groups", async () => {
    expect(await menu({ bookable: true })).toEqual([
      "/volunteer", "/volunteer/offers", "/volunteer/open-requests", "/volunteer/assignments", "/volunteer/shifts", "/volunteer/availability", "/volunteer/calendar", "/volunteer/profile",
    ]);
  });

  it("leaves the booking pages out for a patient supporter who is nothing else", async () => {
    expect(await menu({ bookable: false, supporter: true })).toEqual(["/volunteer", "/volunteer/contacts", "/volunteer/shifts", "/volunteer/profile"]);
  });

  it("keeps availability for a group starter, whom the matching engine ranks by it", async () => {
    expect(await menu({ bookable: false, starter: true })).toEqual(["/volunteer", "/volunteer/groups", "/volunteer/shifts", "/volunteer/availability", "/volunteer/profile"]);
  });

  it("gives a book who is also a supporter and a starter everything", async () => {
    expect(await menu({ bookable: true, supporter: true, starter: true })).toHaveLength(10);
  });
});

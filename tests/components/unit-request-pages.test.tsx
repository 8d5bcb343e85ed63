// @vitest-environment jsdom
// The care unit's pages rendered in a browser-like DOM: errors next to fields, values and the form key kept, no-JS steps.
import type { ActionFunction, LoaderFunction } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { createRemixStub } from "@remix-run/testing";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import type { ComponentType } from "react";
import UnitHome from "~/routes/unit._index";
import UnitCalendar from "~/routes/unit.calendar";
import RequestPage from "~/routes/unit.requests.$requestId";
import RequestList from "~/routes/unit.requests._index";
import NewRequest from "~/routes/unit.requests.new";
import VolunteerCalendar from "~/routes/volunteer.calendar";

afterEach(cleanup);

function renderRoute(url: string, Component: ComponentType, loader: LoaderFunction, action?: ActionFunction, locale: "sv" | "en" = "sv") {
  const Stub = createRemixStub([
    { id: "root", path: "/", loader: () => ({ locale, user: null }), Component: Outlet, children: [{ path: url.split("?")[0].slice(1), Component, loader, action }] },
  ]);
  return render(<Stub initialEntries={[url]} />);
}

const json = (body: unknown, status: number) => new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
const options = { areas: [{ id: 1, name: "ångest" }], careAreas: [], municipalities: [{ id: 1, name: "Jönköping", care_area_id: 1 }] };
const KEY = "k".repeat(24);

describe("the new-request form", () => {
  it("shows the wished card's title, then each error next to its field with the values and the form key kept", async () => {
    const { container } = renderRoute(
      "/unit/requests/new",
      NewRequest,
      () => ({ options, wish: { personId: 3, role: "peer", title: "Peer-stöd vid ångest" }, wishMissing: false, defaults: { municipalityId: "1", contactName: "Kim" }, submissionKey: "loader-key-000000000000" }),
      () =>
        json(
          {
            errors: { title: "requests.errors.titleShort", slot3Start: "requests.errors.slotStartInvalid", wish: "requests.errors.wishUnavailable" },
            values: { title: "ab", slot3Start: "25:00", wishedPersonId: "", wishedRole: "", experienceAreaIds: [] },
            submissionKey: KEY,
          },
          400,
        ),
    );
    await screen.findByRole("heading", { level: 1, name: "Ny förfrågan" });
    expect(container.textContent).toContain("Önskad person: Peer-stöd vid ångest (Peer).");
    expect(container.querySelector("details")!.open).toBe(false);
    expect((container.querySelector("#contactName") as HTMLInputElement).value).toBe("Kim");
    fireEvent.click(screen.getByRole("button", { name: "Skicka förfrågan" }));
    const summary = await screen.findByRole("alert");
    expect(screen.getByRole("link", { name: "Rubrik: Skriv en rubrik på minst 3 tecken." }).getAttribute("href")).toBe("#title");
    expect(summary.textContent).toContain("Tidsförslag 3: Starttid: Ange starttid som tt:mm");
    expect(container.querySelector("#title-error")!.textContent).toBe("Skriv en rubrik på minst 3 tecken.");
    expect((container.querySelector("#title") as HTMLInputElement).value).toBe("ab");
    expect((container.querySelector("#slot3Start") as HTMLInputElement).value).toBe("25:00");
    expect(container.querySelector("details")!.open).toBe(true);
    expect(container.querySelector("#wish")!.textContent).toContain("går inte att önska längre");
    expect(container.textContent).not.toContain("Peer-stöd vid ångest");
    expect(container.querySelector("input[name=wishedPersonId]")).toBeNull();
    expect((container.querySelector("input[name=submissionKey]") as HTMLInputElement).value).toBe(KEY);
  });
});

const view = {
  id: 5, title: "Lärcafé om smärta", status: "confirmed", statusReason: null, wantedRole: "book", format: "lecture", purpose: "", audience: "staff", audienceSize: 20,
  isDigital: false, place: "Storgatan 1, Jönköping", contact: { name: "Kim", phone: "070-174 06 99" }, createdAt: "2026-11-01T10:00:00Z", wishedTitle: "Att leva med smärta",
  slots: [{ id: 1, startsAt: "2026-11-30T12:00:00Z", endsAt: "2026-11-30T13:00:00Z" }, { id: 2, startsAt: "2026-12-01T12:00:00Z", endsAt: "2026-12-01T13:30:00Z" }],
  chosenSlotId: 2, areas: [{ name: "smärta", nameEn: "pain" }],
  history: [
    { id: 1, status: "open", note: null, noteCode: null, noteStep: null, at: "2026-11-01T10:00:00Z" },
    { id: 2, status: "open", note: null, noteCode: "offer_declined", noteStep: null, at: "2026-11-02T10:00:00Z" },
    { id: 3, status: "confirmed", note: "Flyttad till större sal", noteCode: null, noteStep: null, at: "2026-11-03T10:00:00Z" },
  ],
  offers: { accepted: 1, declined: 2 },
  assignment: { id: 9, status: "booked", startsAt: "2026-12-01T12:00:00Z", endsAt: "2026-12-01T13:30:00Z", volunteer: "Vera", ended: true, feedback: null, canGiveFeedback: true,
    card: { role: "book", title: "Smärtan som inte syns", presentation: "Jag har levt med smärta i tio år." }, wish: "other", bookAgain: { person: 12, role: "book" } },
  canWithdraw: false,
  canCancel: true,
};

describe("one request's page", () => {
  it("shows the notice, facts, counts without names, history, and a feedback error next to its field", async () => {
    const { container } = renderRoute("/unit/requests/5?notis=skapad", RequestPage, () => ({ request: view }), () =>
      json({ intent: "feedback", errors: { rating: "requests.errors.rating" }, values: { comment: "Bra!" } }, 400),
    );
    await screen.findByRole("heading", { level: 1, name: "Lärcafé om smärta" });
    expect(screen.getByRole("status").textContent).toContain("Förfrågan är skickad");
    const text = container.textContent!;
    for (const expected of ["1 dec. 2026 13:00, 1 tim 30 min", "Tackat nej: 2", "Förfrågan skapad", "Öppen igen – Erbjudande avböjt", "tackat ja – Flyttad till större sal", "Att leva med smärta", "Vera"]) {
      expect(text).toContain(expected);
    }
    expect(container.querySelector("details summary")!.textContent).toBe("Ställ in uppdraget");
    expect(document.activeElement).toBe(screen.getByRole("status"));
    expect(screen.getByRole("status").compareDocumentPosition(screen.getByRole("heading", { level: 1 })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const booking = screen.getByRole("region", { name: "Bokat uppdrag" });
    // The booking comes before the request's facts and slots, so a phone shows it first.
    expect(booking.compareDocumentPosition(screen.getByRole("heading", { name: "Tidsförslag" })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByRole("article", { name: "Smärtan som inte syns" }).textContent).toContain("Jag har levt med smärta i tio år.");
    expect(booking.textContent).toContain("Det är en annan person än den ni önskade.");
    expect(screen.getByRole("link", { name: "Boka samma person igen" }).getAttribute("href")).toBe("/unit/requests/new?person=12&role=book");
    const chosen = container.querySelector("[aria-current=true]")!;
    expect(chosen.textContent).toBe("1 dec. 2026 13:00, 1 tim 30 min – vald tid");
    expect(container.querySelectorAll("#slots-title + ul li")).toHaveLength(2);
    fireEvent.click(screen.getByRole("button", { name: "Skicka återkoppling" }));
    await screen.findByRole("alert");
    expect(container.querySelector("#rating-error")!.textContent).toBe("Välj ett betyg från 1 till 5.");
    expect((container.querySelector("#comment") as HTMLTextAreaElement).value).toBe("Bra!");
  });
});

describe("a booking the volunteer called off", () => {
  it("is titled for what it is, not as booked", async () => {
    const cancelled = { ...view, status: "open", assignment: { ...view.assignment, status: "cancelled", ended: false, canGiveFeedback: false } };
    renderRoute("/unit/requests/5", RequestPage, () => ({ request: cancelled }));
    const booking = await screen.findByRole("region", { name: "Inställt uppdrag" });
    expect(booking.textContent).toContain("Inställt");
    expect(screen.queryByRole("region", { name: "Bokat uppdrag" })).toBeNull();
  });
});

describe("the other unit pages", () => {
  it("render the list (and its empty state in English), the start page and both calendar pages", async () => {
    renderRoute("/unit/requests", RequestList, () => ({ requests: [{ id: 1, title: "A", wanted_role: "book", status: "open", created_at: "2026-11-01T10:00:00Z", first_slot_at: null }] }));
    expect((await screen.findByRole("link", { name: "A" })).getAttribute("href")).toBe("/unit/requests/1");
    cleanup();
    renderRoute("/unit/requests", RequestList, () => ({ requests: [] }), undefined, "en");
    await screen.findByText("The unit has no requests yet.");
    expect(screen.getByRole("link", { name: "Browse the catalogue" }).getAttribute("href")).toBe("/catalogue");
    cleanup();
    renderRoute("/unit", UnitHome, () => ({ unit: { id: 1, name: "VC", kind: "primary_care", municipality_id: 1, municipality: "Jönköping", care_area: "Jönköping" }, requests: [], reminders: ["offer_deadline", "assignment_tomorrow"] }));
    expect((await screen.findByRole("link", { name: "Gör en ny förfrågan" })).getAttribute("href")).toBe("/unit/requests/new");
    cleanup();
    renderRoute("/unit/calendar", UnitCalendar, () => ({ hasLink: true }), () => ({ errors: {}, link: "http://localhost/calendar/abc.ics", revoked: false }));
    await screen.findByText("Enheten har en aktiv kalenderlänk.", { exact: false });
    fireEvent.click(screen.getByRole("button", { name: "Skapa ny länk" }));
    await screen.findByRole("heading", { name: "Din nya kalenderlänk" });
    expect((screen.getByLabelText("Kalenderlänk") as HTMLInputElement).value).toBe("http://localhost/calendar/abc.ics");
    cleanup();
    renderRoute("/volunteer/calendar", VolunteerCalendar, () => ({ hasLink: false }));
    await screen.findByText("Du har ingen aktiv kalenderlänk.");
  });
});

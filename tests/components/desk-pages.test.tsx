// @vitest-environment jsdom
// The request desk's pages in a browser-like DOM: reasons as chips in both languages, errors next to their fields, no-JS steps.
import type { ActionFunction, LoaderFunction } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { createRemixStub } from "@remix-run/testing";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import type { ComponentType } from "react";
import { reasonText } from "~/components/plan-reasons";
import { translate, type MessageKey } from "~/i18n";
import DeskRequestPage from "~/routes/coordinator.requests.$requestId";
import RequestDesk from "~/routes/coordinator.requests._index";

afterEach(cleanup);

function renderRoute(url: string, Component: ComponentType, loader: LoaderFunction, action?: ActionFunction, locale: "sv" | "en" = "sv") {
  const Stub = createRemixStub([
    { id: "root", path: "/", loader: () => ({ locale, user: null }), Component: Outlet, children: [{ path: url.split("?")[0].slice(1), Component, loader, action }] },
  ]);
  return render(<Stub initialEntries={[url]} />);
}

const json = (body: unknown, status: number) => new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
const reason = (key: string, vars: Record<string, string | number> = {}) => ({ key: `matching.reason.${key}`, vars });

const view = {
  id: 5, title: "Lärcafé om smärta", status: "offered", statusReason: null, wantedRole: "book", format: "lecture", purpose: "", audience: "staff", audienceSize: 20,
  isDigital: false, place: "Storgatan 1, Jönköping", careUnit: { name: "VC Väster", kind: "primary_care", municipality: "Jönköping", careArea: "Jönköping" },
  contact: { name: "Kim", phone: "070-174 06 99" }, createdAt: "2026-11-01T10:00:00Z", wishedName: null, areas: [{ name: "smärta", nameEn: "pain" }],
  slots: [{ id: 1, startsAt: "2026-12-01T12:00:00Z", endsAt: "2026-12-01T13:30:00Z" }, { id: 2, startsAt: "2026-12-02T12:00:00Z", endsAt: "2026-12-02T13:00:00Z" }],
  history: [
    { id: 1, status: "open", note: null, noteCode: null, noteStep: null, at: "2026-11-01T10:00:00Z", actor: null },
    { id: 2, status: "offered", note: null, noteCode: "cascade_step", noteStep: 2, at: "2026-11-02T10:00:00Z", actor: "Sara Samordnare" },
  ],
  offers: [{ id: 7, personId: 3, name: "Olle Ofta", status: "pending", slotStartsAt: "2026-12-01T12:00:00Z", offeredAt: "2026-11-02T10:00:00Z", replyBy: "2026-11-07T23:00:00Z", respondedAt: null, declineReason: null, cascadeStep: null }],
  cascade: { autoNext: true, steps: 0, exhaustedAt: null },
  assignment: null,
};
const candidates = {
  total: 1,
  candidates: [
    {
      personId: 4, name: "Nora Nyfiken", roles: ["book", "peer"], total: 151.5, freeSlotIds: [2],
      parts: [
        { key: "experience", points: 40, reason: reason("experienceOverlap", { matched: 1, wanted: 1 }) },
        { key: "format", points: 10, reason: reason("formatFit", { format: "lecture" }) },
        { key: "language", points: 5, reason: reason("speaksLanguage", { language: "sv" }) },
        { key: "proximity", points: 10, reason: reason("sameCareArea") },
        { key: "goalPressure", points: 71.5, reason: reason("neverOffered") },
        { key: "loadSpread", points: 7.5, reason: reason("lastAssignment", { months: 5, count: 1 }) },
        { key: "feedback", points: 7.5, reason: reason("feedback", { rating: 4.5, count: 2 }) },
      ],
    },
  ],
  excludedCount: 2,
  excluded: [
    { reason: "notActive", count: 1, people: [{ id: 8, name: "Paula Paus" }] },
    { reason: "alreadyOffered", count: 1, people: [{ id: 3, name: "Olle Ofta" }] },
  ],
};
const defaults = { slotIds: [1, 2], slotId: 2, replyBy: "2026-11-28", replyDays: 5, replyByMin: "2026-11-23", replyByMax: "2027-01-22" };
const pageData = { request: view, candidates, all: false, top: 10, defaults };

describe("a score part's reason", () => {
  it("names format and language codes and writes decimals the locale's way", () => {
    const t = (locale: "sv" | "en") => (key: MessageKey, vars?: Record<string, string | number>) => translate(locale, key, vars);
    expect(reasonText(t("sv"), reason("formatFit", { format: "improvement_work" }), "sv")).toBe("Passar formatet Förbättringsarbete");
    expect(reasonText(t("en"), reason("languageMissing", { language: "ar" }), "en")).toBe("Does not speak Arabic");
    expect(reasonText(t("sv"), reason("feedback", { rating: 4.5, count: 2 }), "sv")).toBe("Betyg 4,5 av 5 från vårdenheter (2 st)");
    expect(reasonText(t("sv"), { key: "matching.reason.unknown", vars: {} }, "sv")).toBe("matching.reason.unknown");
  });
});

describe("the request page", () => {
  it("shows the candidate with reasons as chips, the default slot and date, the excluded on demand and a withdraw step", async () => {
    const { container } = renderRoute("/coordinator/requests/5?notis=erbjudna&antal=2", DeskRequestPage, () => pageData);
    await screen.findByRole("heading", { level: 1, name: "Lärcafé om smärta" });
    expect(within(screen.getByRole("status")).getByText("Erbjudanden skickade: 2.")).toBeTruthy();
    const chips = within(screen.getByRole("list", { name: "Skäl för Nora Nyfiken" })).getAllByRole("listitem").map((li) => li.textContent);
    expect(chips).toEqual([
      "1 av 1 erfarenhetsområden (+40)",
      "Passar formatet Föreläsning (+10)",
      "Talar svenska (+5)",
      "Samma sjukvårdsområde (+10)",
      "Inte erbjuden som bok i år (+71,5)",
      "Senaste uppdrag för 5 månader sedan (1 det senaste året) (+7,5)",
      "Betyg 4,5 av 5 från vårdenheter (2 st) (+7,5)",
    ]);
    expect(container.textContent).toContain("151,5 poäng");
    expect(container.textContent).toContain("Bok, Peer");
    expect((screen.getByRole("radio", { name: /2 dec\. 2026 13:00/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText("Svara senast") as HTMLInputElement).value).toBe("2026-11-28");
    const excluded = container.querySelector("details:not(:has(form))") as HTMLDetailsElement;
    expect(excluded.querySelector("summary")!.textContent).toBe("Visa uteslutna (2)");
    expect(excluded.open).toBe(false);
    expect(excluded.textContent).toContain("Inte aktiv (1)");
    expect(excluded.textContent).toContain("Har redan ett erbjudande (1)");
    const withdraw = screen.getByText("Dra tillbaka", { selector: "summary" });
    expect(withdraw.getAttribute("aria-label")).toBe("Dra tillbaka: Olle Ofta");
    expect(container.querySelector("input[name=offerId]")!.getAttribute("value")).toBe("7");
    expect(container.textContent).toContain("av Sara Samordnare – Automatiskt erbjudande, steg 2 av 3");
  });

  it("in English names the areas in English and marks what the unit wrote in Swedish, and an area without an English name", async () => {
    const request = { ...view, purpose: "Vi vill förstå smärta bättre.", areas: [{ name: "smärta", nameEn: "pain" }, { name: "ensamhet", nameEn: null }] };
    const { container } = renderRoute("/coordinator/requests/5", DeskRequestPage, () => ({ ...pageData, request }), undefined, "en");
    const title = await screen.findByRole("heading", { level: 1, name: "Lärcafé om smärta" });
    expect(title.getAttribute("lang")).toBe("sv");
    const facts = [...container.querySelectorAll("dl.facts > div")].map((row) => [row.querySelector("dt")!.textContent, row.querySelector("dd")!]);
    const fact = (term: string) => facts.find(([t]) => t === term)![1] as HTMLElement;
    expect(fact("Experience areas").textContent).toBe("Pain, Ensamhet");
    expect([...fact("Experience areas").querySelectorAll("[lang=sv]")].map((e) => e.textContent)).toEqual(["Ensamhet"]);
    expect(fact("Purpose").querySelector("[lang=sv]")!.textContent).toBe("Vi vill förstå smärta bättre.");
    expect(container.textContent).toContain("Automatic offer, step 2 of 3");
  });

  it("puts an offer refusal next to the people and keeps what was ticked", async () => {
    const { container } = renderRoute("/coordinator/requests/5", DeskRequestPage, () => pageData, () =>
      json({ intent: "offer", errors: { personId: "desk.errors.alreadyOffered" }, names: "Nora Nyfiken", values: { personId: ["4"], slotId: "1", replyBy: "2026-11-30" } }, 409),
    );
    await screen.findByRole("heading", { level: 1, name: "Lärcafé om smärta" });
    fireEvent.click(container.querySelector("#personId")!);
    fireEvent.click(screen.getByRole("button", { name: "Skicka erbjudanden" }));
    await screen.findByRole("alert");
    expect(container.querySelector("#personId-error")!.textContent).toBe("Nora Nyfiken har redan fått ett erbjudande på den här förfrågan.");
    expect(screen.getByRole("link", { name: "Personer att erbjuda: Nora Nyfiken har redan fått ett erbjudande på den här förfrågan." }).getAttribute("href")).toBe("#personId");
    expect((container.querySelector("#personId") as HTMLInputElement).checked).toBe(true);
  });

  it("records an outcome in English, with an hours error next to its field", async () => {
    const assignment = { id: 9, personId: 4, name: "Nora Nyfiken", status: "booked", statusReason: null, startsAt: "2026-12-01T12:00:00Z", endsAt: "2026-12-01T13:30:00Z", hours: null, compensationSek: 600, sequence: 0, reportedHours: null };
    const { container } = renderRoute(
      "/coordinator/requests/5",
      DeskRequestPage,
      () => ({ ...pageData, request: { ...view, status: "confirmed", offers: [], assignment }, candidates: null }),
      () => json({ intent: "outcome", errors: { hours: "desk.errors.hours" }, names: "", values: { status: "completed", hours: "-1", compensationSek: "600", reason: "" } }, 400),
      "en",
    );
    await screen.findByRole("heading", { level: 1, name: "Lärcafé om smärta" });
    expect(container.textContent).toContain("The request has the status Confirmed and takes no more offers.");
    expect((screen.getByLabelText("Hours") as HTMLInputElement).value).toBe("1.5");
    fireEvent.click(screen.getByRole("radio", { name: "Completed" }));
    fireEvent.change(screen.getByLabelText("Hours"), { target: { value: "-1" } });
    fireEvent.click(screen.getByRole("button", { name: "Save outcome" }));
    await screen.findByRole("alert");
    expect(container.querySelector("#hours-error")!.textContent).toBe("Give hours between 0 and 24, for example 1.5.");
    expect((screen.getByLabelText("Hours") as HTMLInputElement).value).toBe("-1");
    expect((screen.getByRole("radio", { name: "Completed" }) as HTMLInputElement).checked).toBe(true);
  });
});

describe("the desk list", () => {
  it("shows the count, a row linking to the request, and the empty state", async () => {
    const row = { id: 5, title: "Lärcafé om smärta", status: "open", wantedRole: "book", isDigital: true, createdAt: "2026-11-01T10:00:00Z", careUnit: "VC Väster", municipality: "Jönköping", firstSlotAt: null, pendingOffers: 1, declinedOffers: 0 };
    const careAreas = [{ id: 1, name: "Höglandet" }];
    renderRoute("/coordinator/requests", RequestDesk, () => ({ filters: { status: "open" }, careAreas, total: 150, requests: [row] }));
    expect((await screen.findByRole("link", { name: "Lärcafé om smärta" })).getAttribute("href")).toBe("/coordinator/requests/5");
    expect(screen.getByRole("status").textContent).toBe("Antal förfrågningar: 150 Visar de 1 nyaste. Använd filtren för att hitta äldre.");
    expect(screen.getByText("VC Väster, digitalt")).toBeTruthy();
    expect((screen.getByLabelText("Status") as HTMLSelectElement).value).toBe("open");
    cleanup();
    renderRoute("/coordinator/requests", RequestDesk, () => ({ filters: {}, careAreas, total: 0, requests: [] }), undefined, "en");
    await screen.findByText("No requests match the filters.");
  });
});

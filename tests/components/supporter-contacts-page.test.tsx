// @vitest-environment jsdom
// "Mina kontakter" as the supporter reads it, from the real loader: this month in a sentence, the year's months in words,
// the kinds as Swedish radio buttons, the "Ny enhet" pill on a first contact only, and the removal asked again in place.
import { Outlet } from "@remix-run/react";
import { createRemixStub } from "@remix-run/testing";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import SupporterContacts, * as route from "~/routes/volunteer.contacts";
import { db } from "~/utils/db.server";
import { insertCareUnit, insertPerson, insertUser } from "../../db/insert-rows";
import { call, cookieFor, getRequest, postRequest } from "../setup/http";

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

async function supporterPage() {
  vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-12-15T10:00:00Z") });
  const personId = await insertPerson(db(), { roles: [{ role: "supporter" }], joined_on: "2026-10-01" });
  const cookie = await cookieFor(await insertUser(db(), { role: "volunteer", person_id: personId }));
  const unit = String(await insertCareUnit(db(), { name: "Vårdcentralen Habo" }));
  for (const [contactedOn, kind] of [["2026-10-20", "meeting"], ["2026-12-03", "phone"]]) {
    await call(route.action as never, postRequest("/volunteer/contacts", { intent: "add", careUnitId: unit, contactedOn, kind }, { cookie }));
  }
  const data = (await call(route.loader as never, getRequest("/volunteer/contacts", { cookie }))).data;
  vi.useRealTimers();
  return data;
}

function renderPage(data: object, locale: "sv" | "en", answer: object | null = null) {
  const Stub = createRemixStub([
    {
      id: "root",
      path: "/",
      loader: () => ({ locale, user: null }),
      Component: Outlet,
      children: [{ path: "volunteer/contacts", loader: () => data, action: () => answer, Component: SupporterContacts }],
    },
  ]);
  return render(<Stub initialEntries={["/volunteer/contacts"]} />);
}

describe("the supporter's contact page", () => {
  it("says in words that October was met, November not, and December not yet, with the kinds as Swedish radio buttons", async () => {
    const data = await supporterPage();
    renderPage(data, "sv");
    expect(await screen.findByText("Ingen ny enhet ännu i december – målet är en ny enhet varje månad.")).toBeTruthy();
    const year = screen.getByRole("region", { name: "Månaderna 2026" });
    expect(within(year).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["Oktober: målet nått, 1 ny enhet", "November: ingen ny enhet", "December: ingen ny enhet"]);
    expect(within(screen.getByRole("group", { name: "Typ av kontakt" })).getAllByRole("radio").map((r) => r.parentElement?.textContent)).toEqual(["Besök", "Möte", "Telefon", "Digitalt", "Annat"]);
    expect(screen.getByRole("option", { name: "Vårdcentralen Habo (Jönköping)" })).toBeTruthy();
    const log = within(screen.getByRole("region", { name: "Dina kontakter" })).getAllByRole("listitem");
    expect(log.map((li) => [li.textContent?.includes("Telefon"), within(li).queryByText("Ny enhet") !== null])).toEqual([
      [true, false],
      [false, true],
    ]);
  });

  it("reads in English on an English page", async () => {
    const data = await supporterPage();
    renderPage(data, "en");
    expect(await screen.findByText("No new unit yet in December – the goal is a new unit every month.")).toBeTruthy();
    expect(screen.getByText("New unit")).toBeTruthy();
  });

  it("asks again in place, with the focus on the question, before removing a contact", async () => {
    const data = await supporterPage();
    const [newest] = (data as { contacts: { id: number }[] }).contacts;
    renderPage(data, "sv", { form: "confirm", errors: {}, values: {}, contact: newest });
    fireEvent.click(await screen.findByRole("button", { name: /^Ta bort kontakten med Vårdcentralen Habo den 3 dec/ }));
    const question = await screen.findByRole("group", { name: "Ta bort kontakten?" });
    expect(question.textContent).toContain("Kontakten med Vårdcentralen Habo (Telefon) den 3 dec. 2026 tas bort");
    expect(document.activeElement).toBe(question);
    expect(within(question).getByRole("button", { name: "Ja, ta bort kontakten" })).toBeTruthy();
  });
});

// "Mina kontakter": only a patient supporter may use it; she logs a contact, sees this month met and the new unit,
// gets her mistakes back as field errors, and removes a contact only after confirming it.
import fc from "fast-check";
import * as root from "~/root";
import * as route from "~/routes/volunteer.contacts";
import { db } from "~/utils/db.server";
import { hasFormErrors } from "~/utils/meta";
import { insertCareUnit, insertPerson, insertUser } from "../../db/insert-rows";
import { call, cookieFor, getRequest, postRequest } from "../setup/http";

// 15 December 2026, 11:00 in Stockholm.
const NOW = new Date("2026-12-15T10:00:00Z");

async function volunteer(role: "supporter" | "book" = "supporter") {
  const personId = await insertPerson(db(), { roles: [{ role }], joined_on: "2026-01-01" });
  const userId = await insertUser(db(), { role: "volunteer", person_id: personId });
  return { personId, userId, cookie: await cookieFor(userId) };
}

const load = (cookie?: string) => call(route.loader as never, getRequest("/volunteer/contacts", { cookie }));
const post = (cookie: string | undefined, fields: Record<string, string>) => call(route.action as never, postRequest("/volunteer/contacts", fields, { cookie }));
const contactCount = async () => Number((await db().selectFrom("supporter_contacts").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);

describe("volunteer contacts", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ["Date"], now: NOW }));
  afterEach(() => vi.useRealTimers());

  it("is 404 for a volunteer who is not a patient supporter, on load and on post", async () => {
    const book = await volunteer("book");
    const unit = await insertCareUnit(db());
    expect((await load(book.cookie)).status).toBe(404);
    expect((await post(book.cookie, { intent: "add", careUnitId: String(unit), contactedOn: "2026-12-14", kind: "visit" })).status).toBe(404);
    expect(await contactCount()).toBe(0);
  });

  it("is in the menu of a patient supporter only", async () => {
    const [s, book] = [await volunteer(), await volunteer("book")];
    const shell = async (cookie: string) => (await call(root.loader as never, getRequest("/volunteer", { cookie }))).data.user;
    // A supporter who is nothing else has no booking pages in her menu; a book keeps hers.
    expect(await shell(s.cookie)).toMatchObject({ role: "volunteer", supporter: true, bookable: false });
    expect(await shell(book.cookie)).toMatchObject({ role: "volunteer", supporter: false, bookable: true });
  });

  it("sends a signed-out visitor to the login page and refuses coordinators and units", async () => {
    expect((await load()).location).toBe("/login?redirectTo=%2Fvolunteer%2Fcontacts");
    for (const role of ["coordinator", "requester"] as const) {
      const cookie = await cookieFor(await insertUser(db(), { role }));
      expect((await load(cookie)).status).toBe(403);
      expect((await post(cookie, {})).status).toBe(403);
    }
  });

  it("shows the units to choose from, today's date, and no new unit yet this month", async () => {
    const s = await volunteer();
    await insertCareUnit(db(), { name: "Vårdcentralen Eksjö" });
    const page = await load(s.cookie);
    expect(page.status).toBe(200);
    expect(page.data).toMatchObject({ today: "2026-12-15", thisMonth: { month: 12, met: false, newUnits: 0 }, contacts: [] });
    expect(page.data.units).toMatchObject([{ name: "Vårdcentralen Eksjö", municipality: "Jönköping" }]);
  });

  it("logs a contact: the month is met and the contact is marked as a new unit; the same unit again is not new", async () => {
    const s = await volunteer();
    const unit = await insertCareUnit(db(), { name: "Vårdcentralen Eksjö" });
    const saved = await post(s.cookie, { intent: "add", careUnitId: String(unit), contactedOn: "2026-12-02", kind: "visit" });
    expect(saved).toMatchObject({ status: 302, location: "/volunteer/contacts" });
    expect((await post(s.cookie, { intent: "add", careUnitId: String(unit), contactedOn: "2026-12-09", kind: "phone" })).status).toBe(302);
    const page = await load(s.cookie);
    expect(page.data.thisMonth).toEqual({ month: 12, met: true, newUnits: 1 });
    expect(page.data.months).toHaveLength(12);
    expect(page.data.contacts.map((c: { contactedOn: string; kind: string; unit: string; firstWithUnit: boolean }) => [c.contactedOn, c.kind, c.unit, c.firstWithUnit])).toEqual([
      ["2026-12-09", "phone", "Vårdcentralen Eksjö", false],
      ["2026-12-02", "visit", "Vårdcentralen Eksjö", true],
    ]);
  });

  it.each([
    [{ careUnitId: "", contactedOn: "2026-12-14", kind: "visit" }, { careUnitId: "supporterContacts.errors.unit" }],
    [{ careUnitId: "999999", contactedOn: "2026-12-14", kind: "visit" }, { careUnitId: "supporterContacts.errors.unit" }],
    [{ careUnitId: "UNIT", contactedOn: "2026-02-30", kind: "visit" }, { contactedOn: "supporterContacts.errors.date" }],
    [{ careUnitId: "UNIT", contactedOn: "2026-12-16", kind: "visit" }, { contactedOn: "supporterContacts.errors.future" }],
    [{ careUnitId: "UNIT", contactedOn: "2024-12-15", kind: "visit" }, { contactedOn: "supporterContacts.errors.tooOld" }],
    [{ careUnitId: "UNIT", contactedOn: "2026-12-14", kind: "fika" }, { kind: "supporterContacts.errors.kind" }],
    [{ careUnitId: "UNIT", contactedOn: "", kind: "" }, { contactedOn: "supporterContacts.errors.date", kind: "supporterContacts.errors.kind" }],
  ])("refuses %j with a 400, the errors at their fields and the values back", async (fields, errors) => {
    const s = await volunteer();
    const unit = String(await insertCareUnit(db()));
    const posted = { intent: "add", ...fields, careUnitId: fields.careUnitId.replace("UNIT", unit) };
    const outcome = await post(s.cookie, posted);
    expect(outcome.status).toBe(400);
    expect(outcome.data.errors).toEqual(errors);
    expect(outcome.data.values).toMatchObject(posted);
    expect(hasFormErrors(outcome.data)).toBe(true);
    expect(await contactCount()).toBe(0);
  });

  it("answers 'already logged' for the same unit, day and kind, and a repeated field is a 400", async () => {
    const s = await volunteer();
    const unit = String(await insertCareUnit(db()));
    const fields = { intent: "add", careUnitId: unit, contactedOn: "2026-12-14", kind: "meeting" };
    expect((await post(s.cookie, fields)).status).toBe(302);
    const again = await post(s.cookie, fields);
    expect(again.status).toBe(400);
    expect(again.data.errors).toEqual({ form: "supporterContacts.errors.alreadyLogged" });
    const body = new URLSearchParams({ ...fields, contactedOn: "2026-12-13" });
    body.append("kind", "phone");
    const repeated = await call(route.action as never, new Request("http://localhost/volunteer/contacts", { method: "POST", body, headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "http://localhost", Cookie: s.cookie } }));
    expect(repeated.status).toBe(400);
    expect(await contactCount()).toBe(1);
  });

  it("answers any post of a supporter below 500, and a refusal saves nothing", async () => {
    const s = await volunteer();
    const unit = String(await insertCareUnit(db()));
    const value = fc.oneof(fc.constantFrom("add", "remove", "yes", unit, "2026-12-14", "2026-12-16", "visit", "0", "-1", "9".repeat(12), ""), fc.string({ maxLength: 30 }));
    const fields = fc.dictionary(fc.constantFrom("intent", "careUnitId", "contactedOn", "kind", "id", "confirm", "other"), value, { maxKeys: 6 });
    await fc.assert(
      fc.asyncProperty(fields, async (posted) => {
        const before = await contactCount();
        const outcome = await post(s.cookie, posted);
        expect(outcome.status).toBeLessThan(500);
        if (outcome.status >= 400) expect(await contactCount()).toBe(before);
      }),
      { numRuns: 60, seed: 20261206 },
    );
  });

  it("removes a contact only after the confirmation, and never another supporter's", async () => {
    const [s, other] = [await volunteer(), await volunteer()];
    const unit = String(await insertCareUnit(db(), { name: "Hjärtmottagningen" }));
    await post(s.cookie, { intent: "add", careUnitId: unit, contactedOn: "2026-12-14", kind: "visit" });
    await post(other.cookie, { intent: "add", careUnitId: unit, contactedOn: "2026-12-14", kind: "visit" });
    const [mine] = (await load(s.cookie)).data.contacts;
    const [theirs] = (await load(other.cookie)).data.contacts;

    const asked = await post(s.cookie, { intent: "remove", id: String(mine.id) });
    expect(asked.status).toBe(200);
    expect(asked.data).toMatchObject({ form: "confirm", contact: { id: mine.id, unit: "Hjärtmottagningen", contactedOn: "2026-12-14" } });
    expect(await contactCount()).toBe(2);

    expect((await post(s.cookie, { intent: "remove", id: String(theirs.id), confirm: "yes" })).status).toBe(404);
    expect((await post(s.cookie, { intent: "remove", id: String(theirs.id) })).status).toBe(404);
    expect(await contactCount()).toBe(2);

    expect(await post(s.cookie, { intent: "remove", id: String(mine.id), confirm: "yes" })).toMatchObject({ status: 302, location: "/volunteer/contacts" });
    expect((await load(s.cookie)).data.contacts).toEqual([]);
    expect((await load(other.cookie)).data.contacts).toHaveLength(1);
  });
});

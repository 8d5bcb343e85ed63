// A patient supporter's own contact log: who may log, which dates and units are refused, the same contact twice, and
// removing one's own contact (only one's own).
import { holdsRole } from "~/models/people.server";
import { addContact, listCareUnitChoices, listContacts, monthsThisYear, removeContact } from "~/models/supporter-contacts.server";
import { db } from "~/utils/db.server";
import { ensureMunicipality, insertCareUnit, insertPerson, insertUser } from "../../db/insert-rows";

// 15 December 2026, 11:00 in Stockholm.
const NOW = new Date("2026-12-15T10:00:00Z");

async function supporter(roles: ("supporter" | "book")[] = ["supporter"], joined_on = "2026-01-01") {
  const personId = await insertPerson(db(), { roles: roles.map((role) => ({ role })), joined_on });
  const userId = await insertUser(db(), { role: "volunteer", person_id: personId });
  return { personId, userId };
}

const contactRows = () => db().selectFrom("supporter_contacts").select(["person_id", "care_unit_id", "contacted_on", "kind", "created_by_user_id"]).execute();

describe("logging a supporter's contact", () => {
  it("saves the contact, records who logged it in the audit log, and lists it with the unit and its municipality", async () => {
    const s = await supporter();
    const unit = await insertCareUnit(db(), { name: "Vårdcentralen Tranås", municipality_id: (await ensureMunicipality(db(), "Tranås", "Höglandet")).id });
    const result = await addContact(db(), { ...s, careUnitId: unit, contactedOn: "2026-12-14", kind: "visit", now: NOW });
    expect(result).toEqual({ ok: true, id: expect.any(Number) });
    expect(await contactRows()).toEqual([{ person_id: s.personId, care_unit_id: unit, contacted_on: "2026-12-14", kind: "visit", created_by_user_id: s.userId }]);
    const audited = await db().selectFrom("audit_log").select(["actor_user_id", "entity", "action"]).where("entity", "=", "supporter_contact").execute();
    expect(audited).toEqual([{ actor_user_id: s.userId, entity: "supporter_contact", action: "create" }]);
    expect(await listContacts(db(), s.personId)).toMatchObject([{ contactedOn: "2026-12-14", kind: "visit", unit: "Vårdcentralen Tranås", municipality: "Tranås", firstWithUnit: true }]);
  });

  it("refuses a person who is not a patient supporter, and saves nothing", async () => {
    const book = await supporter(["book"]);
    const unit = await insertCareUnit(db());
    expect(await holdsRole(db(), book.personId, "supporter")).toBe(false);
    expect(await addContact(db(), { ...book, careUnitId: unit, contactedOn: "2026-12-14", kind: "visit", now: NOW })).toEqual({ ok: false, problem: "notSupporter" });
    expect(await contactRows()).toEqual([]);
  });

  it("refuses a unit that does not exist", async () => {
    const s = await supporter();
    expect(await addContact(db(), { ...s, careUnitId: 999_999, contactedOn: "2026-12-14", kind: "phone", now: NOW })).toEqual({ ok: false, problem: "unknownUnit" });
    expect(await contactRows()).toEqual([]);
  });

  it("refuses a day after today in Stockholm, but takes today even when it is still yesterday in UTC", async () => {
    const s = await supporter();
    const unit = await insertCareUnit(db());
    expect(await addContact(db(), { ...s, careUnitId: unit, contactedOn: "2026-12-16", kind: "phone", now: NOW })).toEqual({ ok: false, problem: "future" });
    // 23:30 UTC on 31 December is 00:30 on New Year's Day in Stockholm.
    const newYear = new Date("2026-12-31T23:30:00Z");
    expect(await addContact(db(), { ...s, careUnitId: unit, contactedOn: "2027-01-01", kind: "phone", now: newYear })).toMatchObject({ ok: true });
    expect(await addContact(db(), { ...s, careUnitId: unit, contactedOn: "2027-01-02", kind: "phone", now: newYear })).toEqual({ ok: false, problem: "future" });
  });

  it("refuses a day more than 400 days back", async () => {
    const s = await supporter();
    const unit = await insertCareUnit(db());
    expect(await addContact(db(), { ...s, careUnitId: unit, contactedOn: "2025-11-10", kind: "visit", now: NOW })).toMatchObject({ ok: true });
    expect(await addContact(db(), { ...s, careUnitId: unit, contactedOn: "2025-11-09", kind: "visit", now: NOW })).toEqual({ ok: false, problem: "tooOld" });
  });

  it("answers 'already logged' for the same unit, day and kind, and keeps one row; another kind the same day is another contact", async () => {
    const s = await supporter();
    const unit = await insertCareUnit(db());
    const contact = { ...s, careUnitId: unit, contactedOn: "2026-12-10", kind: "meeting" as const, now: NOW };
    expect(await addContact(db(), contact)).toMatchObject({ ok: true });
    expect(await addContact(db(), contact)).toEqual({ ok: false, problem: "alreadyLogged" });
    expect(await addContact(db(), { ...contact, kind: "phone" })).toMatchObject({ ok: true });
    expect((await contactRows()).map((r) => r.kind).sort()).toEqual(["meeting", "phone"]);
  });
});

describe("a supporter's log and months", () => {
  it("lists newest first and marks only the first contact with each unit as new, across years", async () => {
    const s = await supporter(["supporter"], "2025-06-01");
    const [a, b] = [await insertCareUnit(db(), { name: "Enhet A" }), await insertCareUnit(db(), { name: "Enhet B" })];
    for (const [careUnitId, contactedOn] of [[a, "2025-12-20"], [a, "2026-12-03"], [b, "2026-12-05"]] as const) {
      await addContact(db(), { ...s, careUnitId, contactedOn, kind: "visit", now: NOW });
    }
    expect((await listContacts(db(), s.personId)).map((c) => [c.unit, c.contactedOn, c.firstWithUnit])).toEqual([
      ["Enhet B", "2026-12-05", true],
      ["Enhet A", "2026-12-03", false],
      ["Enhet A", "2025-12-20", true],
    ]);
    const months = await monthsThisYear(db(), { personId: s.personId, now: NOW });
    expect(months).toHaveLength(12);
    expect(months.at(-1)).toEqual({ month: 12, met: true, newUnits: 1 });
    expect(months.slice(0, 11).every((m) => !m.met)).toBe(true);
  });

  it("offers every care unit with its municipality, sorted by name", async () => {
    const vetlanda = (await ensureMunicipality(db(), "Vetlanda", "Höglandet")).id;
    await insertCareUnit(db(), { name: "Öron-näsa-hals", municipality_id: vetlanda });
    await insertCareUnit(db(), { name: "Akutmottagningen" });
    expect(await listCareUnitChoices(db())).toMatchObject([
      { name: "Akutmottagningen", municipality: "Jönköping" },
      { name: "Öron-näsa-hals", municipality: "Vetlanda" },
    ]);
  });
});

describe("removing a contact logged by mistake", () => {
  it("removes the supporter's own contact and audits it, but never another supporter's", async () => {
    const [mine, other] = [await supporter(), await supporter()];
    const unit = await insertCareUnit(db());
    const own = await addContact(db(), { ...mine, careUnitId: unit, contactedOn: "2026-12-01", kind: "visit", now: NOW });
    const theirs = await addContact(db(), { ...other, careUnitId: unit, contactedOn: "2026-12-01", kind: "visit", now: NOW });
    if (!own.ok || !theirs.ok) throw new Error("not logged");
    expect(await removeContact(db(), { ...mine, contactId: theirs.id })).toBe(false);
    expect(await listContacts(db(), other.personId)).toHaveLength(1);
    expect(await removeContact(db(), { ...mine, contactId: own.id })).toBe(true);
    expect(await listContacts(db(), mine.personId)).toEqual([]);
    const audited = await db().selectFrom("audit_log").select(["actor_user_id", "action"]).where("entity", "=", "supporter_contact").where("action", "=", "delete").execute();
    expect(audited).toEqual([{ actor_user_id: mine.userId, action: "delete" }]);
  });
});

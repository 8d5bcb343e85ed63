// A care unit's requests through the real loaders and actions: create, list, withdraw, double submit, errors, wishes.
import * as detailRoute from "~/routes/unit.requests.$requestId";
import * as listRoute from "~/routes/unit.requests._index";
import * as newRoute from "~/routes/unit.requests.new";
import { db } from "~/utils/db.server";
import { insertOffer, insertPerson } from "../../db/insert-rows";
import { call, getRequest } from "../setup/http";
import { dayAhead, postForm, requester } from "./unit-helpers";

const DAY = 86_400_000;

async function areas() {
  const rows = await db().insertInto("experience_areas").values([{ name: "ångest och depression" }, { name: "anhörig/närstående" }]).returning("id").execute();
  return rows.map((r) => String(r.id));
}

async function newForm(cookie: string, search = "") {
  const page = await call(newRoute.loader as never, getRequest(`/unit/requests/new${search}`, { cookie }));
  expect(page.status).toBe(200);
  return page.data;
}

function goodFields(submissionKey: string, areaIds: string[], municipalityId: string): Record<string, string | string[]> {
  return {
    submissionKey,
    wantedRole: "book",
    experienceAreaIds: areaIds,
    format: "lecture",
    title: "Lärcafé om ångest",
    purpose: "Personalen vill förstå hur ångest känns inifrån.",
    audience: "staff",
    audienceSize: "25",
    place: "physical",
    municipalityId,
    address: "Storgatan 1, konferensrum 2",
    contactName: "Kim Kontaktperson",
    contactPhone: "070-174 06 99",
    slot1Date: dayAhead(14),
    slot1Start: "13:00",
    slot1Duration: "90",
    slot2Date: dayAhead(15),
    slot2Start: "09:30",
    slot2Duration: "60",
    slot3Duration: "60",
  };
}

const submit = (cookie: string, fields: Record<string, string | string[]>, search = "") => call(newRoute.action as never, postForm(`/unit/requests/new${search}`, fields, cookie));
const detail = (cookie: string, id: number | string) => call(detailRoute.loader as never, getRequest(`/unit/requests/${id}`, { cookie }), { requestId: String(id) });
const change = (cookie: string, id: number | string, fields: Record<string, string>) =>
  call(detailRoute.action as never, postForm(`/unit/requests/${id}`, fields, cookie), { requestId: String(id) });
const idFrom = (location: string | null) => Number(/^\/unit\/requests\/(\d+)\?notis=skapad$/.exec(location ?? "")?.[1]);
const count = async (table: "requests" | "request_slots" | "request_events") => (await db().selectFrom(table).select("id").execute()).length;

describe("a new request", () => {
  it("create → list → withdraw: one transaction each, the history and the audit log follow", async () => {
    const me = await requester();
    const areaIds = await areas();
    const form = await newForm(me.cookie);
    expect(form.submissionKey).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
    expect(form.wish).toBeNull();
    const municipalityId = form.defaults.municipalityId;
    const created = await submit(me.cookie, goodFields(form.submissionKey, areaIds, municipalityId));
    expect(created.status).toBe(302);
    const id = idFrom(created.location);
    const row = await db().selectFrom("requests").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ care_unit_id: me.unitId, created_by: me.userId, status: "open", title: "Lärcafé om ångest", audience_size: 25, is_digital: 0, municipality_id: Number(municipalityId), duration_minutes: 90 });
    expect(await db().selectFrom("request_slots").select(["starts_at", "ends_at"]).where("request_id", "=", id).orderBy("starts_at").execute()).toHaveLength(2);
    expect((await db().selectFrom("request_experience_areas").select("experience_area_id").where("request_id", "=", id).execute()).map((a) => String(a.experience_area_id)).sort()).toEqual([...areaIds].sort());

    const list = await call(listRoute.loader as never, getRequest("/unit/requests", { cookie: me.cookie }));
    expect(list.data.requests).toMatchObject([{ id, title: "Lärcafé om ångest", status: "open", wanted_role: "book" }]);
    expect(Date.parse(list.data.requests[0].first_slot_at)).toBeGreaterThan(Date.now() + 13 * DAY);

    await insertOffer(db(), { request_id: id, person_id: await insertPerson(db()) });
    await db().updateTable("requests").set({ status: "offered" }).where("id", "=", id).execute();
    const page = await detail(me.cookie, id);
    expect(page.data.request).toMatchObject({ id, status: "offered", canWithdraw: true, canCancel: false, offers: { pending: 1 }, assignment: null });
    expect(page.data.request.areas).toEqual([
      { name: "anhörig/närstående", nameEn: null },
      { name: "ångest och depression", nameEn: null },
    ]);

    const withdrawn = await change(me.cookie, id, { intent: "withdraw" });
    expect(withdrawn).toMatchObject({ status: 302, location: `/unit/requests/${id}?notis=aterkallad` });
    expect(await db().selectFrom("offers").select("status").where("request_id", "=", id).execute()).toEqual([{ status: "withdrawn" }]);
    const after = (await detail(me.cookie, id)).data.request;
    expect(after).toMatchObject({ status: "withdrawn", canWithdraw: false });
    expect(after.history.map((e: { status: string }) => e.status)).toEqual(["open", "withdrawn"]);
    expect((await db().selectFrom("audit_log").select(["entity", "action"]).orderBy("id").execute()).map((a) => `${a.entity}:${a.action}`)).toEqual(["request:create", "offer:withdraw", "request:withdraw"]);

    const again = await change(me.cookie, id, { intent: "withdraw" });
    expect(again.status).toBe(409);
    expect(again.data.errors).toEqual({ form: "requests.refused.notAllowed" });
  });

  it("creates one request when the same form is sent twice, even at the same moment", async () => {
    const me = await requester();
    const form = await newForm(me.cookie);
    const fields = goodFields(form.submissionKey, [], form.defaults.municipalityId);
    const first = await submit(me.cookie, fields);
    const second = await submit(me.cookie, fields);
    expect(second.location).toBe(first.location);
    const racing = goodFields((await newForm(me.cookie)).submissionKey, [], form.defaults.municipalityId);
    const [a, b] = await Promise.all([submit(me.cookie, racing), submit(me.cookie, racing)]);
    expect(a.location).toBe(b.location);
    expect(a.location).not.toBe(first.location);
    expect(await count("requests")).toBe(2);
    expect(await count("request_slots")).toBe(4);
    expect(await count("request_events")).toBe(2);
  });

  it("returns every field's error with the values kept and the same key, writes nothing, then accepts the fix", async () => {
    const me = await requester();
    const form = await newForm(me.cookie);
    const bad = {
      ...goodFields(form.submissionKey, ["999"], "999"),
      wantedRole: "",
      format: "fest",
      title: "<>",
      purpose: "x".repeat(10_240),
      audience: "",
      audienceSize: "-3",
      address: "",
      contactName: "",
      contactPhone: "ring mig",
      slot1Date: "2025-02-30",
      slot1Start: "25:00",
      slot1Duration: "5",
      slot2Date: dayAhead(500),
    };
    const outcome = await submit(me.cookie, bad);
    expect(outcome.status).toBe(400);
    expect(outcome.data.errors).toEqual({
      wantedRole: "requests.errors.roleRequired",
      experienceAreaIds: "requests.errors.areaUnknown",
      format: "requests.errors.formatRequired",
      title: "requests.errors.titleShort",
      purpose: "requests.errors.purposeLong",
      audience: "requests.errors.audienceRequired",
      audienceSize: "requests.errors.sizeInvalid",
      municipalityId: "requests.errors.municipalityRequired",
      address: "requests.errors.addressShort",
      contactName: "requests.errors.contactShort",
      contactPhone: "requests.errors.phoneInvalid",
      slot1Date: "requests.errors.slotDateInvalid",
      slot1Start: "requests.errors.slotStartInvalid",
      slot1Duration: "requests.errors.slotDurationInvalid",
      slot2Date: "requests.errors.slotTooFar",
    });
    expect(outcome.data.values).toMatchObject({ title: "<>", audienceSize: "-3", contactPhone: "ring mig", slot1Date: "2025-02-30", slot2Start: "09:30", experienceAreaIds: ["999"] });
    expect(outcome.data.values.purpose).toHaveLength(5000);
    expect(outcome.data.submissionKey).toBe(form.submissionKey);
    expect(await count("requests")).toBe(0);

    const fixed = await submit(me.cookie, goodFields(outcome.data.submissionKey, [], form.defaults.municipalityId));
    expect(fixed.status).toBe(302);
    expect(await count("requests")).toBe(1);
  });

  it("refuses a post without a valid form key, and never answers 500 to junk", async () => {
    const me = await requester();
    const form = await newForm(me.cookie);
    for (const key of ["", "kort", "<script>alert(1)</script>xxxxxxxxxx"]) {
      const outcome = await submit(me.cookie, goodFields(key, [], form.defaults.municipalityId));
      expect(outcome.status).toBe(400);
      expect(outcome.data.errors).toEqual({ form: "requests.errors.formExpired" });
      expect(outcome.data.submissionKey).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
    }
    const junks: Record<string, string | string[]>[] = [{}, { title: "x".repeat(100_000) }, { experienceAreaIds: Array.from({ length: 500 }, (_, i) => String(i)) }];
    for (const junk of junks) {
      expect((await submit(me.cookie, junk)).status).toBe(400);
    }
    expect(await count("requests")).toBe(0);
  });

  it("prefills a wish from the catalogue with the card's title, never the name, and stores it", async () => {
    const me = await requester();
    const personId = await insertPerson(db(), { name: "Vera Volontär", email: "vera@example.se", roles: [{ role: "peer", title: "Peer-stöd vid ångest" }] });
    const form = await newForm(me.cookie, `?person=${personId}&role=peer`);
    expect(form).toMatchObject({ wish: { personId, role: "peer", title: "Peer-stöd vid ångest" }, wishMissing: false });
    expect(JSON.stringify(form)).not.toMatch(/Vera|vera@/);
    for (const search of [`?person=${personId}&role=book`, "?person=99999&role=peer", "?person=x&role=peer", `?person=${personId}`]) {
      expect(await newForm(me.cookie, search)).toMatchObject({ wish: null, wishMissing: true });
    }

    const fields = { ...goodFields(form.submissionKey, [], form.defaults.municipalityId), wishedPersonId: String(personId), wishedRole: "peer" };
    const mismatch = await submit(me.cookie, fields, `?person=${personId}&role=peer`);
    expect(mismatch.data.errors).toEqual({ wantedRole: "requests.errors.wishRoleMismatch" });
    const created = await submit(me.cookie, { ...fields, wantedRole: "peer" });
    const id = idFrom(created.location);
    expect((await db().selectFrom("requests").select("wished_person_id").where("id", "=", id).executeTakeFirstOrThrow()).wished_person_id).toBe(personId);
    const page = await detail(me.cookie, id);
    expect(page.data.request.wishedTitle).toBe("Peer-stöd vid ångest");
    expect(JSON.stringify(page.data)).not.toMatch(/Vera|vera@/);
  });

  it("drops a wish for someone who paused in the meantime, keeping everything else", async () => {
    const me = await requester();
    const personId = await insertPerson(db(), { roles: [{ role: "book", title: "Att leva med bipolär sjukdom" }] });
    const form = await newForm(me.cookie, `?person=${personId}&role=book`);
    await db().updateTable("people").set({ status: "paused" }).where("id", "=", personId).execute();
    const fields = { ...goodFields(form.submissionKey, [], form.defaults.municipalityId), wishedPersonId: String(personId), wishedRole: "book" };
    const outcome = await submit(me.cookie, fields);
    expect(outcome.status).toBe(400);
    expect(outcome.data.errors).toEqual({ wish: "requests.errors.wishUnavailable" });
    expect(outcome.data.values).toMatchObject({ wishedPersonId: "", wishedRole: "", title: "Lärcafé om ångest" });
    expect(await count("requests")).toBe(0);
    expect((await submit(me.cookie, { ...outcome.data.values, submissionKey: outcome.data.submissionKey })).status).toBe(302);
  });

  it("lists only the unit's own requests, newest first, and shows an empty state", async () => {
    const me = await requester();
    expect((await call(listRoute.loader as never, getRequest("/unit/requests", { cookie: me.cookie }))).data.requests).toEqual([]);
    const other = await requester();
    const form = await newForm(me.cookie);
    const older = idFrom((await submit(me.cookie, goodFields(form.submissionKey, [], form.defaults.municipalityId))).location);
    const newer = idFrom((await submit(me.cookie, { ...goodFields((await newForm(me.cookie)).submissionKey, [], form.defaults.municipalityId), title: "Patientmöte" })).location);
    await submit(other.cookie, goodFields((await newForm(other.cookie)).submissionKey, [], form.defaults.municipalityId));
    const list = await call(listRoute.loader as never, getRequest("/unit/requests", { cookie: me.cookie }));
    expect(list.data.requests.map((r: { id: number }) => r.id)).toEqual([newer, older]);
  });
});


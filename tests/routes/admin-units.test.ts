import * as detail from "~/routes/admin.units.$unitId";
import * as list from "~/routes/admin.units._index";
import { db } from "~/utils/db.server";
import { ensureMunicipality, insertCareUnit, insertRequest, insertUser } from "../../db/insert-rows";
import { call, cookieFor, getRequest, postRequest } from "../setup/http";

async function coordinator() {
  const userId = await insertUser(db(), { role: "coordinator" });
  return { userId, cookie: await cookieFor(userId) };
}

const create = (cookie: string, fields: Record<string, string>) => call(list.action as never, postRequest("/admin/units", { intent: "create", ...fields }, { cookie }));
const update = (cookie: string, unitId: string, fields: Record<string, string>) =>
  call(detail.action as never, postRequest(`/admin/units/${unitId}`, { intent: "update", ...fields }, { cookie }), { unitId });
const auditRows = () => db().selectFrom("audit_log").selectAll().where("entity", "=", "care_unit").execute();

describe("admin care units", () => {
  it("lists units grouped by care area with municipality, kind and request count", async () => {
    const c = await coordinator();
    const habo = await ensureMunicipality(db(), "Habo", "Jönköping");
    const eksjo = await ensureMunicipality(db(), "Eksjö", "Höglandet");
    const a = await insertCareUnit(db(), { name: "VC Habo", municipality_id: habo.id });
    await insertCareUnit(db(), { name: "Eksjö psykiatri", municipality_id: eksjo.id, kind: "specialist_care" });
    await insertRequest(db(), { care_unit_id: a });
    await insertRequest(db(), { care_unit_id: a });
    const page = await call(list.loader as never, getRequest("/admin/units", { cookie: c.cookie }));
    expect(page.status).toBe(200);
    expect(page.data.groups).toMatchObject([
      { careArea: "Höglandet", units: [{ name: "Eksjö psykiatri", municipality: "Eksjö", kind: "specialist_care", requests: 0 }] },
      { careArea: "Jönköping", units: [{ name: "VC Habo", municipality: "Habo", kind: "primary_care", requests: 2 }] },
    ]);
    expect(page.data.municipalities.map((m: { name: string }) => m.name)).toEqual(["Eksjö", "Habo"]);
  });

  it("creates a unit, audits it and redirects to its page", async () => {
    const c = await coordinator();
    const m = await ensureMunicipality(db(), "Tranås", "Höglandet");
    const outcome = await create(c.cookie, { name: "  Vårdcentralen Tranås  ", municipalityId: String(m.id), kind: "primary_care" });
    expect(outcome.status).toBe(302);
    const unit = await db().selectFrom("care_units").selectAll().executeTakeFirstOrThrow();
    expect(outcome.location).toBe(`/admin/units/${unit.id}`);
    expect(unit).toMatchObject({ name: "Vårdcentralen Tranås", municipality_id: m.id, kind: "primary_care" });
    expect(await auditRows()).toMatchObject([{ action: "create", entity_id: String(unit.id), actor_user_id: c.userId }]);
  });

  it.each([
    [{ name: "vårdcentralen TRANÅS", kind: "primary_care" }, { name: "unitsAdmin.nameTaken" }],
    [{ name: "", kind: "primary_care" }, { name: "errors.required" }],
    [{ name: "x".repeat(10_000), kind: "primary_care" }, { name: "errors.tooLong" }],
    [{ name: "😀😀😀", kind: "primary_care" }, { name: "unitsAdmin.nameNeedsLetters" }],
    [{ name: "Ny enhet", kind: "hospital" }, { kind: "unitsAdmin.kindInvalid" }],
    [{ name: "Ny enhet", kind: "primary_care", municipalityId: "abc" }, { municipalityId: "unitsAdmin.municipalityUnknown" }],
    [{ name: "Ny enhet", kind: "primary_care", municipalityId: "99999" }, { municipalityId: "unitsAdmin.municipalityUnknown" }],
  ])("refuses %j with a message next to the field, keeps the values and saves nothing", async (fields, errors) => {
    const c = await coordinator();
    const m = await ensureMunicipality(db(), "Tranås", "Höglandet");
    await insertCareUnit(db(), { name: "Vårdcentralen Tranås", municipality_id: m.id });
    const sent = { municipalityId: String(m.id), ...fields };
    const outcome = await create(c.cookie, sent);
    expect(outcome.status).toBe(400);
    expect(outcome.data.errors).toEqual(errors);
    expect(outcome.data.values.name).toBe(sent.name.slice(0, 2000));
    expect(outcome.data.values.kind).toBe(sent.kind);
    expect(await db().selectFrom("care_units").select("name").execute()).toHaveLength(1);
    expect(await auditRows()).toEqual([]);
  });

  it("shows a unit with its recent requests, newest first", async () => {
    const c = await coordinator();
    const unitId = await insertCareUnit(db(), { name: "VC Norr" });
    const old = await insertRequest(db(), { care_unit_id: unitId, title: "Gammal", created_at: "2025-01-01T08:00:00.000Z" });
    const recent = await insertRequest(db(), { care_unit_id: unitId, title: "Ny", status: "confirmed", created_at: "2026-01-01T08:00:00.000Z" });
    await insertRequest(db(), { title: "Annan enhets" });
    const page = await call(detail.loader as never, getRequest(`/admin/units/${unitId}`, { cookie: c.cookie }), { unitId: String(unitId) });
    expect(page.status).toBe(200);
    expect(page.data.unit).toMatchObject({ id: unitId, name: "VC Norr", care_area: "Jönköping", municipality: "Jönköping" });
    expect(page.data.requests).toMatchObject([
      { id: recent.id, title: "Ny", status: "confirmed" },
      { id: old.id, title: "Gammal", status: "open" },
    ]);
  });

  it("updates a unit, audits before and after, and a duplicate name is refused", async () => {
    const c = await coordinator();
    const other = await ensureMunicipality(db(), "Värnamo", "Värnamo");
    const unitId = await insertCareUnit(db(), { name: "VC Norr" });
    await insertCareUnit(db(), { name: "VC Söder" });
    const saved = await update(c.cookie, String(unitId), { name: "VC Norra", municipalityId: String(other.id), kind: "school" });
    expect(saved).toMatchObject({ status: 302, location: `/admin/units/${unitId}?saved=1` });
    expect(await db().selectFrom("care_units").select(["name", "municipality_id", "kind"]).where("id", "=", unitId).executeTakeFirst()).toEqual({
      name: "VC Norra",
      municipality_id: other.id,
      kind: "school",
    });
    const [row] = await auditRows();
    expect(row).toMatchObject({ action: "update", entity_id: String(unitId), actor_user_id: c.userId });
    expect(JSON.parse(row.details!)).toMatchObject({ before: { name: "VC Norr" }, after: { name: "VC Norra", kind: "school" } });
    // Keeping its own name is not a clash; taking another unit's is.
    expect((await update(c.cookie, String(unitId), { name: "VC Norra", municipalityId: String(other.id), kind: "other" })).status).toBe(302);
    const clash = await update(c.cookie, String(unitId), { name: "vc söder", municipalityId: String(other.id), kind: "other" });
    expect(clash.status).toBe(400);
    expect(clash.data).toMatchObject({ errors: { name: "unitsAdmin.nameTaken" }, values: { name: "vc söder", kind: "other" } });
  });

  it.each([
    ["a missing id", "999999"],
    ["letters", "abc"],
    ["an emoji", "😀"],
    ["a fraction", "1.5"],
    ["a negative number", "-1"],
    ["zero", "0"],
    ["10 kB of digits", "9".repeat(10_000)],
  ])("a unit id that is %s answers 404 to GET and POST", async (_, unitId) => {
    const c = await coordinator();
    const m = await ensureMunicipality(db());
    expect((await call(detail.loader as never, getRequest("/admin/units/x", { cookie: c.cookie }), { unitId })).status).toBe(404);
    expect((await update(c.cookie, unitId, { name: "Ny", municipalityId: String(m.id), kind: "other" })).status).toBe(404);
  });

  it("answers 400 to an empty POST or an unknown intent", async () => {
    const c = await coordinator();
    const unitId = String(await insertCareUnit(db()));
    expect((await call(list.action as never, postRequest("/admin/units", {}, { cookie: c.cookie }))).status).toBe(400);
    expect((await call(detail.action as never, postRequest(`/admin/units/${unitId}`, {}, { cookie: c.cookie }), { unitId })).status).toBe(400);
    expect((await call(list.action as never, postRequest("/admin/units", { intent: "delete" }, { cookie: c.cookie }))).status).toBe(400);
  });

  it("is for coordinators only: requester and volunteer 403, anonymous to the login page", async () => {
    const unitId = String(await insertCareUnit(db()));
    const unitsBefore = (await db().selectFrom("care_units").select("id").execute()).length;
    for (const role of ["requester", "volunteer"] as const) {
      const cookie = await cookieFor(await insertUser(db(), { role }));
      expect((await call(list.loader as never, getRequest("/admin/units", { cookie }))).status).toBe(403);
      expect((await create(cookie, { name: "X enhet", municipalityId: "1", kind: "other" })).status).toBe(403);
      expect((await call(detail.loader as never, getRequest(`/admin/units/${unitId}`, { cookie }), { unitId })).status).toBe(403);
      expect((await update(cookie, unitId, { name: "X enhet", municipalityId: "1", kind: "other" })).status).toBe(403);
    }
    const anonymous = await call(detail.loader as never, getRequest(`/admin/units/${unitId}`), { unitId });
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toBe(`/login?redirectTo=%2Fadmin%2Funits%2F${unitId}`);
    expect((await call(list.action as never, postRequest("/admin/units", { intent: "create" }))).status).toBe(302);
    // The requester's own unit is the only one added: none of the refused POSTs wrote anything.
    expect(await db().selectFrom("care_units").select("id").execute()).toHaveLength(unitsBefore + 1);
  });
});

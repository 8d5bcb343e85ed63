import { getProfileOptions } from "~/models/profile.server";
import * as route from "~/routes/admin.areas";
import { db } from "~/utils/db.server";
import { insertPerson, insertRequest, insertUser } from "../../db/insert-rows";
import { call, cookieFor, getRequest, postRequest } from "../setup/http";

async function coordinator() {
  const userId = await insertUser(db(), { role: "coordinator" });
  return { userId, cookie: await cookieFor(userId) };
}

const post = (cookie: string, fields: Record<string, string>) => call(route.action as never, postRequest("/admin/areas", fields, { cookie }));
const area = async (name: string, active = 1) => (await db().insertInto("experience_areas").values({ name, active }).returning("id").executeTakeFirstOrThrow()).id;
const areas = () => db().selectFrom("experience_areas").select(["name", "active"]).orderBy("name").execute();
const englishNames = () => db().selectFrom("experience_areas").select(["name", "name_en"]).orderBy("name").execute();
const auditRows = () => db().selectFrom("audit_log").selectAll().where("entity", "=", "experience_area").orderBy("id").execute();

describe("admin experience areas", () => {
  it("lists every area with how many people and requests use it", async () => {
    const c = await coordinator();
    const pain = await area("Smärta");
    const cancer = await area("Cancer");
    await area("Ensamhet", 0);
    await insertPerson(db(), { experienceAreaIds: [pain, cancer] });
    await insertPerson(db(), { experienceAreaIds: [pain] });
    await insertRequest(db(), { experienceAreaIds: [pain] });
    const page = await call(route.loader as never, getRequest("/admin/areas", { cookie: c.cookie }));
    expect(page.status).toBe(200);
    expect(page.data.areas).toMatchObject([
      { name: "Cancer", active: 1, people: 1, requests: 0 },
      { name: "Ensamhet", active: 0, people: 0, requests: 0 },
      { name: "Smärta", active: 1, people: 2, requests: 1 },
    ]);
  });

  it("creates an area, trimmed, audited, and back to the list", async () => {
    const c = await coordinator();
    expect(await post(c.cookie, { intent: "create", name: "  Klimakteriet " })).toMatchObject({ status: 302, location: "/admin/areas" });
    expect(await areas()).toEqual([{ name: "Klimakteriet", active: 1 }]);
    expect(await auditRows()).toMatchObject([{ action: "create", actor_user_id: c.userId }]);
  });

  it.each([
    ["the same name in other case", "SMÄRTA", { name: "areasAdmin.nameTaken" }],
    ["one letter", "A", { name: "areasAdmin.nameLength" }],
    ["empty", "   ", { name: "areasAdmin.nameLength" }],
    ["81 characters", "a".repeat(81), { name: "areasAdmin.nameLength" }],
    ["10 kB", "å".repeat(10_000), { name: "areasAdmin.nameLength" }],
    ["only emoji", "😀😀", { name: "areasAdmin.nameNeedsLetters" }],
  ])("refuses a new name that is %s, keeps it and saves nothing", async (_, name, errors) => {
    const c = await coordinator();
    await area("Smärta");
    const outcome = await post(c.cookie, { intent: "create", name });
    expect(outcome.status).toBe(400);
    expect(outcome.data).toMatchObject({ form: "create", errors, values: { name: name.slice(0, 2000) } });
    expect(await areas()).toEqual([{ name: "Smärta", active: 1 }]);
    expect(await auditRows()).toEqual([]);
  });

  it("renames an area in place, so people and requests keep it; a clash is refused next to the field", async () => {
    const c = await coordinator();
    const id = await area("Utmattning");
    await area("Ångest");
    const personId = await insertPerson(db(), { experienceAreaIds: [id] });
    expect(await post(c.cookie, { intent: "rename", id: String(id), newName: "Utmattningssyndrom" })).toMatchObject({ status: 302 });
    expect(await db().selectFrom("person_experience_areas").selectAll().execute()).toEqual([{ person_id: personId, experience_area_id: id }]);
    const [row] = await auditRows();
    expect(JSON.parse(row.details!)).toEqual({ before: "Utmattning", after: "Utmattningssyndrom" });
    // Only changing the case of its own name is allowed.
    expect((await post(c.cookie, { intent: "rename", id: String(id), newName: "utmattningssyndrom" })).status).toBe(302);
    const clash = await post(c.cookie, { intent: "rename", id: String(id), newName: "ångest" });
    expect(clash).toMatchObject({ status: 400, data: { form: "rename", errors: { newName: "areasAdmin.nameTaken" }, values: { id: String(id), newName: "ångest" } } });
    expect(await areas()).toEqual([
      { name: "utmattningssyndrom", active: 1 },
      { name: "Ångest", active: 1 },
    ]);
  });

  it("creates an area with an optional English name, trimmed; an empty one is none", async () => {
    const c = await coordinator();
    expect(await post(c.cookie, { intent: "create", name: "Smärta", nameEn: "  Pain " })).toMatchObject({ status: 302, location: "/admin/areas" });
    expect(await post(c.cookie, { intent: "create", name: "Ensamhet", nameEn: "  " })).toMatchObject({ status: 302 });
    expect(await englishNames()).toEqual([
      { name: "Ensamhet", name_en: null },
      { name: "Smärta", name_en: "Pain" },
    ]);
    const page = await call(route.loader as never, getRequest("/admin/areas", { cookie: c.cookie }));
    expect(page.data.areas).toMatchObject([{ name: "Ensamhet", nameEn: null }, { name: "Smärta", nameEn: "Pain" }]);
  });

  it("sets, changes and clears an area's English name, audited, keeping the Swedish one", async () => {
    const c = await coordinator();
    const id = await area("Ångest");
    expect(await post(c.cookie, { intent: "english", id: String(id), nameEn: " Anxiety " })).toMatchObject({ status: 302, location: "/admin/areas" });
    expect(await englishNames()).toEqual([{ name: "Ångest", name_en: "Anxiety" }]);
    expect(await post(c.cookie, { intent: "english", id: String(id), nameEn: "" })).toMatchObject({ status: 302 });
    expect(await englishNames()).toEqual([{ name: "Ångest", name_en: null }]);
    const rows = await auditRows();
    expect(rows.map((r) => [r.action, JSON.parse(r.details!)])).toEqual([
      ["rename_en", { before: null, after: "Anxiety" }],
      ["rename_en", { before: "Anxiety", after: null }],
    ]);
  });

  it.each([
    ["another area's English name in other case", "PAIN", { nameEn: "areasAdmin.nameEnTaken" }],
    ["one letter", "A", { nameEn: "areasAdmin.nameLength" }],
    ["81 characters", "a".repeat(81), { nameEn: "areasAdmin.nameLength" }],
    ["only digits", "123", { nameEn: "areasAdmin.nameNeedsLetters" }],
    ["a line break", "Anxiety\nand more", { nameEn: "errors.singleLine" }],
    ["a tab", "Anxiety\tetc", { nameEn: "errors.singleLine" }],
  ])("refuses an English name that is %s, next to the field, and saves nothing", async (_, nameEn, errors) => {
    const c = await coordinator();
    const id = await area("Ångest");
    await db().insertInto("experience_areas").values({ name: "Smärta", name_en: "Pain" }).execute();
    const outcome = await post(c.cookie, { intent: "english", id: String(id), nameEn });
    expect(outcome).toMatchObject({ status: 400, data: { form: "english", errors, values: { id: String(id), nameEn } } });
    const created = await post(c.cookie, { intent: "create", name: "Sorg", nameEn });
    expect(created).toMatchObject({ status: 400, data: { form: "create", errors } });
    expect(await englishNames()).toEqual([
      { name: "Smärta", name_en: "Pain" },
      { name: "Ångest", name_en: null },
    ]);
    expect(await auditRows()).toEqual([]);
  });

  it("deactivating hides the area from the profile and request forms but keeps it on people; activating brings it back", async () => {
    const c = await coordinator();
    const id = await area("Diabetes");
    const personId = await insertPerson(db(), { experienceAreaIds: [id] });
    expect(await post(c.cookie, { intent: "deactivate", id: String(id) })).toMatchObject({ status: 302, location: "/admin/areas" });
    expect((await getProfileOptions(db())).areas).toEqual([]);
    expect(await db().selectFrom("person_experience_areas").selectAll().execute()).toEqual([{ person_id: personId, experience_area_id: id }]);
    expect(await post(c.cookie, { intent: "activate", id: String(id) })).toMatchObject({ status: 302 });
    expect((await getProfileOptions(db())).areas).toEqual([{ id, name: "Diabetes", nameEn: null }]);
    expect((await auditRows()).map((r) => r.action)).toEqual(["deactivate", "activate"]);
  });

  it.each([
    ["an empty POST", {}, 400],
    ["an unknown intent", { intent: "delete", id: "1" }, 400],
    ["letters as id", { intent: "deactivate", id: "abc" }, 400],
    ["an emoji as id", { intent: "deactivate", id: "😀" }, 400],
    ["10 kB of digits as id", { intent: "deactivate", id: "9".repeat(10_000) }, 400],
    ["letters as id to rename", { intent: "rename", id: "abc", newName: "Nytt namn" }, 400],
    ["deactivating a missing area", { intent: "deactivate", id: "999999" }, 404],
    ["activating a missing area", { intent: "activate", id: "999999" }, 404],
    ["renaming a missing area", { intent: "rename", id: "999999", newName: "Nytt namn" }, 404],
    ["letters as id for an English name", { intent: "english", id: "abc", nameEn: "Grief" }, 400],
    ["an English name for a missing area", { intent: "english", id: "999999", nameEn: "Grief" }, 404],
  ])("answers %s with %i and changes nothing", async (_, fields, status) => {
    const c = await coordinator();
    await area("Sorg");
    expect((await post(c.cookie, fields as Record<string, string>)).status).toBe(status);
    expect(await areas()).toEqual([{ name: "Sorg", active: 1 }]);
    expect(await auditRows()).toEqual([]);
  });

  it("is for coordinators only: requester and volunteer 403, anonymous to the login page", async () => {
    const id = String(await area("Sorg"));
    for (const role of ["requester", "volunteer"] as const) {
      const cookie = await cookieFor(await insertUser(db(), { role }));
      expect((await call(route.loader as never, getRequest("/admin/areas", { cookie }))).status).toBe(403);
      expect((await post(cookie, { intent: "deactivate", id })).status).toBe(403);
      expect((await post(cookie, { intent: "create", name: "Ny" })).status).toBe(403);
      expect((await post(cookie, { intent: "english", id, nameEn: "Grief" })).status).toBe(403);
    }
    const anonymous = await call(route.loader as never, getRequest("/admin/areas"));
    expect(anonymous).toMatchObject({ status: 302, location: "/login?redirectTo=%2Fadmin%2Fareas" });
    expect((await call(route.action as never, postRequest("/admin/areas", { intent: "deactivate", id }))).status).toBe(302);
    expect(await areas()).toEqual([{ name: "Sorg", active: 1 }]);
  });
});

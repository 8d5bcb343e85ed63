import * as profileRoute from "~/routes/volunteer.profile";
import { db } from "~/utils/db.server";
import { ensureMunicipality, insertPerson, insertUser } from "../../db/insert-rows";
import { call, cookieFor, getRequest, postRequest } from "../setup/http";

async function volunteer() {
  const area = await db().insertInto("experience_areas").values({ name: "utmattning" }).returning("id").executeTakeFirstOrThrow();
  const other = await db().insertInto("experience_areas").values({ name: "smärta" }).returning("id").executeTakeFirstOrThrow();
  const { id: municipalityId, careAreaId } = await ensureMunicipality(db(), "Eksjö", "Höglandet");
  const personId = await insertPerson(db(), {
    name: "Vera Volontär",
    email: "vera@example.se",
    phone: "070-174 06 50",
    roles: [
      { role: "book", title: "Tillbaka efter utmattning", presentation: "Jag berättar om vägen tillbaka." },
      { role: "peer", title: "Peer-stöd vid utmattning" },
    ],
    experienceAreaIds: [area.id],
  });
  const userId = await insertUser(db(), { role: "volunteer", person_id: personId });
  return { personId, cookie: await cookieFor(userId), areaId: area.id, otherAreaId: other.id, municipalityId, careAreaId };
}

function form(v: Awaited<ReturnType<typeof volunteer>>, overrides: Record<string, string | string[] | undefined> = {}) {
  const fields: [string, string][] = [];
  const base: Record<string, string | string[] | undefined> = {
    title_book: "Tillbaka efter utmattningssyndrom",
    presentation_book: "Jag berättar om hur det var att gå in i väggen.",
    title_peer: "Peer-stöd vid utmattning",
    presentation_peer: "",
    experienceAreaIds: [String(v.areaId), String(v.otherAreaId)],
    formats: ["lecture", "workshop"],
    languages: ["sv", "en"],
    careAreaIds: [String(v.careAreaId)],
    municipalityIds: [],
    maxPerMonth: "3",
    pausedUntil: "",
    ...overrides,
  };
  for (const [name, value] of Object.entries(base)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) fields.push([name, item]);
  }
  return fields;
}

function post(cookie: string, fields: [string, string][]) {
  const request = postRequest("/volunteer/profile", {}, { cookie });
  const body = new URLSearchParams(fields);
  return call(profileRoute.action as never, new Request(request.url, { method: "POST", headers: request.headers, body }));
}

describe("volunteer profile", () => {
  it("shows the volunteer their own profile, the catalogue preview data and their private details", async () => {
    const v = await volunteer();
    const page = await call(profileRoute.loader as never, getRequest("/volunteer/profile", { cookie: v.cookie }));
    expect(page.status).toBe(200);
    expect(page.data.profile.person).toMatchObject({ name: "Vera Volontär", email: "vera@example.se" });
    expect(page.data.profile.roles.map((r: { role: string }) => r.role)).toEqual(["book", "peer"]);
    expect(page.data.hints.length).toBeGreaterThan(0);
    expect(page.data.profile.training[0]).toMatchObject({ kind: "basic" });
  });

  it("saves every part of the profile and logs that it changed without logging the content", async () => {
    const v = await volunteer();
    const saved = await post(v.cookie, [...form(v, { servesDigital: "on", paused: "on", pausedUntil: "2099-03-01" })]);
    expect(saved.status).toBe(302);
    expect(saved.location).toBe("/volunteer/profile?sparad=1");
    const person = await db().selectFrom("people").selectAll().where("id", "=", v.personId).executeTakeFirstOrThrow();
    expect(person).toMatchObject({ serves_digital: 1, max_per_month: 3, status: "paused", paused_until: "2099-03-01" });
    const roles = await db().selectFrom("person_roles").select(["role", "title"]).where("person_id", "=", v.personId).orderBy("role").execute();
    expect(roles).toEqual([
      { role: "book", title: "Tillbaka efter utmattningssyndrom" },
      { role: "peer", title: "Peer-stöd vid utmattning" },
    ]);
    const areas = await db().selectFrom("person_experience_areas").select("experience_area_id").where("person_id", "=", v.personId).execute();
    expect(areas.map((a) => a.experience_area_id).sort()).toEqual([v.areaId, v.otherAreaId].sort());
    const languages = await db().selectFrom("person_languages").select("language").where("person_id", "=", v.personId).execute();
    expect(languages.map((l) => l.language).sort()).toEqual(["en", "sv"]);
    const log = await db().selectFrom("audit_log").selectAll().where("entity", "=", "person").execute();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ action: "update_profile", entity_id: String(v.personId), details: null });
  });

  it("keeps an area the coordinators retired on the form, so saving does not drop it", async () => {
    const v = await volunteer();
    await db().updateTable("experience_areas").set({ active: 0 }).where("id", "=", v.areaId).execute();
    const page = await call(profileRoute.loader as never, getRequest("/volunteer/profile", { cookie: v.cookie }));
    expect(page.data.options.areas.map((a: { id: number }) => a.id)).toContain(v.areaId);
    expect(page.data.options.areas.map((a: { id: number }) => a.id)).toContain(v.otherAreaId);
  });

  it("ending the pause clears the until-date", async () => {
    const v = await volunteer();
    await post(v.cookie, form(v, { paused: "on", pausedUntil: "2099-03-01" }));
    await post(v.cookie, form(v));
    const person = await db().selectFrom("people").select(["status", "paused_until"]).where("id", "=", v.personId).executeTakeFirstOrThrow();
    expect(person).toEqual({ status: "active", paused_until: null });
  });

  it.each([
    [{ experienceAreaIds: [] }, { experienceAreaIds: "profile.experienceRequired" }],
    [{ formats: [] }, { formats: "profile.formatRequired" }],
    [{ formats: ["dance"] }, { formats: "errors.required" }],
    [{ languages: ["xx"] }, { languages: "errors.required" }],
    [{ careAreaIds: [] }, { careAreaIds: "profile.placeRequired" }],
    [{ title_book: "ab" }, { title_book: "profile.titleShort" }],
    [{ presentation_book: "å".repeat(1501) }, { presentation_book: "errors.tooLong" }],
    [{ maxPerMonth: "11" }, { maxPerMonth: "profile.maxInvalid" }],
    [{ maxPerMonth: "-1" }, { maxPerMonth: "profile.maxInvalid" }],
    [{ maxPerMonth: "2,5" }, { maxPerMonth: "profile.maxInvalid" }],
    [{ pausedUntil: "2025-02-30" }, { pausedUntil: "profile.dateInvalid" }],
    [{ pausedUntil: "2020-01-01" }, { pausedUntil: "profile.dateInvalid" }],
    [{ experienceAreaIds: ["999999"] }, { experienceAreaIds: "profile.unknownChoice" }],
  ])("refuses %j with a message next to the field and changes nothing", async (overrides, errors) => {
    const v = await volunteer();
    const before = await db().selectFrom("people").selectAll().where("id", "=", v.personId).executeTakeFirstOrThrow();
    const outcome = await post(v.cookie, form(v, overrides as Record<string, string | string[]>));
    expect(outcome.status).toBe(400);
    expect(outcome.data.errors).toEqual(errors);
    expect(await db().selectFrom("people").selectAll().where("id", "=", v.personId).executeTakeFirstOrThrow()).toEqual(before);
    expect(await db().selectFrom("audit_log").selectAll().execute()).toEqual([]);
  });

  it("keeps what was typed when it refuses, emoji and all", async () => {
    const v = await volunteer();
    const outcome = await post(v.cookie, form(v, { title_book: "🌱", maxPerMonth: "många" }));
    expect(outcome.status).toBe(400);
    expect(outcome.data.values).toMatchObject({ title_book: "🌱", maxPerMonth: "många", formats: ["lecture", "workshop"] });
  });

  it("cannot give itself a role the coordinators did not give", async () => {
    const v = await volunteer();
    const outcome = await post(v.cookie, [...form(v), ["title_storyteller", "Smygroll"]]);
    expect(outcome.status).toBe(302);
    const roles = await db().selectFrom("person_roles").select("role").where("person_id", "=", v.personId).execute();
    expect(roles.map((r) => r.role).sort()).toEqual(["book", "peer"]);
  });
});

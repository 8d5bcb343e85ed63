// Lärcafé through the real loaders and actions: a unit's series makes one book request per session (on the desk like
// any other), bad input writes nothing, another unit's series is not found, and cancelling a session closes its request.
import * as coordinatorRoute from "~/routes/coordinator.larcafe";
import * as deskRoute from "~/routes/coordinator.requests._index";
import * as detailRoute from "~/routes/unit.larcafe.$seriesId";
import * as listRoute from "~/routes/unit.larcafe._index";
import * as newRoute from "~/routes/unit.larcafe.new";
import { instantToLocal } from "~/domain/stockholm-time";
import { db } from "~/utils/db.server";
import { insertAssignment, insertOffer, insertPerson, insertUser } from "../../db/insert-rows";
import { call, cookieFor, getRequest } from "../setup/http";
import { dayAhead, postForm, requester } from "./unit-helpers";

async function theme() {
  const [diabetes] = await db().insertInto("experience_areas").values([{ name: "diabetes" }, { name: "smärta" }]).returning("id").execute();
  return String(diabetes.id);
}

function goodFields(submissionKey: string, areaId: string, municipalityId: string, over: Record<string, string> = {}): Record<string, string> {
  return {
    submissionKey,
    title: "Leva med diabetes",
    experienceAreaId: areaId,
    audience: "patients",
    audienceSize: "12",
    description: "Vi ses och pratar om vardagen med diabetes.",
    place: "physical",
    municipalityId,
    address: "Vårdcentralen, samlingssalen",
    firstDate: dayAhead(10),
    startTime: "17:30",
    durationMinutes: "90",
    schedule: "interval",
    count: "3",
    intervalWeeks: "2",
    dates: "",
    contactName: "Elin Enhetschef",
    contactPhone: "070-174 06 99",
    ...over,
  };
}

async function newForm(cookie: string) {
  const page = await call(newRoute.loader as never, getRequest("/unit/larcafe/new", { cookie }));
  expect(page.status).toBe(200);
  return page.data;
}

const submit = (cookie: string, fields: Record<string, string>) => call(newRoute.action as never, postForm("/unit/larcafe/new", fields, cookie));
const detail = (cookie: string, id: number | string) => call(detailRoute.loader as never, getRequest(`/unit/larcafe/${id}`, { cookie }), { seriesId: String(id) });
const cancel = (cookie: string, id: number | string, fields: Record<string, string>) =>
  call(detailRoute.action as never, postForm(`/unit/larcafe/${id}`, fields, cookie), { seriesId: String(id) });
const idFrom = (location: string | null) => Number(/^\/unit\/larcafe\/(\d+)\?notis=skapad$/.exec(location ?? "")?.[1]);
const count = async (table: "requests" | "larcafe_series" | "larcafe_sessions" | "request_slots") => (await db().selectFrom(table).select("id").execute()).length;

async function created() {
  const me = await requester();
  const areaId = await theme();
  const form = await newForm(me.cookie);
  const response = await submit(me.cookie, goodFields(form.submissionKey, areaId, form.defaults.municipalityId));
  expect(response.status).toBe(302);
  return { me, areaId, form, seriesId: idFrom(response.location) };
}

describe("a new Lärcafé series", () => {
  it("makes one open book request per session, with the theme, the session's time and a numbered title", async () => {
    const { me, areaId, seriesId } = await created();
    const sessions = await db().selectFrom("larcafe_sessions").selectAll().where("series_id", "=", seriesId).orderBy("starts_at").execute();
    expect(sessions).toHaveLength(3);
    expect(sessions.map((s) => instantToLocal(new Date(s.starts_at)))).toEqual([10, 24, 38].map((d) => expect.objectContaining({ date: dayAhead(d), minute: 17 * 60 + 30 })));
    for (const [i, s] of sessions.entries()) {
      const request = await db().selectFrom("requests").selectAll().where("id", "=", s.request_id!).executeTakeFirstOrThrow();
      expect(request).toMatchObject({
        care_unit_id: me.unitId, created_by: me.userId, wanted_role: "book", format: "conversation", status: "open", audience: "patients",
        title: `Lärcafé: Leva med diabetes (träff ${i + 1} av 3)`, is_digital: 0, address: "Vårdcentralen, samlingssalen", duration_minutes: 90,
      });
      expect(await db().selectFrom("request_slots").select(["starts_at", "ends_at"]).where("request_id", "=", request.id).execute()).toEqual([{ starts_at: s.starts_at, ends_at: s.ends_at }]);
      expect(await db().selectFrom("request_experience_areas").select("experience_area_id").where("request_id", "=", request.id).execute()).toEqual([{ experience_area_id: Number(areaId) }]);
      expect(await db().selectFrom("request_events").select("status").where("request_id", "=", request.id).execute()).toEqual([{ status: "open" }]);
    }
    // The coordinators are told of each request, as of any other.
    expect(await db().selectFrom("audit_log").select("entity_id").where("entity", "=", "request").where("action", "=", "create").execute()).toHaveLength(3);

    const list = await call(listRoute.loader as never, getRequest("/unit/larcafe", { cookie: me.cookie }));
    expect(list.data.series).toMatchObject([{ id: seriesId, title: "Leva med diabetes", theme: "diabetes", sessionCount: 3, heldCount: 0 }]);
    const page = await detail(me.cookie, seriesId);
    expect(page.data.series.sessions.map((s: { requestStatus: string; volunteer: string | null }) => [s.requestStatus, s.volunteer])).toEqual([["open", null], ["open", null], ["open", null]]);
  });

  it("puts the sessions' requests on the coordinator's desk and in the coordinators' Lärcafé overview", async () => {
    const { seriesId } = await created();
    const cookie = await cookieFor(await insertUser(db(), { role: "coordinator" }));
    const desk = await call(deskRoute.loader as never, getRequest("/coordinator/requests", { cookie }));
    expect(desk.data.requests.map((r: { title: string }) => r.title)).toEqual(expect.arrayContaining(["Lärcafé: Leva med diabetes (träff 1 av 3)", "Lärcafé: Leva med diabetes (träff 3 av 3)"]));
    const overview = await call(coordinatorRoute.loader as never, getRequest("/coordinator/larcafe", { cookie }));
    expect(overview.data.series).toMatchObject([{ id: seriesId, title: "Leva med diabetes", sessionCount: 3 }]);
  });

  it("makes one series of a double submit", async () => {
    const { me, areaId, form } = await created();
    const again = await submit(me.cookie, goodFields(form.submissionKey, areaId, form.defaults.municipalityId));
    expect(again.status).toBe(302);
    expect(await count("larcafe_series")).toBe(1);
    expect(await count("requests")).toBe(3);
  });

  it("takes a digital series on chosen dates", async () => {
    const me = await requester();
    const areaId = await theme();
    const form = await newForm(me.cookie);
    const fields = goodFields(form.submissionKey, areaId, "", { place: "digital", address: "", schedule: "dates", dates: `${dayAhead(30)}\n${dayAhead(9)}` });
    const response = await submit(me.cookie, fields);
    expect(response.status).toBe(302);
    const requests = await db().selectFrom("requests").select(["is_digital", "municipality_id", "address", "title"]).orderBy("id").execute();
    expect(requests).toEqual([
      { is_digital: 1, municipality_id: null, address: null, title: "Lärcafé: Leva med diabetes (träff 1 av 2)" },
      { is_digital: 1, municipality_id: null, address: null, title: "Lärcafé: Leva med diabetes (träff 2 av 2)" },
    ]);
  });

  it("answers bad input with each error at its field and writes nothing", async () => {
    const me = await requester();
    const areaId = await theme();
    const form = await newForm(me.cookie);
    const response = await submit(me.cookie, goodFields(form.submissionKey, areaId, form.defaults.municipalityId, { title: "", count: "13", experienceAreaId: "999999", startTime: "kväll" }));
    expect(response.status).toBe(400);
    expect(response.data.errors).toEqual({ title: "larcafe.errors.titleShort", experienceAreaId: "larcafe.errors.theme", count: "larcafe.errors.count", startTime: "larcafe.errors.startTime" });
    expect(response.data.values.title).toBe("");
    expect(response.data.submissionKey).toBe(form.submissionKey);
    const past = await submit(me.cookie, goodFields(form.submissionKey, areaId, form.defaults.municipalityId, { firstDate: dayAhead(-7) }));
    expect(past.data.errors).toEqual({ firstDate: "larcafe.errors.inPast" });
    expect([await count("larcafe_series"), await count("larcafe_sessions"), await count("requests"), await count("request_slots")]).toEqual([0, 0, 0, 0]);
  });
});

describe("another unit's series", () => {
  it("is not found, to read or to change, and not listed", async () => {
    const { seriesId } = await created();
    const other = await requester();
    expect((await detail(other.cookie, seriesId)).status).toBe(404);
    const session = await db().selectFrom("larcafe_sessions").select("id").where("series_id", "=", seriesId).executeTakeFirstOrThrow();
    expect((await cancel(other.cookie, seriesId, { sessionId: String(session.id), reason: "Vi kan inte" })).status).toBe(404);
    expect((await call(listRoute.loader as never, getRequest("/unit/larcafe", { cookie: other.cookie }))).data.series).toEqual([]);
    expect(await db().selectFrom("larcafe_sessions").select("cancelled_at").where("id", "=", session.id).executeTakeFirstOrThrow()).toEqual({ cancelled_at: null });
  });
});

describe("cancelling a session", () => {
  it("withdraws an open request, cancels a booked one (telling the book) and shows the booked book's first name", async () => {
    const { me, seriesId } = await created();
    const [first, second] = await db().selectFrom("larcafe_sessions").selectAll().where("series_id", "=", seriesId).orderBy("starts_at").execute();
    const personId = await insertPerson(db(), { name: "Bodil Boksson", alias: null });
    const offerId = await insertOffer(db(), { request_id: second.request_id!, person_id: personId, status: "accepted" });
    const assignmentId = await insertAssignment(db(), { offer_id: offerId });
    await db().updateTable("requests").set({ status: "confirmed" }).where("id", "=", second.request_id!).execute();
    const before = await detail(me.cookie, seriesId);
    expect(before.data.series.sessions[1]).toMatchObject({ requestStatus: "confirmed", volunteer: "Bodil", canCancel: true });

    expect((await cancel(me.cookie, seriesId, { sessionId: String(first.id), reason: "" })).data.errors).toEqual({ reason: "requests.errors.reasonRequired" });
    const withdrawn = await cancel(me.cookie, seriesId, { sessionId: String(first.id), reason: "Lokalen är upptagen" });
    expect(withdrawn.location).toBe(`/unit/larcafe/${seriesId}?notis=installd`);
    expect((await db().selectFrom("requests").select("status").where("id", "=", first.request_id!).executeTakeFirstOrThrow()).status).toBe("withdrawn");

    await cancel(me.cookie, seriesId, { sessionId: String(second.id), reason: "Lokalen är upptagen" });
    expect((await db().selectFrom("requests").select(["status", "status_reason"]).where("id", "=", second.request_id!).executeTakeFirstOrThrow())).toEqual({ status: "cancelled", status_reason: "Lokalen är upptagen" });
    expect((await db().selectFrom("assignments").select("status").where("id", "=", assignmentId).executeTakeFirstOrThrow()).status).toBe("cancelled");

    const after = await detail(me.cookie, seriesId);
    expect(after.data.series).toMatchObject({ sessionCount: 1, heldCount: 0 });
    expect(after.data.series.sessions.map((s: { cancelledAt: string | null; canCancel: boolean }) => [s.cancelledAt !== null, s.canCancel])).toEqual([[true, false], [true, false], [false, true]]);
    const twice = await cancel(me.cookie, seriesId, { sessionId: String(first.id), reason: "Igen" });
    expect(twice.status).toBe(409);
    expect(twice.data.errors).toEqual({ form: "larcafe.refused.notAllowed" });
  });
});

describe("survey links for a series' participants", () => {
  it("are made on the series page, shown once, and refused to another unit or for a bad count", async () => {
    const { me, seriesId } = await created();
    const made = await cancel(me.cookie, seriesId, { intent: "surveyLinks", count: "3" });
    expect(made.status).toBe(200);
    expect(made.data.surveyLinks).toHaveLength(3);
    for (const url of made.data.surveyLinks) expect(url).toMatch(/\/enkat\/[A-Za-z0-9_-]{40,}$/);
    const stored = await db().selectFrom("survey_links").select(["source", "series_id", "occasion", "handed_out", "token_hash"]).execute();
    expect(stored.map(({ token_hash, ...rest }) => rest)).toEqual(Array(3).fill({ source: "larcafe", series_id: seriesId, occasion: "session", handed_out: 1 }));
    expect(JSON.stringify(stored)).not.toContain(made.data.surveyLinks[0].split("/enkat/")[1]);

    for (const count of ["0", "41", "tre", ""]) {
      const bad = await cancel(me.cookie, seriesId, { intent: "surveyLinks", count });
      expect(bad.status).toBe(400);
      expect(bad.data.errors).toEqual({ count: "survey.links.errors.count" });
    }
    const other = await requester();
    expect((await cancel(other.cookie, seriesId, { intent: "surveyLinks", count: "3" })).status).toBe(404);
    expect(await db().selectFrom("survey_links").select("id").execute()).toHaveLength(3);
  });
});

// The request desk through its real loaders and actions: listing, ranking with reasons, offering, withdrawing,
// the whole way from offer to a completed assignment, who may use it, and bad input.
import { translate } from "~/i18n";
import { createRequest } from "~/models/requests.server";
import { acceptOffer } from "~/models/offer/answer.server";
import * as settingsRoute from "~/routes/admin.settings";
import { DEFAULT_SCORE_FLOOR } from "~/domain/matching/match-quality";
import { replyDay } from "~/domain/reply-deadline";
import * as detailRoute from "~/routes/coordinator.requests.$requestId";
import * as listRoute from "~/routes/coordinator.requests._index";
import { db } from "~/utils/db.server";
import { ensureMunicipality, insertCareUnit, insertOffer, insertPerson, insertRequest, insertUser } from "../../db/insert-rows";
import { call, cookieFor, getRequest } from "../setup/http";
import { dayAhead, postForm } from "./unit-helpers";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ALL_WEEK = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start_minute: 0, end_minute: 1440 }));
const iso = (ms: number) => new Date(ms).toISOString();
// Two days ahead at 09:00 UTC: in the future whatever day the suite runs, and well inside a session's lifetime.
const slotStart = () => new Date(Date.now() + 2 * DAY).setUTCHours(9, 0, 0, 0);

async function coordinator() {
  const userId = await insertUser(db(), { role: "coordinator" });
  return { userId, cookie: await cookieFor(userId) };
}

async function openRequest(overrides: Parameters<typeof insertRequest>[1] = {}) {
  const start = slotStart();
  return insertRequest(db(), { title: "Lärcafé om smärta", slots: [{ starts_at: iso(start), ends_at: iso(start + 90 * 60_000) }], ...overrides });
}

const list = (cookie: string | undefined, search = "") => call(listRoute.loader as never, getRequest(`/coordinator/requests${search}`, { cookie }));
const page = (cookie: string | undefined, id: number | string, search = "") =>
  call(detailRoute.loader as never, getRequest(`/coordinator/requests/${id}${search}`, { cookie }), { requestId: String(id) });
const post = (cookie: string | undefined, id: number | string, fields: Record<string, string | string[]>) =>
  call(detailRoute.action as never, postForm(`/coordinator/requests/${id}`, fields, cookie), { requestId: String(id) });
const offerRows = (requestId: number) => db().selectFrom("offers").selectAll().where("request_id", "=", requestId).orderBy("id").execute();
const requestStatus = async (id: number) => (await db().selectFrom("requests").select("status").where("id", "=", id).executeTakeFirstOrThrow()).status;
const reasonKeys = (candidate: { parts: { reason: { key: string } }[] }) => candidate.parts.map((p) => p.reason.key);

describe("the desk list", () => {
  it("lists requests newest first and filters them by the URL", async () => {
    const me = await coordinator();
    const hoglandet = await ensureMunicipality(db(), "Eksjö", "Höglandet");
    const eksjoUnit = await insertCareUnit(db(), { name: "Eksjö vårdcentral", municipality_id: hoglandet.id });
    const older = await openRequest({ created_at: "2026-01-01T10:00:00.000Z" });
    const newer = await openRequest({ care_unit_id: eksjoUnit, title: "Peer-samtal om ångest", wanted_role: "peer", status: "offered", created_at: "2026-01-02T10:00:00.000Z" });
    const done = await openRequest({ status: "completed", created_at: "2026-01-03T10:00:00.000Z" });
    // The work queue first: by default only what still needs the coordinator, open and offered.
    const all = await list(me.cookie);
    expect(all.data.filters.status).toBe("active");
    expect(all.status).toBe(200);
    expect(all.data.total).toBe(2);
    expect(all.data.requests.map((r: { id: number }) => r.id)).toEqual([newer.id, older.id]);
    expect(all.data.requests[0]).toMatchObject({ careUnit: "Eksjö vårdcentral", municipality: "Eksjö", wantedRole: "peer", status: "offered" });
    expect(all.data.careAreas.map((a: { name: string }) => a.name)).toContain("Höglandet");

    const filtered = await list(me.cookie, `?status=offered&role=peer&area=${hoglandet.careAreaId}&q=%C3%A5ngest`);
    expect(filtered.data.filters).toEqual({ status: "offered", role: "peer", area: hoglandet.careAreaId, ko: undefined, q: "ångest" });
    expect((await list(me.cookie, "?ko=nya")).data.requests.map((r: { id: number }) => r.id)).toEqual([older.id]);
    expect((await list(me.cookie, "?ko=constructor")).data.filters.ko).toBeUndefined();
    expect(filtered.data.requests.map((r: { id: number }) => r.id)).toEqual([newer.id]);
    expect((await list(me.cookie, "?status=open")).data.requests.map((r: { id: number }) => r.id)).toEqual([older.id]);
    expect((await list(me.cookie, "?status=all")).data.requests.map((r: { id: number }) => r.id)).toEqual([done.id, newer.id, older.id]);
  });

  it("drops filters it cannot read instead of failing", async () => {
    const me = await coordinator();
    await openRequest();
    const outcome = await list(me.cookie, `?status=maybe&role=ghost&area=abc&q=${"x".repeat(10_000)}`);
    expect(outcome.status).toBe(200);
    expect(outcome.data.filters).toEqual({ status: "active", role: undefined, area: undefined, ko: undefined, q: "x".repeat(100) });
    expect(outcome.data.total).toBe(0);
  });
});

describe("a request on the desk", () => {
  it("opens a request only by its plain decimal id: 0x10, 1e1 and 016 are not found", async () => {
    const me = await coordinator();
    let request = await openRequest();
    while (request.id < 16) request = await openRequest();
    expect((await page(me.cookie, request.id)).status).toBe(200);
    const hex = `0x${request.id.toString(16)}`;
    for (const id of [hex, `0${request.id}`, `${request.id}.0`, ` ${request.id}`]) expect((await page(me.cookie, id)).status, id).toBe(404);
  });

  it("ranks the candidates with their reasons, hides people without the role and lists the excluded with reasons", async () => {
    const me = await coordinator();
    const { id } = await openRequest();
    await insertPerson(db(), { name: "Nora Nyfiken", email: "nora@example.se", windows: ALL_WEEK });
    const asked = await insertPerson(db(), { name: "Olle Ofta", email: "olle@example.se", windows: ALL_WEEK });
    await insertOffer(db(), { request_id: (await openRequest()).id, person_id: asked, status: "declined" });
    const paused = await insertPerson(db(), { name: "Paula Paus", email: "paula@example.se", status: "paused" });
    await insertPerson(db(), { name: "Petter Peer", email: "petter@example.se", roles: [{ role: "peer" }], windows: ALL_WEEK });

    const outcome = await page(me.cookie, id);
    expect(outcome.status).toBe(200);
    const { candidates, defaults } = outcome.data;
    expect(candidates.candidates.map((c: { name: string }) => c.name)).toEqual(["Nora Nyfiken", "Olle Ofta"]);
    expect(reasonKeys(candidates.candidates[0])).toContain("matching.reason.neverOffered");
    expect(reasonKeys(candidates.candidates[1])).toContain("matching.reason.offeredThisYear");
    expect(candidates.candidates[0].total).toBeGreaterThan(candidates.candidates[1].total);
    expect(translate("sv", "matching.reason.neverOffered")).toBe("Inte erbjuden som bok i år");
    expect(candidates.excluded).toEqual([{ reason: "notActive", count: 1, people: [{ id: paused, name: "Paula Paus" }] }]);
    expect(JSON.stringify(outcome.data)).not.toContain("Petter Peer");
    expect(defaults.slotId).toBe(candidates.candidates[0].freeSlotIds[0]);
    // Five days on, moved past a weekend or a holiday.
    expect(defaults.replyBy).toBe(replyDay(dayAhead(5)));
  });

  it("leaves slots that have begun out of the offer form", async () => {
    const me = await coordinator();
    const future = slotStart();
    const { id, slotIds } = await insertRequest(db(), {
      slots: [
        { starts_at: iso(Date.now() - HOUR), ends_at: iso(Date.now() + HOUR) },
        { starts_at: iso(future), ends_at: iso(future + HOUR) },
      ],
    });
    expect((await page(me.cookie, id)).data.defaults).toMatchObject({ slotIds: [slotIds[1]], slotId: slotIds[1] });
  });

  it("shows the ten best, and all of them with ?alla=1", async () => {
    const me = await coordinator();
    const { id } = await openRequest();
    for (let i = 0; i < 11; i++) await insertPerson(db(), { windows: ALL_WEEK });
    expect((await page(me.cookie, id)).data.candidates.candidates).toHaveLength(10);
    expect((await page(me.cookie, id, "?alla=1")).data.candidates.candidates).toHaveLength(11);
  });

  it("offers the chosen candidates a slot, and refuses a second offer to the same person with a clear message", async () => {
    const me = await coordinator();
    const { id, slotIds } = await openRequest();
    const first = await insertPerson(db(), { name: "Nora Nyfiken", email: "nora@example.se", windows: ALL_WEEK });
    const second = await insertPerson(db(), { windows: ALL_WEEK });
    const fields = { intent: "offer", personId: [String(first), String(second)], slotId: String(slotIds[0]), replyBy: dayAhead(1) };
    const made = await post(me.cookie, id, fields);
    expect(made.status).toBe(302);
    expect(made.location).toBe(`/coordinator/requests/${id}?notis=erbjudna&antal=2`);
    expect(await offerRows(id)).toEqual([
      expect.objectContaining({ person_id: first, status: "pending", slot_id: slotIds[0], offered_by: me.userId }),
      expect.objectContaining({ person_id: second, status: "pending" }),
    ]);
    expect(await requestStatus(id)).toBe("offered");
    const shown = await page(me.cookie, id);
    expect(shown.data.request.offers.map((o: { name: string; status: string }) => o.status)).toEqual(["pending", "pending"]);
    expect(shown.data.candidates.excluded).toEqual([expect.objectContaining({ reason: "alreadyOffered", count: 2 })]);

    const again = await post(me.cookie, id, { ...fields, personId: [String(first)] });
    expect(again.status).toBe(409);
    expect(again.data.errors.personId).toBe("desk.errors.alreadyOffered");
    expect(again.data.names).toBe("Nora Nyfiken");
    expect(translate("sv", again.data.errors.personId, { names: again.data.names })).toBe("Nora Nyfiken har redan fått ett erbjudande på den här förfrågan.");
    expect(again.data.values.personId).toEqual([String(first)]);
    expect(await offerRows(id)).toHaveLength(2);
  });

  it("withdraws an offer after the confirmation step and opens the request again", async () => {
    const me = await coordinator();
    const { id } = await openRequest({ status: "offered" });
    const offerId = await insertOffer(db(), { request_id: id });
    const outcome = await post(me.cookie, id, { intent: "withdrawOffer", offerId: String(offerId) });
    expect(outcome.location).toBe(`/coordinator/requests/${id}?notis=aterdraget`);
    expect((await offerRows(id))[0].status).toBe("withdrawn");
    expect(await requestStatus(id)).toBe("open");
    const again = await post(me.cookie, id, { intent: "withdrawOffer", offerId: String(offerId) });
    expect(again.status).toBe(409);
    expect(again.data.errors).toEqual({ form: "desk.refused.notPending" });
  });
});

describe("from offer to a completed assignment", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("offer → the volunteer accepts → confirmed → the coordinator marks it completed with hours and compensation", async () => {
    const me = await coordinator();
    const { id, slotIds } = await openRequest();
    const personId = await insertPerson(db(), { windows: ALL_WEEK });
    const volunteerUser = await insertUser(db(), { role: "volunteer", person_id: personId });
    expect((await post(me.cookie, id, { intent: "offer", personId: [String(personId)], slotId: String(slotIds[0]), replyBy: dayAhead(1) })).status).toBe(302);
    const [offer] = await offerRows(id);

    const accepted = await acceptOffer(db(), { offerId: offer.id, personId, userId: volunteerUser });
    expect(accepted.ok).toBe(true);
    expect(await requestStatus(id)).toBe("confirmed");
    const confirmed = await page(me.cookie, id);
    expect(confirmed.data.candidates).toBeNull();
    expect(confirmed.data.request.assignment).toMatchObject({ status: "booked", compensationSek: 600 });

    // Completed describes what happened: the clock moves past the meeting first.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(slotStart() + 2 * HOUR);
    // Days later a coordinator's session has long timed out for inactivity: they sign in again.
    me.cookie = await cookieFor(me.userId);
    const done = await post(me.cookie, id, { intent: "outcome", status: "completed", hours: "1,75", compensationSek: "650", reason: "" });
    expect(done.location).toBe(`/coordinator/requests/${id}?notis=utfall`);
    const assignment = await db().selectFrom("assignments").selectAll().where("request_id", "=", id).executeTakeFirstOrThrow();
    expect(assignment).toMatchObject({ status: "completed", hours: 1.75, compensation_sek: 650, sequence: 0 });
    expect(await requestStatus(id)).toBe("completed");
    const history = (await page(me.cookie, id)).data.request.history.map((e: { status: string }) => e.status);
    expect(history).toEqual(["open", "offered", "confirmed", "completed"]);
  });

  it("cancelling bumps the assignment's SEQUENCE so subscribed calendars update, and needs a reason", async () => {
    const me = await coordinator();
    const { id, slotIds } = await openRequest({ status: "confirmed" });
    const personId = await insertPerson(db(), { windows: ALL_WEEK });
    const offerId = await insertOffer(db(), { request_id: id, slot_id: slotIds[0], person_id: personId, status: "accepted" });
    await db().insertInto("assignments").values({ offer_id: offerId, request_id: id, person_id: personId, starts_at: iso(slotStart()), ends_at: iso(slotStart() + 90 * 60_000), status: "booked", created_at: iso(Date.now()), updated_at: iso(Date.now()) }).execute();
    const noReason = await post(me.cookie, id, { intent: "outcome", status: "cancelled", hours: "", compensationSek: "", reason: "" });
    expect(noReason.status).toBe(400);
    expect(noReason.data.errors).toEqual({ reason: "desk.errors.reasonRequired" });
    const early = await post(me.cookie, id, { intent: "outcome", status: "completed", hours: "1", compensationSek: "600", reason: "" });
    expect(early.status).toBe(409);
    expect(early.data.errors).toEqual({ form: "desk.refused.notStarted" });
    const cancelled = await post(me.cookie, id, { intent: "outcome", status: "cancelled", hours: "", compensationSek: "", reason: "Lokalen är inte tillgänglig" });
    expect(cancelled.status).toBe(302);
    const row = await db().selectFrom("assignments").select(["status", "sequence", "status_reason"]).where("request_id", "=", id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: "cancelled", sequence: 1, status_reason: "Lokalen är inte tillgänglig" });
    expect(await requestStatus(id)).toBe("cancelled");
  });
});

describe("who may use the desk", () => {
  it("403 for requesters and volunteers, the login page for the signed out, on every method of both routes", async () => {
    const { id } = await openRequest();
    const requester = await cookieFor(await insertUser(db(), { role: "requester" }));
    const volunteer = await cookieFor(await insertUser(db(), { role: "volunteer" }));
    for (const cookie of [requester, volunteer]) {
      expect((await list(cookie)).status).toBe(403);
      expect((await page(cookie, id)).status).toBe(403);
      expect((await post(cookie, id, { intent: "withdrawOffer", offerId: "1" })).status).toBe(403);
    }
    const anonymous = await page(undefined, id);
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toBe(`/login?redirectTo=%2Fcoordinator%2Frequests%2F${id}`);
    expect((await list(undefined)).status).toBe(302);
    expect((await post(undefined, id, {})).status).toBe(302);
    expect(await db().selectFrom("offers").select("id").execute()).toEqual([]);
  });
});

describe("bad input", () => {
  it("unknown or malformed ids are 404, malformed fields 400 with the message next to the field, never 500", async () => {
    const me = await coordinator();
    const { id, slotIds } = await openRequest();
    const personId = await insertPerson(db(), { windows: ALL_WEEK });
    const elsewhere = await insertOffer(db());
    for (const bad of ["abc", "0", "-1", "1.5", "9e99", "99999999999999999999", "999999"]) {
      expect((await page(me.cookie, bad)).status, bad).toBe(404);
      expect((await post(me.cookie, bad, { intent: "offer" })).status, bad).toBe(404);
    }
    expect((await post(me.cookie, id, { intent: "withdrawOffer", offerId: String(elsewhere) })).status).toBe(404);
    expect((await post(me.cookie, id, { intent: "withdrawOffer", offerId: "999999" })).status).toBe(404);
    expect((await post(me.cookie, id, { intent: "outcome", status: "completed", hours: "1", compensationSek: "1", reason: "" })).status).toBe(404);

    const offer = { intent: "offer", personId: [String(personId)], slotId: String(slotIds[0]), replyBy: dayAhead(2) };
    // Well-formed ids that name nothing here: a person who does not exist, another request's slot.
    const otherSlot = (await openRequest()).slotIds[0];
    for (const fields of [{ ...offer, personId: [String(personId), "999999"] }, { ...offer, slotId: String(otherSlot) }]) {
      expect((await post(me.cookie, id, fields)).status).toBe(404);
    }
    const cases: [Record<string, string | string[]>, Record<string, string>][] = [
      [{}, { form: "desk.errors.invalid" }],
      [{ intent: "x".repeat(10_000) }, { form: "desk.errors.invalid" }],
      [{ intent: "withdrawOffer", offerId: "abc" }, { form: "desk.errors.invalid" }],
      [{ intent: "withdrawOffer", offerId: "1".repeat(10_000) }, { form: "desk.errors.invalid" }],
      [{ ...offer, personId: [] }, { personId: "desk.errors.choosePerson" }],
      [{ ...offer, personId: ["abc"] }, { personId: "desk.errors.invalid" }],
      [{ ...offer, personId: Array.from({ length: 30 }, (_, i) => String(i + 1)) }, { personId: "desk.errors.tooMany" }],
      [{ ...offer, slotId: "abc" }, { slotId: "desk.errors.slot" }],
      [{ ...offer, replyBy: "igår" }, { replyBy: "desk.errors.replyBy" }],
      [{ ...offer, replyBy: dayAhead(-1) }, { replyBy: "desk.errors.replyBy" }],
      [{ ...offer, replyBy: dayAhead(400) }, { replyBy: "desk.errors.replyBy" }],
    ];
    for (const [fields, errors] of cases) {
      const outcome = await post(me.cookie, id, fields);
      expect(outcome.status, JSON.stringify(fields).slice(0, 80)).toBe(400);
      expect(outcome.data.errors).toEqual(errors);
    }
    expect(await offerRows(id)).toEqual([]);
  });

  it("refuses negative hours, letters, absurd sums and 10 kB reasons for an outcome", async () => {
    const me = await coordinator();
    const { id, slotIds } = await openRequest({ status: "confirmed" });
    const offerId = await insertOffer(db(), { request_id: id, slot_id: slotIds[0], status: "accepted" });
    const person = (await db().selectFrom("offers").select("person_id").where("id", "=", offerId).executeTakeFirstOrThrow()).person_id;
    await db().insertInto("assignments").values({ offer_id: offerId, request_id: id, person_id: person, starts_at: iso(slotStart()), ends_at: iso(slotStart() + HOUR), status: "booked", created_at: iso(Date.now()), updated_at: iso(Date.now()) }).execute();
    const base = { intent: "outcome", status: "cancelled", hours: "", compensationSek: "", reason: "Inställt" };
    const cases: [Record<string, string>, string, string][] = [
      [{ ...base, hours: "-1" }, "hours", "desk.errors.hours"],
      [{ ...base, hours: "25" }, "hours", "desk.errors.hours"],
      [{ ...base, hours: "två" }, "hours", "desk.errors.hours"],
      [{ ...base, compensationSek: "-600" }, "compensationSek", "desk.errors.compensation"],
      [{ ...base, compensationSek: "1e9" }, "compensationSek", "desk.errors.compensation"],
      [{ ...base, reason: "x".repeat(10_000) }, "reason", "desk.errors.reasonLong"],
      [{ ...base, status: "maybe" }, "status", "desk.errors.status"],
      [{ ...base, status: "completed" }, "hours", "desk.errors.hoursRequired"],
    ];
    for (const [fields, field, key] of cases) {
      const outcome = await post(me.cookie, id, fields);
      expect(outcome.status, JSON.stringify(fields).slice(0, 80)).toBe(400);
      expect(outcome.data.errors[field]).toBe(key);
    }
    expect(translate("sv", "desk.errors.hours", { max: 24 })).toBe("Ange timmar mellan 0 och 24, till exempel 1,5.");
    const row = await db().selectFrom("assignments").select(["status", "sequence"]).where("request_id", "=", id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: "booked", sequence: 0 });
  });
});

describe("offering the next one automatically", () => {
  const cascadeOf = async (cookie: string, id: number) => (await page(cookie, id)).data.request.cascade;

  it("shows the request's choice and steps, turns it off and on with a notice, and says clearly when it ran out", async () => {
    const me = await coordinator();
    const request = await openRequest({ cascade_steps: 2 });
    expect(await cascadeOf(me.cookie, request.id)).toEqual({ autoNext: true, steps: 2, exhaustedAt: null });

    const off = await post(me.cookie, request.id, { intent: "autoNext" });
    expect(off.status).toBe(302);
    expect(off.location).toBe(`/coordinator/requests/${request.id}?notis=automatiskt-av`);
    expect(await cascadeOf(me.cookie, request.id)).toMatchObject({ autoNext: false, steps: 2 });

    await db().updateTable("requests").set({ cascade_exhausted_at: "2026-03-01T08:00:00.000Z" }).where("id", "=", request.id).execute();
    const on = await post(me.cookie, request.id, { intent: "autoNext", autoNext: "1" });
    expect(on.location).toBe(`/coordinator/requests/${request.id}?notis=automatiskt-pa`);
    // Turned on again after it ran out: three new tries.
    expect(await cascadeOf(me.cookie, request.id)).toEqual({ autoNext: true, steps: 0, exhaustedAt: null });
    const history = (await page(me.cookie, request.id)).data.request.history.map((e: { noteCode: string | null }) => e.noteCode);
    expect(history).toEqual(expect.arrayContaining(["auto_next_off", "auto_next_on"]));
    expect(translate("sv", "desk.notice.autoNextOn")).toBe("Nästa kandidat erbjuds automatiskt.");
  });

  it("marks the offers the cascade made with their step", async () => {
    const me = await coordinator();
    const request = await openRequest({ status: "offered" });
    await insertOffer(db(), { request_id: request.id, person_id: await insertPerson(db()), cascade_step: 2 });
    expect((await page(me.cookie, request.id)).data.request.offers[0].cascadeStep).toBe(2);
  });

  it("refuses anything but a ticked or unticked box with 400, and an unknown request with 404", async () => {
    const me = await coordinator();
    const request = await openRequest();
    const odd = await post(me.cookie, request.id, { intent: "autoNext", autoNext: "yes" });
    expect(odd.status).toBe(400);
    expect(odd.data.errors.form).toBe("desk.errors.invalid");
    expect(await cascadeOf(me.cookie, request.id)).toMatchObject({ autoNext: true });
    await expect(post(me.cookie, 999_999, { intent: "autoNext", autoNext: "1" })).resolves.toMatchObject({ status: 404 });
  });

  it("new requests take the region's default, which coordinators change on the settings page", async () => {
    const me = await coordinator();
    const settings = () => call(settingsRoute.loader as never, getRequest("/admin/settings", { cookie: me.cookie }));
    const save = (fields: Record<string, string>) => call(settingsRoute.action as never, postForm("/admin/settings", fields, me.cookie));
    expect((await settings()).data).toEqual({ autoNext: true, scoreFloor: DEFAULT_SCORE_FLOOR });
    expect((await save({ intent: "autoNextDefault" })).location).toBe("/admin/settings?sparat=1");
    expect((await settings()).data).toEqual({ autoNext: false, scoreFloor: DEFAULT_SCORE_FLOOR });
    expect((await save({ intent: "autoNextDefault", autoNext: "on" })).status).toBe(400);
    expect((await save({ intent: "other", autoNext: "1" })).status).toBe(400);

    const unitId = await insertCareUnit(db());
    const userId = await insertUser(db(), { role: "requester", care_unit_id: unitId });
    const start = new Date(slotStart());
    const input = {
      wantedRole: "book" as const,
      experienceAreaIds: [],
      format: "lecture" as const,
      title: "Lärcafé",
      purpose: "",
      audience: "staff" as const,
      audienceSize: 20,
      isDigital: true,
      municipalityId: null,
      address: null,
      slots: [{ startsAt: start, endsAt: new Date(start.getTime() + 90 * 60_000), durationMinutes: 90 }],
      contactName: "Kim",
      contactPhone: "036-10 20 30",
      wish: null,
    };
    const autoNextOf = async (id: number) => (await db().selectFrom("requests").select("auto_next").where("id", "=", id).executeTakeFirstOrThrow()).auto_next;
    const first = await createRequest(db(), { unitId, userId, input, submissionKey: "a".repeat(20) });
    expect(first.ok && (await autoNextOf(first.id))).toBe(0);
    await save({ intent: "autoNextDefault", autoNext: "1" });
    const second = await createRequest(db(), { unitId, userId, input, submissionKey: "b".repeat(20) });
    expect(second.ok && (await autoNextOf(second.id))).toBe(1);
  });
});

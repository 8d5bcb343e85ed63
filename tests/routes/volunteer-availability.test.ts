import * as route from "~/routes/volunteer.availability";
import { db } from "~/utils/db.server";
import { insertAssignment, insertOffer, insertPerson, insertRequest, insertUser } from "../../db/insert-rows";
import { call, cookieFor, getRequest, postRequest } from "../setup/http";
import { dayAhead } from "./unit-helpers";

async function volunteer(windows: { weekday: number; start_minute: number; end_minute: number }[] = []) {
  const personId = await insertPerson(db(), { windows });
  const userId = await insertUser(db(), { role: "volunteer", person_id: personId });
  return { personId, userId, cookie: await cookieFor(userId) };
}

const post = (cookie: string, fields: Record<string, string>, query = "") =>
  call(route.action as never, postRequest(`/volunteer/availability${query}`, fields, { cookie }));

describe("volunteer availability", () => {
  afterEach(() => vi.useRealTimers());

  it("adds a weekly window, and the month view shows it as free time in local hours", async () => {
    const v = await volunteer();
    const added = await post(v.cookie, { intent: "addWindow", weekday: "2", start: "13:00", end: "17:00" }, "?month=2027-03");
    expect(added.status).toBe(302);
    expect(added.location).toBe("/volunteer/availability?month=2027-03");
    const page = await call(route.loader as never, getRequest("/volunteer/availability?month=2027-03", { cookie: v.cookie }));
    expect(page.data.windows).toMatchObject([{ weekday: 2, start_minute: 780, end_minute: 1020 }]);
    const tuesdays = page.data.days.filter((d: { weekday: number }) => d.weekday === 2);
    expect(tuesdays).toHaveLength(5);
    // 30 March is after the switch to summer time: still 13:00–17:00 on the local clock.
    expect(tuesdays.at(-1)).toMatchObject({ date: "2027-03-30", free: [{ startMinute: 780, endMinute: 1020 }] });
  });

  it("a blocked period removes the free time and a booked assignment is marked, with its travel buffer", async () => {
    // Exceptions reach at most a year ahead, so the clock is set just before the month shown.
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2098-12-01T10:00:00Z") });
    const v = await volunteer([{ weekday: 4, start_minute: 540, end_minute: 1020 }]);
    const { id: requestId, slotIds } = await insertRequest(db(), {
      title: "Lärcafé om utmattning",
      slots: [{ starts_at: "2099-01-08T09:00:00.000Z", ends_at: "2099-01-08T10:00:00.000Z" }],
    });
    const offerId = await insertOffer(db(), { request_id: requestId, slot_id: slotIds[0], person_id: v.personId, status: "accepted" });
    await insertAssignment(db(), { offer_id: offerId, request_id: requestId, person_id: v.personId, starts_at: "2099-01-08T09:00:00.000Z", ends_at: "2099-01-08T10:00:00.000Z" });
    expect((await post(v.cookie, { intent: "addException", kind: "blocked", fromDate: "2099-01-15", toDate: "2099-01-22", start: "", end: "" })).status).toBe(302);
    const page = await call(route.loader as never, getRequest("/volunteer/availability?month=2099-01", { cookie: v.cookie }));
    const day = (date: string) => page.data.days.find((d: { date: string }) => d.date === date);
    expect(day("2099-01-08").booked).toEqual([{ date: "2099-01-08", startMinute: 600, endMinute: 660, title: "Lärcafé om utmattning" }]);
    // 10–11 local plus an hour of travel either side leaves 12–17 of the 9–17 window.
    expect(day("2099-01-08").free).toEqual([{ date: "2099-01-08", startMinute: 720, endMinute: 1020 }]);
    expect(day("2099-01-15").free).toEqual([]);
    expect(day("2099-01-22").free).toEqual([]);
    expect(day("2099-01-29").free).toEqual([{ date: "2099-01-29", startMinute: 540, endMinute: 1020 }]);
    expect([day("2099-01-15").blocked, day("2099-01-22").blocked, day("2099-01-29").blocked]).toEqual([true, true, false]);
    expect(day("2099-01-06").dayOff).toBe("Trettondedag jul");
  });

  it("an extra window on a free day shows up, and deleting it removes it", async () => {
    // Exceptions reach at most a year ahead, so the clock is set just before the month shown.
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2098-12-01T10:00:00Z") });
    const v = await volunteer();
    await post(v.cookie, { intent: "addException", kind: "extra", fromDate: "2099-06-06", toDate: "", start: "10:00", end: "12:00" });
    let page = await call(route.loader as never, getRequest("/volunteer/availability?month=2099-06", { cookie: v.cookie }));
    expect(page.data.exceptions).toMatchObject([{ kind: "extra", from_date: "2099-06-06", to_date: "2099-06-06", start_minute: 600, end_minute: 720 }]);
    expect(page.data.days.find((d: { date: string }) => d.date === "2099-06-06").free).toEqual([{ date: "2099-06-06", startMinute: 600, endMinute: 720 }]);
    const id = String(page.data.exceptions[0].id);
    expect((await post(v.cookie, { intent: "deleteException", id })).status).toBe(302);
    page = await call(route.loader as never, getRequest("/volunteer/availability?month=2099-06", { cookie: v.cookie }));
    expect(page.data.exceptions).toEqual([]);
  });

  it.each([
    [{ intent: "addWindow", weekday: "8", start: "13:00", end: "17:00" }, { weekday: "availability.weekdayInvalid" }],
    [{ intent: "addWindow", weekday: "2", start: "17:00", end: "13:00" }, { end: "availability.endBeforeStart" }],
    [{ intent: "addWindow", weekday: "2", start: "kl 1", end: "25:00" }, { start: "availability.clockInvalid", end: "availability.clockInvalid" }],
    [{ intent: "addException", kind: "blocked", fromDate: "2025-02-30", toDate: "", start: "", end: "" }, { fromDate: "availability.dateInvalid" }],
    [{ intent: "addException", kind: "blocked", fromDate: dayAhead(20), toDate: dayAhead(10), start: "", end: "" }, { toDate: "availability.toBeforeFrom" }],
    [{ intent: "addException", kind: "blocked", fromDate: "2020-05-10", toDate: "2020-05-11", start: "", end: "" }, { toDate: "availability.inPast" }],
    [{ intent: "addException", kind: "blocked", fromDate: dayAhead(10), toDate: dayAhead(10 + 367), start: "", end: "" }, { toDate: "availability.tooLong" }],
    // Exceptions are for the coming year: a date such as 9999-12-31 is a typo or an attack, never a plan.
    [{ intent: "addException", kind: "blocked", fromDate: "9999-12-31", toDate: "", start: "", end: "" }, { fromDate: "availability.tooFarAhead" }],
    [{ intent: "addException", kind: "blocked", fromDate: dayAhead(367), toDate: "", start: "", end: "" }, { fromDate: "availability.tooFarAhead" }],
    [{ intent: "addException", kind: "extra", fromDate: dayAhead(10), toDate: "", start: "", end: "" }, { start: "availability.extraNeedsTimes" }],
    [{ intent: "addException", kind: "holiday", fromDate: dayAhead(10), toDate: "", start: "", end: "" }, { kind: "errors.required" }],
  ])("refuses %j with a message and saves nothing", async (fields, errors) => {
    const v = await volunteer();
    const outcome = await post(v.cookie, fields);
    expect(outcome.status).toBe(400);
    expect(outcome.data.errors).toEqual(errors);
    expect(outcome.data.values).toMatchObject(fields);
    expect(await db().selectFrom("availability_windows").selectAll().execute()).toEqual([]);
    expect(await db().selectFrom("availability_exceptions").selectAll().execute()).toEqual([]);
  });

  it("another volunteer's window cannot be deleted: 404 and it stays", async () => {
    const owner = await volunteer([{ weekday: 1, start_minute: 480, end_minute: 720 }]);
    const intruder = await volunteer();
    const [window] = await db().selectFrom("availability_windows").select("id").where("person_id", "=", owner.personId).execute();
    const outcome = await post(intruder.cookie, { intent: "deleteWindow", id: String(window.id) });
    expect(outcome.status).toBe(404);
    expect(await db().selectFrom("availability_windows").select("id").where("id", "=", window.id).execute()).toHaveLength(1);
  });

  it("answers a malformed delete and a nonsense month with 400 / the current month, not 500", async () => {
    const v = await volunteer();
    expect((await post(v.cookie, { intent: "deleteWindow", id: "abc" })).status).toBe(400);
    expect((await post(v.cookie, { intent: "launchRocket" })).status).toBe(400);
    const page = await call(route.loader as never, getRequest("/volunteer/availability?month=9999-99", { cookie: v.cookie }));
    expect(page.status).toBe(200);
    expect(page.data.month).toMatch(/^20\d\d-\d\d$/);
  });
});

describe("blocking days that hold bookings or offers", () => {
  afterEach(() => vi.useRealTimers());

  /** A volunteer with a booking on 8 Jan 2099 (10–11 local) and a pending offer on 9 Jan, seen from 1 Dec 2098. */
  async function busyVolunteer() {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2098-12-01T10:00:00Z") });
    const v = await volunteer();
    const booked = await insertRequest(db(), { status: "confirmed", title: "Lärcafé om utmattning", slots: [{ starts_at: "2099-01-08T09:00:00.000Z", ends_at: "2099-01-08T10:00:00.000Z" }] });
    const accepted = await insertOffer(db(), { request_id: booked.id, person_id: v.personId, status: "accepted" });
    const assignmentId = await insertAssignment(db(), { offer_id: accepted });
    const offered = await insertRequest(db(), { status: "offered", title: "Patientgrupp", slots: [{ starts_at: "2099-01-09T09:00:00.000Z", ends_at: "2099-01-09T10:00:00.000Z" }] });
    const offerId = await insertOffer(db(), { request_id: offered.id, person_id: v.personId, reply_by: "2099-01-05T12:00:00.000Z" });
    return { ...v, assignmentId, bookedRequest: booked.id, offerId, offeredRequest: offered.id };
  }
  const block = { intent: "addException", kind: "blocked", fromDate: "2099-01-08", toDate: "2099-01-09", start: "", end: "" };
  const exceptions = (personId: number) => db().selectFrom("availability_exceptions").select("id").where("person_id", "=", personId).execute();
  const statusOf = async (id: number) => (await db().selectFrom("assignments").select(["status", "status_reason", "cancelled_by"]).where("id", "=", id).executeTakeFirstOrThrow());
  const offerOf = async (id: number) => (await db().selectFrom("offers").select(["status", "close_reason"]).where("id", "=", id).executeTakeFirstOrThrow());

  it("is not saved at once: the first post shows the booking and the offer it touches", async () => {
    const v = await busyVolunteer();
    const first = await post(v.cookie, block);
    expect(first.status).toBe(200);
    expect(first.data.form).toBe("touches");
    expect(first.data.touches.bookings).toMatchObject([{ id: v.assignmentId, title: "Lärcafé om utmattning" }]);
    expect(first.data.touches.offers).toMatchObject([{ id: v.offerId, title: "Patientgrupp" }]);
    expect(await exceptions(v.personId)).toEqual([]);
    expect((await statusOf(v.assignmentId)).status).toBe("booked");
  });

  it("asks to choose, then cancels the booking with the reason and declines the offer, in one go", async () => {
    const v = await busyVolunteer();
    const unchosen = await post(v.cookie, { ...block, step: "confirm", reason: "Blockerad dag" });
    expect(unchosen.status).toBe(400);
    expect(unchosen.data.errors).toEqual({ choice: "touches.errors.choice" });
    const empty = await post(v.cookie, { ...block, step: "confirm", choice: "cancel", reason: " " });
    expect(empty.data.errors).toEqual({ reason: "assignments.errors.reasonRequired" });
    expect(await exceptions(v.personId)).toEqual([]);
    const done = await post(v.cookie, { ...block, step: "confirm", choice: "cancel", reason: "Blockerad dag" }, "?month=2099-01");
    expect(done.status).toBe(302);
    expect(done.location).toBe("/volunteer/availability?month=2099-01&installda=1");
    expect(await exceptions(v.personId)).toHaveLength(1);
    expect(await statusOf(v.assignmentId)).toEqual({ status: "cancelled", status_reason: "Blockerad dag", cancelled_by: "volunteer" });
    expect(await offerOf(v.offerId)).toEqual({ status: "declined", close_reason: "declined" });
    const requests = await db().selectFrom("requests").select(["id", "status"]).where("id", "in", [v.bookedRequest, v.offeredRequest]).orderBy("id").execute();
    expect(requests.map((r) => r.status)).toEqual(["open", "open"]);
  });

  it("keeps the booking when asked to, still declining the offer", async () => {
    const v = await busyVolunteer();
    const done = await post(v.cookie, { ...block, step: "confirm", choice: "keep", reason: "Blockerad dag" });
    expect(done.status).toBe(302);
    expect(await exceptions(v.personId)).toHaveLength(1);
    expect((await statusOf(v.assignmentId)).status).toBe("booked");
    expect((await offerOf(v.offerId)).status).toBe("declined");
  });

  it("a blocked afternoon leaves a morning booking alone, and is saved at once", async () => {
    const v = await busyVolunteer();
    const afternoon = await post(v.cookie, { ...block, toDate: "2099-01-08", start: "13:00", end: "17:00" });
    expect(afternoon.status).toBe(302);
    expect((await statusOf(v.assignmentId)).status).toBe("booked");
    expect(await exceptions(v.personId)).toHaveLength(1);
  });
});

describe("the start page of a paused volunteer", () => {
  it("says she is paused and until when, or until further notice, and nothing once the pause is over", async () => {
    const home = await import("~/routes/volunteer._index");
    const v = await volunteer();
    const pauseOf = async () => (await call(home.loader as never, getRequest("/volunteer", { cookie: v.cookie }))).data.pause;
    expect(await pauseOf()).toBeNull();
    await db().updateTable("people").set({ status: "paused", paused_until: "2099-06-30" }).where("id", "=", v.personId).execute();
    expect(await pauseOf()).toEqual({ until: "2099-06-30" });
    await db().updateTable("people").set({ paused_until: null }).where("id", "=", v.personId).execute();
    expect(await pauseOf()).toEqual({ until: null });
    await db().updateTable("people").set({ paused_until: "2020-01-31" }).where("id", "=", v.personId).execute();
    expect(await pauseOf()).toBeNull();
  });
});

describe("pausing herself from the profile over a booking and an offer", () => {
  const HOUR = 3_600_000;
  const iso = (ms: number) => new Date(ms).toISOString();
  async function pausingVolunteer() {
    const area = await db().insertInto("experience_areas").values({ name: `område ${Math.random()}` }).returning("id").executeTakeFirstOrThrow();
    const personId = await insertPerson(db(), { roles: [{ role: "book", title: "Tillbaka efter utmattning", presentation: "Jag berättar." }], experienceAreaIds: [area.id] });
    const userId = await insertUser(db(), { role: "volunteer", person_id: personId });
    const start = Date.now() + 4 * 24 * HOUR;
    const booked = await insertRequest(db(), { status: "confirmed", slots: [{ starts_at: iso(start), ends_at: iso(start + HOUR) }] });
    const assignmentId = await insertAssignment(db(), { offer_id: await insertOffer(db(), { request_id: booked.id, person_id: personId, status: "accepted" }) });
    const offered = await insertRequest(db(), { status: "offered", slots: [{ starts_at: iso(start + 24 * HOUR), ends_at: iso(start + 25 * HOUR) }] });
    const offerId = await insertOffer(db(), { request_id: offered.id, person_id: personId });
    const fields: [string, string][] = [
      ["title_book", "Tillbaka efter utmattning"],
      ["presentation_book", "Jag berättar."],
      ["experienceAreaIds", String(area.id)],
      ["formats", "lecture"],
      ["languages", "sv"],
      ["servesDigital", "on"],
      ["maxPerMonth", "2"],
      ["paused", "on"],
      ["pausedUntil", ""],
    ];
    return { personId, cookie: await cookieFor(userId), assignmentId, offerId, fields };
  }
  const profilePost = async (cookie: string, fields: [string, string][]) => {
    const profile = await import("~/routes/volunteer.profile");
    const request = postRequest("/volunteer/profile", {}, { cookie });
    return call(profile.action as never, new Request(request.url, { method: "POST", headers: request.headers, body: new URLSearchParams(fields) }));
  };
  const person = (id: number) => db().selectFrom("people").select(["status", "max_per_month"]).where("id", "=", id).executeTakeFirstOrThrow();

  it("shows what the pause touches first, saving nothing, and re-posts the whole form with the answer", async () => {
    const v = await pausingVolunteer();
    const first = await profilePost(v.cookie, v.fields);
    expect(first.status).toBe(200);
    expect(first.data.pause.touches.bookings.map((b: { id: number }) => b.id)).toEqual([v.assignmentId]);
    expect(first.data.pause.touches.offers.map((o: { id: number }) => o.id)).toEqual([v.offerId]);
    expect(first.data.pause.fields).toEqual(v.fields);
    expect(await person(v.personId)).toMatchObject({ status: "active" });
    const done = await profilePost(v.cookie, [...v.fields, ["step", "confirm"], ["choice", "cancel"], ["reason", "Pausad"]]);
    expect(done.status).toBe(302);
    expect(await person(v.personId)).toEqual({ status: "paused", max_per_month: 2 });
    const a = await db().selectFrom("assignments").select(["status", "cancelled_by", "status_reason"]).where("id", "=", v.assignmentId).executeTakeFirstOrThrow();
    expect(a).toEqual({ status: "cancelled", cancelled_by: "volunteer", status_reason: "Pausad" });
    const o = await db().selectFrom("offers").select(["status", "close_reason"]).where("id", "=", v.offerId).executeTakeFirstOrThrow();
    expect(o).toEqual({ status: "declined", close_reason: "paused" });
    // Already paused the same way: a later save of the profile asks nothing more.
    expect((await profilePost(v.cookie, v.fields)).status).toBe(302);
  });
});

import * as route from "~/routes/volunteer.availability";
import { db } from "~/utils/db.server";
import { insertAssignment, insertOffer, insertPerson, insertRequest, insertUser } from "../factories";
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

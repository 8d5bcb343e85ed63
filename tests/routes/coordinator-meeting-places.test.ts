// The coordinators' meeting places: a place added with its opening hours, bad hours answered at the field, an activity
// added and a weekly one ended, and the visitors summed per activity and week and per place and month.
import * as placePage from "~/routes/coordinator.meeting-places.$placeId";
import * as overviewPage from "~/routes/coordinator.meeting-places._index";
import { db } from "~/utils/db.server";
import { ensureMunicipality, insertPerson, insertUser } from "../../db/insert-rows";
import { insertActivity, insertMeetingPlace, insertShift, insertVisitorCount } from "../../db/insert-meeting-places";
import { call, cookieFor, getRequest, postRequest } from "../setup/http";

// Wednesday 21 October 2026, 12:00 in Stockholm.
const NOW = new Date("2026-10-21T10:00:00Z");

const coordinator = async () => cookieFor(await insertUser(db(), { role: "coordinator" }));
const postOverview = (cookie: string, fields: Record<string, string>) => call(overviewPage.action as never, postRequest("/coordinator/meeting-places", fields, { cookie }));
const postPlace = (cookie: string, id: number, fields: Record<string, string>) => call(placePage.action as never, postRequest(`/coordinator/meeting-places/${id}`, fields, { cookie }), { placeId: String(id) });
const loadPlace = (cookie: string, id: number) => call(placePage.loader as never, getRequest(`/coordinator/meeting-places/${id}`, { cookie }), { placeId: String(id) });

describe("the coordinators' meeting places", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ["Date"], now: NOW }));
  afterEach(() => vi.useRealTimers());

  it("adds a place with its opening hours and opens it", async () => {
    const cookie = await coordinator();
    const { id: muni } = await ensureMunicipality(db(), "Värnamo", "Värnamo");
    const added = await postOverview(cookie, { intent: "create", name: "Hjärtats hus Värnamo", municipalityId: String(muni), address: "Torget 3", description: "Fika och samtal.", open2: "10:00", close2: "16:00", open4: "17:00", close4: "21:00" });
    expect(added.status).toBe(302);
    const id = Number(added.location!.split("/").pop());
    const page = await loadPlace(cookie, id);
    expect(page.data.place).toMatchObject({ name: "Hjärtats hus Värnamo", municipalityId: muni, address: "Torget 3", description: "Fika och samtal.", active: true });
    expect(page.data.hours).toEqual([
      { weekday: 2, openMinute: 600, closeMinute: 960 },
      { weekday: 4, openMinute: 1020, closeMinute: 1260 },
    ]);
  });

  it("answers bad hours and an unknown municipality at their fields, keeping what was typed, and writes nothing", async () => {
    const cookie = await coordinator();
    const reply = await postOverview(cookie, { intent: "create", name: "Huset", municipalityId: "999999", address: "", description: "", open1: "16:00", close1: "10:00", open3: "kl 9", close3: "12:00" });
    expect(reply.status).toBe(400);
    expect(reply.data.errors).toEqual({ close1: "meetingPlaces.errors.closeBeforeOpen", open3: "meetingPlaces.errors.clock" });
    expect(reply.data.values).toMatchObject({ name: "Huset", open3: "kl 9" });
    const unknown = await postOverview(cookie, { intent: "create", name: "Huset", municipalityId: "999999", address: "", description: "" });
    expect(unknown.status).toBe(400);
    expect(unknown.data.errors).toEqual({ municipalityId: "meetingPlaces.errors.municipality" });
    expect(await db().selectFrom("meeting_places").select("id").execute()).toEqual([]);
  });

  it("edits a place, hides it and changes its hours", async () => {
    const cookie = await coordinator();
    const id = await insertMeetingPlace(db(), { hours: [[1, 600, 960]] });
    const { id: muni } = await ensureMunicipality(db(), "Jönköping");
    expect((await postPlace(cookie, id, { intent: "update", name: "Hjärtats hus Jönköping", municipalityId: String(muni), address: "Östra Storgatan 5", description: "", open6: "11:00", close6: "15:00" })).status).toBe(302);
    const page = await loadPlace(cookie, id);
    expect(page.data.place).toMatchObject({ name: "Hjärtats hus Jönköping", active: false });
    expect(page.data.hours).toEqual([{ weekday: 6, openMinute: 660, closeMinute: 900 }]);
  });

  it("adds a weekly and a one-off activity, and refuses a time the spring night skips", async () => {
    const cookie = await coordinator();
    const id = await insertMeetingPlace(db());
    const base = { intent: "addActivity", title: "Öppet hus", description: "", kind: "weekly", weekday: "4", fromDate: "2026-10-01", date: "", start: "18:00", end: "20:00" };
    expect((await postPlace(cookie, id, base)).status).toBe(302);
    expect((await postPlace(cookie, id, { ...base, title: "Julfest", kind: "once", date: "2026-12-12", start: "15:00", end: "17:30" })).status).toBe(302);
    const skipped = await postPlace(cookie, id, { ...base, kind: "once", date: "2027-03-28", start: "02:30", end: "04:00" });
    expect(skipped.status).toBe(400);
    expect(skipped.data).toMatchObject({ form: "activity", errors: { start: "meetingPlaces.errors.noSuchTime" } });
    const page = await loadPlace(cookie, id);
    expect(page.data.activities).toMatchObject([
      { title: "Öppet hus", kind: "weekly", weekday: 4, startMinute: 1080, fromDate: "2026-10-01", durationMinutes: 120 },
      { title: "Julfest", kind: "once", startsAt: "2026-12-12T14:00:00.000Z", durationMinutes: 150 },
    ]);
  });

  it("ends a weekly activity on a date, dropping the shifts after it; not before its first date, not another place's", async () => {
    const cookie = await coordinator();
    const id = await insertMeetingPlace(db());
    const other = await insertMeetingPlace(db(), { name: "Annat hus" });
    const activityId = await insertActivity(db(), { placeId: id, weekday: 4, startMinute: 1080, fromDate: "2026-10-01" });
    const person = await insertPerson(db());
    await insertShift(db(), { activityId, date: "2026-10-22", personId: person });
    await insertShift(db(), { activityId, date: "2026-10-29", personId: person });
    const early = await postPlace(cookie, id, { intent: "end", activityId: String(activityId), untilDate: "2026-09-01" });
    expect(early.status).toBe(400);
    expect(early.data.errors).toEqual({ untilDate: "meetingPlaces.errors.untilBeforeStart" });
    expect((await postPlace(cookie, other, { intent: "end", activityId: String(activityId), untilDate: "2026-10-22" })).status).toBe(404);
    expect((await postPlace(cookie, id, { intent: "end", activityId: String(activityId), untilDate: "2026-10-22" })).status).toBe(302);
    expect((await loadPlace(cookie, id)).data.activities[0].untilDate).toBe("2026-10-22");
    expect(await db().selectFrom("activity_shifts").select("occurs_on").execute()).toEqual([{ occurs_on: "2026-10-22" }]);
  });

  it("calls off a coming one-off activity with its shifts; not one that has started, a weekly one or another place's", async () => {
    const cookie = await coordinator();
    const id = await insertMeetingPlace(db());
    const other = await insertMeetingPlace(db(), { name: "Annat hus" });
    const coming = await insertActivity(db(), { placeId: id, kind: "once", title: "Julfest", startsAt: "2026-12-12T14:00:00.000Z" });
    const started = await insertActivity(db(), { placeId: id, kind: "once", title: "Höstfest", startsAt: "2026-10-21T09:00:00.000Z" });
    const weekly = await insertActivity(db(), { placeId: id, weekday: 4, startMinute: 1080, fromDate: "2026-10-01" });
    await insertShift(db(), { activityId: coming, date: "2026-12-12", personId: await insertPerson(db()) });
    const late = await postPlace(cookie, id, { intent: "cancel", activityId: String(started) });
    expect(late.status).toBe(400);
    expect(late.data.errors).toEqual({ form: "meetingPlaces.errors.alreadyStarted" });
    expect((await postPlace(cookie, id, { intent: "cancel", activityId: String(weekly) })).status).toBe(404);
    expect((await postPlace(cookie, other, { intent: "cancel", activityId: String(coming) })).status).toBe(404);
    expect((await postPlace(cookie, id, { intent: "cancel", activityId: String(coming) })).status).toBe(302);
    expect((await loadPlace(cookie, id)).data.activities.map((a: { title: string }) => a.title)).toEqual(["Höstfest", "Öppet hus"]);
    expect(await db().selectFrom("activity_shifts").select("id").execute()).toEqual([]);
  });

  it("sums the visitors per activity and week, and per place and month", async () => {
    const cookie = await coordinator();
    const tranas = await insertMeetingPlace(db(), { name: "Hjärtats hus Tranås", municipality: "Tranås", careArea: "Höglandet" });
    const eksjo = await insertMeetingPlace(db(), { name: "Hjärtats hus Eksjö", municipality: "Eksjö", careArea: "Höglandet" });
    const open = await insertActivity(db(), { placeId: tranas, title: "Öppet hus", weekday: 2, startMinute: 1080, fromDate: "2026-01-01" });
    const walk = await insertActivity(db(), { placeId: tranas, title: "Promenad", weekday: 4, startMinute: 600, fromDate: "2026-01-01" });
    const fika = await insertActivity(db(), { placeId: eksjo, title: "Fika", weekday: 2, startMinute: 1080, fromDate: "2026-01-01" });
    await insertVisitorCount(db(), { activityId: open, date: "2026-10-20", visitors: 12 });
    await insertVisitorCount(db(), { activityId: walk, date: "2026-10-15", visitors: 5 });
    await insertVisitorCount(db(), { activityId: open, date: "2026-10-13", visitors: 9 });
    await insertVisitorCount(db(), { activityId: open, date: "2026-09-29", visitors: 20 });
    await insertVisitorCount(db(), { activityId: fika, date: "2026-10-06", visitors: 0 });
    const page = await loadPlace(cookie, tranas);
    expect(page.data.weeks.slice(-4)).toEqual(["2026-09-28", "2026-10-05", "2026-10-12", "2026-10-19"]);
    expect(page.data.activities.map((a: { title: string; visitors: (number | null)[] }) => [a.title, a.visitors.slice(-4)])).toEqual([
      ["Öppet hus", [20, null, 9, 12]],
      ["Promenad", [null, null, 5, null]],
    ]);
    const overview = await call(overviewPage.loader as never, getRequest("/coordinator/meeting-places", { cookie }));
    expect(overview.data.months).toEqual(["2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10"]);
    expect(overview.data.places.map((p: { name: string; visitors: number[] }) => [p.name, p.visitors.slice(-2)])).toEqual([
      ["Hjärtats hus Eksjö", [0, 0]],
      ["Hjärtats hus Tranås", [20, 26]],
    ]);
  });

  it("is the coordinators' alone, and 404 for an unknown place", async () => {
    const volunteer = await cookieFor(await insertUser(db(), { role: "volunteer" }));
    expect((await call(overviewPage.loader as never, getRequest("/coordinator/meeting-places", { cookie: volunteer }))).status).toBe(403);
    expect((await loadPlace(await coordinator(), 999999)).status).toBe(404);
  });
});

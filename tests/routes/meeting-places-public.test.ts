// The public meeting place pages need no account: the places by municipality (hidden ones left out), a place's hours
// and coming activities without anyone's name, and its ICS feed with stable UIDs and 18:00 kept across the clock change.
import ICAL from "ical.js";
import * as feedRoute from "~/routes/motesplatser.$placeId[.]ics";
import * as placePage from "~/routes/motesplatser.$placeId";
import * as placesPage from "~/routes/motesplatser._index";
import { db } from "~/utils/db.server";
import { insertPerson } from "../../db/insert-rows";
import { insertActivity, insertMeetingPlace, insertShift } from "../../db/insert-meeting-places";
import { call, getRequest } from "../setup/http";

// Wednesday 21 October 2026, 12:00 in Stockholm; the clocks go back on Sunday the 25th.
const NOW = new Date("2026-10-21T10:00:00Z");

async function tranas() {
  const placeId = await insertMeetingPlace(db(), { name: "Hjärtats hus Tranås", municipality: "Tranås", careArea: "Höglandet", address: "Storgatan 12", hours: [[1, 600, 960], [2, 600, 960], [7, 1020, 1260]] });
  const weekly = await insertActivity(db(), { placeId, title: "Öppet hus", weekday: 7, startMinute: 1080, fromDate: "2026-01-04" });
  const once = await insertActivity(db(), { placeId, kind: "once", title: "Julfika", startsAt: "2026-11-28T14:00:00.000Z", durationMinutes: 90 });
  return { placeId, weekly, once };
}

const feed = async (param: string) => (await feedRoute.loader({ request: getRequest(`/motesplatser/${param}`), params: { placeId: param.replace(/\.ics$/, "") }, context: {} } as never)) as Response;

describe("the public meeting places", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ["Date"], now: NOW }));
  afterEach(() => vi.useRealTimers());

  it("lists the active places by municipality, to anyone", async () => {
    await tranas();
    await insertMeetingPlace(db(), { name: "Hjärtats hus Eksjö", municipality: "Eksjö", careArea: "Höglandet" });
    await insertMeetingPlace(db(), { name: "Stängt hus", municipality: "Eksjö", careArea: "Höglandet", active: false });
    const page = await call(placesPage.loader as never, getRequest("/motesplatser"));
    expect(page.status).toBe(200);
    expect(page.data.places.map((p: { name: string; municipality: string }) => [p.municipality, p.name])).toEqual([
      ["Eksjö", "Hjärtats hus Eksjö"],
      ["Tranås", "Hjärtats hus Tranås"],
    ]);
  });

  it("shows a place's hours and coming activities, 18:00 on both sides of the clock change, and no volunteer's name", async () => {
    const { placeId, weekly } = await tranas();
    const person = await insertPerson(db(), { name: "Hemliga Hedvig" });
    await insertShift(db(), { activityId: weekly, date: "2026-10-25", personId: person });
    const page = await call(placePage.loader as never, getRequest(`/motesplatser/${placeId}`), { placeId: String(placeId) });
    expect(page.status).toBe(200);
    expect(page.data.place).toMatchObject({ name: "Hjärtats hus Tranås", address: "Storgatan 12", municipality: "Tranås" });
    expect(page.data.opening).toEqual([
      { fromWeekday: 1, toWeekday: 2, openMinute: 600, closeMinute: 960 },
      { fromWeekday: 7, toWeekday: 7, openMinute: 1020, closeMinute: 1260 },
    ]);
    const list = page.data.occurrences.map((o: { title: string; date: string; startsAt: string }) => [o.title, o.date, o.startsAt]);
    expect(list.slice(0, 2)).toEqual([
      ["Öppet hus", "2026-10-25", "2026-10-25T17:00:00.000Z"],
      ["Öppet hus", "2026-11-01", "2026-11-01T17:00:00.000Z"],
    ]);
    expect(list).toContainEqual(["Julfika", "2026-11-28", "2026-11-28T14:00:00.000Z"]);
    // The first Sunday before the clock change is the 18th, before today: gone from the calendar.
    expect(list.some(([, date]: string[]) => date === "2026-10-18")).toBe(false);
    expect(JSON.stringify(page.data)).not.toMatch(/Hedvig/);
  });

  it.each(["999999", "abc", "0", "1".repeat(12)])("is 404 for the place %j", async (param) => {
    expect((await call(placePage.loader as never, getRequest(`/motesplatser/${param}`), { placeId: param })).status).toBe(404);
  });

  it("is 404 for a hidden place, on its page and its feed", async () => {
    const placeId = await insertMeetingPlace(db(), { active: false });
    expect((await call(placePage.loader as never, getRequest(`/motesplatser/${placeId}`), { placeId: String(placeId) })).status).toBe(404);
    expect((await feed(`${placeId}.ics`)).status).toBe(404);
  });
});

describe("a place's ICS feed", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ["Date"], now: NOW }));
  afterEach(() => vi.useRealTimers());

  it("publishes each occurrence as an event with a UID of its activity and date, in UTC, 18:00 in Stockholm", async () => {
    const { placeId, weekly, once } = await tranas();
    const response = await feed(`${placeId}.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    const text = await response.text();
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(calendar.getFirstPropertyValue("x-wr-timezone")).toBe("Europe/Stockholm");
    const events = Object.fromEntries(calendar.getAllSubcomponents("vevent").map((e) => [String(e.getFirstPropertyValue("uid")), e]));
    const start = (uid: string) => (events[uid].getFirstPropertyValue("dtstart") as ICAL.Time).toJSDate().toISOString();
    expect(start(`meeting-activity-${weekly}-2026-10-18@levande`)).toBe("2026-10-18T16:00:00.000Z");
    expect(start(`meeting-activity-${weekly}-2026-10-25@levande`)).toBe("2026-10-25T17:00:00.000Z");
    expect(start(`meeting-activity-${once}-2026-11-28@levande`)).toBe("2026-11-28T14:00:00.000Z");
    expect(String(events[`meeting-activity-${weekly}-2026-10-25@levande`].getFirstPropertyValue("location"))).toBe("Hjärtats hus Tranås, Storgatan 12, Tranås");
    // The same state gives the same events: a calendar that polls again updates, never duplicates.
    const again = await (await feed(`${placeId}.ics`)).text();
    expect(again.match(/^UID:.*$/gm)).toEqual(text.match(/^UID:.*$/gm));
  });

  it.each(["abc.ics", "-1.ics", "999999.ics"])("is 404 for %j", async (param) => {
    const response = await feed(param);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe("Det finns ingen sådan kalender.");
  });
});

// Shifts at meeting places: a volunteer signs up for an occurrence and leaves it before it starts, never after; once it
// has started she (and a second volunteer on the same occurrence) enters the visitors for 14 days; hostile input is a
// localized 400 or a 404, never a 500, and nobody enters visitors for an occurrence they are not on duty at.
import * as route from "~/routes/volunteer.shifts";
import { db } from "~/utils/db.server";
import { insertPerson, insertUser } from "../../db/insert-rows";
import { insertActivity, insertMeetingPlace, insertShift } from "../../db/insert-meeting-places";
import { call, cookieFor, getRequest, postRequest } from "../setup/http";

// Wednesday 21 October 2026, 12:00 in Stockholm.
const NOW = new Date("2026-10-21T10:00:00Z");

async function volunteer() {
  const personId = await insertPerson(db());
  return { personId, cookie: await cookieFor(await insertUser(db(), { role: "volunteer", person_id: personId })) };
}

async function place() {
  const placeId = await insertMeetingPlace(db(), { name: "Hjärtats hus Eksjö", municipality: "Eksjö", careArea: "Höglandet" });
  // Tuesdays 18:00–20:00: the 20th has started (and ended), the 27th is coming.
  const activityId = await insertActivity(db(), { placeId, title: "Öppet hus", weekday: 2, startMinute: 1080, fromDate: "2026-09-01" });
  return { placeId, activityId };
}

const load = (cookie?: string) => call(route.loader as never, getRequest("/volunteer/shifts", { cookie }));
const post = (cookie: string | undefined, fields: Record<string, string>) => call(route.action as never, postRequest("/volunteer/shifts", fields, { cookie }));
const shifts = () => db().selectFrom("activity_shifts").select(["activity_id", "occurs_on", "person_id"]).execute();
const count = () => db().selectFrom("activity_visitor_counts").select(["visitors", "entered_by_person_id"]).executeTakeFirst();

describe("volunteer shifts", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ["Date"], now: NOW }));
  afterEach(() => vi.useRealTimers());

  it("sends a signed-out visitor to sign in, and refuses coordinators and care units", async () => {
    expect((await load()).location).toBe("/login?redirectTo=%2Fvolunteer%2Fshifts");
    expect((await load(await cookieFor(await insertUser(db(), { role: "coordinator" })))).status).toBe(403);
    expect((await post(await cookieFor(await insertUser(db(), { role: "requester" })), { intent: "join" })).status).toBe(403);
  });

  it("signs up for a coming occurrence (twice is once), shows it among her shifts, and leaves it", async () => {
    const me = await volunteer();
    const { activityId } = await place();
    const before = await load(me.cookie);
    expect(before.data.mine).toEqual([]);
    expect(before.data.upcoming[0]).toMatchObject({ activityId, date: "2026-10-27", title: "Öppet hus", place: "Hjärtats hus Eksjö", onDuty: 0, signedUp: false, mayChange: true });
    for (let i = 0; i < 2; i++) expect(await post(me.cookie, { intent: "join", activityId: String(activityId), date: "2026-10-27" })).toMatchObject({ status: 302, location: "/volunteer/shifts" });
    expect(await shifts()).toEqual([{ activity_id: activityId, occurs_on: "2026-10-27", person_id: me.personId }]);
    const after = await load(me.cookie);
    expect(after.data.mine).toMatchObject([{ date: "2026-10-27", signedUp: true, mayChange: true, mayCount: false, onDuty: 1 }]);
    expect((await post(me.cookie, { intent: "leave", activityId: String(activityId), date: "2026-10-27" })).status).toBe(302);
    expect(await shifts()).toEqual([]);
  });

  it("refuses to sign up for or leave an occurrence that has started, with a message", async () => {
    const me = await volunteer();
    const { activityId } = await place();
    await insertShift(db(), { activityId, date: "2026-10-20", personId: me.personId });
    for (const intent of ["join", "leave"]) {
      const reply = await post(me.cookie, { intent, activityId: String(activityId), date: "2026-10-20" });
      expect(reply.status).toBe(400);
      expect(reply.data.errors).toEqual({ form: "meetingPlaces.errors.started" });
    }
    expect(await shifts()).toHaveLength(1);
  });

  it.each([
    ["a day the activity does not happen", { date: "2026-10-28" }],
    ["an unknown activity", { activityId: "999999" }],
  ])("is 404 for %s", async (_, over) => {
    const me = await volunteer();
    const { activityId } = await place();
    expect((await post(me.cookie, { intent: "join", activityId: String(activityId), date: "2026-10-27", ...over })).status).toBe(404);
  });

  it("lets the volunteer on duty enter the visitors once it has started, and a second one on duty correct them", async () => {
    const [me, other] = [await volunteer(), await volunteer()];
    const { activityId } = await place();
    await insertShift(db(), { activityId, date: "2026-10-20", personId: me.personId });
    await insertShift(db(), { activityId, date: "2026-10-20", personId: other.personId });
    expect((await load(me.cookie)).data.mine).toMatchObject([{ date: "2026-10-20", mayChange: false, mayCount: true, visitors: null }]);
    expect(await post(me.cookie, { intent: "count", activityId: String(activityId), date: "2026-10-20", visitors: "14" })).toMatchObject({ status: 302 });
    expect((await load(other.cookie)).data.mine).toMatchObject([{ date: "2026-10-20", visitors: 14 }]);
    expect((await post(other.cookie, { intent: "count", activityId: String(activityId), date: "2026-10-20", visitors: "16" })).status).toBe(302);
    expect(await count()).toEqual({ visitors: 16, entered_by_person_id: other.personId });
  });

  it("is 404 for someone else's shift: no count is written", async () => {
    const [me, stranger] = [await volunteer(), await volunteer()];
    const { activityId } = await place();
    await insertShift(db(), { activityId, date: "2026-10-20", personId: me.personId });
    expect((await post(stranger.cookie, { intent: "count", activityId: String(activityId), date: "2026-10-20", visitors: "3" })).status).toBe(404);
    expect(await count()).toBeUndefined();
  });

  it("refuses visitors before the start and after the 14 days, at the field", async () => {
    const me = await volunteer();
    const { activityId } = await place();
    await insertShift(db(), { activityId, date: "2026-10-27", personId: me.personId });
    await insertShift(db(), { activityId, date: "2026-10-06", personId: me.personId });
    for (const date of ["2026-10-27", "2026-10-06"]) {
      const reply = await post(me.cookie, { intent: "count", activityId: String(activityId), date, visitors: "5" });
      expect(reply.status).toBe(400);
      expect(reply.data).toMatchObject({ form: "count", key: `${activityId}-${date}`, errors: { visitors: "meetingPlaces.errors.outsideWindow" } });
    }
    expect(await count()).toBeUndefined();
  });

  it.each(["-1", "501", "99999999999999999999", "1e3", "12,5", "", "٣"])("answers %j visitors with a localized 400", async (visitors) => {
    const me = await volunteer();
    const { activityId } = await place();
    await insertShift(db(), { activityId, date: "2026-10-20", personId: me.personId });
    const reply = await post(me.cookie, { intent: "count", activityId: String(activityId), date: "2026-10-20", visitors });
    expect(reply.status).toBe(400);
    expect(reply.data.errors).toEqual({ visitors: "meetingPlaces.errors.visitors" });
    expect(await count()).toBeUndefined();
  });

  it("answers a repeated field, a megabyte, control characters and a bad date with a 400, never a 500", async () => {
    const me = await volunteer();
    const { activityId } = await place();
    await insertShift(db(), { activityId, date: "2026-10-20", personId: me.personId });
    const body = (fields: string) => new Request("http://localhost/volunteer/shifts", { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: me.cookie, Origin: "http://localhost" }, body: fields });
    const repeated = await call(route.action as never, body(`intent=count&activityId=${activityId}&date=2026-10-20&visitors=3&visitors=4`));
    expect(repeated.status).toBe(400);
    expect((await post(me.cookie, { intent: "count", activityId: String(activityId), date: "2026-10-20", visitors: "9".repeat(1_000_000) })).status).toBe(400);
    expect((await post(me.cookie, { intent: "count", activityId: String(activityId), date: "2026-10-20", visitors: "3\u0000" })).status).toBe(400);
    expect((await post(me.cookie, { intent: "join", activityId: String(activityId), date: "2026-02-30" })).status).toBe(400);
    expect((await post(me.cookie, { intent: "join", activityId: "-1", date: "2026-10-27" })).status).toBe(400);
    expect(await count()).toBeUndefined();
  });
});

// The care unit's calendar page through its real loader and action, and the unit feed it hands out.
import * as feedRoute from "~/routes/calendar.$token";
import * as page from "~/routes/unit.calendar";
import { db } from "~/utils/db.server";
import { insertOffer, insertPerson, insertRequest, insertUser } from "../../db/insert-rows";
import { call, cookieFor, getRequest, postRequest } from "../setup/http";
import { booking, DAY, feedEvents, requester } from "./unit-helpers";

async function createLink(cookie: string): Promise<string> {
  const outcome = await call(page.action as never, postRequest("/unit/calendar", { intent: "create" }, { cookie }));
  expect(outcome.status).toBe(200);
  const match = /^http:\/\/localhost\/calendar\/([A-Za-z0-9_-]{43})\.ics$/.exec(outcome.data.link);
  expect(match).not.toBeNull();
  return match![1];
}

const feed = (token: string) => feedRoute.loader({ request: getRequest(`/calendar/${token}.ics`), params: { token: `${token}.ics` }, context: { clientIp: "192.0.2.10" } });
const hasLink = async (cookie: string) => (await call(page.loader as never, getRequest("/unit/calendar", { cookie }))).data.hasLink;

describe("the unit calendar page", () => {
  it("creates a unit-owned link through the real action; the feed lists this unit's confirmed assignments only (a cancelled one as CANCELLED)", async () => {
    const me = await requester();
    const other = await requester();
    const person = await insertPerson(db());
    const mine = await booking(me.unitId, person, { title: "Lärcafé om ångest" });
    const cancelled = await booking(me.unitId, person, { start: Date.now() + 9 * DAY });
    await db().updateTable("assignments").set({ status: "cancelled", sequence: 1 }).where("id", "=", cancelled.assignmentId).execute();
    const noShow = await booking(me.unitId, person, { start: Date.now() - 9 * DAY });
    await db().updateTable("assignments").set({ status: "no_show" }).where("id", "=", noShow.assignmentId).execute();
    await insertOffer(db(), { request_id: (await insertRequest(db(), { care_unit_id: me.unitId, status: "offered" })).id, person_id: person });
    const theirs = await booking(other.unitId, person, { start: Date.now() + 8 * DAY });

    expect(await hasLink(me.cookie)).toBe(false);
    const token = await createLink(me.cookie);
    expect(await hasLink(me.cookie)).toBe(true);
    expect(await db().selectFrom("calendar_tokens").select(["care_unit_id", "person_id"]).execute()).toEqual([{ care_unit_id: me.unitId, person_id: null }]);

    const { calendar, byUid } = await feedEvents(token);
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toMatch(/^Levande – Vårdenhet \d+$/);
    expect(Object.keys(byUid).sort()).toEqual([`assignment-${mine.assignmentId}@levande`, `assignment-${cancelled.assignmentId}@levande`].sort());
    expect(byUid[`assignment-${mine.assignmentId}@levande`].getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(byUid[`assignment-${mine.assignmentId}@levande`].getFirstPropertyValue("summary")).toBe("Levande bibliotek: Lärcafé om ångest");
    expect(byUid[`assignment-${cancelled.assignmentId}@levande`].getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(byUid).not.toHaveProperty(`assignment-${theirs.assignmentId}@levande`);
  });

  it("a colleague at the same unit shares the link: a new one replaces it, revoking turns it off", async () => {
    const me = await requester();
    const colleague = await requester(me.unitId);
    const first = await createLink(me.cookie);
    expect(await hasLink(colleague.cookie)).toBe(true);
    const second = await createLink(colleague.cookie);
    expect((await feed(first)).status).toBe(404);
    expect((await feed(second)).status).toBe(200);

    const revoked = await call(page.action as never, postRequest("/unit/calendar", { intent: "revoke" }, { cookie: me.cookie }));
    expect(revoked).toMatchObject({ status: 200, data: { revoked: true, link: null, errors: {} } });
    expect((await feed(second)).status).toBe(404);
    expect(await hasLink(colleague.cookie)).toBe(false);
    const audit = await db().selectFrom("audit_log").select(["entity", "entity_id", "action", "actor_user_id"]).orderBy("id").execute();
    expect(audit).toEqual([
      { entity: "care_unit", entity_id: String(me.unitId), action: "create_calendar_feed", actor_user_id: me.userId },
      { entity: "care_unit", entity_id: String(me.unitId), action: "create_calendar_feed", actor_user_id: colleague.userId },
      { entity: "care_unit", entity_id: String(me.unitId), action: "revoke_calendar_feed", actor_user_id: me.userId },
    ]);
  });

  it("leaves another unit's link alone and rejects an unknown intent with 400", async () => {
    const me = await requester();
    const other = await requester();
    const theirs = await createLink(other.cookie);
    await call(page.action as never, postRequest("/unit/calendar", { intent: "revoke" }, { cookie: me.cookie }));
    expect(await hasLink(other.cookie)).toBe(true);
    expect((await feedEvents(theirs)).byUid).toEqual({});
    for (const fields of [{}, { intent: "delete" }, { intent: "x".repeat(10_000) }]) {
      const outcome = await call(page.action as never, postRequest("/unit/calendar", fields, { cookie: me.cookie }));
      expect(outcome.status).toBe(400);
      expect(outcome.data.errors).toEqual({ form: "calendar.invalidIntent" });
    }
  });

  it("is for requesters only", async () => {
    for (const role of ["coordinator", "volunteer"] as const) {
      const cookie = await cookieFor(await insertUser(db(), { role }));
      expect((await call(page.loader as never, getRequest("/unit/calendar", { cookie }))).status).toBe(403);
      expect((await call(page.action as never, postRequest("/unit/calendar", { intent: "create" }, { cookie }))).status).toBe(403);
    }
    expect((await call(page.loader as never, getRequest("/unit/calendar"))).status).toBe(302);
    expect(await db().selectFrom("calendar_tokens").selectAll().execute()).toEqual([]);
  });
});

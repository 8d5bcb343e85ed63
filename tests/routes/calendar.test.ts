import { gunzipSync } from "node:zlib";
import ICAL from "ical.js";
import { createFeedToken } from "~/models/calendar-tokens.server";
import * as feed from "~/routes/calendar.$token";
import * as page from "~/routes/volunteer.calendar";
import { db } from "~/utils/db.server";
import { sha256 } from "~/utils/security.server";
import { insertAssignment, insertCareUnit, insertOffer, insertPerson, insertRequest, insertUser, type RequestOverrides } from "../../db/insert-rows";
import { call, cookieFor, getRequest, postRequest } from "../setup/http";

async function volunteer() {
  const personId = await insertPerson(db());
  const userId = await insertUser(db(), { role: "volunteer", person_id: personId });
  return { personId, userId, cookie: await cookieFor(userId) };
}

async function assignmentFor(
  personId: number,
  columns: { starts_at: string; ends_at: string; status?: "booked" | "completed" | "cancelled" | "no_show"; sequence?: number },
  request: RequestOverrides = {},
) {
  const { id: requestId } = await insertRequest(db(), request);
  const offerId = await insertOffer(db(), { request_id: requestId, person_id: personId, status: "accepted" });
  return insertAssignment(db(), { offer_id: offerId, ...columns });
}

/** Creates a link through the page's real action and returns the token from it. */
async function createLink(cookie: string): Promise<string> {
  const outcome = await call(page.action as never, postRequest("/volunteer/calendar", { intent: "create" }, { cookie }));
  expect(outcome.status).toBe(200);
  const match = /^http:\/\/localhost\/calendar\/([A-Za-z0-9_-]+)\.ics$/.exec(outcome.data.link);
  expect(match).not.toBeNull();
  return match![1];
}

async function fetchFeed(param: string): Promise<Response> {
  return feed.loader({ request: getRequest(`/calendar/${encodeURIComponent(param)}`), params: { token: param }, context: { clientIp: "192.0.2.10" } });
}

async function events(token: string) {
  const response = await fetchFeed(`${token}.ics`);
  expect(response.status).toBe(200);
  const text = await response.text();
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { text, calendar, events: calendar.getAllSubcomponents("vevent") };
}

const value = (c: ICAL.Component, name: string) => c.getFirstPropertyValue(name);
const instant = (c: ICAL.Component, name: string) => (value(c, name) as ICAL.Time).toJSDate().toISOString();
const byUid = (list: ICAL.Component[]) => Object.fromEntries(list.map((e) => [String(value(e, "uid")), e]));

describe("the personal calendar feed", () => {
  it("shows the volunteer's own booked, completed and cancelled assignments – nobody else's", async () => {
    const me = await volunteer();
    const other = await volunteer();
    const booked = await assignmentFor(
      me.personId,
      { starts_at: "2026-12-01T08:00:00.000Z", ends_at: "2026-12-01T09:30:00.000Z", sequence: 2 },
      { title: "Lärcafé om smärta", address: "Storgatan 1" },
    );
    const completed = await assignmentFor(me.personId, { starts_at: "2026-06-01T08:00:00.000Z", ends_at: "2026-06-01T09:00:00.000Z", status: "completed" });
    const cancelled = await assignmentFor(
      me.personId,
      { starts_at: "2026-12-03T13:00:00.000Z", ends_at: "2026-12-03T14:00:00.000Z", status: "cancelled", sequence: 1 },
      { is_digital: 1 },
    );
    await assignmentFor(me.personId, { starts_at: "2026-05-01T08:00:00.000Z", ends_at: "2026-05-01T09:00:00.000Z", status: "no_show" });
    const theirs = await assignmentFor(other.personId, { starts_at: "2026-12-01T08:00:00.000Z", ends_at: "2026-12-01T09:00:00.000Z" });
    await createLink(other.cookie);
    const token = await createLink(me.cookie);

    const response = await fetchFeed(`${token}.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toBe("private, max-age=300");
    expect(response.headers.get("Content-Disposition")).toBe('inline; filename="levande.ics"');

    const { text, calendar, events: list } = await events(token);
    expect(value(calendar, "method")).toBe("PUBLISH");
    expect(value(calendar, "x-wr-calname")).toBe("Levande – mina uppdrag");
    expect(text).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT1H");
    expect(text).toContain("X-PUBLISHED-TTL:PT1H");
    expect(list).toHaveLength(3);
    const uids = byUid(list);
    expect(Object.keys(uids).sort()).toEqual([booked, completed, cancelled].map((id) => `assignment-${id}@levande`).sort());
    expect(uids).not.toHaveProperty(`assignment-${theirs}@levande`);

    const first = uids[`assignment-${booked}@levande`];
    expect(instant(first, "dtstart")).toBe("2026-12-01T08:00:00.000Z");
    expect(instant(first, "dtend")).toBe("2026-12-01T09:30:00.000Z");
    expect(value(first, "sequence")).toBe(2);
    expect(value(first, "status")).toBe("CONFIRMED");
    expect(value(first, "summary")).toBe("Levande bibliotek: Lärcafé om smärta");
    expect(value(first, "location")).toBe("Storgatan 1, Jönköping");
    expect(value(uids[`assignment-${completed}@levande`], "status")).toBe("CONFIRMED");
    expect(value(uids[`assignment-${cancelled}@levande`], "status")).toBe("CANCELLED");
    expect(value(uids[`assignment-${cancelled}@levande`], "location")).toBe("Digitalt");
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
  });

  it("keeps every UID across fetches and follows a moved assignment's SEQUENCE and time", async () => {
    const me = await volunteer();
    const id = await assignmentFor(me.personId, { starts_at: "2026-12-01T08:00:00.000Z", ends_at: "2026-12-01T09:00:00.000Z" });
    // The last Sunday of March: Stockholm moves from UTC+1 to UTC+2 at 01:00Z.
    const dst = await assignmentFor(me.personId, { starts_at: "2026-03-29T00:30:00.000Z", ends_at: "2026-03-29T02:30:00.000Z" });
    const token = await createLink(me.cookie);
    const before = await events(token);
    const again = await events(token);
    expect(again.events.map((e) => value(e, "uid"))).toEqual(before.events.map((e) => value(e, "uid")));
    expect(instant(byUid(before.events)[`assignment-${dst}@levande`], "dtstart")).toBe("2026-03-29T00:30:00.000Z");
    expect(instant(byUid(before.events)[`assignment-${dst}@levande`], "dtend")).toBe("2026-03-29T02:30:00.000Z");

    await db()
      .updateTable("assignments")
      .set({ starts_at: "2026-12-02T10:00:00.000Z", ends_at: "2026-12-02T11:00:00.000Z", sequence: 1 })
      .where("id", "=", id)
      .execute();
    const moved = byUid((await events(token)).events)[`assignment-${id}@levande`];
    expect(value(moved, "sequence")).toBe(1);
    expect(instant(moved, "dtstart")).toBe("2026-12-02T10:00:00.000Z");
    expect(instant(moved, "dtend")).toBe("2026-12-02T11:00:00.000Z");
  });

  it("sends the same calendar gzipped to a client that takes gzip", async () => {
    const me = await volunteer();
    await assignmentFor(me.personId, { starts_at: "2026-12-01T08:00:00.000Z", ends_at: "2026-12-01T09:00:00.000Z" });
    const token = await createLink(me.cookie);
    const plain = await events(token);
    const request = getRequest(`/calendar/${token}.ics`, { headers: { "Accept-Encoding": "gzip, deflate, br" } });
    const response = await feed.loader({ request, params: { token: `${token}.ics` }, context: { clientIp: "192.0.2.10" } });
    expect(response.headers.get("Content-Encoding")).toBe("gzip");
    expect(response.headers.get("Vary")).toBe("Accept-Encoding");
    expect(gunzipSync(Buffer.from(await response.arrayBuffer())).toString("utf8")).toBe(plain.text);
  });

  it("stops the old link at once when a new one is made, and both when the link is turned off", async () => {
    const me = await volunteer();
    await assignmentFor(me.personId, { starts_at: "2026-12-01T08:00:00.000Z", ends_at: "2026-12-01T09:00:00.000Z" });
    const old = await createLink(me.cookie);
    const fresh = await createLink(me.cookie);
    expect(fresh).not.toBe(old);
    expect((await fetchFeed(`${old}.ics`)).status).toBe(404);
    expect((await events(fresh)).events).toHaveLength(1);
    expect((await call(page.loader as never, getRequest("/volunteer/calendar", { cookie: me.cookie }))).data).toEqual({ hasLink: true });

    const revoked = await call(page.action as never, postRequest("/volunteer/calendar", { intent: "revoke" }, { cookie: me.cookie }));
    expect(revoked.status).toBe(200);
    expect(revoked.data).toMatchObject({ revoked: true, link: null });
    expect((await fetchFeed(`${fresh}.ics`)).status).toBe(404);
    expect((await call(page.loader as never, getRequest("/volunteer/calendar", { cookie: me.cookie }))).data).toEqual({ hasLink: false });

    const actions = await db().selectFrom("audit_log").select(["action", "entity", "entity_id", "actor_user_id"]).orderBy("id").execute();
    expect(actions).toEqual([
      { action: "create_calendar_feed", entity: "person", entity_id: String(me.personId), actor_user_id: me.userId },
      { action: "create_calendar_feed", entity: "person", entity_id: String(me.personId), actor_user_id: me.userId },
      { action: "revoke_calendar_feed", entity: "person", entity_id: String(me.personId), actor_user_id: me.userId },
    ]);
  });

  it("lets a volunteer turn off only their own link", async () => {
    const me = await volunteer();
    const other = await volunteer();
    const mine = await createLink(me.cookie);
    await call(page.action as never, postRequest("/volunteer/calendar", { intent: "revoke" }, { cookie: other.cookie }));
    expect((await fetchFeed(`${mine}.ics`)).status).toBe(200);
  });

  it("stores only the hash of the token", async () => {
    const me = await volunteer();
    const token = await createLink(me.cookie);
    const rows = await db().selectFrom("calendar_tokens").selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ token_hash: sha256(token), person_id: me.personId, care_unit_id: null, revoked_at: null });
    const everything = JSON.stringify([rows, await db().selectFrom("audit_log").selectAll().execute()]);
    expect(everything).not.toContain(token);
    expect(Buffer.from(token, "base64url").length).toBeGreaterThanOrEqual(16);
  });

  it("answers 404 in plain Swedish, never 500, to a malformed, unknown or revoked token", async () => {
    const me = await volunteer();
    const token = await createLink(me.cookie);
    const unknown = "A".repeat(43);
    const bad = [
      token,
      `${token}.ical`,
      `${token}.ICS`,
      "kort.ics",
      ".ics",
      "",
      `${unknown}.ics`,
      "' OR 1=1 --AAAAAAAAAAAAAAAAAAA.ics",
      "%27%20OR%201%3D1--AAAAAAAAAAAAAAAA.ics",
      `../../${token}.ics`,
      `${token}.ics.ics`,
      `${"x".repeat(10_000)}.ics`,
      `${"é".repeat(43)}.ics`,
    ];
    for (const param of bad) {
      const response = await fetchFeed(param);
      expect(response.status, param.slice(0, 60)).toBe(404);
      expect(response.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
      expect(await response.text()).toBe("Kalenderlänken finns inte eller har stängts av.");
    }
    const missing = await feed.loader({ request: getRequest("/calendar/"), params: {}, context: { clientIp: "192.0.2.10" } });
    expect(missing.status).toBe(404);
  });

  it("stops a person's feed when their login is disabled or they are anonymised", async () => {
    const me = await volunteer();
    const token = await createLink(me.cookie);
    await db().updateTable("users").set({ disabled_at: "2026-11-23T10:00:00.000Z" }).where("id", "=", me.userId).execute();
    expect((await fetchFeed(`${token}.ics`)).status).toBe(404);
    await db().updateTable("users").set({ disabled_at: null }).where("id", "=", me.userId).execute();
    expect((await fetchFeed(`${token}.ics`)).status).toBe(200);
    await db().updateTable("people").set({ anonymised_at: "2026-11-23T10:00:00.000Z" }).where("id", "=", me.personId).execute();
    expect((await fetchFeed(`${token}.ics`)).status).toBe(404);
  });

  it("serves a care unit's feed from the same code, with the unit's name", async () => {
    const unit = await insertCareUnit(db(), { name: "Vårdcentralen Eksjö" });
    const a = await volunteer();
    const b = await volunteer();
    const first = await assignmentFor(a.personId, { starts_at: "2026-12-01T08:00:00.000Z", ends_at: "2026-12-01T09:00:00.000Z" }, { care_unit_id: unit });
    const second = await assignmentFor(b.personId, { starts_at: "2026-12-02T08:00:00.000Z", ends_at: "2026-12-02T09:00:00.000Z" }, { care_unit_id: unit });
    await assignmentFor(a.personId, { starts_at: "2026-12-03T08:00:00.000Z", ends_at: "2026-12-03T09:00:00.000Z" });
    const token = await createFeedToken(db(), { owner: { careUnitId: unit }, actorUserId: null });
    const { calendar, events: list } = await events(token);
    expect(value(calendar, "x-wr-calname")).toBe("Levande – Vårdcentralen Eksjö");
    expect(list.map((e) => value(e, "uid"))).toEqual([`assignment-${first}@levande`, `assignment-${second}@levande`]);
  });
});

describe("the calendar page", () => {
  it("shows the new https link once, and never again from the loader", async () => {
    const me = await volunteer();
    expect((await call(page.loader as never, getRequest("/volunteer/calendar", { cookie: me.cookie }))).data).toEqual({ hasLink: false });
    const https = await call(
      page.action as never,
      new Request("https://levande.example.se/volunteer/calendar", {
        method: "POST",
        body: new URLSearchParams({ intent: "create" }),
        headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "https://levande.example.se", Cookie: me.cookie },
      }),
    );
    expect(https.data).toMatchObject({ errors: {}, revoked: false });
    expect(https.data.link).toMatch(/^https:\/\/levande\.example\.se\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const after = await call(page.loader as never, getRequest("/volunteer/calendar", { cookie: me.cookie }));
    expect(JSON.stringify(after.data)).not.toContain("/calendar/");
  });

  it("rejects an unknown intent with 400 and changes nothing", async () => {
    const me = await volunteer();
    for (const fields of [{}, { intent: "delete" }, { intent: "x".repeat(10_000) }]) {
      const outcome = await call(page.action as never, postRequest("/volunteer/calendar", fields, { cookie: me.cookie }));
      expect(outcome.status).toBe(400);
      expect(outcome.data.errors).toEqual({ form: "calendar.invalidIntent" });
    }
    expect(await db().selectFrom("calendar_tokens").selectAll().execute()).toEqual([]);
  });

  it("sends a signed-out visitor to the login page and refuses other roles", async () => {
    for (const handler of [page.loader, page.action]) {
      const request = handler === page.loader ? getRequest("/volunteer/calendar") : postRequest("/volunteer/calendar", { intent: "create" });
      const anonymous = await call(handler as never, request);
      expect(anonymous.status).toBe(302);
      expect(anonymous.location).toBe("/login?redirectTo=%2Fvolunteer%2Fcalendar");
      for (const role of ["coordinator", "requester"] as const) {
        const cookie = await cookieFor(await insertUser(db(), { role }));
        const req = handler === page.loader ? getRequest("/volunteer/calendar", { cookie }) : postRequest("/volunteer/calendar", { intent: "create" }, { cookie });
        expect((await call(handler as never, req)).status).toBe(403);
      }
    }
    expect(await db().selectFrom("calendar_tokens").selectAll().execute()).toEqual([]);
  });
});

// A care unit changing its requests through the real action: cancel (the volunteer's feed follows), feedback, other units' ids.
import { createFeedToken } from "~/models/calendar-tokens.server";
import * as detailRoute from "~/routes/unit.requests.$requestId";
import { db } from "~/utils/db.server";
import { insertOffer, insertPerson, insertRequest } from "../../db/insert-rows";
import { call, getRequest } from "../setup/http";
import { booking, DAY, feedEvents, postForm, requester } from "./unit-helpers";

const detail = (cookie: string, id: number | string) => call(detailRoute.loader as never, getRequest(`/unit/requests/${id}`, { cookie }), { requestId: String(id) });
const change = (cookie: string, id: number | string, fields: Record<string, string>) =>
  call(detailRoute.action as never, postForm(`/unit/requests/${id}`, fields, cookie), { requestId: String(id) });
const assignment = (id: number) => db().selectFrom("assignments").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
const requestRow = (id: number) => db().selectFrom("requests").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
const GOOD_FEEDBACK = { intent: "feedback", rating: "5", comment: "Mycket uppskattat av personalen.", wouldBookAgain: "yes" };

/** Everything a change could touch, to prove that a refused one touched nothing. */
async function snapshot() {
  const tables = ["requests", "request_events", "offers", "assignments", "feedback", "audit_log"] as const;
  return Promise.all(tables.map((t) => db().selectFrom(t).selectAll().execute()));
}

describe("cancelling a confirmed request", () => {
  it("cancels the booked assignment, bumps its SEQUENCE, and the volunteer's feed shows it cancelled", async () => {
    const me = await requester();
    const personId = await insertPerson(db(), { name: "Vera Volontär" });
    const { requestId, assignmentId } = await booking(me.unitId, personId);
    const token = await createFeedToken(db(), { owner: { personId }, actorUserId: null });
    const uid = `assignment-${assignmentId}@levande`;
    const before = (await feedEvents(token)).byUid[uid];
    expect([before.getFirstPropertyValue("status"), before.getFirstPropertyValue("sequence")]).toEqual(["CONFIRMED", 0]);
    expect((await detail(me.cookie, requestId)).data.request).toMatchObject({ canCancel: true, canWithdraw: false, assignment: { volunteer: "Vera", status: "booked" } });

    const noReason = await change(me.cookie, requestId, { intent: "cancel", reason: "   " });
    expect(noReason.status).toBe(400);
    expect(noReason.data).toMatchObject({ intent: "cancel", errors: { reason: "requests.errors.reasonRequired" } });
    const tooLong = await change(me.cookie, requestId, { intent: "cancel", reason: "x".repeat(10_240) });
    expect(tooLong.data.errors).toEqual({ reason: "requests.errors.reasonLong" });
    expect((await assignment(assignmentId)).status).toBe("booked");

    await db().updateTable("assignments").set({ updated_at: "2026-01-01T00:00:00.000Z" }).where("id", "=", assignmentId).execute();
    const cancelled = await change(me.cookie, requestId, { intent: "cancel", reason: "Personaldagen är inställd." });
    expect(cancelled).toMatchObject({ status: 302, location: `/unit/requests/${requestId}?notis=installd` });
    const row = await assignment(assignmentId);
    expect(row).toMatchObject({ status: "cancelled", status_reason: "Personaldagen är inställd.", sequence: 1 });
    expect(Date.now() - Date.parse(row.updated_at)).toBeLessThan(60_000);
    expect(await requestRow(requestId)).toMatchObject({ status: "cancelled", status_reason: "Personaldagen är inställd." });
    const history = (await detail(me.cookie, requestId)).data.request.history;
    expect(history.at(-1)).toMatchObject({ status: "cancelled", note: "Personaldagen är inställd." });

    const after = (await feedEvents(token)).byUid[uid];
    expect([after.getFirstPropertyValue("status"), after.getFirstPropertyValue("sequence")]).toEqual(["CANCELLED", 1]);
    expect(after.getFirstPropertyValue("summary")).toBe("INSTÄLLT – Levande bibliotek: Lärcafé om smärta");

    const twice = await change(me.cookie, requestId, { intent: "cancel", reason: "Igen" });
    expect(twice.status).toBe(409);
    expect((await assignment(assignmentId)).sequence).toBe(1);
  });

  it("refuses to cancel an open request or an assignment that has started, and to withdraw a confirmed one", async () => {
    const me = await requester();
    const { id: open } = await insertRequest(db(), { care_unit_id: me.unitId });
    expect((await change(me.cookie, open, { intent: "cancel", reason: "Fel" })).data.errors).toEqual({ form: "requests.refused.notAllowed" });
    const started = await booking(me.unitId, await insertPerson(db()), { start: Date.now() - 30 * 60_000 });
    const outcome = await change(me.cookie, started.requestId, { intent: "cancel", reason: "Sent påkommet" });
    expect(outcome.status).toBe(409);
    expect(outcome.data.errors).toEqual({ form: "requests.refused.started" });
    expect((await detail(me.cookie, started.requestId)).data.request.canCancel).toBe(false);
    const confirmed = await booking(me.unitId, await insertPerson(db()));
    expect((await change(me.cookie, confirmed.requestId, { intent: "withdraw" })).data.errors).toEqual({ form: "requests.refused.notAllowed" });
    expect((await change(me.cookie, confirmed.requestId, { intent: "delete" })).data.errors).toEqual({ form: "requests.errors.invalid" });
    expect((await assignment(started.assignmentId)).status).toBe("booked");
    expect((await assignment(confirmed.assignmentId)).status).toBe("booked");
  });
});

describe("another unit's request", () => {
  it("is 404 for GET and for every POST intent, and nothing changes", async () => {
    const a = await requester();
    const b = await requester();
    const open = await insertRequest(db(), { care_unit_id: b.unitId, status: "offered" });
    await insertOffer(db(), { request_id: open.id });
    const upcoming = await booking(b.unitId, await insertPerson(db()));
    const past = await booking(b.unitId, await insertPerson(db()), { start: Date.now() - 3 * DAY });
    const before = await snapshot();
    const intents: Record<string, string>[] = [
      { intent: "withdraw" },
      { intent: "cancel", reason: "Vi vill inte" },
      GOOD_FEEDBACK,
      { intent: "feedback" },
      { intent: "nonsense" },
      {},
    ];
    for (const id of [open.id, upcoming.requestId, past.requestId]) {
      expect((await detail(a.cookie, id)).status).toBe(404);
      for (const fields of intents) expect((await change(a.cookie, id, fields)).status, JSON.stringify(fields)).toBe(404);
    }
    for (const id of ["0", "-1", "abc", "1e3", "9".repeat(30), String(open.id) + "x"]) {
      expect((await detail(a.cookie, id)).status, id).toBe(404);
      expect((await change(a.cookie, id, { intent: "withdraw" })).status, id).toBe(404);
    }
    expect(await snapshot()).toEqual(before);
    expect((await detail(b.cookie, open.id)).status).toBe(200);
  });
});

describe("the unit's feedback after the assignment", () => {
  it("is refused before the end, validated, saved once after it, and shown", async () => {
    const me = await requester();
    const personId = await insertPerson(db(), { name: "Vera Volontär", alias: "Solrosen", email: "vera@example.se", phone: "070-174 06 50" });
    const soon = await booking(me.unitId, personId);
    expect((await detail(me.cookie, soon.requestId)).data.request.assignment).toMatchObject({ canGiveFeedback: false, feedback: null, volunteer: "Solrosen" });
    const early = await change(me.cookie, soon.requestId, GOOD_FEEDBACK);
    expect(early.status).toBe(409);
    expect(early.data.errors).toEqual({ form: "requests.refused.notEnded" });

    const done = await booking(me.unitId, personId, { start: Date.now() - 2 * DAY });
    // The volunteer's own feedback does not take the unit's place.
    await db().insertInto("feedback").values({ assignment_id: done.assignmentId, author: "volunteer", rating: 4, created_at: new Date().toISOString() }).execute();
    const invalid = await change(me.cookie, done.requestId, { intent: "feedback", rating: "6", comment: "x".repeat(10_240), wouldBookAgain: "kanske" });
    expect(invalid.status).toBe(400);
    expect(invalid.data.errors).toEqual({ rating: "requests.errors.rating", comment: "requests.errors.commentLong", wouldBookAgain: "requests.errors.wouldBookAgain" });
    expect(invalid.data.values).toMatchObject({ rating: "6", wouldBookAgain: "kanske" });

    const saved = await change(me.cookie, done.requestId, { ...GOOD_FEEDBACK, wouldBookAgain: "no", rating: "3" });
    expect(saved).toMatchObject({ status: 302, location: `/unit/requests/${done.requestId}?notis=aterkoppling` });
    const rows = await db().selectFrom("feedback").selectAll().where("author", "=", "care_unit").execute();
    expect(rows).toEqual([expect.objectContaining({ assignment_id: done.assignmentId, author_user_id: me.userId, rating: 3, would_book_again: 0, comment: "Mycket uppskattat av personalen." })]);
    const again = await change(me.cookie, done.requestId, GOOD_FEEDBACK);
    expect(again.status).toBe(409);
    expect(again.data.errors).toEqual({ form: "requests.refused.alreadyGiven" });
    const page = await detail(me.cookie, done.requestId);
    expect(page.data.request.assignment).toMatchObject({ canGiveFeedback: false, feedback: { rating: 3, wouldBookAgain: false } });
    expect(JSON.stringify(page.data)).not.toMatch(/Vera|Volontär|vera@|174 06 50/);
    const audit = await db().selectFrom("audit_log").select(["entity", "entity_id", "action"]).execute();
    expect(audit).toEqual([{ entity: "assignment", entity_id: String(done.assignmentId), action: "unit_feedback" }]);
  });

  it("is not offered for a cancelled assignment, and a request without one has nothing to rate", async () => {
    const me = await requester();
    const gone = await booking(me.unitId, await insertPerson(db()), { start: Date.now() - 2 * DAY });
    await db().updateTable("assignments").set({ status: "cancelled" }).where("id", "=", gone.assignmentId).execute();
    expect((await change(me.cookie, gone.requestId, GOOD_FEEDBACK)).data.errors).toEqual({ form: "requests.refused.notAllowed" });
    const { id: open } = await insertRequest(db(), { care_unit_id: me.unitId });
    expect((await change(me.cookie, open, GOOD_FEEDBACK)).data.errors).toEqual({ form: "requests.refused.notAllowed" });
    expect(await db().selectFrom("feedback").selectAll().execute()).toEqual([]);
  });
});

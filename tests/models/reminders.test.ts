// Reminders with an injected clock: none before their time, one inside it, still one when the schedule runs again.
import { runSchedule } from "~/models/reminders.server";
import { db } from "~/utils/db.server";
import { insertAssignment, insertCareUnit, insertOffer, insertPerson, insertRequest, insertUser } from "../../db/insert-rows";

// Tuesday 10 March 2026, 10:00–11:30 in Stockholm.
const SLOT = ["2026-03-10T09:00:00.000Z", "2026-03-10T10:30:00.000Z"] as const;
const REPLY_BY = "2026-03-05T12:00:00.000Z";

async function people(tag = "") {
  const unitId = await insertCareUnit(db());
  const unitUserId = await insertUser(db(), { role: "requester", care_unit_id: unitId, email: `enhet${tag}@example.se`, name: "Enhet" });
  const personId = await insertPerson(db());
  const volunteerId = await insertUser(db(), { role: "volunteer", person_id: personId, email: `bok${tag}@example.se`, name: "Bok" });
  const request = await insertRequest(db(), { care_unit_id: unitId, status: "offered", slots: [{ starts_at: SLOT[0], ends_at: SLOT[1] }] });
  return { unitId, unitUserId, personId, volunteerId, requestId: request.id };
}

async function booked(tag = "") {
  const p = await people(tag);
  const offerId = await insertOffer(db(), { request_id: p.requestId, person_id: p.personId, status: "accepted" });
  return { ...p, assignmentId: await insertAssignment(db(), { offer_id: offerId }) };
}

const sent = async (kind: string) =>
  (await db().selectFrom("outbox").select(["recipient_email"]).where("kind", "=", kind).orderBy("id").execute()).map((r) => r.recipient_email);
const optOut = (userId: number, kind: "offer_deadline" | "assignment_tomorrow" | "feedback_request") => db().insertInto("reminder_opt_outs").values({ user_id: userId, kind }).execute();

describe("reminders", () => {
  it("an unanswered offer: reminded once when its deadline is a day away", async () => {
    const p = await people();
    await insertOffer(db(), { request_id: p.requestId, person_id: p.personId, offered_at: "2026-03-01T10:00:00.000Z", reply_by: REPLY_BY });
    await runSchedule(db(), new Date("2026-03-04T11:59:00.000Z"));
    expect(await sent("offer_deadline")).toEqual([]);
    await runSchedule(db(), new Date("2026-03-04T12:00:00.000Z"));
    expect(await sent("offer_deadline")).toEqual(["bok@example.se"]);
    await runSchedule(db(), new Date("2026-03-05T11:00:00.000Z"));
    expect(await sent("offer_deadline")).toEqual(["bok@example.se"]);
  });

  it("no reminder for an answered offer, one made with less than a day to answer, or a volunteer who opted out", async () => {
    const p = await people();
    await insertOffer(db(), { request_id: p.requestId, person_id: p.personId, status: "declined", offered_at: "2026-03-01T10:00:00.000Z", reply_by: REPLY_BY });
    await insertOffer(db(), { request_id: p.requestId, person_id: await insertPerson(db()), offered_at: "2026-03-04T20:00:00.000Z", reply_by: REPLY_BY });
    const other = await people("2");
    await insertOffer(db(), { request_id: other.requestId, person_id: other.personId, offered_at: "2026-03-01T10:00:00.000Z", reply_by: REPLY_BY });
    await optOut(other.volunteerId, "offer_deadline");
    await runSchedule(db(), new Date("2026-03-05T08:00:00.000Z"));
    expect(await sent("offer_deadline")).toEqual([]);
  });

  it("an assignment tomorrow: the volunteer and the unit, once, from 08:00 the day before", async () => {
    await booked();
    await runSchedule(db(), new Date("2026-03-08T10:00:00.000Z"));
    await runSchedule(db(), new Date("2026-03-09T06:59:00.000Z")); // 07:59 in Stockholm
    expect(await sent("assignment_tomorrow")).toEqual([]);
    await runSchedule(db(), new Date("2026-03-09T07:00:00.000Z"));
    expect(await sent("assignment_tomorrow")).toEqual(["bok@example.se", "enhet@example.se"]);
    await runSchedule(db(), new Date("2026-03-09T20:00:00.000Z"));
    expect(await sent("assignment_tomorrow")).toEqual(["bok@example.se", "enhet@example.se"]);
  });

  it("the day after: a feedback request to each side that has not given feedback and wants one", async () => {
    const b = await booked();
    await db()
      .insertInto("feedback")
      .values({ assignment_id: b.assignmentId, author: "volunteer", author_user_id: b.volunteerId, rating: 5, comment: null, would_book_again: null, hours: 2, travel_km: null, created_at: SLOT[1] })
      .execute();
    await runSchedule(db(), new Date("2026-03-10T20:00:00.000Z"));
    expect(await sent("feedback_request")).toEqual([]);
    await runSchedule(db(), new Date("2026-03-11T08:00:00.000Z"));
    await runSchedule(db(), new Date("2026-03-11T15:00:00.000Z"));
    expect(await sent("feedback_request")).toEqual(["enhet@example.se"]);

    const other = await booked("2");
    await optOut(other.unitUserId, "feedback_request");
    await runSchedule(db(), new Date("2026-03-11T16:00:00.000Z"));
    expect(await sent("feedback_request")).toEqual(["enhet@example.se", "bok2@example.se"]);
  });

  it("expires an overdue pending offer once and tells the coordinator who made it", async () => {
    const p = await people();
    const coordinatorId = await insertUser(db(), { role: "coordinator", email: "samordnare@example.se", name: "Sam" });
    const offerId = await insertOffer(db(), { request_id: p.requestId, person_id: p.personId, offered_at: "2026-03-01T10:00:00.000Z", reply_by: REPLY_BY, offered_by: coordinatorId });
    await runSchedule(db(), new Date("2026-03-05T12:00:00.000Z"));
    expect(await sent("offer_expired")).toEqual([]);
    await runSchedule(db(), new Date("2026-03-05T12:01:00.000Z"));
    await runSchedule(db(), new Date("2026-03-05T13:00:00.000Z"));
    expect(await sent("offer_expired")).toEqual(["samordnare@example.se"]);
    expect((await db().selectFrom("offers").select("status").where("id", "=", offerId).executeTakeFirstOrThrow()).status).toBe("expired");
  });
});

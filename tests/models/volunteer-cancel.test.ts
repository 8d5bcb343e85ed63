// "Jag kan inte komma": a volunteer calls off her booking — cancelled by her with the reason, the request open again,
// a higher SEQUENCE for the calendars, and the care unit and the coordinator e-mailed the reason.
import { cancelAssignmentByVolunteer } from "~/models/assignments.server";
import { db } from "~/utils/db.server";
import { insertAssignment, insertOffer, insertPerson, insertRequest, insertUser } from "../../db/insert-rows";

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

async function booking(fromNow = 48 * HOUR) {
  const personId = await insertPerson(db());
  const userId = await insertUser(db(), { role: "volunteer", person_id: personId, email: `vol${personId}@example.se`, name: "Vol" });
  const coordinatorId = await insertUser(db(), { role: "coordinator" });
  const start = Date.now() + fromNow;
  const request = await insertRequest(db(), { status: "confirmed", slots: [{ starts_at: iso(start), ends_at: iso(start + 90 * 60_000) }] });
  const unitId = (await db().selectFrom("requests").select("care_unit_id").where("id", "=", request.id).executeTakeFirstOrThrow()).care_unit_id;
  const unitUserId = await insertUser(db(), { role: "requester", care_unit_id: unitId });
  const offerId = await insertOffer(db(), { request_id: request.id, person_id: personId, status: "accepted", offered_by: coordinatorId });
  const assignmentId = await insertAssignment(db(), { offer_id: offerId });
  return { personId, userId, coordinatorId, unitUserId, requestId: request.id, assignmentId };
}

const assignmentRow = (id: number) =>
  db().selectFrom("assignments").select(["status", "cancelled_by", "status_reason", "sequence"]).where("id", "=", id).executeTakeFirstOrThrow();
const requestRow = (id: number) => db().selectFrom("requests").select("status").where("id", "=", id).executeTakeFirstOrThrow();
const mailsTo = (userId: number) => db().selectFrom("outbox").select(["kind", "subject", "body_text"]).where("recipient_user_id", "=", userId).execute();

describe("a volunteer who cannot come", () => {
  it("cancels the booking with her reason, reopens the request and tells the unit and the coordinator why", async () => {
    const b = await booking();
    const before = await assignmentRow(b.assignmentId);
    const result = await cancelAssignmentByVolunteer(db(), { assignmentId: b.assignmentId, personId: b.personId, userId: b.userId, reason: "Jag har blivit sjuk" });
    expect(result).toEqual({ ok: true });
    expect(await assignmentRow(b.assignmentId)).toEqual({ status: "cancelled", cancelled_by: "volunteer", status_reason: "Jag har blivit sjuk", sequence: before.sequence + 1 });
    expect((await requestRow(b.requestId)).status).toBe("open");
    const event = await db().selectFrom("request_events").select(["status", "actor_user_id"]).where("request_id", "=", b.requestId).orderBy("id", "desc").executeTakeFirstOrThrow();
    expect(event).toEqual({ status: "open", actor_user_id: b.userId });
    for (const userId of [b.unitUserId, b.coordinatorId]) {
      const [mail] = await mailsTo(userId);
      expect(mail.kind).toBe("cant_come");
      expect(mail.body_text).toContain("Anledning: Jag har blivit sjuk");
    }
    expect((await mailsTo(b.unitUserId))[0].body_text).toContain("/unit/requests/");
    expect((await mailsTo(b.coordinatorId))[0].body_text).toContain(`/coordinator/requests/${b.requestId}`);
    // She did it herself: a confirmation, not the notice someone else's cancellation sends.
    expect((await mailsTo(b.userId)).map((m) => m.kind)).toEqual(["cant_come_confirmed"]);
    const audit = await db().selectFrom("audit_log").select(["action", "details"]).where("entity", "=", "assignment").where("entity_id", "=", String(b.assignmentId)).execute();
    expect(audit.map((a) => a.action)).toEqual(["cancel"]);
    expect(JSON.stringify(audit)).not.toContain("sjuk");
  });

  it("is refused once the assignment has started, or when it is no longer booked, and changes nothing", async () => {
    const started = await booking(-10 * 60_000);
    expect(await cancelAssignmentByVolunteer(db(), { assignmentId: started.assignmentId, personId: started.personId, userId: started.userId, reason: "Sen" })).toEqual({ ok: false, reason: "started" });
    expect((await assignmentRow(started.assignmentId)).status).toBe("booked");
    expect((await requestRow(started.requestId)).status).toBe("confirmed");
    const twice = await booking();
    await cancelAssignmentByVolunteer(db(), { assignmentId: twice.assignmentId, personId: twice.personId, userId: twice.userId, reason: "Sjuk" });
    expect(await cancelAssignmentByVolunteer(db(), { assignmentId: twice.assignmentId, personId: twice.personId, userId: twice.userId, reason: "Igen" })).toEqual({ ok: false, reason: "notBooked" });
    expect((await assignmentRow(twice.assignmentId)).status_reason).toBe("Sjuk");
    expect(await mailsTo(twice.unitUserId)).toHaveLength(1);
  });

  it("never reaches another volunteer's booking", async () => {
    const b = await booking();
    const other = await insertPerson(db());
    expect(await cancelAssignmentByVolunteer(db(), { assignmentId: b.assignmentId, personId: other, userId: b.userId, reason: "x" })).toEqual({ ok: false, reason: "notFound" });
    expect((await assignmentRow(b.assignmentId)).status).toBe("booked");
  });
});

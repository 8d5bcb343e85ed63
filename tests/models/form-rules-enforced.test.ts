// The models refuse what the forms refuse, so no other path (a script, a later route) can store it.
import { setAssignmentOutcome } from "~/models/assignments.server";
import { addException } from "~/models/availability.server";
import { changeStatus } from "~/models/people-admin.server";
import { db } from "~/utils/db.server";
import { insertAssignment, insertOffer, insertPerson, insertRequest, insertUser } from "../../db/insert-rows";

const NOW = new Date("2026-12-06T10:00:00Z");

describe("the models enforce the forms' rules", () => {
  it("refuses an extra time without times, and an exception that ends before it starts", async () => {
    const personId = await insertPerson(db());
    const userId = await insertUser(db(), { role: "volunteer", person_id: personId });
    const day = { fromDate: "2026-12-10", toDate: "2026-12-10" };
    await expect(addException(db(), { personId, userId, input: { kind: "extra", ...day, startMinute: null, endMinute: null } }, NOW)).rejects.toThrow(/extraNeedsTimes/);
    await expect(addException(db(), { personId, userId, input: { kind: "blocked", ...day, startMinute: 720, endMinute: 600 } }, NOW)).rejects.toThrow(/endBeforeStart/);
    const stored = await db().selectFrom("availability_exceptions").select("id").where("person_id", "=", personId).execute();
    expect(stored).toEqual([]);
    await addException(db(), { personId, userId, input: { kind: "extra", ...day, startMinute: 600, endMinute: 720 } }, NOW);
    expect(await db().selectFrom("availability_exceptions").select("id").where("person_id", "=", personId).execute()).toHaveLength(1);
  });

  it("refuses a pause that ended before today, and keeps the person active", async () => {
    const personId = await insertPerson(db());
    const userId = await insertUser(db(), { role: "coordinator" });
    const problem = await changeStatus(db(), { personId, userId, change: { kind: "pause", until: "2026-12-05" }, now: NOW });
    expect(problem).toEqual({ field: "pausedUntil", error: "peopleAdmin.errors.date" });
    expect(await db().selectFrom("people").select(["status", "paused_until"]).where("id", "=", personId).executeTakeFirstOrThrow()).toEqual({ status: "active", paused_until: null });
    expect(await changeStatus(db(), { personId, userId, change: { kind: "pause", until: "2026-12-06" }, now: NOW })).toBeNull();
    expect(await db().selectFrom("people").select(["status", "paused_until"]).where("id", "=", personId).executeTakeFirstOrThrow()).toEqual({ status: "paused", paused_until: "2026-12-06" });
  });

  it("refuses an outcome without its numbers, or with numbers out of range, and leaves the assignment booked", async () => {
    const coordinatorId = await insertUser(db(), { role: "coordinator" });
    const { id: requestId, slotIds } = await insertRequest(db(), { status: "confirmed", slots: [{ starts_at: "2026-12-01T09:00:00.000Z", ends_at: "2026-12-01T10:30:00.000Z" }] });
    const assignmentId = await insertAssignment(db(), { offer_id: await insertOffer(db(), { request_id: requestId, slot_id: slotIds[0], status: "accepted" }) });
    const base = { assignmentId, coordinatorId, requestId, now: NOW };
    await expect(setAssignmentOutcome(db(), { ...base, status: "completed", hours: null, compensationSek: 600, reason: null })).rejects.toThrow(/hoursRequired/);
    await expect(setAssignmentOutcome(db(), { ...base, status: "completed", hours: 30, compensationSek: 600, reason: null })).rejects.toThrow(/desk.errors.hours/);
    await expect(setAssignmentOutcome(db(), { ...base, status: "no_show", hours: null, compensationSek: null, reason: "" })).rejects.toThrow(/reasonRequired/);
    expect(await db().selectFrom("assignments").select("status").where("id", "=", assignmentId).executeTakeFirstOrThrow()).toEqual({ status: "booked" });
  });
});

import { makeOffers } from "~/models/offer/make.server";
import { db } from "~/utils/db.server";
import { insertOffer, insertPerson, insertRequest, insertUser } from "../../db/insert-rows";

const NOW = new Date("2026-11-23T10:00:00.000Z");
const REPLY_ON = "2026-11-27"; // a Friday: a weekend day would move to Monday (tests/domain/reply-deadline.test.ts)
/** 24:00 Stockholm time on the chosen day. */
const REPLY_BY = new Date("2026-11-27T23:00:00.000Z");

describe("making offers", () => {
  it("makes each offer, marks the request offered with a history event, and audits it", async () => {
    const coordinatorId = await insertUser(db(), { role: "coordinator" });
    const personId = await insertPerson(db());
    const { id: requestId, slotIds } = await insertRequest(db(), { status: "open" });
    const result = await makeOffers(db(), { offers: [{ requestId, slotId: slotIds[0], personId }], replyOn: REPLY_ON, coordinatorId, now: NOW });
    expect(result.refused).toEqual([]);
    expect(result.made).toHaveLength(1);
    const offer = await db().selectFrom("offers").selectAll().where("id", "=", result.made[0].offerId).executeTakeFirstOrThrow();
    expect(offer).toMatchObject({ status: "pending", offered_at: NOW.toISOString(), reply_by: REPLY_BY.toISOString(), offered_by: coordinatorId });
    const request = await db().selectFrom("requests").select("status").where("id", "=", requestId).executeTakeFirstOrThrow();
    expect(request.status).toBe("offered");
    const events = await db().selectFrom("request_events").select("status").where("request_id", "=", requestId).execute();
    expect(events.map((e) => e.status)).toContain("offered");
    expect(await db().selectFrom("audit_log").select("action").where("entity", "=", "offer").execute()).toEqual([{ action: "create" }]);
  });

  it("refuses a closed request, a slot of another request, and someone already asked — and still makes the rest", async () => {
    const coordinatorId = await insertUser(db(), { role: "coordinator" });
    const personId = await insertPerson(db());
    const other = await insertPerson(db());
    const open = await insertRequest(db(), { status: "open" });
    const closed = await insertRequest(db(), { status: "withdrawn" });
    await insertOffer(db(), { request_id: open.id, slot_id: open.slotIds[0], person_id: other, status: "declined" });
    const result = await makeOffers(db(), {
      offers: [
        { requestId: closed.id, slotId: closed.slotIds[0], personId },
        { requestId: open.id, slotId: closed.slotIds[0], personId },
        { requestId: open.id, slotId: open.slotIds[0], personId: 999_999 },
        { requestId: open.id, slotId: open.slotIds[0], personId: other },
        { requestId: open.id, slotId: open.slotIds[0], personId },
      ],
      replyOn: REPLY_ON,
      coordinatorId,
      now: NOW,
    });
    expect(result.refused.map((r) => r.reason)).toEqual(["requestClosed", "slotMissing", "personMissing", "alreadyAsked"]);
    expect(result.made).toEqual([expect.objectContaining({ requestId: open.id, personId })]);
  });
});

// Accepting and declining offers: every re-check inside the transaction, and two accepts at the same moment.
import { createDb } from "../../db/create-db";
import { acceptOffer, declineOffer } from "~/models/offer/answer.server";
import { getOfferForPerson, listOffersForPerson } from "~/models/volunteer-offers-page.server";
import { placeOf } from "~/models/request-summary.server";
import { db } from "~/utils/db.server";
import { insertAssignment, insertOffer, insertPerson, insertRequest, insertUser, type PersonOverrides } from "../../db/insert-rows";
import { race } from "../setup/race";

const NOW = new Date("2026-03-02T08:00:00.000Z"); // Monday
const OFFERED_AT = "2026-03-01T10:00:00.000Z";
const REPLY_BY = "2026-03-05T12:00:00.000Z";
// Tuesday 10 March, 10:00–11:30 in Stockholm: inside the default weekday 08–17 windows.
const SLOT = ["2026-03-10T09:00:00.000Z", "2026-03-10T10:30:00.000Z"] as const;
const ALL_WEEK = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start_minute: 0, end_minute: 1440 }));

async function volunteer(overrides: PersonOverrides = {}) {
  const personId = await insertPerson(db(), overrides);
  const userId = await insertUser(db(), { role: "volunteer", person_id: personId });
  return { personId, userId };
}

async function offerTo(
  personId: number,
  { slot = SLOT, digital = false, replyBy = REPLY_BY }: { slot?: readonly [string, string]; digital?: boolean; replyBy?: string | null } = {},
) {
  const request = await insertRequest(db(), {
    slots: [{ starts_at: slot[0], ends_at: slot[1] }],
    is_digital: digital ? 1 : 0,
    status: "offered",
  });
  const offerId = await insertOffer(db(), { request_id: request.id, person_id: personId, offered_at: OFFERED_AT, reply_by: replyBy });
  return { requestId: request.id, offerId };
}

/** An assignment the person already has (booked unless told otherwise). */
async function existing(
  personId: number,
  start: string,
  end: string,
  { digital = false, status = "booked" }: { digital?: boolean; status?: "booked" | "completed" | "cancelled" } = {},
) {
  const request = await insertRequest(db(), { slots: [{ starts_at: start, ends_at: end }], is_digital: digital ? 1 : 0, status: "confirmed" });
  const offerId = await insertOffer(db(), { request_id: request.id, person_id: personId, status: "accepted" });
  return insertAssignment(db(), { offer_id: offerId, status });
}

const assignments = () => db().selectFrom("assignments").selectAll().orderBy("id").execute();
const offer = (id: number) => db().selectFrom("offers").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
const request = (id: number) => db().selectFrom("requests").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
const events = (requestId: number) => db().selectFrom("request_events").selectAll().where("request_id", "=", requestId).orderBy("id").execute();

describe("acceptOffer", () => {
  it("creates exactly one assignment, closes the request's other offers and confirms the request", async () => {
    const { personId, userId } = await volunteer();
    const { requestId, offerId } = await offerTo(personId);
    const rival = await insertOffer(db(), { request_id: requestId, person_id: await insertPerson(db()), offered_at: OFFERED_AT });
    const declined = await insertOffer(db(), { request_id: requestId, person_id: await insertPerson(db()), status: "declined" });

    const result = await acceptOffer(db(), { offerId, personId, userId, now: NOW });

    expect(result).toEqual({ ok: true, assignmentId: expect.any(Number) });
    const rows = await assignments();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: result.ok ? result.assignmentId : -1,
      offer_id: offerId,
      request_id: requestId,
      person_id: personId,
      starts_at: SLOT[0],
      ends_at: SLOT[1],
      status: "booked",
      compensation_sek: 600,
    });
    expect(await offer(offerId)).toMatchObject({ status: "accepted", responded_at: NOW.toISOString() });
    expect((await offer(rival)).status).toBe("withdrawn");
    expect((await offer(declined)).status).toBe("declined");
    expect((await request(requestId)).status).toBe("confirmed");
    expect((await events(requestId)).at(-1)).toMatchObject({ status: "confirmed", actor_user_id: userId });
    const audit = await db().selectFrom("audit_log").select(["entity", "action", "actor_user_id"]).orderBy("id").execute();
    expect(audit).toEqual([
      // The rival's offer closes as taken by someone else, through the one closing path.
      { entity: "offer", action: "withdraw", actor_user_id: userId },
      { entity: "offer", action: "accept", actor_user_id: userId },
      { entity: "assignment", action: "create", actor_user_id: userId },
    ]);
  });

  it("refuses a second accept of the same offer", async () => {
    const { personId, userId } = await volunteer();
    const { offerId } = await offerTo(personId);
    expect((await acceptOffer(db(), { offerId, personId, userId, now: NOW })).ok).toBe(true);
    expect(await acceptOffer(db(), { offerId, personId, userId, now: NOW })).toEqual({ ok: false, reason: "notPending" });
    expect(await assignments()).toHaveLength(1);
  });

  it("refuses another person's offer and changes nothing", async () => {
    const owner = await volunteer();
    const intruder = await volunteer();
    const { offerId, requestId } = await offerTo(owner.personId);
    expect(await acceptOffer(db(), { offerId, personId: intruder.personId, userId: intruder.userId, now: NOW })).toEqual({ ok: false, reason: "notFound" });
    expect(await declineOffer(db(), { offerId, personId: intruder.personId, userId: intruder.userId, now: NOW })).toEqual({ ok: false, reason: "notFound" });
    expect((await offer(offerId)).status).toBe("pending");
    expect((await request(requestId)).status).toBe("offered");
    expect(await assignments()).toEqual([]);
  });

  it("refuses an expired offer and records it as expired", async () => {
    const { personId, userId } = await volunteer();
    const { offerId, requestId } = await offerTo(personId);
    const late = new Date(Date.parse(REPLY_BY) + 1);
    expect(await acceptOffer(db(), { offerId, personId, userId, now: late })).toEqual({ ok: false, reason: "expired" });
    expect((await offer(offerId)).status).toBe("expired");
    // It was the only offer out: the request is open again, so it is matched anew (it used to stay "offered").
    expect((await request(requestId)).status).toBe("open");
    expect(await assignments()).toEqual([]);
    expect(await acceptOffer(db(), { offerId, personId, userId, now: NOW })).toEqual({ ok: false, reason: "notPending" });
  });

  it.each([
    ["an overlapping booked assignment", "2026-03-10T10:00:00.000Z", "2026-03-10T11:00:00.000Z", {}],
    ["a physical assignment ending 30 min before (inside the 60 min travel buffer)", "2026-03-10T07:00:00.000Z", "2026-03-10T08:30:00.000Z", {}],
    ["a digital assignment ending 30 min before a physical slot (the slot's own buffer)", "2026-03-10T07:00:00.000Z", "2026-03-10T08:30:00.000Z", { digital: true }],
  ])("refuses when the slot is taken: %s", async (_, start, end, options) => {
    const { personId, userId } = await volunteer();
    await existing(personId, start, end, options);
    const { offerId } = await offerTo(personId);
    expect(await acceptOffer(db(), { offerId, personId, userId, now: NOW })).toEqual({ ok: false, reason: "slotTaken" });
    expect((await offer(offerId)).status).toBe("pending");
    expect(await assignments()).toHaveLength(1);
  });

  it("accepts right after a physical assignment when the buffer is respected, and a digital slot next to a digital one", async () => {
    const { personId, userId } = await volunteer({ max_per_month: 5 });
    await existing(personId, "2026-03-10T06:30:00.000Z", "2026-03-10T08:00:00.000Z");
    expect((await acceptOffer(db(), { ...(await offerTo(personId)), personId, userId, now: NOW })).ok).toBe(true);
    await existing(personId, "2026-03-11T08:00:00.000Z", "2026-03-11T09:00:00.000Z", { digital: true });
    const digital = await offerTo(personId, { slot: ["2026-03-11T09:00:00.000Z", "2026-03-11T10:00:00.000Z"], digital: true });
    expect((await acceptOffer(db(), { offerId: digital.offerId, personId, userId, now: NOW })).ok).toBe(true);
  });

  it("refuses a slot outside the person's availability (weekend, blocked day)", async () => {
    const { personId, userId } = await volunteer({ exceptions: [{ kind: "blocked", from_date: "2026-03-10", to_date: "2026-03-10" }] });
    const blocked = await offerTo(personId);
    const saturday = await offerTo(personId, { slot: ["2026-03-14T09:00:00.000Z", "2026-03-14T10:30:00.000Z"] });
    expect(await acceptOffer(db(), { offerId: blocked.offerId, personId, userId, now: NOW })).toEqual({ ok: false, reason: "slotTaken" });
    expect(await acceptOffer(db(), { offerId: saturday.offerId, personId, userId, now: NOW })).toEqual({ ok: false, reason: "slotTaken" });
  });

  it("refuses over the monthly cap, counting booked and completed but not cancelled assignments", async () => {
    const { personId, userId } = await volunteer({ max_per_month: 2 });
    await existing(personId, "2026-03-03T09:00:00.000Z", "2026-03-03T10:00:00.000Z", { status: "completed" });
    await existing(personId, "2026-03-04T09:00:00.000Z", "2026-03-04T10:00:00.000Z", { status: "cancelled" });
    const first = await offerTo(personId);
    expect((await acceptOffer(db(), { offerId: first.offerId, personId, userId, now: NOW })).ok).toBe(true);
    const second = await offerTo(personId, { slot: ["2026-03-12T09:00:00.000Z", "2026-03-12T10:00:00.000Z"] });
    expect(await acceptOffer(db(), { offerId: second.offerId, personId, userId, now: NOW })).toEqual({ ok: false, reason: "overCap" });
    expect((await offer(second.offerId)).status).toBe("pending");
  });

  it("counts the cap by Stockholm month: a slot at 2026-03-31T22:30Z is April", async () => {
    const { personId, userId } = await volunteer({ max_per_month: 1, windows: ALL_WEEK });
    await existing(personId, "2026-03-31T18:00:00.000Z", "2026-03-31T19:00:00.000Z");
    const april = await offerTo(personId, { slot: ["2026-03-31T22:30:00.000Z", "2026-03-31T23:30:00.000Z"] });
    expect((await acceptOffer(db(), { offerId: april.offerId, personId, userId, now: NOW })).ok).toBe(true);
    const alsoApril = await offerTo(personId, { slot: ["2026-04-20T09:00:00.000Z", "2026-04-20T10:00:00.000Z"] });
    expect(await acceptOffer(db(), { offerId: alsoApril.offerId, personId, userId, now: NOW })).toEqual({ ok: false, reason: "overCap" });
  });
});

describe("declineOffer", () => {
  it("records the reason and reopens the request when nobody else has it on offer", async () => {
    const { personId, userId } = await volunteer();
    const { offerId, requestId } = await offerTo(personId);
    expect(await declineOffer(db(), { offerId, personId, userId, reason: "  Jag är bortrest 🧳  ", now: NOW })).toEqual({ ok: true });
    expect(await offer(offerId)).toMatchObject({ status: "declined", decline_reason: "Jag är bortrest 🧳", responded_at: NOW.toISOString() });
    expect((await request(requestId)).status).toBe("open");
    const last = (await events(requestId)).at(-1);
    // The volunteer's words stay on the offer, out of the history the care unit reads.
    expect(last).toMatchObject({ status: "open", actor_user_id: userId, note: null, note_code: "offer_declined" });
    expect(await db().selectFrom("audit_log").select("action").execute()).toEqual([{ action: "decline" }]);
  });

  it("without a reason keeps the request offered while another offer is pending", async () => {
    const { personId, userId } = await volunteer();
    const { offerId, requestId } = await offerTo(personId);
    await insertOffer(db(), { request_id: requestId, person_id: await insertPerson(db()), offered_at: OFFERED_AT });
    expect(await declineOffer(db(), { offerId, personId, userId, reason: "   ", now: NOW })).toEqual({ ok: true });
    expect(await offer(offerId)).toMatchObject({ status: "declined", decline_reason: null });
    expect((await request(requestId)).status).toBe("offered");
    expect(await declineOffer(db(), { offerId, personId, userId, now: NOW })).toEqual({ ok: false, reason: "notPending" });
  });

  it("refuses a late answer and marks the offer expired", async () => {
    const { personId, userId } = await volunteer();
    const { offerId } = await offerTo(personId);
    expect(await declineOffer(db(), { offerId, personId, userId, now: new Date("2026-03-06T00:00:00.000Z") })).toEqual({ ok: false, reason: "expired" });
    expect((await offer(offerId)).status).toBe("expired");
  });
});

describe("listing and reading offers", () => {
  it("lists open offers by deadline, then expired, then answered; only the person's own", async () => {
    const { personId, userId } = await volunteer();
    const later = await offerTo(personId, { replyBy: "2026-03-07T12:00:00.000Z", slot: ["2026-03-11T09:00:00.000Z", "2026-03-11T10:00:00.000Z"] });
    const sooner = await offerTo(personId, { replyBy: "2026-03-04T12:00:00.000Z", slot: ["2026-03-12T09:00:00.000Z", "2026-03-12T10:00:00.000Z"] });
    const expired = await offerTo(personId, { replyBy: "2026-03-01T12:00:00.000Z" });
    const answered = await offerTo(personId, { slot: ["2026-03-13T09:00:00.000Z", "2026-03-13T10:00:00.000Z"] });
    await declineOffer(db(), { offerId: answered.offerId, personId, userId, now: NOW });
    await offerTo((await volunteer()).personId);

    const list = await listOffersForPerson(db(), { personId, now: NOW });
    expect(list.map((o) => o.id)).toEqual([sooner.offerId, later.offerId, expired.offerId, answered.offerId]);
    expect(list.map((o) => [o.status, o.expired])).toEqual([["pending", false], ["pending", false], ["pending", true], ["declined", false]]);
    expect(list[0]).toMatchObject({
      title: "Föreläsning för personal",
      format: "lecture",
      audience: "staff",
      audienceSize: 20,
      isDigital: false,
      place: "Jönköping",
      careUnit: { kind: "primary_care" },
      startsAt: "2026-03-12T09:00:00.000Z",
      durationMinutes: 60, // the slot's own length, not the request's longest
      compensation: { per: "assignment", rateSek: 600, totalSek: 600 },
      replyBy: "2026-03-04T12:00:00.000Z",
      assignmentId: null,
    });
  });

  it.each([
    [null, null, null],
    ["Jönköping", null, "Jönköping"],
    [null, "Storgatan 1", "Storgatan 1"],
    ["Jönköping", "Barnarpsgatan 39, Jönköping", "Barnarpsgatan 39, Jönköping"],
    ["Jönköping", "Kungsgatan 14, Huskvarna", "Kungsgatan 14, Huskvarna, Jönköping"],
  ])("placeOf(%s, %s) = %s", (municipality, address, expected) => {
    expect(placeOf(municipality, address)).toBe(expected);
  });

  it("getOfferForPerson is scoped to the person", async () => {
    const owner = await volunteer();
    const other = await volunteer();
    const { offerId } = await offerTo(owner.personId);
    expect(await getOfferForPerson(db(), { offerId, personId: owner.personId, now: NOW })).toMatchObject({ id: offerId });
    expect(await getOfferForPerson(db(), { offerId, personId: other.personId, now: NOW })).toBeUndefined();
  });
});

describe("two accepts at the same moment", () => {
  async function twoOverlappingOffers() {
    const { personId, userId } = await volunteer({ max_per_month: 5 });
    const a = await offerTo(personId);
    const b = await offerTo(personId, { slot: ["2026-03-10T10:00:00.000Z", "2026-03-10T11:00:00.000Z"] });
    return { personId, userId, offers: [a.offerId, b.offerId] };
  }

  it("on two connections to the same file: one assignment, one slotTaken", async () => {
    const { personId, userId, offers } = await twoOverlappingOffers();
    const second = createDb(process.env.DATABASE_URL!);
    try {
      const results = await Promise.all([
        acceptOffer(db(), { offerId: offers[0], personId, userId, now: NOW }),
        acceptOffer(second, { offerId: offers[1], personId, userId, now: NOW }),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "slotTaken" }]);
    } finally {
      await second.destroy();
    }
    const booked = await assignments();
    expect(booked).toHaveLength(1);
    expect(booked[0].status).toBe("booked");
  });

  it("from two processes: one assignment, one slotTaken", { timeout: 60_000 }, async () => {
    const { personId, userId, offers } = await twoOverlappingOffers();
    const outputs = await race(
      "tests/models/accept-offer.child.ts",
      offers.map((offerId) => [process.env.DATABASE_URL!, String(offerId), String(personId), String(userId), NOW.toISOString()]),
    );
    expect(outputs.map((o) => o.code)).toEqual([0, 0]);
    const results = outputs.map((o) => JSON.parse(o.stdout));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "slotTaken" }]);
    expect(await assignments()).toHaveLength(1);
  });
});

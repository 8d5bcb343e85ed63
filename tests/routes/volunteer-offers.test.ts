// The offers inbox through its real loader and action: accept, decline, refusals, other people's ids, bad input.
import { translate } from "~/i18n";
import * as offersRoute from "~/routes/volunteer.offers";
import { db } from "~/utils/db.server";
import { insertAssignment, insertOffer, insertPerson, insertRequest, insertUser } from "../../db/insert-rows";
import { call, cookieFor, getRequest, postRequest } from "../setup/http";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ALL_WEEK = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start_minute: 0, end_minute: 1440 }));
const iso = (ms: number) => new Date(ms).toISOString();
// A week ahead at 09:00 UTC: in the future whatever day the suite runs, with room the same local day.
const slotStart = () => {
  const day = new Date(Date.now() + 7 * DAY);
  return day.setUTCHours(9, 0, 0, 0);
};

async function volunteer(maxPerMonth = 3) {
  const personId = await insertPerson(db(), { windows: ALL_WEEK, max_per_month: maxPerMonth });
  const userId = await insertUser(db(), { role: "volunteer", person_id: personId });
  return { personId, userId, cookie: await cookieFor(userId) };
}

async function offerTo(personId: number, { start = slotStart(), minutes = 90, replyBy = Date.now() + 2 * DAY } = {}) {
  const request = await insertRequest(db(), {
    slots: [{ starts_at: iso(start), ends_at: iso(start + minutes * 60_000) }],
    status: "offered",
    purpose: "Personalen vill förstå hur det är att leva med smärta.",
  });
  const offerId = await insertOffer(db(), { request_id: request.id, person_id: personId, offered_at: iso(Date.now() - HOUR), reply_by: iso(replyBy) });
  return { requestId: request.id, offerId };
}

async function bookedAt(personId: number, start: number, minutes = 60) {
  const request = await insertRequest(db(), { slots: [{ starts_at: iso(start), ends_at: iso(start + minutes * 60_000) }], status: "confirmed" });
  return insertAssignment(db(), { offer_id: await insertOffer(db(), { request_id: request.id, person_id: personId, status: "accepted" }) });
}

const answer = (cookie: string, fields: Record<string, string>) => call(offersRoute.action as never, postRequest("/volunteer/offers", fields, { cookie }));
const offerRow = (id: number) => db().selectFrom("offers").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
const countAssignments = async () => (await db().selectFrom("assignments").select("id").execute()).length;

describe("the offers inbox", () => {
  it("lists the volunteer's own offers with what they need to decide", async () => {
    const me = await volunteer();
    const mine = await offerTo(me.personId);
    await offerTo((await volunteer()).personId);
    const page = await call(offersRoute.loader as never, getRequest("/volunteer/offers", { cookie: me.cookie }));
    expect(page.status).toBe(200);
    expect(page.data.offers).toHaveLength(1);
    expect(page.data.offers[0]).toMatchObject({
      id: mine.offerId,
      status: "pending",
      expired: false,
      title: "Föreläsning för personal",
      purpose: "Personalen vill förstå hur det är att leva med smärta.",
      careUnit: { kind: "primary_care" },
      audience: "staff",
      audienceSize: 20,
      durationMinutes: 90,
      compensation: { per: "assignment", totalSek: 600 },
    });
  });

  it("accepting books exactly one assignment, closes the other offers and confirms the request", async () => {
    const me = await volunteer();
    const { offerId, requestId } = await offerTo(me.personId);
    const rival = await insertOffer(db(), { request_id: requestId, person_id: await insertPerson(db()) });
    const outcome = await answer(me.cookie, { intent: "accept", offerId: String(offerId) });
    expect(outcome.status).toBe(200);
    const assignments = await db().selectFrom("assignments").selectAll().execute();
    expect(assignments).toHaveLength(1);
    expect(outcome.data.outcome).toEqual({ kind: "accepted", assignmentId: assignments[0].id });
    expect((await offerRow(offerId)).status).toBe("accepted");
    expect((await offerRow(rival)).status).toBe("withdrawn");
    expect((await db().selectFrom("requests").select("status").where("id", "=", requestId).executeTakeFirstOrThrow()).status).toBe("confirmed");
  });

  it("declines with a reason, and without one", async () => {
    const me = await volunteer();
    const first = await offerTo(me.personId);
    const second = await offerTo(me.personId);
    const withReason = await answer(me.cookie, { intent: "decline", offerId: String(first.offerId), reason: "Jag är bortrest den veckan 🌍" });
    expect(withReason.status).toBe(200);
    expect(withReason.data.outcome).toEqual({ kind: "declined" });
    expect(await offerRow(first.offerId)).toMatchObject({ status: "declined", decline_reason: "Jag är bortrest den veckan 🌍" });
    const withoutReason = await answer(me.cookie, { intent: "decline", offerId: String(second.offerId) });
    expect(withoutReason.status).toBe(200);
    expect(await offerRow(second.offerId)).toMatchObject({ status: "declined", decline_reason: null });
    expect(await countAssignments()).toBe(0);
  });

  it("an expired offer cannot be accepted, is marked expired and shown as such", async () => {
    const me = await volunteer();
    const { offerId } = await offerTo(me.personId, { replyBy: Date.now() - 60_000 });
    const page = await call(offersRoute.loader as never, getRequest("/volunteer/offers", { cookie: me.cookie }));
    expect(page.data.offers[0]).toMatchObject({ id: offerId, expired: true });
    const outcome = await answer(me.cookie, { intent: "accept", offerId: String(offerId) });
    expect(outcome.status).toBe(409);
    expect(outcome.data.errors).toEqual({ form: "offers.refused.expired" });
    expect(translate("sv", "offers.refused.expired")).toContain("Erbjudandet har gått ut");
    expect((await offerRow(offerId)).status).toBe("expired");
    expect(await countAssignments()).toBe(0);
  });

  it("refuses over the monthly cap with a plain message", async () => {
    const me = await volunteer(1);
    const start = slotStart();
    // Same day, far enough apart to be free: only the cap stands in the way.
    await bookedAt(me.personId, start + 4 * HOUR);
    const { offerId } = await offerTo(me.personId, { start });
    const outcome = await answer(me.cookie, { intent: "accept", offerId: String(offerId) });
    expect(outcome.status).toBe(409);
    expect(outcome.data.errors).toEqual({ form: "offers.refused.overCap" });
    expect(translate("sv", "offers.refused.overCap")).toContain("Du har nått ditt max antal uppdrag för månaden");
    expect((await offerRow(offerId)).status).toBe("pending");
  });

  it.each([
    ["an overlapping assignment", 30 * 60_000],
    ["a physical assignment ending 30 minutes before (travel buffer)", -90 * 60_000],
  ])("refuses when the slot was taken: %s", async (_, offset) => {
    const me = await volunteer();
    const start = slotStart();
    await bookedAt(me.personId, start + offset);
    const { offerId } = await offerTo(me.personId, { start });
    const outcome = await answer(me.cookie, { intent: "accept", offerId: String(offerId) });
    expect(outcome.status).toBe(409);
    expect(outcome.data.errors).toEqual({ form: "offers.refused.slotTaken" });
    expect(translate("sv", "offers.refused.slotTaken")).toContain("Tiden hann bli upptagen");
    expect(await countAssignments()).toBe(1);
  });

  it("another volunteer's offer id gives 404 and changes nothing", async () => {
    const owner = await volunteer();
    const intruder = await volunteer();
    const { offerId } = await offerTo(owner.personId);
    for (const intent of ["accept", "decline"]) {
      expect((await answer(intruder.cookie, { intent, offerId: String(offerId), reason: "nej" })).status).toBe(404);
    }
    expect((await offerRow(offerId)).status).toBe("pending");
    expect(await countAssignments()).toBe(0);
    expect(await db().selectFrom("audit_log").selectAll().execute()).toEqual([]);
  });

  it("rejects absurd input with 400, not 500", async () => {
    const me = await volunteer();
    const { offerId } = await offerTo(me.personId);
    const id = String(offerId);
    for (const fields of [
      {},
      { intent: "accept" },
      { intent: "accept", offerId: "abc" },
      { intent: "accept", offerId: "" },
      { intent: "accept", offerId: "-1" },
      { intent: "accept", offerId: "1.5" },
      { intent: "accept", offerId: "9e99" },
      { intent: "accept", offerId: "99999999999999999999" },
      { intent: "maybe", offerId: id },
      { intent: "accept💥", offerId: id },
    ]) {
      const outcome = await answer(me.cookie, fields as Record<string, string>);
      expect(outcome.status, JSON.stringify(fields)).toBe(400);
      expect(outcome.data.errors).toEqual({ form: "offers.errors.invalid" });
    }
    const long = await answer(me.cookie, { intent: "decline", offerId: id, reason: "x".repeat(10_000) });
    expect(long.status).toBe(400);
    expect(long.data.errors).toEqual({ reason: "offers.errors.reasonTooLong" });
    expect((await offerRow(offerId)).status).toBe("pending");
    const emoji = await answer(me.cookie, { intent: "decline", offerId: id, reason: "🙂".repeat(200) });
    expect(emoji.status).toBe(200);
    expect((await offerRow(offerId)).decline_reason).toBe("🙂".repeat(200));
  });

  it("answering twice is refused plainly", async () => {
    const me = await volunteer();
    const { offerId } = await offerTo(me.personId);
    expect((await answer(me.cookie, { intent: "accept", offerId: String(offerId) })).status).toBe(200);
    const again = await answer(me.cookie, { intent: "decline", offerId: String(offerId) });
    expect(again.status).toBe(409);
    expect(again.data.errors).toEqual({ form: "offers.refused.notPending" });
    expect((await offerRow(offerId)).status).toBe("accepted");
  });
});

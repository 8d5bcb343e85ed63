// My assignments through the real loaders and action: lists, contact once confirmed, other people's ids, feedback.
import * as detail from "~/routes/volunteer.assignments.$assignmentId";
import * as list from "~/routes/volunteer.assignments._index";
import { db } from "~/utils/db.server";
import { insertAssignment, insertOffer, insertPerson, insertRequest, insertUser } from "../../db/insert-rows";
import { call, cookieFor, getRequest, postRequest } from "../setup/http";

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

async function volunteer() {
  const personId = await insertPerson(db());
  const userId = await insertUser(db(), { role: "volunteer", person_id: personId });
  return { personId, userId, cookie: await cookieFor(userId) };
}

/** An assignment starting `fromNow` ms from now (negative: in the past), 90 minutes long. */
async function assignment(personId: number, fromNow: number, status: "booked" | "completed" | "cancelled" = "booked", overrides = {}) {
  const start = Date.now() + fromNow;
  const request = await insertRequest(db(), {
    slots: [{ starts_at: iso(start), ends_at: iso(start + 90 * 60_000) }],
    status: status === "cancelled" ? "cancelled" : "confirmed",
    contact_name: "Kim Kontaktperson",
    contact_phone: "070-174 06 99",
    ...overrides,
  });
  const offerId = await insertOffer(db(), { request_id: request.id, person_id: personId, status: "accepted" });
  return insertAssignment(db(), { offer_id: offerId, status });
}

const page = (cookie: string, id: number | string) =>
  call(detail.loader as never, getRequest(`/volunteer/assignments/${id}`, { cookie }), { assignmentId: String(id) });
const feedback = (cookie: string, id: number | string, fields: Record<string, string>) =>
  call(detail.action as never, postRequest(`/volunteer/assignments/${id}`, fields, { cookie }), { assignmentId: String(id) });
const GOOD = { rating: "4", comment: "Engagerad grupp, många frågor.", hours: "2,5", travelKm: "12,5" };

describe("my assignments", () => {
  it("lists upcoming (booked, soonest first) and past ones, only the volunteer's own", async () => {
    const me = await volunteer();
    const later = await assignment(me.personId, 72 * HOUR);
    const sooner = await assignment(me.personId, 24 * HOUR);
    const done = await assignment(me.personId, -72 * HOUR, "completed");
    const cancelled = await assignment(me.personId, 48 * HOUR, "cancelled");
    await assignment((await volunteer()).personId, 24 * HOUR);
    const outcome = await call(list.loader as never, getRequest("/volunteer/assignments", { cookie: me.cookie }));
    expect(outcome.status).toBe(200);
    expect(outcome.data.upcoming.map((a: { id: number }) => a.id)).toEqual([sooner, later]);
    expect(outcome.data.past.map((a: { id: number }) => a.id)).toEqual([cancelled, done]);
    expect(outcome.data.upcoming[0]).toMatchObject({ title: "Föreläsning för personal", isDigital: false, place: "Jönköping" });
  });

  it("shows the care unit's contact only once the assignment is confirmed", async () => {
    const me = await volunteer();
    const booked = await assignment(me.personId, 24 * HOUR);
    const completed = await assignment(me.personId, -48 * HOUR, "completed");
    const cancelled = await assignment(me.personId, 48 * HOUR, "cancelled");
    const contact = { name: "Kim Kontaktperson", phone: "070-174 06 99" };
    expect((await page(me.cookie, booked)).data.assignment.contact).toEqual(contact);
    expect((await page(me.cookie, completed)).data.assignment.contact).toEqual(contact);
    expect((await page(me.cookie, cancelled)).data.assignment.contact).toBeNull();
    const listed = await call(list.loader as never, getRequest("/volunteer/assignments", { cookie: me.cookie }));
    expect(listed.data.past.find((a: { id: number }) => a.id === cancelled).contact).toBeNull();
  });

  it("another volunteer's assignment id, or a malformed one, gives 404 and changes nothing", async () => {
    const owner = await volunteer();
    const intruder = await volunteer();
    const id = await assignment(owner.personId, -48 * HOUR);
    expect((await page(intruder.cookie, id)).status).toBe(404);
    expect((await feedback(intruder.cookie, id, GOOD)).status).toBe(404);
    for (const bad of ["abc", "0", "-1", "1.5", "9e99", "💥"]) {
      expect((await page(owner.cookie, bad)).status, bad).toBe(404);
      expect((await feedback(owner.cookie, bad, GOOD)).status, bad).toBe(404);
    }
    expect(await db().selectFrom("feedback").selectAll().execute()).toEqual([]);
    expect((await db().selectFrom("assignments").select("hours").executeTakeFirstOrThrow()).hours).toBeNull();
  });
});

describe("volunteer feedback", () => {
  it("is refused before the assignment has ended", async () => {
    const me = await volunteer();
    const id = await assignment(me.personId, -30 * 60_000);
    expect((await page(me.cookie, id)).data.assignment).toMatchObject({ ended: false, canGiveFeedback: false });
    const outcome = await feedback(me.cookie, id, GOOD);
    expect(outcome.status).toBe(409);
    expect(outcome.data.errors).toEqual({ form: "assignments.refused.notEnded" });
    expect(await db().selectFrom("feedback").selectAll().execute()).toEqual([]);
  });

  it("is saved once after the end, with decimal commas, and hours and travel go onto the assignment", async () => {
    const me = await volunteer();
    const id = await assignment(me.personId, -3 * HOUR);
    expect((await page(me.cookie, id)).data.assignment).toMatchObject({ ended: true, canGiveFeedback: true });
    const saved = await feedback(me.cookie, id, GOOD);
    expect(saved.status).toBe(200);
    expect(saved.data.saved).toBe(true);
    expect(await db().selectFrom("feedback").select(["author", "author_user_id", "rating", "comment", "hours", "travel_km"]).execute()).toEqual([
      { author: "volunteer", author_user_id: me.userId, rating: 4, comment: "Engagerad grupp, många frågor.", hours: 2.5, travel_km: 12.5 },
    ]);
    expect(await db().selectFrom("assignments").select(["hours", "travel_km"]).where("id", "=", id).executeTakeFirstOrThrow()).toEqual({
      hours: 2.5,
      travel_km: 12.5,
    });
    expect(await db().selectFrom("audit_log").select(["entity", "action"]).execute()).toEqual([{ entity: "assignment", action: "volunteer_feedback" }]);
    expect((await page(me.cookie, id)).data.assignment).toMatchObject({
      hasFeedback: true,
      canGiveFeedback: false,
      feedback: { rating: 4, hours: 2.5, travelKm: 12.5 },
    });

    const again = await feedback(me.cookie, id, { ...GOOD, rating: "1", hours: "9" });
    expect(again.status).toBe(409);
    expect(again.data.errors).toEqual({ form: "assignments.refused.alreadyGiven" });
    expect((await db().selectFrom("assignments").select("hours").where("id", "=", id).executeTakeFirstOrThrow()).hours).toBe(2.5);
  });

  it("accepts a dot as well, whole numbers, no comment, and emoji", async () => {
    const me = await volunteer();
    const id = await assignment(me.personId, -3 * HOUR, "completed");
    expect((await feedback(me.cookie, id, { rating: "5", comment: "Tack 🙏✨", hours: "3", travelKm: "0.5" })).status).toBe(200);
    const other = await assignment(me.personId, -30 * HOUR);
    expect((await feedback(me.cookie, other, { rating: "3", hours: "0", travelKm: "0" })).status).toBe(200);
    const rows = await db().selectFrom("feedback").select(["comment", "hours", "travel_km"]).orderBy("id").execute();
    expect(rows).toEqual([
      { comment: "Tack 🙏✨", hours: 3, travel_km: 0.5 },
      { comment: null, hours: 0, travel_km: 0 },
    ]);
  });

  it("is refused for a cancelled assignment", async () => {
    const me = await volunteer();
    const id = await assignment(me.personId, -3 * HOUR, "cancelled");
    const outcome = await feedback(me.cookie, id, GOOD);
    expect(outcome.status).toBe(409);
    expect(outcome.data.errors).toEqual({ form: "assignments.refused.notAllowed" });
  });

  it.each([
    ["no rating", { ...GOOD, rating: "" }, { rating: "assignments.errors.rating" }],
    ["rating 6", { ...GOOD, rating: "6" }, { rating: "assignments.errors.rating" }],
    ["rating 4.5", { ...GOOD, rating: "4.5" }, { rating: "assignments.errors.rating" }],
    ["hours 25", { ...GOOD, hours: "25" }, { hours: "assignments.errors.hours" }],
    ["hours 24,01", { ...GOOD, hours: "24,01" }, { hours: "assignments.errors.hours" }],
    ["negative hours", { ...GOOD, hours: "-1" }, { hours: "assignments.errors.hours" }],
    ["hours as words", { ...GOOD, hours: "två" }, { hours: "assignments.errors.hours" }],
    ["hours 1e1", { ...GOOD, hours: "1e1" }, { hours: "assignments.errors.hours" }],
    ["hours 2,5,5", { ...GOOD, hours: "2,5,5" }, { hours: "assignments.errors.hours" }],
    ["no hours", { ...GOOD, hours: "" }, { hours: "assignments.errors.hours" }],
    ["travel 2001 km", { ...GOOD, travelKm: "2001" }, { travelKm: "assignments.errors.travelKm" }],
    ["travel 99999999999", { ...GOOD, travelKm: "99999999999" }, { travelKm: "assignments.errors.travelKm" }],
    ["a 10 kB comment", { ...GOOD, comment: "x".repeat(10_000) }, { comment: "assignments.errors.commentTooLong" }],
    ["a 2001-character comment", { ...GOOD, comment: "å".repeat(2001) }, { comment: "assignments.errors.commentTooLong" }],
  ])("rejects %s with 400 and writes nothing", async (_, fields, errors) => {
    const me = await volunteer();
    const id = await assignment(me.personId, -3 * HOUR);
    const outcome = await feedback(me.cookie, id, fields);
    expect(outcome.status).toBe(400);
    expect(outcome.data.errors).toEqual(errors);
    expect(outcome.data.values).toMatchObject({ rating: fields.rating, hours: fields.hours });
    expect(await db().selectFrom("feedback").selectAll().execute()).toEqual([]);
  });
});

describe("Jag kan inte komma", () => {
  const cantCome = (cookie: string, id: number, fields: Record<string, string>) => feedback(cookie, id, { intent: "cantCome", ...fields });
  const statusOf = async (id: number) => (await db().selectFrom("assignments").select("status").where("id", "=", id).executeTakeFirstOrThrow()).status;

  it("is offered on a booked assignment that has not started, and not on a past or cancelled one", async () => {
    const me = await volunteer();
    expect((await page(me.cookie, await assignment(me.personId, 24 * HOUR))).data.assignment.canCancel).toBe(true);
    expect((await page(me.cookie, await assignment(me.personId, -HOUR))).data.assignment.canCancel).toBe(false);
    expect((await page(me.cookie, await assignment(me.personId, 24 * HOUR, "cancelled"))).data.assignment.canCancel).toBe(false);
  });

  it("asks first, showing the reason back, and cancels only on the confirmed second post", async () => {
    const me = await volunteer();
    const id = await assignment(me.personId, 24 * HOUR);
    const asked = await cantCome(me.cookie, id, { reason: "  Jag är\nsjuk  " });
    expect(asked.status).toBe(200);
    expect(asked.data).toMatchObject({ form: "cantCome", confirm: "Jag är sjuk" });
    expect(await statusOf(id)).toBe("booked");
    const done = await cantCome(me.cookie, id, { reason: "Jag är sjuk", confirm: "yes" });
    expect(done.status).toBe(302);
    expect(done.headers.get("Location")).toBe(`/volunteer/assignments/${id}?installt=1`);
    expect(await statusOf(id)).toBe("cancelled");
    const shown = await page(me.cookie, id);
    expect(shown.data.assignment).toMatchObject({ status: "cancelled", cancelReason: "Jag är sjuk", canCancel: false });
  });

  it("needs a reason of at most 200 characters, with a clear error and nothing changed", async () => {
    const me = await volunteer();
    const id = await assignment(me.personId, 24 * HOUR);
    for (const [reason, error] of [
      ["   ", "assignments.errors.reasonRequired"],
      ["x".repeat(201), "assignments.errors.reasonTooLong"],
    ]) {
      const outcome = await cantCome(me.cookie, id, { reason, confirm: "yes" });
      expect(outcome.status).toBe(400);
      expect(outcome.data.errors).toEqual({ reason: error });
    }
    expect(await statusOf(id)).toBe("booked");
  });

  it("is refused with a message after the start, and another volunteer gets 404", async () => {
    const me = await volunteer();
    const started = await assignment(me.personId, -10 * 60_000);
    const late = await cantCome(me.cookie, started, { reason: "Sjuk", confirm: "yes" });
    expect(late.status).toBe(409);
    expect(late.data.errors).toEqual({ form: "assignments.refused.started" });
    const id = await assignment(me.personId, 24 * HOUR);
    const intruder = await volunteer();
    expect((await cantCome(intruder.cookie, id, { reason: "Sjuk", confirm: "yes" })).status).toBe(404);
    expect(await statusOf(id)).toBe("booked");
  });
});

// Every way an offer closes without being accepted goes through one function, and puts its request back to open
// when it was the last offer out — including expiry, which used to leave the request "offered" for ever.
import { runSchedule } from "~/models/reminders.server";
import { db } from "~/utils/db.server";
import { insertOffer, insertPerson, insertRequest, insertUser } from "../../db/insert-rows";

const requestRow = (id: number) => db().selectFrom("requests").select(["status"]).where("id", "=", id).executeTakeFirstOrThrow();
const offerRow = (id: number) => db().selectFrom("offers").select(["status", "close_reason"]).where("id", "=", id).executeTakeFirstOrThrow();
const history = async (id: number) => (await db().selectFrom("request_events").select("status").where("request_id", "=", id).orderBy("id").execute()).map((e) => e.status);

describe("an offer that expires", () => {
  it("puts its request back to open when it was the last offer out, so the plan and lists see it again", async () => {
    const request = await insertRequest(db(), { status: "offered" });
    const personId = await insertPerson(db());
    const offerId = await insertOffer(db(), { request_id: request.id, person_id: personId, status: "pending", reply_by: "2026-03-05T12:00:00.000Z" });
    await runSchedule(db(), new Date("2026-03-06T08:00:00.000Z"));
    expect(await offerRow(offerId)).toEqual({ status: "expired", close_reason: "expired" });
    expect((await requestRow(request.id)).status).toBe("open");
    expect((await history(request.id)).at(-1)).toBe("open");
  });

  it("leaves the request offered while someone else still has it on offer", async () => {
    const request = await insertRequest(db(), { status: "offered" });
    const late = await insertOffer(db(), { request_id: request.id, person_id: await insertPerson(db()), status: "pending", reply_by: "2026-03-05T12:00:00.000Z" });
    await insertOffer(db(), { request_id: request.id, person_id: await insertPerson(db()), status: "pending", reply_by: "2026-03-09T12:00:00.000Z" });
    await runSchedule(db(), new Date("2026-03-06T08:00:00.000Z"));
    expect(await offerRow(late)).toEqual({ status: "expired", close_reason: "expired" });
    expect((await requestRow(request.id)).status).toBe("offered");
  });

  it("never touches a request that was withdrawn meanwhile", async () => {
    const request = await insertRequest(db(), { status: "withdrawn" });
    await insertOffer(db(), { request_id: request.id, person_id: await insertPerson(db()), status: "pending", reply_by: "2026-03-05T12:00:00.000Z" });
    await insertUser(db(), { role: "coordinator" });
    await runSchedule(db(), new Date("2026-03-06T08:00:00.000Z"));
    expect((await requestRow(request.id)).status).toBe("withdrawn");
  });
});

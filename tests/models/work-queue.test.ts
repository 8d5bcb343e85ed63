// The coordinator's work queue: what needs action today, counted the same way the filtered desk list shows it.
import { listRequestsForDesk } from "~/models/desk-page.server";
import { loadWorkQueue } from "~/models/work-queue.server";
import { db } from "~/utils/db.server";
import { insertAssignment, insertOffer, insertPerson, insertRequest } from "../../db/insert-rows";

const NOW = new Date("2026-03-02T08:00:00.000Z");
const ids = async (queue: "new" | "expiring" | "exhausted" | "cancelled") =>
  (await listRequestsForDesk(db(), { queue, limit: 100, now: NOW })).requests.map((r) => r.id).sort((a, b) => a - b);

describe("the coordinator's work queue", () => {
  it("counts new requests, offers running out within 48 h, exhausted cascades, cancellations and cards to approve", async () => {
    const fresh = await insertRequest(db(), { status: "open" });
    const asked = await insertRequest(db(), { status: "offered" });
    await insertOffer(db(), { request_id: asked.id, person_id: await insertPerson(db()), status: "pending", reply_by: "2026-03-03T22:59:00.000Z" });
    const later = await insertRequest(db(), { status: "offered" });
    await insertOffer(db(), { request_id: later.id, person_id: await insertPerson(db()), status: "pending", reply_by: "2026-03-09T22:59:00.000Z" });
    const exhausted = await insertRequest(db(), { status: "open" });
    await insertOffer(db(), { request_id: exhausted.id, person_id: await insertPerson(db()), status: "declined" });
    await db().updateTable("requests").set({ cascade_exhausted_at: NOW.toISOString() }).where("id", "=", exhausted.id).execute();
    const dropped = await insertRequest(db(), { status: "open" });
    const accepted = await insertOffer(db(), { request_id: dropped.id, person_id: await insertPerson(db()), status: "accepted" });
    const assignment = await insertAssignment(db(), { offer_id: accepted, status: "cancelled" });
    await db().updateTable("assignments").set({ cancelled_by: "volunteer", updated_at: "2026-03-01T10:00:00.000Z" }).where("id", "=", assignment).execute();
    await insertPerson(db(), { name: "Ny Volontär" });
    await db().updateTable("people").set({ approved_at: null }).where("name", "=", "Ny Volontär").execute();

    const queue = await loadWorkQueue(db(), NOW);
    expect(queue).toEqual({ newRequests: 1, expiringOffers: 1, cascadeExhausted: 1, cancellations: 1, cardsToApprove: 1 });
    expect(await ids("new")).toEqual([fresh.id]);
    expect(await ids("expiring")).toEqual([asked.id]);
    expect(await ids("exhausted")).toEqual([exhausted.id]);
    expect(await ids("cancelled")).toEqual([dropped.id]);
  });
});

// What a care unit learns once a request is booked: the chosen slot, the coming person's card, the wish, booking again.
import * as detailRoute from "~/routes/unit.requests.$requestId";
import { db } from "~/utils/db.server";
import { insertAssignment, insertOffer, insertPerson, insertRequest } from "../../db/insert-rows";
import { call, getRequest } from "../setup/http";
import { DAY, iso, requester } from "./unit-helpers";

const detail = (cookie: string, id: number) => call(detailRoute.loader as never, getRequest(`/unit/requests/${id}`, { cookie }), { requestId: String(id) });

const CARD = { role: "book" as const, title: "Att leva med kronisk smärta", presentation: "Jag berättar om tio år med smärta och vad som hjälpte." };

/** A confirmed request with three proposed slots, booked by `personId` on the second one. */
async function bookedOnSecondSlot(unitId: number, personId: number, wishedPersonId: number | null) {
  const base = Date.now() + 10 * DAY;
  const slots = [0, 1, 2].map((i) => ({ starts_at: iso(base + i * DAY), ends_at: iso(base + i * DAY + 90 * 60_000) }));
  const { id, slotIds } = await insertRequest(db(), { care_unit_id: unitId, status: "confirmed", wished_person_id: wishedPersonId, slots });
  const offerId = await insertOffer(db(), { request_id: id, slot_id: slotIds[1], person_id: personId, status: "accepted" });
  await insertAssignment(db(), { offer_id: offerId });
  return { id, slotIds };
}

describe("a booked request on the unit's page", () => {
  it("marks the chosen slot and shows the card of someone other than the wished person, never their surname or contact details", async () => {
    const me = await requester();
    const wished = await insertPerson(db(), { roles: [{ role: "book", title: "Att leva med bipolär sjukdom" }] });
    const coming = await insertPerson(db(), { name: "Camilla Andersson", email: "camilla@example.se", phone: "070-174 06 51", roles: [CARD] });
    const { id, slotIds } = await bookedOnSecondSlot(me.unitId, coming, wished);
    const page = await detail(me.cookie, id);
    expect(page.status).toBe(200);
    expect(page.data.request.chosenSlotId).toBe(slotIds[1]);
    expect(page.data.request.assignment).toMatchObject({
      volunteer: "Camilla",
      card: { role: "book", title: CARD.title, presentation: CARD.presentation },
      wish: "other",
      bookAgain: { person: coming, role: "book" },
    });
    expect(JSON.stringify(page.data)).not.toMatch(/Andersson|camilla@|174 06 51/);
  });

  it("says when it is the wished person, and offers no 'book again' for a card that is not published", async () => {
    const me = await requester();
    const coming = await insertPerson(db(), { name: "Bo Berg", alias: "Björken", roles: [CARD] });
    const { id } = await bookedOnSecondSlot(me.unitId, coming, coming);
    expect((await detail(me.cookie, id)).data.request.assignment).toMatchObject({ volunteer: "Björken", wish: "same", bookAgain: { person: coming, role: "book" } });

    await db().updateTable("people").set({ approved_at: null }).where("id", "=", coming).execute();
    const unpublished = (await detail(me.cookie, id)).data.request;
    expect(unpublished.assignment).toMatchObject({ wish: "same", bookAgain: null });
    expect(JSON.stringify(unpublished)).not.toContain(`"person":${coming}`);
  });

  it("has no wish to compare with when the unit asked for nobody in particular, and no chosen slot before booking", async () => {
    const me = await requester();
    const coming = await insertPerson(db(), { roles: [CARD] });
    const booked = await bookedOnSecondSlot(me.unitId, coming, null);
    expect((await detail(me.cookie, booked.id)).data.request.assignment).toMatchObject({ wish: null });

    const { id: open } = await insertRequest(db(), { care_unit_id: me.unitId });
    expect((await detail(me.cookie, open)).data.request).toMatchObject({ chosenSlotId: null, assignment: null });
  });

  it("marks no slot once the booking is cancelled", async () => {
    const me = await requester();
    const coming = await insertPerson(db(), { roles: [CARD] });
    const { id } = await bookedOnSecondSlot(me.unitId, coming, null);
    await db().updateTable("assignments").set({ status: "cancelled" }).where("request_id", "=", id).execute();
    expect((await detail(me.cookie, id)).data.request.chosenSlotId).toBeNull();
  });
});

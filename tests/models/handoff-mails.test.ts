// The hand-off mails as each party reads them (issue J): offer details, both bookings with the feed's calendar event,
// "the time went to someone else", and cancellations with the reason, to the volunteer and the coordinator.
import ICAL from "ical.js";
import { cancelBooking } from "~/models/assignments.server";
import { makeOffers } from "~/models/offer/make.server";
import { listFeedAssignments } from "~/models/calendar-events.server";
import { acceptOffer } from "~/models/offer/answer.server";
import { cancelRequest } from "~/models/requests.server";
import { db } from "~/utils/db.server";
import { buildCalendar } from "~/utils/ics.server";
import { insertCareUnit, insertOffer, insertPerson, insertRequest, insertUser } from "../../db/insert-rows";

const NOW = new Date("2026-03-02T08:00:00.000Z");
const SLOT = { starts_at: "2026-03-10T09:00:00.000Z", ends_at: "2026-03-10T10:30:00.000Z" };
const ALL_WEEK = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start_minute: 0, end_minute: 1440 }));

async function world() {
  const coordinatorId = await insertUser(db(), { role: "coordinator", email: "samordnare@example.se", name: "Sam Samordnare" });
  const unitId = await insertCareUnit(db(), { name: "Vårdcentralen Tranås", kind: "specialist_care" });
  const requesterId = await insertUser(db(), { role: "requester", care_unit_id: unitId, email: "enhet@example.se", name: "Enhetens kontakt" });
  await insertUser(db(), { role: "requester", care_unit_id: unitId, email: "unit-en@example.se", name: "Unit", locale: "en" });
  const camilla = await insertPerson(db(), {
    name: "Camilla Efternamnsson",
    email: "camilla.privat@example.se",
    phone: "070-999 88 77",
    windows: ALL_WEEK,
    roles: [{ role: "book", title: "Att leva med bipolär sjukdom", presentation: "Jag berättar om åren före diagnosen." }],
  });
  const other = await insertPerson(db(), { name: "Olle Annan", email: "olle@example.se", windows: ALL_WEEK });
  const camillaUser = await insertUser(db(), { role: "volunteer", person_id: camilla, email: "camilla@example.se", name: "Camilla" });
  const request = await insertRequest(db(), {
    care_unit_id: unitId,
    title: "Lärcafé på vårdcentralen",
    status: "offered",
    address: "Storgatan 1",
    wished_person_id: camilla,
    slots: [SLOT],
  });
  const offer = (personId: number) => insertOffer(db(), { request_id: request.id, person_id: personId, offered_by: coordinatorId, offered_at: "2026-03-01T10:00:00.000Z", reply_by: "2026-03-05T12:00:00.000Z" });
  return { coordinatorId, unitId, requesterId, camilla, other, camillaUser, requestId: request.id, slotId: request.slotIds[0], offer };
}

const mails = () => db().selectFrom("outbox").selectAll().orderBy("id").execute();
const mailOf = async (kind: string, to: string) => {
  const row = (await mails()).find((m) => m.kind === kind && m.recipient_email === to);
  if (!row) throw new Error(`no ${kind} to ${to}: ${(await mails()).map((m) => `${m.kind}→${m.recipient_email}`).join(", ")}`);
  return row;
};
const vevent = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!;

describe("hand-off mails", () => {
  it("the offer names the kind of unit, the place, time, role, length, pay and reply-by", async () => {
    const w = await world();
    await makeOffers(db(), { offers: [{ requestId: w.requestId, slotId: w.slotId, personId: w.camilla }], replyOn: "2026-03-05", coordinatorId: w.coordinatorId, now: NOW });
    const { body_text } = await mailOf("offer_made", "camilla@example.se");
    for (const line of ["Verksamhet: Specialistvård", "Plats: Storgatan 1, ", "Tid: 10 mars 2026 10:00", "Längd: 1 tim 30 min", "Du tillfrågas som: Bok", "Ersättning: 600 kr för uppdraget", "Svara senast 5 mars 2026 23:59."]) {
      expect(body_text).toContain(line);
    }
  });

  it("accepted: both sides get the booking with the feed's event; the unit learns the first name and card, never surname, e-mail or phone", async () => {
    const w = await world();
    const offerId = await w.offer(w.camilla);
    const result = await acceptOffer(db(), { offerId, personId: w.camilla, userId: w.camillaUser, now: NOW });
    expect(result).toMatchObject({ ok: true });

    const volunteer = await mailOf("booking_confirmed", "camilla@example.se");
    expect(volunteer.body_text).toContain("Kontaktperson: Kim Kontaktperson, telefon 070-174 06 99");
    expect(volunteer.body_text).toContain("Plats: Storgatan 1, ");
    expect(volunteer.body_text).toContain("Vårdenhet: Vårdcentralen Tranås");

    const unit = await mailOf("booking_confirmed", "enhet@example.se");
    expect(unit.body_text).toContain("Den som kommer: Camilla");
    expect(unit.body_text).toContain("Kort i katalogen: Att leva med bipolär sjukdom (Bok)");
    expect(unit.body_text).toContain("Det är personen ni önskade.");
    expect(unit.body_text).toContain("Tid: 10 mars 2026 10:00 (1 tim 30 min)");
    for (const part of [unit.subject, unit.body_text, unit.body_html, unit.attachment_ics!]) {
      expect(part).not.toContain("Efternamnsson");
      expect(part).not.toContain("camilla.privat@example.se");
      expect(part).not.toContain("camilla@example.se");
      expect(part).not.toContain("070-999 88 77");
    }
    expect((await mailOf("booking_confirmed", "unit-en@example.se")).body_text).toContain("Who is coming: Camilla");

    const feed = vevent(buildCalendar({ name: "feed", events: await listFeedAssignments(db(), { personId: w.camilla }) }));
    for (const mail of [volunteer, unit]) {
      const invite = new ICAL.Component(ICAL.parse(mail.attachment_ics!));
      expect(invite.getFirstPropertyValue("method")).toBe("REQUEST");
      const event = invite.getFirstSubcomponent("vevent")!;
      expect(event.getFirstPropertyValue("uid")).toBe(feed.getFirstPropertyValue("uid"));
      expect(event.getFirstPropertyValue("sequence")).toBe(feed.getFirstPropertyValue("sequence"));
      expect((event.getFirstPropertyValue("dtstart") as ICAL.Time).toJSDate().toISOString()).toBe(SLOT.starts_at);
    }
  });

  it("someone else accepted first: the other volunteer hears that the time went to someone else", async () => {
    const w = await world();
    const mine = await w.offer(w.camilla);
    const theirs = await w.offer(w.other);
    await acceptOffer(db(), { offerId: mine, personId: w.camilla, userId: w.camillaUser, now: NOW });
    const taken = await mailOf("offer_taken", "olle@example.se");
    expect(taken.subject).toBe("Tiden gick till någon annan: Lärcafé på vårdcentralen");
    expect(taken.body_text).toContain("http://localhost:3000/volunteer/offers");
    expect((await db().selectFrom("offers").select("close_reason").where("id", "=", theirs).executeTakeFirstOrThrow()).close_reason).toBe("taken");
    expect((await mails()).filter((m) => m.kind === "offer_taken").map((m) => m.recipient_email)).toEqual(["olle@example.se"]);
  });

  it("the unit cancels: the volunteer gets the reason and a calendar CANCEL with the feed's new SEQUENCE; the coordinator is told", async () => {
    const w = await world();
    await acceptOffer(db(), { offerId: await w.offer(w.camilla), personId: w.camilla, userId: w.camillaUser, now: NOW });
    await db().deleteFrom("outbox").execute();
    const later = new Date("2026-03-03T08:00:00.000Z");
    expect(await cancelRequest(db(), { id: w.requestId, unitId: w.unitId, userId: w.requesterId, reason: "Personalmötet är flyttat", now: later })).toEqual({ ok: true });

    const volunteer = await mailOf("request_cancelled", "camilla@example.se");
    expect(volunteer.body_text).toContain("Vårdenheten har ställt in ”Lärcafé på vårdcentralen”, som du var bokad till.");
    expect(volunteer.body_text).toContain("Anledning: Personalmötet är flyttat");
    expect(volunteer.body_text).toContain("Öppna dina erbjudanden: http://localhost:3000/volunteer/offers");
    const feed = vevent(buildCalendar({ name: "feed", events: await listFeedAssignments(db(), { personId: w.camilla }) }));
    const invite = new ICAL.Component(ICAL.parse(volunteer.attachment_ics!));
    expect(invite.getFirstPropertyValue("method")).toBe("CANCEL");
    const event = invite.getFirstSubcomponent("vevent")!;
    expect(event.getFirstPropertyValue("uid")).toBe(feed.getFirstPropertyValue("uid"));
    expect(event.getFirstPropertyValue("sequence")).toBe(1);
    expect(feed.getFirstPropertyValue("sequence")).toBe(1);
    expect(event.getFirstPropertyValue("status")).toBe("CANCELLED");

    const coordinator = await mailOf("unit_cancelled", "samordnare@example.se");
    expect(coordinator.body_text).toContain("Anledning: Personalmötet är flyttat");
    expect(coordinator.body_text).toContain(`/coordinator/requests/${w.requestId}`);
    expect(coordinator.attachment_ics).toBeNull();
  });

  it("the volunteer can't come: the unit's mail carries the calendar CANCEL for the event its booking mail added", async () => {
    const w = await world();
    const { assignmentId } = (await acceptOffer(db(), { offerId: await w.offer(w.camilla), personId: w.camilla, userId: w.camillaUser, now: NOW })) as { assignmentId: number };
    await db().deleteFrom("outbox").execute();
    await db().transaction().execute((trx) => cancelBooking(trx, { assignmentId, reason: "Jag är sjuk", cancelledBy: "volunteer", actorUserId: w.camillaUser, now: NOW }));
    const unit = await mailOf("cant_come", "enhet@example.se");
    const event = vevent(unit.attachment_ics!);
    expect(new ICAL.Component(ICAL.parse(unit.attachment_ics!)).getFirstPropertyValue("method")).toBe("CANCEL");
    expect(event.getFirstPropertyValue("uid")).toBe(`assignment-${assignmentId}@levande`);
    expect(event.getFirstPropertyValue("sequence")).toBe(1);
    expect((await mailOf("cant_come", "samordnare@example.se")).attachment_ics).toBeNull();
  });
});

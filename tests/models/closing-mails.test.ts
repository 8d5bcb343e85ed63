// The mails when a hand-off is undone by one side: a coordinator withdraws a pending offer (the volunteer is told it
// no longer applies), and a volunteer calls off her own booking (she gets a confirmation whose calendar CANCEL drops
// the event her booking mail added).
import ICAL from "ical.js";
import { cancelAssignmentByVolunteer } from "~/models/assignments.server";
import { listFeedAssignments } from "~/models/calendar-events.server";
import { acceptOffer } from "~/models/offer/answer.server";
import { withdrawOffer } from "~/models/offer/close.server";
import { db } from "~/utils/db.server";
import { buildCalendar } from "~/utils/ics.server";
import { insertCareUnit, insertOffer, insertPerson, insertRequest, insertUser } from "../../db/insert-rows";

const HOUR = 3_600_000;
const NOW = new Date(Date.now() - HOUR);
/** A weekday about ten days ahead at 09:00 UTC (10 or 11 in Stockholm): inside the volunteers' default 08–17 weekday
 * hours whatever day and time the suite runs. */
const START = (() => {
  const day = new Date(Date.now() + 10 * 24 * HOUR);
  day.setUTCHours(9, 0, 0, 0);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
  return day.getTime();
})();
const SLOT = { starts_at: new Date(START).toISOString(), ends_at: new Date(START + 90 * 60_000).toISOString() };

async function world() {
  const coordinatorId = await insertUser(db(), { role: "coordinator", email: "samordnare@example.se", name: "Sam" });
  const unitId = await insertCareUnit(db(), { name: "Vårdcentralen Tranås" });
  await insertUser(db(), { role: "requester", care_unit_id: unitId, email: "enhet@example.se", name: "Enheten" });
  const camilla = await insertPerson(db(), { name: "Camilla Ek" });
  const camillaUser = await insertUser(db(), { role: "volunteer", person_id: camilla, email: "camilla@example.se", name: "Camilla" });
  const olle = await insertPerson(db(), { name: "Olle Annan" });
  await insertUser(db(), { role: "volunteer", person_id: olle, email: "olle@example.se", name: "Olle", locale: "en" });
  const request = await insertRequest(db(), { care_unit_id: unitId, title: "Lärcafé på vårdcentralen", status: "offered", slots: [SLOT] });
  const offer = (personId: number) => insertOffer(db(), { request_id: request.id, person_id: personId, offered_by: coordinatorId, offered_at: NOW.toISOString() });
  return { coordinatorId, camilla, camillaUser, olle, requestId: request.id, offer };
}

const mailsTo = (email: string) => db().selectFrom("outbox").selectAll().where("recipient_email", "=", email).orderBy("id").execute();

describe("a coordinator withdraws a pending offer", () => {
  it("tells the volunteer, in her language, that the offer no longer applies and she need not do anything", async () => {
    const w = await world();
    const camillas = await w.offer(w.camilla);
    const olles = await w.offer(w.olle);
    await db().deleteFrom("outbox").execute();

    expect(await withdrawOffer(db(), { offerId: camillas, coordinatorId: w.coordinatorId, requestId: w.requestId })).toEqual({ ok: true, reopened: false });
    const [mail] = await mailsTo("camilla@example.se");
    expect(mail).toMatchObject({ kind: "offer_withdrawn", subject: "Erbjudandet gäller inte längre: Lärcafé på vårdcentralen", attachment_ics: null });
    expect(mail.body_text).toContain("Samordnaren har dragit tillbaka erbjudandet om ”Lärcafé på vårdcentralen”.");
    expect(mail.body_text).toContain("Du behöver inte göra något.");
    expect(mail.body_text).toContain("/volunteer/offers");
    expect(await mailsTo("olle@example.se")).toEqual([]);

    await withdrawOffer(db(), { offerId: olles, coordinatorId: w.coordinatorId, requestId: w.requestId });
    const [english] = await mailsTo("olle@example.se");
    expect(english.subject).toBe("The offer no longer applies: Lärcafé på vårdcentralen");
    // Withdrawing again changes nothing and sends nothing more.
    expect(await withdrawOffer(db(), { offerId: camillas, coordinatorId: w.coordinatorId })).toEqual({ ok: false, reason: "notPending" });
    expect(await mailsTo("camilla@example.se")).toHaveLength(1);
  });

  it("sends no withdrawal when the offer closed another way (taken by someone else)", async () => {
    const w = await world();
    const camillas = await w.offer(w.camilla);
    await w.offer(w.olle);
    await acceptOffer(db(), { offerId: camillas, personId: w.camilla, userId: w.camillaUser, now: NOW });
    expect((await mailsTo("olle@example.se")).map((m) => m.kind)).toEqual(["offer_taken"]);
  });
});

describe("a volunteer calls off her own booking", () => {
  it("gets a confirmation with the reason and a calendar CANCEL for the booking's event (same UID, the feed's new SEQUENCE)", async () => {
    const w = await world();
    const accepted = await acceptOffer(db(), { offerId: await w.offer(w.camilla), personId: w.camilla, userId: w.camillaUser, now: NOW });
    const { assignmentId } = accepted as { assignmentId: number };
    const booking = (await mailsTo("camilla@example.se")).find((m) => m.kind === "booking_confirmed")!;
    const bookedEvent = new ICAL.Component(ICAL.parse(booking.attachment_ics!)).getFirstSubcomponent("vevent")!;

    expect(await cancelAssignmentByVolunteer(db(), { assignmentId, personId: w.camilla, userId: w.camillaUser, reason: "Jag har blivit sjuk" })).toEqual({ ok: true });
    const mail = (await mailsTo("camilla@example.se")).find((m) => m.kind === "cant_come_confirmed");
    expect(mail).toBeDefined();
    expect(mail!.subject).toBe("Du har ställt in: Lärcafé på vårdcentralen");
    expect(mail!.body_text).toContain("Du har ställt in uppdraget ”Lärcafé på vårdcentralen”.");
    expect(mail!.body_text).toContain("Anledning: Jag har blivit sjuk");
    expect(mail!.body_text).toContain("Kalenderfilen i mejlet tar bort tiden ur din kalender.");
    expect(mail!.body_text).toContain(`/volunteer/assignments/${assignmentId}`);

    const invite = new ICAL.Component(ICAL.parse(mail!.attachment_ics!));
    expect(invite.getFirstPropertyValue("method")).toBe("CANCEL");
    const event = invite.getFirstSubcomponent("vevent")!;
    expect(event.getFirstPropertyValue("uid")).toBe(bookedEvent.getFirstPropertyValue("uid"));
    expect(event.getFirstPropertyValue("uid")).toBe(`assignment-${assignmentId}@levande`);
    expect(event.getFirstPropertyValue("status")).toBe("CANCELLED");
    const feed = new ICAL.Component(ICAL.parse(buildCalendar({ name: "feed", events: await listFeedAssignments(db(), { personId: w.camilla }) }))).getFirstSubcomponent("vevent")!;
    expect(event.getFirstPropertyValue("sequence")).toBe(feed.getFirstPropertyValue("sequence"));
    expect(Number(event.getFirstPropertyValue("sequence"))).toBeGreaterThan(Number(bookedEvent.getFirstPropertyValue("sequence")));
    // The unit and the coordinator still get their own notice, not her confirmation.
    expect((await mailsTo("enhet@example.se")).map((m) => m.kind)).toContain("cant_come");
    expect((await mailsTo("samordnare@example.se")).map((m) => m.kind)).toContain("cant_come");
  });
});

// The automatic next offer: after an offer closes unaccepted the schedule offers the best remaining candidate, at most
// three times, says so in the request's history, and tells the coordinators when nobody is left — once, even with two
// schedules racing on one database file.
import { composeMail } from "~/domain/mail/templates";
import { rankCandidates } from "~/domain/matching/rank";
import { CASCADE_MAX_STEPS, cascadePick } from "~/domain/request-lifecycle";
import { translate } from "~/i18n";
import { setAutoNext } from "~/models/cascade.server";
import { loadMatchingSnapshot } from "~/models/matching.server";
import { closeOffer } from "~/models/offer/close.server";
import { runSchedule } from "~/models/reminders.server";
import { db } from "~/utils/db.server";
import { insertOffer, insertPerson, insertRequest, insertUser } from "../../db/insert-rows";
import { race } from "../setup/race";
import type { OfferCloseReason } from "~/domain/vocabulary";

/** A Monday morning; the request's slot is the Wednesday after next, 10:00 in Stockholm, when everyone is free. */
const NOW = new Date("2027-03-01T08:00:00.000Z");
const SLOT = { starts_at: "2027-03-10T09:00:00.000Z", ends_at: "2027-03-10T10:30:00.000Z" };
const PAST = "2027-02-28T12:00:00.000Z";

async function setup({ people = 3, autoNext = 1 }: { people?: number; autoNext?: number } = {}) {
  const coordinatorId = await insertUser(db(), { role: "coordinator" });
  const request = await insertRequest(db(), { status: "offered", auto_next: autoNext, slots: [SLOT] });
  const personIds: number[] = [];
  for (let i = 0; i < people; i++) personIds.push(await insertPerson(db()));
  const firstOffer = await insertOffer(db(), { request_id: request.id, person_id: personIds[0], offered_by: coordinatorId, reply_by: PAST, offered_at: "2027-02-25T08:00:00.000Z" });
  return { coordinatorId, requestId: request.id, slotId: request.slotIds[0], personIds, firstOffer };
}

const offersOf = (requestId: number) =>
  db().selectFrom("offers").select(["id", "person_id", "status", "cascade_step", "reply_by", "offered_by", "slot_id"]).where("request_id", "=", requestId).orderBy("id").execute();
const requestRow = (id: number) => db().selectFrom("requests").select(["status", "cascade_steps", "cascade_exhausted_at"]).where("id", "=", id).executeTakeFirstOrThrow();
/** The history's notes as the Swedish page shows them. */
const notes = async (id: number) =>
  (await db().selectFrom("request_events").select(["note", "note_code", "note_step"]).where("request_id", "=", id).orderBy("id").execute()).map((e) =>
    e.note_code ? translate("sv", `requests.note.${e.note_code}`, { step: e.note_step ?? 0, max: CASCADE_MAX_STEPS }) : e.note,
  );
const mails = (kind: string) => db().selectFrom("outbox").select(["recipient_email", "body_text"]).where("kind", "=", kind).orderBy("id").execute();

/** Closes the request's pending offer as the volunteer or the system would. */
async function close(requestId: number, reason: OfferCloseReason) {
  const pending = await db().selectFrom("offers").select("id").where("request_id", "=", requestId).where("status", "=", "pending").executeTakeFirstOrThrow();
  await db().transaction().execute((trx) => closeOffer(trx, { offerId: pending.id, reason, actorUserId: null, now: NOW }));
}

describe("the automatic next offer", () => {
  it("offers the best remaining candidate when an offer expires, with the usual reply rule, in the history and the audit log", async () => {
    const { coordinatorId, requestId, slotId, personIds } = await setup();
    const ranking = rankCandidates(await loadMatchingSnapshot(db(), { now: NOW, requestIds: [requestId] }), requestId)!;
    const expected = cascadePick(ranking.candidates, new Set([personIds[0]]))!;
    expect(expected).not.toBeNull();

    await runSchedule(db(), NOW);

    const offers = await offersOf(requestId);
    expect(offers.map((o) => [o.person_id, o.status, o.cascade_step])).toEqual([
      [personIds[0], "expired", null],
      [expected.personId, "pending", 1],
    ]);
    expect(offers[1].slot_id).toBe(slotId);
    // Five days after Monday 1 March is a Saturday: the reply date moves on to Monday 8 March.
    expect(offers[1].reply_by).toBe("2027-03-08T23:00:00.000Z");
    // The answers go to the coordinator who started it.
    expect(offers[1].offered_by).toBe(coordinatorId);
    expect(await requestRow(requestId)).toEqual({ status: "offered", cascade_steps: 1, cascade_exhausted_at: null });
    expect(await notes(requestId)).toContain("Automatiskt erbjudande, steg 1 av 3");
    const audited = await db().selectFrom("audit_log").select(["actor_user_id", "details"]).where("entity", "=", "offer").where("entity_id", "=", String(offers[1].id)).executeTakeFirstOrThrow();
    expect(audited.actor_user_id).toBeNull();
    expect(JSON.parse(audited.details!)).toMatchObject({ requestId, personId: expected.personId, cascadeStep: 1 });
    const email = (await db().selectFrom("people").select("email").where("id", "=", expected.personId).executeTakeFirstOrThrow()).email;
    expect((await mails("offer_made")).map((m) => m.recipient_email)).toEqual([email]);
  });

  it("follows a decline too, and a second run of the schedule changes nothing", async () => {
    const { requestId } = await setup();
    await db().updateTable("offers").set({ reply_by: "2027-03-05T12:00:00.000Z" }).where("request_id", "=", requestId).execute();
    await close(requestId, "declined");
    await runSchedule(db(), NOW);
    await runSchedule(db(), NOW);
    expect((await offersOf(requestId)).map((o) => o.status)).toEqual(["declined", "pending"]);
    expect((await requestRow(requestId)).cascade_steps).toBe(1);
  });

  it("stops after three automatic offers: the request is marked exhausted, written in its history, and the coordinators told once", async () => {
    const { requestId, personIds } = await setup({ people: 6 });
    const second = await insertUser(db(), { role: "coordinator" });
    for (let step = 1; step <= 3; step++) {
      await runSchedule(db(), NOW);
      expect((await requestRow(requestId)).cascade_steps).toBe(step);
      await close(requestId, step === 2 ? "declined" : "expired");
    }
    await runSchedule(db(), NOW);
    await runSchedule(db(), NOW);

    const offers = await offersOf(requestId);
    expect(offers.map((o) => o.cascade_step)).toEqual([null, 1, 2, 3]);
    expect(new Set(offers.map((o) => o.person_id)).size).toBe(4);
    expect(offers.some((o) => o.person_id === personIds[0] && o.cascade_step !== null)).toBe(false);
    const row = await requestRow(requestId);
    expect(row).toMatchObject({ status: "open", cascade_steps: 3 });
    expect(row.cascade_exhausted_at).toBe(NOW.toISOString());
    expect(await notes(requestId)).toContain("Automatiska erbjudanden slut: alla 3 steg gjorda");
    const told = await mails("cascade_exhausted");
    expect(told).toHaveLength(2);
    expect(told.map((m) => m.recipient_email)).toContain((await db().selectFrom("users").select("email").where("id", "=", second).executeTakeFirstOrThrow()).email);
    expect(told[0].body_text).toContain("/coordinator/requests/" + requestId);
    const audited = await db().selectFrom("audit_log").select("action").where("entity", "=", "request").where("entity_id", "=", String(requestId)).execute();
    expect(audited.map((a) => a.action)).toEqual(["cascade_exhausted"]);
  });

  it("marks the request exhausted when nobody is left to offer, and never offers someone who had an offer before", async () => {
    const { requestId, personIds } = await setup({ people: 2 });
    await runSchedule(db(), NOW);
    await close(requestId, "declined");
    await runSchedule(db(), NOW);
    const offers = await offersOf(requestId);
    expect(offers.map((o) => o.person_id)).toEqual([personIds[0], personIds[1]]);
    expect(await requestRow(requestId)).toMatchObject({ status: "open", cascade_steps: 1, cascade_exhausted_at: NOW.toISOString() });
    expect(await notes(requestId)).toContain("Automatiska erbjudanden slut: ingen kandidat kvar");
    expect(await mails("cascade_exhausted")).toHaveLength(1);
  });

  it.each(["withdrawn", "taken", "request_closed"] as const)("does not follow an offer closed as %s", async (reason) => {
    const { requestId } = await setup();
    await db().updateTable("offers").set({ reply_by: "2027-03-05T12:00:00.000Z" }).where("request_id", "=", requestId).execute();
    await close(requestId, reason);
    await runSchedule(db(), NOW);
    expect(await offersOf(requestId)).toHaveLength(1);
    expect(await requestRow(requestId)).toMatchObject({ cascade_steps: 0, cascade_exhausted_at: null });
    expect(await mails("cascade_exhausted")).toHaveLength(0);
  });

  it("does nothing for a request with automatic next offers turned off", async () => {
    const { requestId } = await setup({ autoNext: 0 });
    await runSchedule(db(), NOW);
    expect((await offersOf(requestId)).map((o) => o.status)).toEqual(["expired"]);
    expect(await requestRow(requestId)).toEqual({ status: "open", cascade_steps: 0, cascade_exhausted_at: null });
  });

  it("starts afresh when the coordinator turns it on again after it ran out", async () => {
    const { requestId, coordinatorId } = await setup({ people: 1 });
    await runSchedule(db(), NOW);
    expect((await requestRow(requestId)).cascade_exhausted_at).not.toBeNull();
    await insertPerson(db());
    await setAutoNext(db(), { requestId, on: false, coordinatorId, now: NOW });
    await setAutoNext(db(), { requestId, on: true, coordinatorId, now: NOW });
    await runSchedule(db(), NOW);
    expect(await requestRow(requestId)).toEqual({ status: "offered", cascade_steps: 1, cascade_exhausted_at: null });
    expect(await notes(requestId)).toEqual(expect.arrayContaining(["Erbjud nästa automatiskt: av", "Erbjud nästa automatiskt: på"]));
  });

  it("two schedule processes racing on one database file take the step once", { timeout: 60_000 }, async () => {
    const { requestId } = await setup({ people: 4 });
    const outputs = await race("tests/models/cascade.child.ts", [1, 2].map(() => [process.env.DATABASE_URL!, NOW.toISOString()]));
    expect(outputs).toMatchObject([{ code: 0, stdout: "done" }, { code: 0, stdout: "done" }]);
    const offers = await offersOf(requestId);
    expect(offers.map((o) => [o.status, o.cascade_step])).toEqual([
      ["expired", null],
      ["pending", 1],
    ]);
    expect(await requestRow(requestId)).toMatchObject({ status: "offered", cascade_steps: 1 });
    expect(await mails("offer_made")).toHaveLength(1);
    expect((await notes(requestId)).filter((n) => n?.startsWith("Automatiskt erbjudande"))).toHaveLength(1);
  });

  it.each([
    ["sv", "Ingen nästa kandidat: Lärcafé", "Förfrågan är öppen."],
    ["en", "No next candidate: Lärcafé", "The request is open."],
  ] as const)("tells the coordinators in %s what happened, what now, and links the request", (locale, subject, next) => {
    const mail = composeMail({ kind: "cascade_exhausted", title: "Lärcafé", requestId: 7 }, { locale, baseUrl: "https://levande.example" });
    expect(mail.subject).toBe(subject);
    expect(mail.text).toContain(next);
    expect(mail.text).toContain("https://levande.example/coordinator/requests/7");
  });
});

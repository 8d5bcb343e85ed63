// The open call through its real loader and action: what a volunteer is shown (and not), raising and lowering her hand,
// every refusal, and the coordinator's desk showing her first.
import * as deskRoute from "~/routes/coordinator.requests.$requestId";
import * as openRoute from "~/routes/volunteer.open-requests";
import * as profileRoute from "~/routes/volunteer.profile";
import { db } from "~/utils/db.server";
import { ensureMunicipality, insertCareUnit, insertOffer, insertPerson, insertRequest, insertUser } from "../../db/insert-rows";
import { call, cookieFor, getRequest } from "../setup/http";
import { postForm } from "./unit-helpers";

const DAY = 24 * 3_600_000;
/** 08–17 every day in Stockholm: a slot at 09:00 UTC fits whatever day the suite runs, one at 03:00 UTC never does. */
const DAYTIME = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start_minute: 480, end_minute: 1020 }));
const iso = (ms: number) => new Date(ms).toISOString();
const at = (days: number, utcHour: number) => new Date(Date.now() + days * DAY).setUTCHours(utcHour, 0, 0, 0);
const slot = (start: number) => ({ starts_at: iso(start), ends_at: iso(start + 90 * 60_000) });

async function volunteer() {
  const personId = await insertPerson(db(), { windows: DAYTIME });
  const userId = await insertUser(db(), { role: "volunteer", person_id: personId });
  return { personId, userId, cookie: await cookieFor(userId) };
}

const show = (cookie: string) => call(openRoute.loader as never, getRequest("/volunteer/open-requests", { cookie }));
const post = (cookie: string, fields: Record<string, string>) => call(openRoute.action as never, postForm("/volunteer/open-requests", fields, cookie));
const hands = () => db().selectFrom("raised_hands").select(["request_id", "person_id", "slot_id"]).orderBy("id").execute();

describe("the open requests page", () => {
  it("shows the open requests that fit her, with what she needs to decide and never the unit's contacts", async () => {
    const me = await volunteer();
    const fits = await insertRequest(db(), { title: "Lärcafé om smärta", contact_name: "Kim Kontaktperson", slots: [slot(at(9, 9)), slot(at(10, 3))] });
    const varnamo = await ensureMunicipality(db(), "Värnamo", "Värnamo");
    await insertRequest(db(), { care_unit_id: await insertCareUnit(db(), { municipality_id: varnamo.id }), slots: [slot(at(9, 9))] });
    await insertRequest(db(), { wanted_role: "peer", slots: [slot(at(9, 9))] });
    await insertRequest(db(), { status: "offered", slots: [slot(at(9, 9))] });
    await insertRequest(db(), { slots: [slot(at(9, 3))] });
    const digital = await insertRequest(db(), { is_digital: 1, title: "Digitalt samtal", slots: [slot(at(8, 9))] });

    const page = await show(me.cookie);
    expect(page.status).toBe(200);
    expect(page.data.requests.map((r: { id: number }) => r.id)).toEqual([digital.id, fits.id]);
    expect(page.data.requests[1]).toEqual({
      id: fits.id,
      title: "Lärcafé om smärta",
      role: "book",
      format: "lecture",
      durationMinutes: 90,
      isDigital: false,
      municipality: "Jönköping",
      unitKind: "primary_care",
      slots: [{ id: fits.slotIds[0], startsAt: iso(at(9, 9)), endsAt: iso(at(9, 9) + 90 * 60_000) }],
      raisedSlotId: null,
    });
    expect(page.data.requests[0]).toMatchObject({ isDigital: true, municipality: "Jönköping" });
    const text = JSON.stringify(page.data);
    for (const secret of ["Kim Kontaktperson", "070-174 06 99", "Vårdenhet"]) expect(text).not.toContain(secret);
  });

  it("has nothing to show a volunteer who fits no open request", async () => {
    const me = await volunteer();
    await insertRequest(db(), { wanted_role: "storyteller", slots: [slot(at(9, 9))] });
    expect((await show(me.cookie)).data.requests).toEqual([]);
  });
});

describe("raising a hand", () => {
  it("raises her hand for one slot, moves it to another, and takes it back", async () => {
    const me = await volunteer();
    const request = await insertRequest(db(), { slots: [slot(at(9, 9)), slot(at(10, 9))] });
    const raised = await post(me.cookie, { intent: "raise", requestId: String(request.id), slotId: String(request.slotIds[0]) });
    expect(raised).toMatchObject({ status: 302, location: "/volunteer/open-requests?notis=anmalt" });
    expect(await hands()).toEqual([{ request_id: request.id, person_id: me.personId, slot_id: request.slotIds[0] }]);
    expect((await show(me.cookie)).data.requests[0].raisedSlotId).toBe(request.slotIds[0]);

    await post(me.cookie, { intent: "raise", requestId: String(request.id), slotId: String(request.slotIds[1]) });
    expect(await hands()).toEqual([{ request_id: request.id, person_id: me.personId, slot_id: request.slotIds[1] }]);

    expect(await post(me.cookie, { intent: "lower", requestId: String(request.id) })).toMatchObject({
      status: 302,
      location: "/volunteer/open-requests?notis=tillbaka",
    });
    expect(await hands()).toEqual([]);
    expect(await post(me.cookie, { intent: "lower", requestId: String(request.id) })).toMatchObject({
      status: 409,
      data: { errors: { form: "openCall.errors.notRaised" } },
    });
  });

  it("refuses, with a reason and nothing stored, what she does not fit, a request no longer open and a time she is not free", async () => {
    const me = await volunteer();
    const open = await insertRequest(db(), { slots: [slot(at(9, 9)), slot(at(10, 3))] });
    const peer = await insertRequest(db(), { wanted_role: "peer", slots: [slot(at(9, 9))] });
    const offered = await insertRequest(db(), { status: "offered", slots: [slot(at(9, 9))] });
    const raise = (requestId: number, slotId: number) => post(me.cookie, { intent: "raise", requestId: String(requestId), slotId: String(slotId) });
    expect(await raise(peer.id, peer.slotIds[0])).toMatchObject({ status: 409, data: { errors: { form: "openCall.errors.notFit" } } });
    expect(await raise(offered.id, offered.slotIds[0])).toMatchObject({ status: 409, data: { errors: { form: "openCall.errors.notOpen" } } });
    expect(await raise(999_999, open.slotIds[0])).toMatchObject({ status: 409, data: { errors: { form: "openCall.errors.notOpen" } } });
    expect(await raise(open.id, open.slotIds[1])).toMatchObject({ status: 409, data: { errors: { form: "openCall.errors.slotNotFree" } } });
    expect(await raise(open.id, peer.slotIds[0])).toMatchObject({ status: 409, data: { errors: { form: "openCall.errors.slotNotFree" } } });
    const malformed: Record<string, string>[] = [
      {},
      { intent: "raise", requestId: String(open.id) },
      { intent: "raise", requestId: "1; drop", slotId: "1" },
      { intent: "wave", requestId: String(open.id) },
    ];
    for (const fields of malformed) {
      expect(await post(me.cookie, fields)).toMatchObject({ status: 400, data: { errors: { form: "openCall.errors.invalid" } } });
    }
    expect(await hands()).toEqual([]);
  });

  it("always raises the signed-in volunteer's own hand, whatever person the form names", async () => {
    const me = await volunteer();
    const other = await volunteer();
    const request = await insertRequest(db(), { slots: [slot(at(9, 9))] });
    await post(me.cookie, { intent: "raise", requestId: String(request.id), slotId: String(request.slotIds[0]), personId: String(other.personId) });
    expect(await hands()).toEqual([{ request_id: request.id, person_id: me.personId, slot_id: request.slotIds[0] }]);
    // Nor can she take back another's hand.
    await post(other.cookie, { intent: "raise", requestId: String(request.id), slotId: String(request.slotIds[0]) });
    await post(me.cookie, { intent: "lower", requestId: String(request.id), personId: String(other.personId) });
    expect((await hands()).map((h) => h.person_id)).toEqual([other.personId]);
  });
});

describe("the coordinator's desk", () => {
  it("shows whoever raised a hand first, with the badge's slot and the +score part, even above a higher total", async () => {
    const coordinatorId = await insertUser(db(), { role: "coordinator" });
    const best = await volunteer();
    const me = await volunteer();
    // Offered a book request this year: she gets no goal-pressure points, so she ranks below `best` on the score alone.
    await insertOffer(db(), {
      request_id: (await insertRequest(db(), { status: "offered" })).id,
      person_id: me.personId,
      offered_at: iso(Date.now() - 3_600_000),
    });
    const request = await insertRequest(db(), { slots: [slot(at(9, 9)), slot(at(10, 9))] });
    const desk = async () =>
      (
        await call(deskRoute.loader as never, getRequest(`/coordinator/requests/${request.id}`, { cookie: await cookieFor(coordinatorId) }), {
          requestId: String(request.id),
        })
      ).data;

    const before = await desk();
    expect(before.candidates.candidates.map((c: { personId: number }) => c.personId)).toEqual([best.personId, me.personId]);
    const [bestTotal, myTotal] = before.candidates.candidates.map((c: { total: number }) => c.total);

    await post(me.cookie, { intent: "raise", requestId: String(request.id), slotId: String(request.slotIds[1]) });
    const after = await desk();
    const [first, second] = after.candidates.candidates;
    expect([first.personId, second.personId]).toEqual([me.personId, best.personId]);
    expect(first.raisedHand).toEqual({ slotId: request.slotIds[1] });
    expect(second.raisedHand).toBeNull();
    expect(first.parts.find((p: { key: string }) => p.key === "raisedHand")).toMatchObject({ points: 20, reason: { key: "matching.reason.raisedHand" } });
    expect(first.total).toBeCloseTo(myTotal + 20, 5);
    expect(first.total).toBeLessThan(bestTotal);
    expect(after.defaults.slotId).toBe(request.slotIds[1]);
  });
});

describe("the weekly digest on the profile", () => {
  it("is on until she unticks it, and a bad value changes nothing", async () => {
    const me = await volunteer();
    const wanted = async () =>
      (await db().selectFrom("people").select("open_call_digest").where("id", "=", me.personId).executeTakeFirstOrThrow()).open_call_digest;
    const profile = (fields: Record<string, string>) => call(profileRoute.action as never, postForm("/volunteer/profile", fields, me.cookie));
    expect((await call(profileRoute.loader as never, getRequest("/volunteer/profile", { cookie: me.cookie }))).data.digest).toBe(true);

    expect(await profile({ intent: "openCallDigest" })).toMatchObject({ status: 302, location: "/volunteer/profile?veckobrev=1" });
    expect(await wanted()).toBe(0);
    expect((await call(profileRoute.loader as never, getRequest("/volunteer/profile", { cookie: me.cookie }))).data.digest).toBe(false);
    expect(await profile({ intent: "openCallDigest", digest: "yes" })).toMatchObject({ status: 400, data: { form: "digest", errors: { form: "error.badRequestBody" } } });
    expect(await wanted()).toBe(0);
    await profile({ intent: "openCallDigest", digest: "on" });
    expect(await wanted()).toBe(1);
  });
});

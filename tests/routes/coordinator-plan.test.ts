// The plan page through its real loader and action: the proposal, spreading offers, unticking, sending, forged rows.
import { DEFAULT_SCORE_FLOOR } from "~/domain/matching/match-quality";
import { PLAN_DEFAULTS } from "~/domain/matching/plan";
import { rankCandidates } from "~/domain/matching/rank";
import { replyDay, replyDeadline } from "~/domain/reply-deadline";
import { addDays } from "~/domain/stockholm-time";
import { loadMatchingSnapshot } from "~/models/matching.server";
import { setScoreFloor } from "~/models/region-settings.server";
import * as route from "~/routes/coordinator.plan";
import { db } from "~/utils/db.server";
import { ensureMunicipality, insertCareUnit, insertOffer, insertPerson, insertRequest } from "../../db/insert-rows";
import { call, getRequest } from "../setup/http";
import { area, expectCoordinatorOnly, signedIn, slotOn, today } from "./plan-helpers";
import { postForm } from "./unit-helpers";

const load = async (cookie: string, search = "") => {
  const outcome = await call(route.loader as never, getRequest(`/coordinator/plan${search}`, { cookie }));
  expect(outcome.status).toBe(200);
  return outcome.data as Awaited<ReturnType<typeof route.loader>>;
};
const send = (cookie: string, fields: Record<string, string | string[]>) => call(route.action as never, postForm("/coordinator/plan", fields, cookie));
const replyOn = () => addDays(today(), 5);
const offersOn = (requestId: number) => db().selectFrom("offers").selectAll().where("request_id", "=", requestId).execute();
const statusOf = async (requestId: number) => (await db().selectFrom("requests").select("status").where("id", "=", requestId).executeTakeFirstOrThrow()).status;

/** Two local books, one per care area, and one request in each: the plan should send each book to their own area. */
async function twoAreas() {
  const jonkoping = await ensureMunicipality(db(), "Jönköping", "Jönköping");
  const varnamo = await ensureMunicipality(db(), "Värnamo", "Värnamo");
  const local = { serves_digital: 0 };
  const anna = await insertPerson(db(), { ...local, name: "Anna Andersson", serviceAreas: [{ careAreaId: jonkoping.careAreaId }] });
  const bo = await insertPerson(db(), { ...local, name: "Bo Berg", serviceAreas: [{ careAreaId: varnamo.careAreaId }] });
  const north = await insertRequest(db(), {
    title: "Lärcafé om cancer",
    care_unit_id: await insertCareUnit(db(), { name: "Vårdcentralen Norr", municipality_id: jonkoping.id }),
    slots: [slotOn(2)],
  });
  const south = await insertRequest(db(), {
    title: "Personaldag i Värnamo",
    care_unit_id: await insertCareUnit(db(), { name: "Värnamo sjukhus", municipality_id: varnamo.id }),
    slots: [slotOn(3)],
  });
  const { cookie, userId } = await signedIn("coordinator");
  const row = (request: { id: number; slotIds: number[] }, personId: number) => `${request.id}:${personId}:${request.slotIds[0]}`;
  return { anna, bo, north, south, cookie, userId, rows: { north: row(north, anna), south: row(south, bo) }, varnamo };
}

describe("GET /coordinator/plan", () => {
  it("proposes one person per open request, with names, times, reasons and a summary", async () => {
    const { anna, bo, north, south, cookie, rows } = await twoAreas();
    const { plan, replyOn: reply, notice } = await load(cookie);
    expect(plan.rows.map((r) => [r.request.id, r.personId, r.personName, r.value])).toEqual([
      [north.id, anna, "Anna Andersson", rows.north],
      [south.id, bo, "Bo Berg", rows.south],
    ]);
    expect(plan.rows[0]).toMatchObject({
      request: { title: "Lärcafé om cancer", careUnit: { name: "Vårdcentralen Norr" }, wantedRole: "book" },
      neverOffered: true,
      slotStart: slotOn(2).starts_at,
    });
    expect(plan.rows[0].score).toBeGreaterThan(0);
    expect(plan.rows[0].parts.map((p) => p.reason.key)).toContain("matching.reason.neverOffered");
    expect(plan.summary).toEqual({ requests: 2, proposed: 2, neverOfferedCovered: 2, weak: 0 });
    expect(plan.rows.map((r) => r.weak)).toEqual([null, null]);
    // Each never-offered person's bonus, apart from the score (the request page shows the same score).
    expect(plan.rows.map((r) => r.bonus)).toEqual([PLAN_DEFAULTS.neverOfferedBonus, PLAN_DEFAULTS.neverOfferedBonus]);
    expect(plan.unassigned).toEqual([]);
    expect(reply).toEqual({ value: replyDay(addDays(today(), 5)), min: today(), max: addDays(today(), 60) });
    expect(notice).toBeNull();
  });

  it("prefers a person not offered anything this year over one who has been, when their scores are equal", async () => {
    // The popular book has the lower id, so only the spreading can pick the other; a peer offer leaves the score alone.
    const popular = await insertPerson(db(), { name: "Populär Person" });
    const fresh = await insertPerson(db(), { name: "Ny Person" });
    const peerRequest = await insertRequest(db(), { wanted_role: "peer", status: "cancelled", slots: [slotOn(4)] });
    await insertOffer(db(), { request_id: peerRequest.id, person_id: popular, status: "expired", offered_at: new Date().toISOString() });
    const request = await insertRequest(db(), { slots: [slotOn(2)] });
    const ranking = rankCandidates(await loadMatchingSnapshot(db()), request.id)!;
    const total = (personId: number) => ranking.candidates.find((c) => c.personId === personId)!.total;
    expect(total(popular)).toBe(total(fresh));

    const { cookie } = await signedIn("coordinator");
    const { plan } = await load(cookie);
    expect(plan.rows.map((r) => [r.request.id, r.personId, r.neverOffered])).toEqual([[request.id, fresh, true]]);
    expect(plan.summary.neverOfferedCovered).toBe(1);
  });

  it("lists requests nobody can take apart from the proposal", async () => {
    const { varnamo, north, anna, cookie } = await twoAreas();
    const stranded = await insertRequest(db(), {
      title: "Patientgrupp i Värnamo",
      care_unit_id: await insertCareUnit(db(), { municipality_id: varnamo.id }),
      wanted_role: "storyteller",
      slots: [slotOn(2)],
    });
    const { plan } = await load(cookie);
    expect(plan.rows.find((r) => r.request.id === north.id)?.personId).toBe(anna);
    expect(plan.unassigned.map((r) => [r.id, r.title, r.municipality])).toEqual([[stranded.id, "Patientgrupp i Värnamo", "Värnamo"]]);
    expect(plan.summary).toMatchObject({ requests: 3, proposed: 2 });
  });

  it("marks a match without any wanted experience area, or under the region's floor, as weak", async () => {
    const diabetes = await area("Diabetes");
    const stroke = await area("Stroke");
    // A peer request: without the book goal's pressure a score stays well under 150.
    const strokeBook = await insertPerson(db(), { name: "Stina Stroke", roles: [{ role: "peer" }], experienceAreaIds: [stroke] });
    const wanted = await insertRequest(db(), { title: "Leva med diabetes", wanted_role: "peer", experienceAreaIds: [diabetes], slots: [slotOn(2)] });
    const { cookie, userId } = await signedIn("coordinator");
    const first = await load(cookie);
    expect(first.plan.rows.map((r) => [r.request.id, r.personId, r.weak])).toEqual([[wanted.id, strokeBook, "noExperienceInCommon"]]);
    expect(first.plan.summary.weak).toBe(1);

    await db().insertInto("person_experience_areas").values({ person_id: strokeBook, experience_area_id: diabetes }).execute();
    expect((await load(cookie)).plan.rows[0].weak).toBeNull();
    await setScoreFloor(db(), { points: 150, actorUserId: userId });
    const raised = await load(cookie);
    expect(raised.plan.scoreFloor).toBe(150);
    expect(raised.plan.rows[0].weak).toBe("belowFloor");
  });

  it("offers the next candidates to swap in, each free beside her other rows, with score and reasons", async () => {
    const { anna, north, south, cookie } = await twoAreas();
    const cecilia = await insertPerson(db(), { name: "Cecilia Carlsson", serves_digital: 0, serviceAreas: [{ careAreaId: (await ensureMunicipality(db(), "Jönköping", "Jönköping")).careAreaId }] });
    const { plan } = await load(cookie);
    const northRow = plan.rows.find((r) => r.request.id === north.id)!;
    expect(northRow.alternatives.map((a) => [a.personId, a.personName, a.value])).toEqual([[northRow.personId === anna ? cecilia : anna, northRow.personId === anna ? "Cecilia Carlsson" : "Anna Andersson", expect.stringMatching(new RegExp(`^${north.id}:`))]]);
    expect(northRow.alternatives[0].parts.length).toBeGreaterThan(0);
    expect(plan.rows.find((r) => r.request.id === south.id)!.alternatives).toEqual([]);
  });

  it("shows an empty plan when no request is open", async () => {
    await insertRequest(db(), { status: "confirmed", slots: [slotOn(2)] });
    const { cookie } = await signedIn("coordinator");
    const { plan } = await load(cookie);
    expect(plan).toEqual({ summary: { requests: 0, proposed: 0, neverOfferedCovered: 0, weak: 0 }, scoreFloor: DEFAULT_SCORE_FLOOR, rows: [], unassigned: [] });
  });

  it("reads the counts of the last send from the address, and ignores anything else there", async () => {
    const { cookie } = await signedIn("coordinator");
    expect((await load(cookie, "?skickade=3&nekade=1")).notice).toEqual({ made: 3, refused: 1 });
    expect((await load(cookie, "?skickade=x&nekade=1")).notice).toBeNull();
  });

  it("is for coordinators only", async () => {
    await expectCoordinatorOnly("/coordinator/plan", route);
  });
});

describe("POST /coordinator/plan", () => {
  it("sends every ticked row as a pending offer and marks the requests offered", async () => {
    const { anna, bo, north, south, cookie, userId, rows } = await twoAreas();
    const sent = await send(cookie, { row: [rows.north, rows.south], replyOn: replyOn() });
    expect(sent).toMatchObject({ status: 302, location: "/coordinator/plan?skickade=2&nekade=0" });
    for (const [request, person] of [
      [north, anna],
      [south, bo],
    ] as const) {
      expect(await offersOn(request.id)).toEqual([
        expect.objectContaining({ person_id: person, slot_id: request.slotIds[0], status: "pending", offered_by: userId, reply_by: replyDeadline(replyOn()).toISOString() }),
      ]);
      expect(await statusOf(request.id)).toBe("offered");
    }
    const after = await load(cookie, "?skickade=2&nekade=0");
    expect(after.notice).toEqual({ made: 2, refused: 0 });
    expect(after.plan.summary.requests).toBe(0);
  });

  it("leaves an unticked row out", async () => {
    const { north, south, cookie, rows } = await twoAreas();
    const sent = await send(cookie, { row: [rows.south], replyOn: replyOn() });
    expect(sent.location).toBe("/coordinator/plan?skickade=1&nekade=0");
    expect(await offersOn(north.id)).toEqual([]);
    expect(await statusOf(north.id)).toBe("open");
    expect(await offersOn(south.id)).toHaveLength(1);
  });

  it("reports forged and stale rows as refused, next to the ones that were sent", async () => {
    const { anna, bo, north, south, cookie, rows } = await twoAreas();
    const paused = await insertPerson(db(), { status: "paused" });
    const more = [await insertRequest(db(), { slots: [slotOn(2)] }), await insertRequest(db(), { slots: [slotOn(2)] })];
    // One row per request, as the form sends them; each forged in its own way.
    const forged = [
      `999999:${anna}:${north.slotIds[0]}`, // no such request
      `${south.id}:${bo}:${north.slotIds[0]}`, // another request's slot
      `${more[0].id}:999999:${more[0].slotIds[0]}`, // no such person
      `${more[1].id}:${bo}:${more[1].slotIds[0]}`, // not a candidate: serves another care area
    ];
    const sent = await send(cookie, { row: [rows.north, ...forged], replyOn: replyOn() });
    expect(sent.location).toBe("/coordinator/plan?skickade=1&nekade=4");
    expect((await offersOn(north.id)).map((o) => o.person_id)).toEqual([anna]);
    for (const request of [south, ...more]) expect(await offersOn(request.id)).toEqual([]);

    // The same row again: the request is no longer open, and the person was asked already.
    const again = await send(cookie, { row: [rows.north, `${south.id}:${paused}:${south.slotIds[0]}`], replyOn: replyOn() });
    expect(again.location).toBe("/coordinator/plan?skickade=0&nekade=2");
    expect(await offersOn(north.id)).toHaveLength(1);
  });

  it("sends the swapped-in person instead of the proposal", async () => {
    const { north, cookie, rows } = await twoAreas();
    const cecilia = await insertPerson(db(), { name: "Cecilia Carlsson", serves_digital: 0, serviceAreas: [{ careAreaId: (await ensureMunicipality(db(), "Jönköping", "Jönköping")).careAreaId }] });
    const instead = `${north.id}:${cecilia}:${north.slotIds[0]}`;
    const sent = await send(cookie, { row: [rows.north], [`instead-${north.id}`]: instead, replyOn: replyOn() });
    expect(sent.location).toBe("/coordinator/plan?skickade=1&nekade=0");
    expect((await offersOn(north.id)).map((o) => o.person_id)).toEqual([cecilia]);
  });

  it("refuses a swap that puts one person at two clashing times, and sends the rest", async () => {
    const { anna, north, cookie, rows } = await twoAreas();
    // A second request in Jönköping at the very time Anna is proposed for the first.
    const same = await insertRequest(db(), { care_unit_id: await insertCareUnit(db(), { municipality_id: (await ensureMunicipality(db(), "Jönköping", "Jönköping")).id }), slots: [slotOn(2)] });
    const clash = `${same.id}:${anna}:${same.slotIds[0]}`;
    const sent = await send(cookie, { row: [rows.north, clash], replyOn: replyOn() });
    expect(sent.location).toBe("/coordinator/plan?skickade=1&nekade=1");
    expect((await offersOn(north.id)).map((o) => o.person_id)).toEqual([anna]);
    expect(await offersOn(same.id)).toEqual([]);
  });

  it("answers 400 and writes nothing for a swap naming another request than its row", async () => {
    const { north, cookie, rows } = await twoAreas();
    const outcome = await send(cookie, { row: [rows.north], [`instead-${north.id}`]: rows.south, replyOn: replyOn() });
    expect(outcome.status).toBe(400);
    expect(outcome.data.errors).toMatchObject({ rows: "plan.errors.rowInvalid" });
    expect(await db().selectFrom("offers").selectAll().execute()).toEqual([]);
  });

  type Fields = Record<string, string | string[]>;
  it.each<[string, () => Fields, Record<string, string>]>([
    ["an empty form", () => ({}), { rows: "plan.errors.noRows", replyOn: "plan.errors.replyOnInvalid" }],
    ["letters in a row", () => ({ row: "abc:1:2", replyOn: replyOn() }), { rows: "plan.errors.rowInvalid" }],
    ["a zero id", () => ({ row: "0:1:2", replyOn: replyOn() }), { rows: "plan.errors.rowInvalid" }],
    ["an id too long for the database", () => ({ row: "12345678901:1:2", replyOn: replyOn() }), { rows: "plan.errors.rowInvalid" }],
    ["one request twice", () => ({ row: ["5:1:2", "5:3:2"], replyOn: replyOn() }), { rows: "plan.errors.rowInvalid" }],
    ["no row ticked", () => ({ replyOn: today() }), { rows: "plan.errors.noRows" }],
    ["an impossible date", () => ({ row: "5:1:2", replyOn: "2030-02-30" }), { replyOn: "plan.errors.replyOnInvalid" }],
    ["a date that has passed", () => ({ row: "5:1:2", replyOn: addDays(today(), -1) }), { replyOn: "plan.errors.replyOnPast" }],
    ["a date too far ahead", () => ({ row: "5:1:2", replyOn: addDays(today(), 61) }), { replyOn: "plan.errors.replyOnFar" }],
  ])("answers 400 with the errors and writes nothing for %s", async (_name, fields, errors) => {
    const { cookie } = await signedIn("coordinator");
    const outcome = await send(cookie, fields());
    expect(outcome.status).toBe(400);
    expect(outcome.data.errors).toMatchObject(errors);
    expect(await db().selectFrom("offers").selectAll().execute()).toEqual([]);
  });

  it("is for coordinators only", async () => {
    await expectCoordinatorOnly("/coordinator/plan", route);
  });
});

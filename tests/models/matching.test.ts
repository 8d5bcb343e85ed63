// The matching snapshot from a real database: the right people excluded for the right reasons, the goal's coverage,
// and a number of queries that does not grow with the number of people or requests.
import type { KyselyPlugin } from "kysely";
import { rankCandidates } from "~/domain/matching/rank";
import { loadMatchingSnapshot } from "~/models/matching.server";
import { db, type DB } from "~/utils/db.server";
import { ensureMunicipality, insertAssignment, insertCareUnit, insertOffer, insertPerson, insertRequest } from "../../db/insert-rows";

const NOW = new Date("2026-03-02T08:00:00.000Z"); // Monday, 09:00 in Stockholm
// Tuesday 10 March, 10:00–11:30 in Stockholm.
const SLOT = { starts_at: "2026-03-10T09:00:00.000Z", ends_at: "2026-03-10T10:30:00.000Z" };

/** The database with a plugin that counts the statements actually executed. */
function counting(base: DB) {
  let count = 0;
  const plugin: KyselyPlugin = {
    transformQuery: ({ node }) => node,
    transformResult: async ({ result }) => {
      count++;
      return result;
    },
  };
  return { db: base.withPlugin(plugin), count: () => count };
}

async function area(name: string) {
  return (await db().insertInto("experience_areas").values({ name }).returning("id").executeTakeFirstOrThrow()).id;
}

/** A past or booked assignment for a person: its own request, an accepted offer and the assignment. */
async function assignment(personId: number, start: string, { status, offeredAt }: { status: "booked" | "completed"; offeredAt: string }) {
  const end = new Date(Date.parse(start) + 90 * 60_000).toISOString();
  const { id: requestId } = await insertRequest(db(), { status: status === "booked" ? "confirmed" : "completed", slots: [{ starts_at: start, ends_at: end }] });
  const offerId = await insertOffer(db(), { request_id: requestId, person_id: personId, status: "accepted", offered_at: offeredAt });
  return insertAssignment(db(), { offer_id: offerId, status });
}

async function region() {
  const jonkoping = await ensureMunicipality(db(), "Jönköping", "Jönköping");
  const varnamo = await ensureMunicipality(db(), "Värnamo", "Värnamo");
  const unitId = await insertCareUnit(db(), { municipality_id: jonkoping.id });
  const cancer = await area("cancer");
  const people = {
    candidate: await insertPerson(db(), { experienceAreaIds: [cancer] }),
    paused: await insertPerson(db(), { status: "paused" }),
    peer: await insertPerson(db(), { roles: [{ role: "peer" }] }),
    elsewhere: await insertPerson(db(), { serviceAreas: [{ careAreaId: varnamo.careAreaId }], serves_digital: 0 }),
    declined: await insertPerson(db()),
    pending: await insertPerson(db()),
    untrained: await insertPerson(db(), { training: [] }),
    capped: await insertPerson(db(), { max_per_month: 1 }),
    weekends: await insertPerson(db(), { windows: [{ weekday: 6, start_minute: 480, end_minute: 1020 }] }),
    left: await insertPerson(db(), { left_on: "2025-06-01" }),
  };
  const request = await insertRequest(db(), { care_unit_id: unitId, status: "offered", slots: [SLOT], experienceAreaIds: [cancer] });
  const digital = await insertRequest(db(), { care_unit_id: unitId, wanted_role: "peer", is_digital: 1, slots: [SLOT] });

  await insertOffer(db(), { request_id: request.id, person_id: people.declined, status: "declined", offered_at: "2026-02-20T10:00:00.000Z" });
  await insertOffer(db(), { request_id: request.id, person_id: people.pending, status: "pending", offered_at: "2026-03-01T10:00:00.000Z" });
  await assignment(people.capped, "2026-03-20T09:00:00.000Z", { status: "booked", offeredAt: "2026-02-01T10:00:00.000Z" });
  const past = await assignment(people.candidate, "2025-10-01T08:00:00.000Z", { status: "completed", offeredAt: "2025-09-20T10:00:00.000Z" });
  await db()
    .insertInto("feedback")
    .values([
      { assignment_id: past, author: "care_unit", rating: 4, created_at: "2025-10-02T10:00:00.000Z" },
      { assignment_id: past, author: "volunteer", rating: 1, created_at: "2025-10-02T10:00:00.000Z" },
    ])
    .execute();
  // A peer offer this year: counted as an offer, not as a book offer.
  const peerRequest = await insertRequest(db(), { wanted_role: "peer", status: "cancelled", slots: [SLOT] });
  await insertOffer(db(), { request_id: peerRequest.id, person_id: people.peer, status: "expired", offered_at: "2026-02-10T10:00:00.000Z" });
  return { people, request, digital, jonkoping, cancer, unitId };
}

describe("loadMatchingSnapshot", () => {
  it("excludes the right people with the right reasons", async () => {
    const { people, request } = await region();
    const snapshot = await loadMatchingSnapshot(db(), { now: NOW });
    const ranking = rankCandidates(snapshot, request.id)!;
    expect(ranking.candidates.map((c) => c.personId)).toEqual([people.candidate]);
    expect(ranking.candidates[0].freeSlotIds).toEqual(request.slotIds);
    expect(Object.fromEntries(ranking.excluded.map((x) => [x.personId, x.reason]))).toEqual({
      [people.paused]: "notActive",
      [people.peer]: "wrongRole",
      [people.elsewhere]: "outsideArea",
      [people.declined]: "declinedBefore",
      [people.pending]: "alreadyOffered",
      [people.untrained]: "notTrained",
      [people.capped]: "overCap",
      [people.weekends]: "noFreeSlot",
      [people.left]: "notActive",
    });
  });

  it("never has a patient supporter among the people, and only a supporter's bookable roles when she has both", async () => {
    const supporter = await insertPerson(db(), { roles: [{ role: "supporter" }] });
    const bookAndSupporter = await insertPerson(db(), { roles: [{ role: "book" }, { role: "supporter" }] });
    const snapshot = await loadMatchingSnapshot(db(), { now: NOW });
    expect(snapshot.people.map((p) => p.id)).not.toContain(supporter);
    expect(snapshot.people.find((p) => p.id === bookAndSupporter)?.roles).toEqual(["book"]);
  });

  it("holds open and offered requests with their place, slots, areas and offer history", async () => {
    const { people, request, digital, jonkoping, cancer, unitId } = await region();
    const snapshot = await loadMatchingSnapshot(db(), { now: NOW });
    expect(snapshot.requests.map((r) => r.id)).toEqual([request.id, digital.id]);
    expect(snapshot.requests[0]).toMatchObject({
      status: "offered",
      wantedRole: "book",
      isDigital: false,
      municipalityId: jonkoping.id,
      careAreaId: jonkoping.careAreaId,
      experienceAreaIds: [cancer],
      language: "sv",
      slots: [{ id: request.slotIds[0], start: new Date(SLOT.starts_at), end: new Date(SLOT.ends_at) }],
      declinedPersonIds: [people.declined],
      pendingOfferPersonIds: [people.pending],
      careUnit: { id: unitId, kind: "primary_care", municipalityId: jonkoping.id, careAreaId: jonkoping.careAreaId },
    });
    // A digital request without a place is placed where its care unit is.
    expect(snapshot.requests[1]).toMatchObject({ isDigital: true, municipalityId: jonkoping.id, careAreaId: jonkoping.careAreaId });
    expect((await loadMatchingSnapshot(db(), { now: NOW, requestIds: [digital.id] })).requests.map((r) => r.id)).toEqual([digital.id]);
  });

  it("sums up each person's history: load, last assignment, cap months, bookings, offers and care-unit feedback", async () => {
    const { people } = await region();
    const snapshot = await loadMatchingSnapshot(db(), { now: NOW });
    const byId = new Map(snapshot.people.map((p) => [p.id, p]));
    // October is past: the cap only ever counts the current month and later ones.
    expect(byId.get(people.candidate)?.assignmentsByMonth).toEqual({});
    expect(byId.get(people.candidate)).toMatchObject({
      assignmentsLast12Months: 1,
      lastAssignmentOn: "2025-10-01",
      offersThisYear: 0,
      bookOffersThisYear: 0,
      feedbackRating: 4,
      feedbackCount: 1,
      availability: { bookings: [] },
    });
    expect(byId.get(people.capped)).toMatchObject({
      maxPerMonth: 1,
      assignmentsByMonth: { "2026-03": 1 },
      assignmentsLast12Months: 0,
      lastAssignmentOn: null,
      offersThisYear: 1,
      bookOffersThisYear: 1,
      availability: { bookings: [{ start: new Date("2026-03-20T09:00:00.000Z"), isDigital: false }] },
    });
    expect(byId.get(people.peer)).toMatchObject({ roles: ["peer"], offersThisYear: 1, bookOffersThisYear: 0 });
    expect(byId.get(people.paused)!.state.status).toBe("paused");
  });

  it("computes the book goal's coverage as DESIGN.md defines it", async () => {
    await region();
    const { context } = await loadMatchingSnapshot(db(), { now: NOW });
    // Eligible: the eight books still in the library (not the one who left in 2025); offered this year: declined, pending, capped.
    expect(context.bookCoverage).toBeCloseTo(3 / 8, 10);
    expect(context).toMatchObject({ today: "2026-03-02", coverageTarget: 0.7, now: NOW });
    // From 1 January 00:00 in Stockholm (23:00 UTC the day before) to now: 60 days and 9 hours of 365.
    expect(context.yearProgress).toBeCloseTo(60.375 / 365, 10);
  });

  it("uses the same number of queries for ten people as for sixty, and for one request as for eleven", async () => {
    const { unitId } = await region();
    const small = counting(db());
    await loadMatchingSnapshot(small.db, { now: NOW });
    for (let i = 0; i < 50; i++) await insertPerson(db(), { experienceAreaIds: [] });
    for (let i = 0; i < 10; i++) {
      const { id, slotIds } = await insertRequest(db(), { care_unit_id: unitId, slots: [SLOT, { starts_at: "2026-03-11T09:00:00.000Z", ends_at: "2026-03-11T10:00:00.000Z" }] });
      await insertOffer(db(), { request_id: id, slot_id: slotIds[0], status: "declined", offered_at: "2026-02-01T10:00:00.000Z" });
    }
    const large = counting(db());
    const snapshot = await loadMatchingSnapshot(large.db, { now: NOW });
    expect(snapshot.people.length).toBeGreaterThanOrEqual(60);
    expect(snapshot.requests.length).toBe(12);
    expect(large.count()).toBe(small.count());
    expect(small.count()).toBeGreaterThan(0);
    // 14 for the people, the requests' own, and the data version read once for the minute and once for the day's rows.
    expect(small.count()).toBeLessThanOrEqual(21);
  });

  it("reads everyone's rows once for the data and the day: when the minute turns only the minute's fields move", async () => {
    const personId = await insertPerson(db(), {});
    const minuteLater = new Date(NOW.getTime() + 60_000);
    // Starts 30 s after NOW: not yet started at NOW, started a minute later.
    await assignment(personId, new Date(NOW.getTime() + 30_000).toISOString(), { status: "booked", offeredAt: "2026-02-01T10:00:00.000Z" });
    // Ends a day minus 30 s before NOW: still busy time "from a day ago" at NOW, no longer a minute later.
    await assignment(personId, new Date(NOW.getTime() - 86_400_000 + 30_000 - 90 * 60_000).toISOString(), { status: "booked", offeredAt: "2026-02-01T10:00:00.000Z" });
    const counted = counting(db());
    const person = (snapshot: Awaited<ReturnType<typeof loadMatchingSnapshot>>) => snapshot.people.find((p) => p.id === personId)!;

    const atNow = await loadMatchingSnapshot(counted.db, { now: NOW });
    const firstQueries = counted.count();
    const later = await loadMatchingSnapshot(counted.db, { now: minuteLater });
    expect(counted.count() - firstQueries).toBe(firstQueries - 14);

    expect(person(atNow)).toMatchObject({ assignmentsLast12Months: 1, lastAssignmentOn: "2026-03-01" });
    expect(person(atNow).availability.bookings).toHaveLength(2);
    expect(person(later)).toMatchObject({ assignmentsLast12Months: 2, lastAssignmentOn: "2026-03-02" });
    expect(person(later).availability.bookings.map((b) => b.start.toISOString())).toEqual([new Date(NOW.getTime() + 30_000).toISOString()]);
    // The same answer as a cold load at that minute.
    expect(person(later)).toEqual(person(await loadMatchingSnapshot(counting(db()).db, { now: minuteLater })));
  });
});

// The request desk's model on a real database: listing and filtering, one request whole, candidates, offering,
// withdrawing and recording outcomes, each with its history event and audit row.
import { setAssignmentOutcome } from "~/models/assignments.server";
import { getCandidatesForDesk } from "~/models/desk-candidates-page.server";
import { getRequestForDesk, listRequestsForDesk } from "~/models/desk-page.server";
import { withdrawOffer } from "~/models/offer/close.server";
import { offerFromDesk } from "~/models/offer/make.server";
import { db } from "~/utils/db.server";
import { ensureMunicipality, insertAssignment, insertCareUnit, insertOffer, insertPerson, insertRequest, insertUser } from "../../db/insert-rows";

const NOW = new Date("2026-03-02T08:00:00.000Z"); // Monday, 09:00 in Stockholm
// Tuesday 10 March, 10:00–11:30, and Wednesday 11 March, 10:00–11:30 in Stockholm.
const SLOT = { starts_at: "2026-03-10T09:00:00.000Z", ends_at: "2026-03-10T10:30:00.000Z" };
const WEDNESDAY = { starts_at: "2026-03-11T09:00:00.000Z", ends_at: "2026-03-11T10:30:00.000Z" };
const TUESDAYS = [{ weekday: 2, start_minute: 480, end_minute: 1020 }];

const requestRow = (id: number) => db().selectFrom("requests").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
const offerRow = (id: number) => db().selectFrom("offers").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
const assignmentRow = (id: number) => db().selectFrom("assignments").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
const events = async (requestId: number) => (await db().selectFrom("request_events").select("status").where("request_id", "=", requestId).orderBy("id").execute()).map((e) => e.status);
const auditActions = async (entity: string) => (await db().selectFrom("audit_log").select("action").where("entity", "=", entity).orderBy("id").execute()).map((a) => a.action);

describe("the desk list", () => {
  it("lists requests newest first with unit, place, first slot and offer counts, and leaves out imported history", async () => {
    const varnamo = await ensureMunicipality(db(), "Värnamo", "Värnamo");
    const unit = await insertCareUnit(db(), { name: "Vårdcentralen Väster", municipality_id: varnamo.id });
    const older = await insertRequest(db(), { care_unit_id: unit, title: "Lärcafé om smärta", created_at: "2026-02-01T10:00:00.000Z", slots: [WEDNESDAY, SLOT] });
    const newer = await insertRequest(db(), { care_unit_id: unit, title: "Digitalt möte", is_digital: 1, status: "offered", created_at: "2026-02-03T10:00:00.000Z" });
    await insertRequest(db(), { care_unit_id: unit, is_historical: 1, created_at: "2026-02-05T10:00:00.000Z" });
    await insertOffer(db(), { request_id: newer.id, status: "pending" });
    await insertOffer(db(), { request_id: newer.id, status: "declined" });
    await insertOffer(db(), { request_id: newer.id, status: "declined" });

    const { total, requests } = await listRequestsForDesk(db(), { limit: 100 });
    expect(total).toBe(2);
    expect(requests).toEqual([
      expect.objectContaining({ id: newer.id, careUnit: "Vårdcentralen Väster", municipality: "Värnamo", isDigital: true, status: "offered", pendingOffers: 1, declinedOffers: 2 }),
      expect.objectContaining({ id: older.id, title: "Lärcafé om smärta", wantedRole: "book", firstSlotAt: SLOT.starts_at, pendingOffers: 0, declinedOffers: 0 }),
    ]);
    const limited = await listRequestsForDesk(db(), { limit: 1 });
    expect(limited.total).toBe(2);
    expect(limited.requests.map((r) => r.id)).toEqual([newer.id]);
  });

  it("filters by status, wanted role, the place's care area and words in the title", async () => {
    const hoglandet = await ensureMunicipality(db(), "Eksjö", "Höglandet");
    const jonkoping = await ensureMunicipality(db(), "Jönköping", "Jönköping");
    const eksjoUnit = await insertCareUnit(db(), { municipality_id: hoglandet.id });
    const anxiety = await insertRequest(db(), { care_unit_id: eksjoUnit, title: "Lärcafé om Ångest", wanted_role: "peer" });
    const percent = await insertRequest(db(), { title: "100% närvaro", status: "confirmed", municipality_id: jonkoping.id });
    // A digital request counts where its care unit is.
    const digital = await insertRequest(db(), { care_unit_id: eksjoUnit, title: "Samtal via länk", is_digital: 1, status: "completed" });
    const ids = async (filters: Parameters<typeof listRequestsForDesk>[1]) => (await listRequestsForDesk(db(), filters)).requests.map((r) => r.id).sort();

    expect(await ids({ limit: 100, status: "confirmed" })).toEqual([percent.id]);
    expect(await ids({ limit: 100, role: "peer" })).toEqual([anxiety.id]);
    expect(await ids({ limit: 100, careAreaId: hoglandet.careAreaId })).toEqual([anxiety.id, digital.id].sort());
    expect(await ids({ limit: 100, q: "ångest" })).toEqual([anxiety.id]);
    expect(await ids({ limit: 100, q: "LÄRCAFÉ" })).toEqual([anxiety.id]);
    expect(await ids({ limit: 100, q: "100%" })).toEqual([percent.id]);
    expect(await ids({ limit: 100, q: "%" })).toEqual([percent.id]);
    expect(await ids({ limit: 100, q: "_" })).toEqual([]);
    expect(await ids({ limit: 100, q: "länk", careAreaId: jonkoping.careAreaId })).toEqual([]);
  });
});

describe("one request on the desk", () => {
  it("has its slots, offers with names, the assignment and the history with who did what", async () => {
    const coordinatorId = await insertUser(db(), { role: "coordinator", name: "Sara Samordnare", email: "sara@example.se" });
    const anna = await insertPerson(db(), { name: "Anna Andersson", email: "anna@example.se" });
    const { id, slotIds } = await insertRequest(db(), { status: "confirmed", slots: [SLOT], events: [{ status: "open", at: "2026-02-01T10:00:00.000Z" }, { status: "confirmed", at: "2026-02-02T10:00:00.000Z", actor_user_id: coordinatorId }] });
    const offerId = await insertOffer(db(), { request_id: id, slot_id: slotIds[0], person_id: anna, status: "accepted" });
    const assignmentId = await insertAssignment(db(), { offer_id: offerId, compensation_sek: 600 });
    const view = await getRequestForDesk(db(), id);
    expect(view).toMatchObject({
      id,
      status: "confirmed",
      slots: [{ id: slotIds[0], startsAt: SLOT.starts_at }],
      offers: [{ id: offerId, name: "Anna Andersson", status: "accepted", slotStartsAt: SLOT.starts_at }],
      assignment: { id: assignmentId, name: "Anna Andersson", status: "booked", hours: null, compensationSek: 600, sequence: 0 },
      history: [{ status: "open", actor: null }, { status: "confirmed", actor: "Sara Samordnare" }],
    });
    expect(await getRequestForDesk(db(), 999_999)).toBeUndefined();
  });
});

describe("candidates on the desk", () => {
  async function setUp() {
    const unit = await insertCareUnit(db());
    const people = {
      free: await insertPerson(db(), { name: "Fria Fredriksson", email: "fria@example.se", windows: TUESDAYS }),
      busy: await insertPerson(db(), { name: "Upptagna Ulla", email: "ulla@example.se", windows: [] }),
      paused: await insertPerson(db(), { name: "Pausade Per", email: "per@example.se", status: "paused" }),
      peer: await insertPerson(db(), { name: "Peer Petra", email: "petra@example.se", roles: [{ role: "peer" }] }),
      offered: await insertPerson(db(), { name: "Erbjudna Eva", email: "eva@example.se", windows: TUESDAYS }),
    };
    const request = await insertRequest(db(), { care_unit_id: unit, status: "offered", slots: [SLOT, WEDNESDAY] });
    await insertOffer(db(), { request_id: request.id, slot_id: request.slotIds[0], person_id: people.offered, offered_at: "2026-03-01T10:00:00.000Z" });
    const coordinatorId = await insertUser(db(), { role: "coordinator" });
    return { people, request, coordinatorId };
  }

  it("ranks the free ones with reasons and groups the excluded by reason, leaving out those without the role", async () => {
    const { people, request } = await setUp();
    const result = await getCandidatesForDesk(db(), { requestId: request.id, all: false, now: NOW });
    expect(result?.candidates.map((c) => [c.name, c.roles, c.freeSlotIds])).toEqual([["Fria Fredriksson", ["book"], [request.slotIds[0]]]]);
    expect(result?.candidates[0].parts.find((p) => p.key === "goalPressure")?.reason.key).toBe("matching.reason.neverOffered");
    expect(result?.excludedCount).toBe(3);
    expect(result?.excluded).toEqual([
      { reason: "notActive", count: 1, people: [{ id: people.paused, name: "Pausade Per" }] },
      { reason: "alreadyOffered", count: 1, people: [{ id: people.offered, name: "Erbjudna Eva" }] },
      { reason: "noFreeSlot", count: 1, people: [{ id: people.busy, name: "Upptagna Ulla" }] },
    ]);
    const closed = await insertRequest(db(), { status: "completed" });
    expect(await getCandidatesForDesk(db(), { requestId: closed.id, all: false, now: NOW })).toBeNull();
  });

  it("shows a change to a candidate made within the same minute", async () => {
    const { people, request } = await setUp();
    const before = await getCandidatesForDesk(db(), { requestId: request.id, all: false, now: NOW });
    expect(before?.candidates.map((c) => c.personId)).toEqual([people.free]);
    await db().updateTable("people").set({ status: "paused" }).where("id", "=", people.free).execute();
    const later = new Date(NOW.getTime() + 30_000);
    const after = await getCandidatesForDesk(db(), { requestId: request.id, all: false, now: later });
    expect(after?.candidates).toEqual([]);
    expect(after?.excluded.find((e) => e.reason === "notActive")?.people.map((p) => p.id)).toEqual([people.paused, people.free].sort((a, b) => a - b));
  });

  it("shows the top ten, or everyone when asked", async () => {
    const request = await insertRequest(db(), { slots: [SLOT] });
    for (let i = 0; i < 12; i++) await insertPerson(db(), { windows: TUESDAYS });
    const top = await getCandidatesForDesk(db(), { requestId: request.id, all: false, now: NOW });
    const all = await getCandidatesForDesk(db(), { requestId: request.id, all: true, now: NOW });
    expect([top?.total, top?.candidates.length, all?.candidates.length]).toEqual([12, 10, 12]);
  });

  it("offers only people still free in the chosen slot, naming each problem, and otherwise offers all of them", async () => {
    const { people, request, coordinatorId } = await setUp();
    const base = { requestId: request.id, replyByDate: "2026-03-05", coordinatorId, now: NOW };
    expect(await offerFromDesk(db(), { ...base, slotId: request.slotIds[1], personIds: [people.free] })).toEqual({ ok: false, reason: "people", problems: { notFree: ["Fria Fredriksson"] } });
    expect(await offerFromDesk(db(), { ...base, slotId: request.slotIds[0], personIds: [people.free, people.offered, people.paused] })).toEqual({
      ok: false,
      reason: "people",
      problems: { alreadyOffered: ["Erbjudna Eva"], notCandidate: ["Pausade Per"] },
    });
    const other = await insertRequest(db(), { slots: [SLOT] });
    expect(await offerFromDesk(db(), { ...base, slotId: other.slotIds[0], personIds: [people.free] })).toEqual({ ok: false, reason: "notFound" });
    expect(await offerFromDesk(db(), { ...base, slotId: request.slotIds[0], personIds: [people.free, 999_999] })).toEqual({ ok: false, reason: "notFound" });
    expect(await db().selectFrom("offers").select("id").where("person_id", "=", people.free).execute()).toEqual([]);

    expect(await offerFromDesk(db(), { ...base, slotId: request.slotIds[0], personIds: [people.free, people.free] })).toEqual({ ok: true, made: 1 });
    const offer = await db().selectFrom("offers").selectAll().where("person_id", "=", people.free).executeTakeFirstOrThrow();
    // The end of Thursday 5 March in Stockholm.
    expect(offer).toMatchObject({ status: "pending", slot_id: request.slotIds[0], reply_by: "2026-03-05T23:00:00.000Z", offered_by: coordinatorId });
    const closed = await insertRequest(db(), { status: "cancelled", slots: [SLOT] });
    expect(await offerFromDesk(db(), { ...base, requestId: closed.id, slotId: closed.slotIds[0], personIds: [people.free] })).toEqual({ ok: false, reason: "closed" });
  });
});

describe("withdrawing an offer", () => {
  it("withdraws a pending offer and opens the request again once no offer is pending", async () => {
    const coordinatorId = await insertUser(db(), { role: "coordinator" });
    const { id } = await insertRequest(db(), { status: "offered" });
    const first = await insertOffer(db(), { request_id: id });
    const second = await insertOffer(db(), { request_id: id });
    expect(await withdrawOffer(db(), { offerId: first, coordinatorId })).toEqual({ ok: true, reopened: false });
    expect((await requestRow(id)).status).toBe("offered");
    expect(await withdrawOffer(db(), { offerId: second, coordinatorId, requestId: id })).toEqual({ ok: true, reopened: true });
    expect((await offerRow(second)).status).toBe("withdrawn");
    expect((await requestRow(id)).status).toBe("open");
    expect(await events(id)).toEqual(["offered", "open"]);
    expect(await auditActions("offer")).toEqual(["withdraw", "withdraw"]);
  });

  it("refuses an answered offer and cannot reach another request's offer", async () => {
    const coordinatorId = await insertUser(db(), { role: "coordinator" });
    const { id } = await insertRequest(db(), { status: "offered" });
    const declined = await insertOffer(db(), { request_id: id, status: "declined" });
    const elsewhere = await insertOffer(db());
    expect(await withdrawOffer(db(), { offerId: declined, coordinatorId })).toEqual({ ok: false, reason: "notPending" });
    expect(await withdrawOffer(db(), { offerId: elsewhere, coordinatorId, requestId: id })).toEqual({ ok: false, reason: "notFound" });
    expect((await offerRow(elsewhere)).status).toBe("pending");
    expect(await auditActions("offer")).toEqual([]);
  });
});

describe("recording an assignment's outcome", () => {
  async function booked(start = "2026-02-24T09:00:00.000Z") {
    const coordinatorId = await insertUser(db(), { role: "coordinator" });
    const { id: requestId, slotIds } = await insertRequest(db(), { status: "confirmed", slots: [{ starts_at: start, ends_at: new Date(Date.parse(start) + 90 * 60_000).toISOString() }] });
    const offerId = await insertOffer(db(), { request_id: requestId, slot_id: slotIds[0], status: "accepted" });
    return { coordinatorId, requestId, assignmentId: await insertAssignment(db(), { offer_id: offerId }) };
  }

  it("completed: hours and compensation saved, the request completed, the calendar untouched", async () => {
    const { coordinatorId, requestId, assignmentId } = await booked();
    const result = await setAssignmentOutcome(db(), { assignmentId, coordinatorId, status: "completed", hours: 1.5, compensationSek: 600, reason: null, now: NOW });
    expect(result).toEqual({ ok: true });
    expect(await assignmentRow(assignmentId)).toMatchObject({ status: "completed", hours: 1.5, compensation_sek: 600, sequence: 0, updated_at: NOW.toISOString() });
    expect(await requestRow(requestId)).toMatchObject({ status: "completed", status_reason: null });
    expect(await events(requestId)).toEqual(["confirmed", "completed"]);
    expect(await auditActions("assignment")).toEqual(["outcome"]);
    // Correcting the hours later changes neither the request's history nor the calendar.
    await setAssignmentOutcome(db(), { assignmentId, coordinatorId, status: "completed", hours: 2, compensationSek: 600, reason: null, now: NOW });
    expect(await assignmentRow(assignmentId)).toMatchObject({ hours: 2, sequence: 0 });
    expect(await events(requestId)).toEqual(["confirmed", "completed"]);
  });

  it("cancelled: a higher SEQUENCE, the reason on the assignment and the request, allowed before the start", async () => {
    const { coordinatorId, requestId, assignmentId } = await booked("2026-03-20T09:00:00.000Z");
    const result = await setAssignmentOutcome(db(), { assignmentId, coordinatorId, status: "cancelled", hours: null, compensationSek: null, reason: " Volontären är sjuk ", now: NOW });
    expect(result).toEqual({ ok: true });
    expect(await assignmentRow(assignmentId)).toMatchObject({ status: "cancelled", status_reason: "Volontären är sjuk", sequence: 1, updated_at: NOW.toISOString() });
    expect(await requestRow(requestId)).toMatchObject({ status: "cancelled", status_reason: "Volontären är sjuk" });
  });

  it("no-show bumps SEQUENCE and cancels the request; completed and no-show wait for the start", async () => {
    const early = await booked("2026-03-20T09:00:00.000Z");
    for (const status of ["completed", "no_show"] as const) {
      expect(await setAssignmentOutcome(db(), { ...early, status, hours: 1, compensationSek: 600, reason: "x", now: NOW })).toEqual({ ok: false, reason: "notStarted" });
    }
    expect((await assignmentRow(early.assignmentId)).status).toBe("booked");
    const past = await booked();
    await setAssignmentOutcome(db(), { ...past, status: "no_show", hours: null, compensationSek: null, reason: "Kom aldrig", now: NOW });
    expect(await assignmentRow(past.assignmentId)).toMatchObject({ status: "no_show", sequence: 1 });
    expect((await requestRow(past.requestId)).status).toBe("cancelled");
    expect(await setAssignmentOutcome(db(), { ...past, requestId: early.requestId, status: "completed", hours: 1, compensationSek: 1, reason: null, now: NOW })).toEqual({ ok: false, reason: "notFound" });
  });
});

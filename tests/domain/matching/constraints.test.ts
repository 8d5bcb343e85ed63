// Every hard constraint of DESIGN.md with its reason: role, active, trained, history, place, monthly cap, free time.
import { checkCandidate, EXCLUSION_REASONS } from "~/domain/matching/constraints";
import type { MatchingPerson, MatchingRequest } from "~/domain/matching/types";
import {
  APRIL_SLOT,
  context,
  HABO,
  JONKOPING,
  JONKOPING_AREA,
  MARCH_SLOT,
  person,
  request,
  VARNAMO,
  VARNAMO_AREA,
} from "./builders";

const check = (p: Partial<MatchingPerson> = {}, r: Partial<MatchingRequest> = {}) => checkCandidate(person(p), request(r), context());
const state = (change: Partial<MatchingPerson["state"]>) => ({ state: { ...person().state, ...change } });
const booked = (start: string, end: string, isDigital = false) => ({
  availability: { windows: person().availability.windows, exceptions: [], bookings: [{ start: new Date(start), end: new Date(end), isDigital }] },
});
const VARNAMO_PLACE = { municipalityId: VARNAMO, careAreaId: VARNAMO_AREA };

describe("a person who meets every constraint", () => {
  it("is a candidate with the slots they are free for", () => {
    expect(check()).toEqual({ ok: true, freeSlotIds: [MARCH_SLOT.id] });
  });
});

describe("each constraint, with its reason", () => {
  it.each([
    ["wrong role: a peer for a book request", { roles: ["peer"] }, {}, "wrongRole"],
    ["wrong role: a book for a storyteller request", {}, { wantedRole: "storyteller" }, "wrongRole"],
    ["paused without an end", state({ status: "paused" }), {}, "notActive"],
    ["paused until after today", state({ status: "paused", pausedUntil: "2026-04-01" }), {}, "notActive"],
    ["left the library", state({ leftOn: "2026-01-01" }), {}, "notActive"],
    ["anonymised", state({ anonymisedAt: "2026-02-01T00:00:00.000Z" }), {}, "notActive"],
    ["not joined yet", state({ joinedOn: "2026-04-01" }), {}, "notActive"],
    ["no basic training", state({ trainings: [] }), {}, "notTrained"],
    ["basic training only after today", state({ trainings: [{ kind: "basic", completedOn: "2026-03-03" }] }), {}, "notTrained"],
    ["a storyteller without storytelling training", { roles: ["storyteller"] }, { wantedRole: "storyteller" }, "notTrained"],
    ["declined this request before", {}, { declinedPersonIds: [1] }, "declinedBefore"],
    ["already has a pending offer on it", {}, { pendingOfferPersonIds: [1] }, "alreadyOffered"],
    ["a physical request in another care area", {}, VARNAMO_PLACE, "outsideArea"],
    ["a physical request in a municipality the person does not serve", { careAreaIds: [], municipalityIds: [HABO] }, {}, "outsideArea"],
    ["a digital request, a person who does not serve digitally (even locally)", { servesDigital: false }, { isDigital: true }, "outsideArea"],
    ["at the cap in the slot's month", { assignmentsByMonth: { "2026-03": 2 } }, {}, "overCap"],
    ["a cap of zero", { maxPerMonth: 0 }, {}, "overCap"],
    ["no weekly windows", { availability: { windows: [], exceptions: [], bookings: [] } }, {}, "noFreeSlot"],
    ["the slot is outside the windows (a Saturday)", {}, { slots: [{ id: 7, start: new Date("2026-03-14T09:00:00.000Z"), end: new Date("2026-03-14T10:00:00.000Z") }] }, "noFreeSlot"],
    ["a booking overlaps the slot", booked("2026-03-10T10:00:00.000Z", "2026-03-10T11:00:00.000Z"), {}, "noFreeSlot"],
    ["a physical booking ends 30 minutes before the slot (60-minute travel buffer)", booked("2026-03-10T07:00:00.000Z", "2026-03-10T08:30:00.000Z"), {}, "noFreeSlot"],
    [
      "the day is blocked",
      { availability: { windows: person().availability.windows, exceptions: [{ kind: "blocked", fromDate: "2026-03-09", toDate: "2026-03-11", startMinute: null, endMinute: null }], bookings: [] } },
      {},
      "noFreeSlot",
    ],
    ["the slot has already started", {}, { slots: [{ id: 8, start: new Date("2026-03-02T07:30:00.000Z"), end: new Date("2026-03-02T09:00:00.000Z") }] }, "noFreeSlot"],
    ["a request without slots", {}, { slots: [] }, "noFreeSlot"],
  ] as [string, Partial<MatchingPerson>, Partial<MatchingRequest>, string][])("%s → %s", (_label, p, r, reason) => {
    expect(check(p, r)).toEqual({ ok: false, reason });
  });

  it("lists every reason code it can give", () => {
    expect(EXCLUSION_REASONS).toEqual(["wrongRole", "notActive", "notTrained", "declinedBefore", "alreadyOffered", "outsideArea", "overCap", "noFreeSlot"]);
  });
});

describe("the role and training", () => {
  it("accepts a storyteller with the storytelling training", () => {
    const trained = state({ trainings: [{ kind: "basic", completedOn: "2024-01-15" }, { kind: "storytelling", completedOn: "2025-05-01" }] });
    expect(check({ roles: ["book", "storyteller"], ...trained }, { wantedRole: "storyteller" }).ok).toBe(true);
  });

  it("accepts someone whose pause ended yesterday", () => {
    expect(check(state({ status: "paused", pausedUntil: "2026-03-01" })).ok).toBe(true);
  });
});

describe("the place", () => {
  it("a physical request: serving its municipality or its whole care area is enough", () => {
    expect(check({ careAreaIds: [], municipalityIds: [JONKOPING] }).ok).toBe(true);
    expect(check({ careAreaIds: [JONKOPING_AREA], municipalityIds: [] }).ok).toBe(true);
    expect(check({ careAreaIds: [VARNAMO_AREA] }, VARNAMO_PLACE).ok).toBe(true);
  });

  it("a digital request is served by a digital person from anywhere", () => {
    expect(check({ careAreaIds: [JONKOPING_AREA], servesDigital: true }, { isDigital: true, ...VARNAMO_PLACE }).ok).toBe(true);
    expect(check({ careAreaIds: [], municipalityIds: [], servesDigital: true }, { isDigital: true }).ok).toBe(true);
  });

  it("a digital booking needs no travel buffer before a digital slot", () => {
    expect(check({ servesDigital: true, ...booked("2026-03-10T07:00:00.000Z", "2026-03-10T08:30:00.000Z", true) }, { isDigital: true }).ok).toBe(true);
  });
});

describe("the monthly cap is counted in each slot's own month", () => {
  const both = { slots: [MARCH_SLOT, APRIL_SLOT] };

  it("capped in March, still a candidate for the April slot", () => {
    expect(check({ assignmentsByMonth: { "2026-03": 2 } }, both)).toEqual({ ok: true, freeSlotIds: [APRIL_SLOT.id] });
  });

  it("capped in April, still a candidate for the March slot", () => {
    expect(check({ maxPerMonth: 1, assignmentsByMonth: { "2026-04": 1 } }, both)).toEqual({ ok: true, freeSlotIds: [MARCH_SLOT.id] });
  });

  it("capped in both months → overCap", () => {
    expect(check({ maxPerMonth: 1, assignmentsByMonth: { "2026-03": 1, "2026-04": 1 } }, both)).toEqual({ ok: false, reason: "overCap" });
  });

  it("a slot at 00:30 on 1 April in Stockholm counts in April, not March", () => {
    const slot = { id: 9, start: new Date("2026-03-31T22:30:00.000Z"), end: new Date("2026-03-31T23:30:00.000Z") };
    const allDay = { availability: { windows: [{ weekday: 3, startMinute: 0, endMinute: 1440 }], exceptions: [], bookings: [] } };
    expect(check({ ...allDay, maxPerMonth: 1, assignmentsByMonth: { "2026-03": 1 } }, { slots: [slot] }).ok).toBe(true);
    expect(check({ ...allDay, maxPerMonth: 1, assignmentsByMonth: { "2026-04": 1 } }, { slots: [slot] })).toEqual({ ok: false, reason: "overCap" });
  });

  it("under the cap in a month whose slot is not free → noFreeSlot", () => {
    const aprilBlocked = {
      availability: { windows: person().availability.windows, exceptions: [{ kind: "blocked" as const, fromDate: "2026-04-14", toDate: "2026-04-14", startMinute: null, endMinute: null }], bookings: [] },
    };
    expect(check({ ...aprilBlocked, assignmentsByMonth: { "2026-03": 2 } }, both)).toEqual({ ok: false, reason: "noFreeSlot" });
  });
});

describe("the order of the reasons", () => {
  it("gives the first failing constraint in EXCLUSION_REASONS order", () => {
    expect(check({ roles: ["peer"], ...state({ status: "paused" }) })).toEqual({ ok: false, reason: "wrongRole" });
    expect(check(state({ status: "paused", trainings: [] }))).toEqual({ ok: false, reason: "notActive" });
    expect(check({ careAreaIds: [] }, { declinedPersonIds: [1] })).toEqual({ ok: false, reason: "declinedBefore" });
    expect(check({ maxPerMonth: 0 }, VARNAMO_PLACE)).toEqual({ ok: false, reason: "outsideArea" });
    expect(check({ maxPerMonth: 0, availability: { windows: [], exceptions: [], bookings: [] } })).toEqual({ ok: false, reason: "overCap" });
  });
});

// The open call's pure rules: which open requests a volunteer is shown, raised hands first and in the score, the digest's week.
import { scoreCandidate, scoreTotal, SCORE_WEIGHTS } from "~/domain/matching/score";
import { digestNewSince, digestRequests, digestWeekStart, mayRaiseHand, openCallFor, raisedHandsFirst } from "~/domain/open-call";
import { APRIL_SLOT, context, MARCH_SLOT, person, request, snapshot, VARNAMO, VARNAMO_AREA } from "./matching/builders";

describe("the open requests a volunteer is shown", () => {
  it("lists the open requests she may be offered, with the slots she is free for, soonest first", () => {
    const saturday = { id: 1002, start: new Date("2026-03-14T09:00:00.000Z"), end: new Date("2026-03-14T10:00:00.000Z") };
    const fits = openCallFor(
      snapshot(
        [person({ id: 1 }), person({ id: 2 })],
        [
          request({ id: 100, slots: [APRIL_SLOT] }),
          request({ id: 101, slots: [saturday, MARCH_SLOT] }),
          request({ id: 102, status: "offered" }),
          request({ id: 103, wantedRole: "peer" }),
          request({ id: 104, municipalityId: VARNAMO, careAreaId: VARNAMO_AREA }),
          request({ id: 105, pendingOfferPersonIds: [1] }),
          request({ id: 106, declinedPersonIds: [1] }),
          request({ id: 107, slots: [saturday] }),
        ],
      ),
      1,
    );
    expect(fits).toEqual([
      { requestId: 101, freeSlotIds: [MARCH_SLOT.id] },
      { requestId: 100, freeSlotIds: [APRIL_SLOT.id] },
    ]);
  });

  it("shows nothing to a paused person, to someone over her cap, or to a person outside the snapshot", () => {
    const requests = [request({ id: 100 })];
    const paused = person({ state: { ...person().state, status: "paused" } });
    expect(openCallFor(snapshot([paused], requests), 1)).toEqual([]);
    expect(openCallFor(snapshot([person({ maxPerMonth: 1, assignmentsByMonth: { "2026-03": 1 } })], requests), 1)).toEqual([]);
    expect(openCallFor(snapshot([person()], requests), 99)).toEqual([]);
  });

  it.each([
    [100, MARCH_SLOT.id, "ok"],
    [100, APRIL_SLOT.id, "slotNotFree"],
    [200, MARCH_SLOT.id, "notFit"],
  ] as const)("request %i, slot %i: %s", (requestId, slotId, verdict) => {
    expect(mayRaiseHand([{ requestId: 100, freeSlotIds: [MARCH_SLOT.id] }], requestId, slotId)).toBe(verdict);
  });
});

describe("a raised hand on the desk", () => {
  it("puts those who raised a hand first, each group in the ranking's order", () => {
    const ranked = [1, 2, 3, 4, 5].map((personId) => ({ personId }));
    expect(raisedHandsFirst(ranked, new Set([4, 2])).map((c) => c.personId)).toEqual([2, 4, 1, 3, 5]);
    expect(raisedHandsFirst(ranked, new Set()).map((c) => c.personId)).toEqual([1, 2, 3, 4, 5]);
  });

  it("adds one score part, 'Anmälde intresse', to her total only, the same in the plan's total", () => {
    const r = request({ raisedHandPersonIds: [1] });
    const raised = scoreCandidate(person({ id: 1 }), r, context());
    const other = scoreCandidate(person({ id: 2 }), r, context());
    expect(raised.parts.filter((p) => p.key === "raisedHand")).toEqual([
      { key: "raisedHand", points: SCORE_WEIGHTS.raisedHand, reason: { key: "matching.reason.raisedHand", vars: {} } },
    ]);
    expect(other.parts.some((p) => p.key === "raisedHand")).toBe(false);
    expect(raised.total).toBeCloseTo(other.total + SCORE_WEIGHTS.raisedHand, 5);
    expect(raised.total).toBeCloseTo(
      raised.parts.reduce((sum, p) => sum + p.points, 0),
      5,
    );
    expect(scoreTotal(person({ id: 1 }), r, context())).toBe(raised.total);
    expect(scoreTotal(person({ id: 2 }), r, context())).toBe(other.total);
  });
});

describe("the weekly digest", () => {
  it.each([
    ["Monday 08:00 in Stockholm starts the week", "2026-03-09T07:00:00.000Z", "2026-03-09T07:00:00.000Z"],
    ["Monday 07:59 is still the week before", "2026-03-09T06:59:00.000Z", "2026-03-02T07:00:00.000Z"],
    ["Sunday evening belongs to Monday's week", "2026-03-15T20:00:00.000Z", "2026-03-09T07:00:00.000Z"],
    ["after the clock change, 08:00 is 06:00 UTC", "2026-03-30T06:30:00.000Z", "2026-03-30T06:00:00.000Z"],
  ])("%s", (_what, now, start) => {
    expect(digestWeekStart(new Date(now)).toISOString()).toBe(start);
  });

  it("is due once a week: new since the last digest, or the week before for a first one", () => {
    const now = new Date("2026-03-10T12:00:00.000Z");
    expect(digestNewSince(null, now)?.toISOString()).toBe("2026-03-02T07:00:00.000Z");
    expect(digestNewSince("2026-03-02T07:01:00.000Z", now)?.toISOString()).toBe("2026-03-02T07:01:00.000Z");
    expect(digestNewSince("2026-03-09T07:00:00.000Z", now)).toBeNull();
  });

  it("lists only requests created since then that she has not already raised a hand for", () => {
    const fits = [101, 102, 103].map((requestId) => ({ requestId, freeSlotIds: [requestId * 10] }));
    const created = new Map([
      [101, { createdAt: "2026-03-01T10:00:00.000Z" }],
      [102, { createdAt: "2026-03-05T10:00:00.000Z" }],
      [103, { createdAt: "2026-03-06T10:00:00.000Z" }],
    ]);
    const since = new Date("2026-03-02T07:00:00.000Z");
    expect(digestRequests(fits, created, { since, raised: new Set([103]) }).map((f) => f.requestId)).toEqual([102]);
  });
});

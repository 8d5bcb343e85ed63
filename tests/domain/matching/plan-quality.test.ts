// The plan where times clash, ties and the never-offered rule: the four minimal inputs of issue K, each a plan a coordinator would reject.
import { planAssignments } from "~/domain/matching/plan";
import { rankCandidates } from "~/domain/matching/rank";
import { scoreCandidate } from "~/domain/matching/score";
import { localToInstant } from "~/domain/stockholm-time";
import { APRIL_SLOT, MARCH_SLOT, person, request, snapshot } from "./builders";

/** A 90-minute slot on a local date and time. */
const at = (id: number, date: string, minute: number) => {
  const start = localToInstant(date, minute);
  return { id, start, end: new Date(start.getTime() + 90 * 60_000) };
};

describe("the plan when one person's times clash", () => {
  it("does not let slot order decide: a request with a free second month keeps its person (bug 1)", () => {
    const book = person({ id: 1, maxPerMonth: 2 });
    const marchTwin = { ...MARCH_SLOT, id: 1002 };
    for (const slots of [[APRIL_SLOT, marchTwin], [marchTwin, APRIL_SLOT]]) {
      const plan = planAssignments(snapshot([book], [request({ id: 100 }), request({ id: 101, slots })]));
      expect(plan.rows.map((r) => [r.requestId, r.slotId])).toEqual([[100, MARCH_SLOT.id], [101, APRIL_SLOT.id]]);
      expect(plan.unassigned).toEqual([]);
    }
  });

  it("re-plans every request after a clash, so adding a request never lowers the plan (bug 2)", () => {
    const book = person({ id: 1, maxPerMonth: 2, servesDigital: true });
    const early = request({ id: 101, experienceAreaIds: [1, 9], slots: [at(2001, "2026-03-10", 480)] });
    const physical = request({ id: 102, slots: [at(2002, "2026-03-10", 840)] });
    const digital = request({ id: 103, isDigital: true, slots: [at(2003, "2026-03-10", 840)] });
    const without = planAssignments(snapshot([book], [early, physical]));
    const withIt = planAssignments(snapshot([book], [early, physical, digital]));
    expect(without.rows.map((r) => r.requestId)).toEqual([101, 102]);
    expect(withIt.rows.map((r) => r.requestId)).toContain(101);
    expect(withIt.rows).toHaveLength(2);
    expect(withIt.total).toBeGreaterThanOrEqual(without.total);
  });
});

describe("ties in the plan", () => {
  it("go to the person with fewer offers this year, as ranking orders them (bug 3)", () => {
    for (const [few, many] of [[1, 2], [2, 1], [7, 3], [3, 7]]) {
      for (let requests = 1; requests <= 3; requests++) {
        const peers = [
          person({ id: few, roles: ["peer"], offersThisYear: 1, maxPerMonth: 5 }),
          person({ id: many, roles: ["peer"], offersThisYear: 4, maxPerMonth: 5 }),
        ];
        const open = Array.from({ length: requests }, (_, i) => request({ id: 100 + i, wantedRole: "peer", slots: [at(3000 + i, `2026-03-${10 + i}`, 600)] }));
        const snap = snapshot(peers, open);
        expect(rankCandidates(snap, 100)!.candidates[0].personId).toBe(few);
        expect(planAssignments(snap).rows.map((r) => r.personId)).toEqual(open.map(() => few));
      }
    }
  });
});

describe("never offered this year: one rule for the score and the plan", () => {
  it("a book with peer offers only counts as never offered on a book request, in the score, the row's tag and the total (bug 4)", () => {
    const both = person({ id: 1, roles: ["book", "peer"], offersThisYear: 2, bookOffersThisYear: 0 });
    const snap = snapshot([both], [request({ id: 100 })]);
    const score = scoreCandidate(both, snap.requests[0], snap.context);
    expect(score.parts.find((p) => p.key === "goalPressure")!.reason.key).toBe("matching.reason.neverOffered");
    const plan = planAssignments(snap);
    expect(plan.rows.map((r) => [r.personId, r.neverOffered])).toEqual([[1, true]]);
    expect(plan.neverOfferedCovered).toBe(1);
    expect(plan.total).toBeGreaterThan(score.total);
  });

  it("a book with a book offer this year is not never offered, on any request", () => {
    const offered = person({ id: 1, roles: ["book", "peer"], offersThisYear: 1, bookOffersThisYear: 1 });
    const snap = snapshot([offered], [request({ id: 100 }), request({ id: 101, wantedRole: "peer", slots: [APRIL_SLOT] })]);
    const plan = planAssignments(snap);
    expect(plan.rows.map((r) => r.neverOffered)).toEqual([false, false]);
    expect(plan.neverOfferedCovered).toBe(0);
  });
});

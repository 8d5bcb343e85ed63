// The plan against brute force on small random instances, plus capacity, clashes, the never-offered bonus and determinism.
import { solveAssignment, type AssignmentProblem } from "~/domain/matching/assignment";
import { checkCandidate } from "~/domain/matching/constraints";
import { planAssignments, PLAN_DEFAULTS, type Plan } from "~/domain/matching/plan";
import { round2 } from "~/domain/matching/score";
import { prepareSlot } from "~/domain/matching/slot-check";
import type { MatchingSnapshot } from "~/domain/matching/types";
import { localToInstant } from "~/domain/stockholm-time";
import { exhaustiveOptimum, shortlistsOf } from "./exhaustive-plan";
import { APRIL_SLOT, JONKOPING_AREA, MARCH_SLOT, person, prng, request, snapshot, VARNAMO, VARNAMO_AREA } from "./builders";

/** The best value by trying every choice for every request; returns -Infinity only for an empty problem it cannot be. */
function bruteForce(problem: AssignmentProblem): number {
  const used = new Map<string, number>();
  const people = new Map<number, number>();
  let best = -Infinity;
  const visit = (i: number, value: number) => {
    if (i === problem.requests.length) {
      let bonus = 0;
      for (const [personId, n] of people) if (n > 0) bonus += Math.max(0, problem.bonus(personId));
      best = Math.max(best, value + bonus);
      return;
    }
    visit(i + 1, value);
    for (const o of problem.requests[i].options) {
      const key = `${o.personId}|${o.bucket}`;
      if ((used.get(key) ?? 0) >= problem.capacity(o.personId, o.bucket)) continue;
      used.set(key, (used.get(key) ?? 0) + 1);
      people.set(o.personId, (people.get(o.personId) ?? 0) + 1);
      visit(i + 1, value + o.weight);
      used.set(key, used.get(key)! - 1);
      people.set(o.personId, people.get(o.personId)! - 1);
    }
  };
  visit(0, 0);
  return best;
}

function randomProblem(seed: number, requests = 6, people = 6): AssignmentProblem {
  const rand = prng(seed);
  const capacity = new Map<string, number>();
  const bonus = new Map<number, number>();
  for (let p = 1; p <= people; p++) {
    bonus.set(p, rand() < 0.5 ? Math.floor(rand() * 3000) : 0);
    for (const bucket of ["2026-03", "2026-04"]) capacity.set(`${p}|${bucket}`, 1 + Math.floor(rand() * 2));
  }
  return {
    requests: Array.from({ length: requests }, (_, i) => ({
      id: i + 1,
      options: Array.from({ length: people }, (_, p) => p + 1)
        .filter(() => rand() < 0.55)
        .flatMap((personId) => {
          const buckets = rand() < 0.3 ? ["2026-03", "2026-04"] : [rand() < 0.5 ? "2026-03" : "2026-04"];
          return buckets.map((bucket) => ({ personId, bucket, weight: Math.floor(rand() * 10_000) }));
        }),
    })),
    capacity: (personId, bucket) => capacity.get(`${personId}|${bucket}`) ?? 0,
    bonus: (personId) => bonus.get(personId) ?? 0,
  };
}

describe("solveAssignment", () => {
  it("finds the brute-force optimum on 200 random 6 × 6 instances, with capacities respected", () => {
    for (let seed = 1; seed <= 200; seed++) {
      const problem = randomProblem(seed);
      const { chosen, value } = solveAssignment(problem);
      const used = new Map<string, number>();
      let recomputed = 0;
      chosen.forEach((option, i) => {
        if (!option) return;
        expect(problem.requests[i].options).toContainEqual(option);
        const key = `${option.personId}|${option.bucket}`;
        used.set(key, (used.get(key) ?? 0) + 1);
        expect(used.get(key)).toBeLessThanOrEqual(problem.capacity(option.personId, option.bucket));
        recomputed += option.weight;
      });
      for (const personId of new Set(chosen.flatMap((o) => (o ? [o.personId] : [])))) recomputed += problem.bonus(personId);
      expect({ seed, value }).toEqual({ seed, value: bruteForce(problem) });
      expect(recomputed).toBe(value);
    }
  });

  it("also with more requests than people can take (9 requests × 4 people, 100 seeds)", () => {
    for (let seed = 1000; seed < 1100; seed++) {
      const problem = randomProblem(seed, 9, 4);
      expect({ seed, value: solveAssignment(problem).value }).toEqual({ seed, value: bruteForce(problem) });
    }
  });

  it("skips a request nobody can take, and one whose only person has no capacity", () => {
    const { chosen, value } = solveAssignment({
      requests: [
        { id: 1, options: [] },
        { id: 2, options: [{ personId: 1, bucket: "m", weight: 50 }] },
      ],
      capacity: () => 0,
      bonus: () => 0,
    });
    expect(chosen).toEqual([null, null]);
    expect(value).toBe(0);
  });
});

/** Request i's slots: a March and an April weekday each, at times no other request uses. */
function slotsFor(i: number, both: boolean) {
  const march = localToInstant(`2026-03-${String(9 + i).padStart(2, "0")}`, 600);
  const april = localToInstant(`2026-04-${String(13 + i).padStart(2, "0")}`, 600);
  const slot = (id: number, start: Date) => ({ id, start, end: new Date(start.getTime() + 90 * 60_000) });
  return both ? [slot(1000 + 2 * i, march), slot(1001 + 2 * i, april)] : [slot(1000 + 2 * i, i % 2 === 0 ? march : april)];
}
const ALL_WEEK = { windows: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startMinute: 0, endMinute: 1440 })), exceptions: [], bookings: [] };

function randomSnapshot(seed: number): MatchingSnapshot {
  const rand = prng(seed);
  const some = (ids: number[]) => ids.filter(() => rand() < 0.5);
  const people = Array.from({ length: 5 }, (_, i) =>
    person({
      id: i + 1,
      roles: rand() < 0.8 ? ["book"] : ["book", "peer"],
      experienceAreaIds: some([1, 2, 3, 4]),
      careAreaIds: [rand() < 0.7 ? JONKOPING_AREA : VARNAMO_AREA],
      servesDigital: rand() < 0.5,
      maxPerMonth: 1 + Math.floor(rand() * 2),
      assignmentsByMonth: rand() < 0.3 ? { "2026-03": 1 } : {},
      offersThisYear: rand() < 0.5 ? 0 : 2,
      bookOffersThisYear: rand() < 0.5 ? 0 : 1,
      feedbackRating: rand() < 0.5 ? null : 1 + Math.floor(rand() * 5),
      availability: ALL_WEEK,
    }),
  );
  const requests = Array.from({ length: 5 }, (_, i) =>
    request({
      id: 100 + i,
      wantedRole: rand() < 0.8 ? "book" : "peer",
      experienceAreaIds: some([1, 2, 3, 4]),
      isDigital: rand() < 0.3,
      ...(rand() < 0.3 ? { municipalityId: VARNAMO, careAreaId: VARNAMO_AREA } : {}),
      slots: slotsFor(i, rand() < 0.4),
    }),
  );
  return snapshot(people, requests, { yearProgress: rand(), bookCoverage: rand() * 0.8 });
}

function assertWithinCapacity(snap: MatchingSnapshot, plan: Plan) {
  const used = new Map<string, number>();
  for (const row of plan.rows) {
    const r = snap.requests.find((x) => x.id === row.requestId)!;
    const p = snap.people.find((x) => x.id === row.personId)!;
    const slot = r.slots.find((s) => s.id === row.slotId)!;
    expect(checkCandidate(p, r, snap.context)).toMatchObject({ ok: true, freeSlotIds: expect.arrayContaining([slot.id]) });
    const key = `${p.id}|${prepareSlot(slot, false).month}`;
    used.set(key, (used.get(key) ?? 0) + 1);
    expect(used.get(key)! + (p.assignmentsByMonth[prepareSlot(slot, false).month] ?? 0)).toBeLessThanOrEqual(p.maxPerMonth);
  }
}

describe("planAssignments", () => {
  it("reaches the brute-force optimum on 150 random snapshots, within every monthly cap", () => {
    for (let seed = 1; seed <= 150; seed++) {
      const snap = randomSnapshot(seed);
      const plan = planAssignments(snap);
      assertWithinCapacity(snap, plan);
      const optimum = exhaustiveOptimum(snap, shortlistsOf(snap, PLAN_DEFAULTS.topK, PLAN_DEFAULTS.neverOfferedBonus), PLAN_DEFAULTS.neverOfferedBonus);
      expect({ seed, total: Math.round(plan.total * 100) }).toEqual({ seed, total: optimum });
      expect([...plan.rows.map((r) => r.requestId), ...plan.unassigned].sort()).toEqual(snap.requests.map((r) => r.id).sort());
    }
  });

  it("gives the same plan for the same input, in whatever order it comes", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const snap = randomSnapshot(seed);
      const shuffled = { ...snap, people: [...snap.people].reverse(), requests: [...snap.requests].reverse() };
      expect(planAssignments(shuffled)).toEqual(planAssignments(snap));
      expect(planAssignments(snap)).toEqual(planAssignments(snap));
    }
  });

  it("gives rows with their score parts and a slot the person is free for", () => {
    const plan = planAssignments(snapshot([person()], [request()]));
    expect(plan.rows).toEqual([{ requestId: 100, personId: 1, slotId: MARCH_SLOT.id, score: expect.any(Number), parts: expect.any(Array), neverOffered: true }]);
    expect(plan.rows[0].parts.map((p) => p.key)).toContain("goalPressure");
    expect(plan.total).toBe(round2(plan.rows[0].score + PLAN_DEFAULTS.neverOfferedBonus));
    expect(plan.neverOfferedCovered).toBe(1);
  });

  it("respects the monthly cap of a popular person, counted per month", () => {
    const star = person({ id: 1, maxPerMonth: 1, offersThisYear: 4, bookOffersThisYear: 4 });
    const requests = [0, 1, 2].map((i) => request({ id: 100 + i, slots: slotsFor(i, false) }));
    // Requests 100 and 102 are in March, 101 in April: the one person can take one of each month.
    const plan = planAssignments(snapshot([{ ...star, availability: ALL_WEEK }], requests));
    expect(plan.rows).toHaveLength(2);
    expect(plan.rows.map((r) => r.requestId)).toContain(101);
    expect(plan.unassigned).toHaveLength(1);
  });

  it("leaves a request unassigned when nobody can take it", () => {
    const plan = planAssignments(snapshot([person()], [request({ id: 100, municipalityId: VARNAMO, careAreaId: VARNAMO_AREA }), request({ id: 101 })]));
    expect(plan.unassigned).toEqual([100]);
    expect(plan.rows.map((r) => r.requestId)).toEqual([101]);
  });

  it("spreads offers to people offered nothing this year instead of giving a popular person everything", () => {
    const a = person({ id: 1, roles: ["peer"], offersThisYear: 3, experienceAreaIds: [1, 2, 3] });
    const b = person({ id: 2, roles: ["peer"], offersThisYear: 0, experienceAreaIds: [1, 2] });
    const requests = [request({ id: 100, wantedRole: "peer" }), request({ id: 101, wantedRole: "peer", slots: [APRIL_SLOT] })];
    const greedy = planAssignments(snapshot([a, b], requests), { neverOfferedBonus: 0 });
    expect(greedy.rows.map((r) => r.personId)).toEqual([1, 1]);
    const spread = planAssignments(snapshot([a, b], requests));
    expect(spread.rows.map((r) => r.personId).sort()).toEqual([1, 2]);
    expect(spread.neverOfferedCovered).toBe(1);
  });

  it("never plans one person into two clashing slots", () => {
    const only = person({ id: 1 });
    const sameTime = [request({ id: 100 }), request({ id: 101 })];
    const clash = planAssignments(snapshot([only], sameTime));
    expect(clash.rows.map((r) => r.requestId)).toEqual([100]);
    expect(clash.unassigned).toEqual([101]);
    // With a later slot the same day (past the travel buffer), both fit.
    const later = { id: 1002, start: new Date(MARCH_SLOT.start.getTime() + 3 * 3_600_000), end: new Date(MARCH_SLOT.end.getTime() + 3 * 3_600_000) };
    const both = planAssignments(snapshot([only], [request({ id: 100 }), request({ id: 101, slots: [MARCH_SLOT, later] })]));
    expect(both.rows.map((r) => [r.requestId, r.slotId])).toEqual([[100, MARCH_SLOT.id], [101, 1002]]);
  });

  it("keeps every person's planned slots apart (with travel buffer) and within the caps when times collide", () => {
    for (let seed = 1; seed <= 100; seed++) {
      const rand = prng(seed);
      const base = randomSnapshot(seed);
      // Everyone free all week and every request at one of three times that overlap or sit close together.
      const times = ["2026-03-10T09:00:00.000Z", "2026-03-10T10:00:00.000Z", "2026-03-10T12:30:00.000Z"];
      const requests = base.requests.map((r, i) => {
        const start = new Date(times[Math.floor(rand() * times.length)]);
        return { ...r, slots: [{ id: 5000 + i, start, end: new Date(start.getTime() + 60 * 60_000) }] };
      });
      const snap = { ...base, people: base.people.map((p) => ({ ...p, maxPerMonth: 3, assignmentsByMonth: {} })), requests };
      const plan = planAssignments(snap);
      assertWithinCapacity(snap, plan);
      for (const personId of new Set(plan.rows.map((row) => row.personId))) {
        const rows = plan.rows.filter((row) => row.personId === personId);
        const spans = rows.map((row) => requests.find((r) => r.id === row.requestId)!).map((r) => [r.slots[0].start.getTime(), r.slots[0].end.getTime(), r.isDigital] as const);
        for (const [i, a] of spans.entries()) {
          for (const b of spans.slice(i + 1)) {
            const gap = a[2] && b[2] ? 0 : 60 * 60_000;
            expect(a[1] + gap <= b[0] || b[1] + gap <= a[0]).toBe(true);
          }
        }
      }
    }
  });

  it("plans open requests only, or the ones asked for", () => {
    const snap = snapshot([person()], [request({ id: 100, status: "offered" }), request({ id: 101, slots: [APRIL_SLOT] }), request({ id: 102, slots: slotsFor(3, false) })]);
    expect(planAssignments(snap).rows.map((r) => r.requestId)).toEqual([101, 102]);
    expect(planAssignments(snap, { requestIds: [102] }).rows.map((r) => r.requestId)).toEqual([102]);
  });

  it("refills a request's top K from the next candidates when its only one is full", () => {
    // Person 1 is everyone's first choice but can take one request; person 2 is the runner-up, outside a top 1.
    const people = [person({ id: 1, maxPerMonth: 1, availability: ALL_WEEK }), person({ id: 2, experienceAreaIds: [1], availability: ALL_WEEK })];
    const requests = [request({ id: 100, slots: slotsFor(0, false) }), request({ id: 101, slots: slotsFor(2, false) })];
    expect(planAssignments(snapshot(people, requests), { topK: 1 }).rows.map((r) => r.personId).sort()).toEqual([1, 2]);
    expect(planAssignments(snapshot(people, requests)).rows.map((r) => r.personId).sort()).toEqual([1, 2]);
  });
});

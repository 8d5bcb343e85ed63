// The plan against an exhaustive optimiser on thousands of small random snapshots where times clash, caps bind, K is small and people tie.
import { checkCandidate } from "~/domain/matching/constraints";
import { planAssignments, PLAN_DEFAULTS, type Plan } from "~/domain/matching/plan";
import { prepareSlot } from "~/domain/matching/slot-check";
import type { MatchingPerson, MatchingSnapshot } from "~/domain/matching/types";
import { localToInstant } from "~/domain/stockholm-time";
import { JONKOPING_AREA, person, prng, request, snapshot, VARNAMO, VARNAMO_AREA, WEEKDAYS_8_TO_17 } from "./builders";
import { exhaustiveOptimum, keepApart, shortlistsOf } from "./exhaustive-plan";

const BONUS = PLAN_DEFAULTS.neverOfferedBonus;
const INSTANCES = 2000;
const ALL_WEEK = { windows: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startMinute: 0, endMinute: 1440 })), exceptions: [], bookings: [] };
/** Few distinct times, most on one day and some within the travel buffer of each other: most instances clash. */
const TIMES: [string, number][] = [["2026-03-10", 540], ["2026-03-10", 600], ["2026-03-10", 690], ["2026-03-10", 840], ["2026-03-11", 600], ["2026-04-14", 600], ["2026-04-14", 660]];

function randomInstance(seed: number, size = { people: 2 + Math.floor(prng(-seed)() * 3), requests: 3 + Math.floor(prng(-seed)() * 6) }): { snap: MatchingSnapshot; topK: number } {
  const rand = prng(seed);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const some = (ids: number[]) => ids.filter(() => rand() < 0.5);
  const people: MatchingPerson[] = [];
  for (let id = 1; id <= size.people; id++) {
    const offers = Math.floor(rand() * 4);
    const fresh = person({
      id,
      roles: pick([["book"], ["book"], ["peer"], ["book", "peer"]] as const).slice(),
      experienceAreaIds: some([1, 2, 3, 4]),
      careAreaIds: [rand() < 0.8 ? JONKOPING_AREA : VARNAMO_AREA],
      servesDigital: rand() < 0.5,
      maxPerMonth: 1 + Math.floor(rand() * 3),
      assignmentsByMonth: rand() < 0.3 ? { "2026-03": 1 } : {},
      offersThisYear: offers,
      bookOffersThisYear: Math.min(offers, Math.floor(rand() * 2)),
      feedbackRating: rand() < 0.5 ? null : 1 + Math.floor(rand() * 5),
      availability: rand() < 0.7 ? ALL_WEEK : { windows: WEEKDAYS_8_TO_17, exceptions: [], bookings: [] },
    });
    // A tie: the previous person again under another id, with another number of offers this year.
    const previous = people[people.length - 1];
    people.push(previous && rand() < 0.3 ? { ...previous, id, offersThisYear: Math.floor(rand() * 4) } : fresh);
  }
  const requests = Array.from({ length: size.requests }, (_, i) => {
    const times = [...new Set(Array.from({ length: rand() < 0.6 ? 1 : 1 + Math.floor(rand() * 3) }, () => pick(TIMES)))];
    return request({
      id: 100 + i,
      wantedRole: rand() < 0.7 ? "book" : "peer",
      experienceAreaIds: some([1, 2, 3, 4]),
      isDigital: rand() < 0.3,
      ...(rand() < 0.15 ? { municipalityId: VARNAMO, careAreaId: VARNAMO_AREA } : {}),
      slots: times.map(([date, minute], j) => {
        const start = localToInstant(date, minute);
        return { id: 1000 + 10 * i + j, start, end: new Date(start.getTime() + (60 + 30 * Math.floor(rand() * 2)) * 60_000) };
      }),
    });
  });
  return { snap: snapshot(people, requests, { yearProgress: rand(), bookCoverage: rand() * 0.8 }), topK: 1 + Math.floor(rand() * 4) };
}

/** Every row passes the hard constraints, keeps its person's caps, and no person is planned into slots closer than the buffer. */
function assertHolds(snap: MatchingSnapshot, plan: Plan) {
  const used = new Map<string, number>();
  const slotsOf = new Map<number, { start: Date; end: Date; digital: boolean }[]>();
  for (const row of plan.rows) {
    const r = snap.requests.find((x) => x.id === row.requestId)!;
    const p = snap.people.find((x) => x.id === row.personId)!;
    const slot = r.slots.find((s) => s.id === row.slotId)!;
    expect(checkCandidate(p, r, snap.context)).toMatchObject({ ok: true, freeSlotIds: expect.arrayContaining([slot.id]) });
    const month = prepareSlot(slot, r.isDigital).month;
    used.set(`${p.id}|${month}`, (used.get(`${p.id}|${month}`) ?? 0) + 1);
    expect(used.get(`${p.id}|${month}`)! + (p.assignmentsByMonth[month] ?? 0)).toBeLessThanOrEqual(p.maxPerMonth);
    const mine = { start: slot.start, end: slot.end, digital: r.isDigital };
    for (const other of slotsOf.get(p.id) ?? []) expect(keepApart(p, mine, other)).toBe(true);
    slotsOf.set(p.id, [...(slotsOf.get(p.id) ?? []), mine]);
  }
}

describe("planAssignments where times clash", () => {
  it(`reaches the exhaustive optimum over the same shortlists on ${INSTANCES} random snapshots, and never breaks a hard constraint`, () => {
    let planned = 0;
    let optimal = 0;
    let clashing = 0;
    const short: { seed: number; plan: number; optimum: number }[] = [];
    for (let seed = 1; seed <= INSTANCES; seed++) {
      const { snap, topK } = randomInstance(seed);
      const plan = planAssignments(snap, { topK });
      assertHolds(snap, plan);
      expect([...plan.rows.map((r) => r.requestId), ...plan.unassigned].sort()).toEqual(snap.requests.map((r) => r.id).sort());
      const shortlists = shortlistsOf(snap, topK, BONUS);
      const optimum = exhaustiveOptimum(snap, shortlists, BONUS);
      const total = Math.round(plan.total * 100);
      if (exhaustiveOptimum(snap, shortlists, BONUS, { clashes: false }) > optimum) clashing++;
      planned += total;
      optimal += optimum;
      if (total < optimum) short.push({ seed, plan: total, optimum });
    }
    // In a fifth of the instances or more, clashes cost the optimum something: otherwise the test says little about them.
    expect(clashing).toBeGreaterThan(INSTANCES / 5);
    expect(planned / optimal).toBeGreaterThanOrEqual(0.995);
    // The search is exact on groups this small: no instance below the optimum at all.
    expect(short).toEqual([]);
  });

  it("keeps every hard constraint where the group is too large to search exactly and the dive plans it", () => {
    for (let seed = 1; seed <= 40; seed++) {
      const { snap } = randomInstance(seed, { people: 8, requests: PLAN_DEFAULTS.exactRequests + 8 });
      const plan = planAssignments(snap, { topK: 3 });
      assertHolds(snap, plan);
      expect(plan.rows.length).toBeGreaterThan(0);
    }
  });
});

// Ranking starters for a new group's four first meetings as one request: active, trained (basic), serving the place or
// digitally, under the cap and free for every meeting; nearest and least loaded first; the rest with the engine's reasons.
import { rankStarters, type GroupPlace } from "~/domain/matching/starters";
import { meetingAt } from "~/domain/self-help-groups";
import { context, HABO, JONKOPING, JONKOPING_AREA, person, VARNAMO, VARNAMO_AREA } from "./builders";

// Tuesdays 10–12 from 17 March 2026 (the 4th on 7 April), inside the builders' weekday 08–17 windows, across the clock change.
const meetings = [1, 2, 3, 4].map((n) => meetingAt("2026-03-17", 10 * 60, n));
const jonkoping: GroupPlace = { isDigital: false, municipalityId: JONKOPING, careAreaId: JONKOPING_AREA };
const starter = (id: number, overrides: Parameters<typeof person>[0] = {}) => person({ id, roles: [], ...overrides });
const rank = (people: ReturnType<typeof person>[], place: GroupPlace = jonkoping, ctx = context()) => rankStarters(people, place, meetings, ctx);

describe("starter ranking", () => {
  it("lists someone free, trained and serving the place, with place and load reasons", () => {
    const result = rank([starter(1)]);
    expect(result.excluded).toEqual([]);
    expect(result.candidates).toHaveLength(1);
    expect(result.candidates[0].parts.map((p) => [p.key, p.reason.key])).toEqual([
      ["proximity", "matching.reason.sameCareArea"],
      ["loadSpread", "matching.reason.neverAssigned"],
    ]);
  });

  it("ranks the one living in the municipality above one serving the whole care area, and the least loaded first among equals", () => {
    const result = rank([
      starter(1, { assignmentsLast12Months: 3, lastAssignmentOn: "2026-02-01" }),
      starter(2, { municipalityIds: [JONKOPING] }),
      starter(3),
    ]);
    expect(result.candidates.map((c) => c.personId)).toEqual([2, 3, 1]);
    expect(result.candidates[0].total).toBeGreaterThan(result.candidates[1].total);
  });

  it.each([
    ["paused", { state: { ...person().state, status: "paused" as const } }, "notActive"],
    ["left", { state: { ...person().state, leftOn: "2026-01-01" } }, "notActive"],
    ["without the basic training", { state: { ...person().state, trainings: [] } }, "notTrained"],
    ["serving only Värnamo", { careAreaIds: [VARNAMO_AREA], municipalityIds: [VARNAMO] }, "outsideArea"],
    ["at the cap in April, the month of the 4th meeting", { maxPerMonth: 1, assignmentsByMonth: { "2026-04": 1 } }, "overCap"],
    ["busy at the 3rd meeting only", { availability: { windows: person().availability.windows, exceptions: [], bookings: [{ start: meetings[2].start, end: meetings[2].end, isDigital: true }] } }, "noFreeSlot"],
    ["free only on Mondays", { availability: { windows: [{ weekday: 1, startMinute: 0, endMinute: 1440 }], exceptions: [], bookings: [] } }, "noFreeSlot"],
  ] as const)("leaves out someone %s, saying why", (_label, overrides, reason) => {
    expect(rank([starter(1, overrides as never), starter(2)])).toMatchObject({ candidates: [{ personId: 2 }], excluded: [{ personId: 1, reason }] });
  });

  it("counts a group meeting already held by the starter elsewhere as busy, with its travel buffer", () => {
    const before = { start: new Date(meetings[1].start.getTime() - 90 * 60_000), end: new Date(meetings[1].start.getTime() - 30 * 60_000), isDigital: false };
    const result = rank([starter(1, { availability: { windows: person().availability.windows, exceptions: [], bookings: [before] } })]);
    expect(result.excluded).toEqual([{ personId: 1, reason: "noFreeSlot" }]);
  });

  it("needs a digital group's starter to serve digitally, wherever they live", () => {
    const digital: GroupPlace = { isDigital: true };
    const result = rank([starter(1), starter(2, { servesDigital: true, careAreaIds: [VARNAMO_AREA] })], digital);
    expect(result.candidates.map((c) => [c.personId, c.parts[0].reason.key])).toEqual([[2, "matching.reason.servesDigitally"]]);
    expect(result.excluded).toEqual([{ personId: 1, reason: "outsideArea" }]);
  });

  it("serves Habo through the care area, not through another municipality of it", () => {
    const habo: GroupPlace = { isDigital: false, municipalityId: HABO, careAreaId: JONKOPING_AREA };
    expect(rank([starter(1, { careAreaIds: [], municipalityIds: [JONKOPING] }), starter(2)], habo)).toMatchObject({
      candidates: [{ personId: 2 }],
      excluded: [{ personId: 1, reason: "outsideArea" }],
    });
  });

  it("refuses meetings that have already begun", () => {
    expect(rank([starter(1)], jonkoping, context({ now: new Date("2026-03-24T09:30:00.000Z") })).excluded).toEqual([{ personId: 1, reason: "noFreeSlot" }]);
  });
});

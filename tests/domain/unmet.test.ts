// Unmet demand: which requests are unmet, the reason each is grouped under, the counts behind it, and the groups' order.
import type { ExclusionReason } from "~/domain/matching/constraints";
import { rankCandidates } from "~/domain/matching/rank";
import { groupUnmet, unmetReason, type UnmetInput } from "~/domain/unmet";
import { JONKOPING_AREA, person, request, snapshot, VARNAMO, VARNAMO_AREA } from "./matching/builders";

const excluded = (counts: Partial<Record<ExclusionReason, number>>) =>
  Object.entries(counts).flatMap(([reason, n]) => Array.from({ length: n! }, () => ({ reason: reason as ExclusionReason })));

/** A candidate whose experience part paid `points`: zero means none of the wanted areas. */
const candidate = (points: number) => ({ parts: [{ key: "experience" as const, points, reason: { key: "x", vars: {} } }] });

const input = (overrides: Partial<UnmetInput> = {}): UnmetInput => ({ requestId: 1, wantsExperience: true, candidates: [], excluded: [], ...overrides });

describe("unmetReason", () => {
  it.each([
    ["nobody at all in the library", input(), "noRoleHolder"],
    ["only people without the role", input({ excluded: excluded({ wrongRole: 4 }) }), "noRoleHolder"],
    ["most holders serve elsewhere", input({ excluded: excluded({ wrongRole: 9, outsideArea: 3, noFreeSlot: 2 }) }), "outsideArea"],
    ["most holders are busy then", input({ excluded: excluded({ outsideArea: 1, noFreeSlot: 2, overCap: 1 }) }), "noFreeSlot"],
    ["most holders are paused or gone", input({ excluded: excluded({ notActive: 3, notTrained: 1 }) }), "notActive"],
    ["a tie goes to the earlier check", input({ excluded: excluded({ noFreeSlot: 2, outsideArea: 2 }) }), "outsideArea"],
    ["candidates, none with a wanted area", input({ candidates: [candidate(0), candidate(0)], excluded: excluded({ outsideArea: 5 }) }), "experienceNotCovered"],
  ] as const)("%s → %s", (_name, given, reason) => {
    expect(unmetReason(given)?.reason).toBe(reason);
  });

  it.each([
    ["a candidate with one wanted area", input({ candidates: [candidate(0), candidate(13.33)] })],
    ["candidates, and no area was asked for", input({ wantsExperience: false, candidates: [candidate(40)] })],
  ])("is met: %s", (_name, given) => {
    expect(unmetReason(given)).toBeNull();
  });

  it("counts the role holders and what excluded them, leaving out people without the role", () => {
    expect(unmetReason(input({ requestId: 7, excluded: excluded({ wrongRole: 10, outsideArea: 3, noFreeSlot: 1 }) }))).toEqual({
      requestId: 7,
      reason: "outsideArea",
      holders: 4,
      excludedBy: { outsideArea: 3, noFreeSlot: 1 },
    });
    expect(unmetReason(input({ candidates: [candidate(0)], excluded: excluded({ notTrained: 2 }) }))).toMatchObject({ holders: 3, excludedBy: { notTrained: 2 } });
  });

  it("reads the engine's own rankings", () => {
    // One book serving Jönköping only: a Värnamo request has nobody, a Jönköping request wanting area 9 has a candidate without it.
    const world = snapshot(
      [person({ id: 1, experienceAreaIds: [1] }), person({ id: 2, roles: ["peer"] })],
      [
        request({ id: 10, municipalityId: VARNAMO, careAreaId: VARNAMO_AREA }),
        request({ id: 11, careAreaId: JONKOPING_AREA, experienceAreaIds: [9] }),
        request({ id: 12, experienceAreaIds: [1] }),
      ],
    );
    const inputs = world.requests.map((r) => {
      const ranking = rankCandidates(world, r.id)!;
      return { requestId: r.id, wantsExperience: r.experienceAreaIds.length > 0, candidates: ranking.candidates, excluded: ranking.excluded };
    });
    expect(inputs.map((i) => unmetReason(i)?.reason ?? null)).toEqual(["outsideArea", "experienceNotCovered", null]);
  });
});

describe("groupUnmet", () => {
  const reasons = (inputs: UnmetInput[]) => inputs.flatMap((i) => unmetReason(i) ?? []);

  it("puts the largest group first, ties in reason order, requests by id, and leaves met requests out", () => {
    const groups = groupUnmet(
      reasons([
        input({ requestId: 5, excluded: excluded({ noFreeSlot: 1 }) }),
        input({ requestId: 3, excluded: excluded({ noFreeSlot: 2 }) }),
        input({ requestId: 4, excluded: excluded({ outsideArea: 1 }) }),
        input({ requestId: 2 }),
        input({ requestId: 6, candidates: [candidate(20)] }),
        input({ requestId: 1, excluded: excluded({ outsideArea: 1 }) }),
        input({ requestId: 8, excluded: excluded({ noFreeSlot: 1 }) }),
      ]),
    );
    expect(groups.map((g) => [g.reason, g.requests.map((r) => r.requestId)])).toEqual([
      ["noFreeSlot", [3, 5, 8]],
      ["outsideArea", [1, 4]],
      ["noRoleHolder", [2]],
    ]);
  });

  it("is empty when every request is met", () => {
    expect(groupUnmet([])).toEqual([]);
    expect(groupUnmet(reasons([input({ candidates: [candidate(10)] })]))).toEqual([]);
  });
});

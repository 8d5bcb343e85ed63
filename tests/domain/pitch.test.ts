// Which care units a not-yet-offered person is pitched to: each trait's points, the order, ties and the limit of three.
import { PITCH_WEIGHTS, pitchUnit, pitchUnits, type PitchPerson, type PitchUnit } from "~/domain/pitch";

/** Care areas 10 (Jönköping: municipalities 101, 102) and 20 (Värnamo: 201). */
const CARE_AREA_OF = new Map([
  [101, 10],
  [102, 10],
  [201, 20],
]);

const person = (overrides: Partial<PitchPerson> = {}): PitchPerson => ({
  careAreaIds: [],
  municipalityIds: [],
  experienceAreaIds: [],
  assignmentUnitKinds: [],
  ...overrides,
});

const unit = (id: number, overrides: Partial<PitchUnit> = {}): PitchUnit => ({ id, kind: "primary_care", careAreaId: 10, requestAreaIds: [], ...overrides });

const W = PITCH_WEIGHTS;

describe("pitchUnit", () => {
  it.each([
    ["nothing in common", person(), unit(1), { score: 0, sameCareArea: false, kindSeen: false, sharedAreaIds: [] }],
    ["serves the unit's whole care area", person({ careAreaIds: [10] }), unit(1), { score: W.careArea, sameCareArea: true }],
    ["serves a municipality in the unit's care area", person({ municipalityIds: [102] }), unit(1), { score: W.careArea, sameCareArea: true }],
    ["serves a municipality in another care area", person({ municipalityIds: [201] }), unit(1), { score: 0, sameCareArea: false }],
    ["has had an assignment at a unit of the kind", person({ assignmentUnitKinds: ["school", "primary_care"] }), unit(1), { score: W.kind, kindSeen: true }],
    ["has had assignments only at other kinds", person({ assignmentUnitKinds: ["school"] }), unit(1), { score: 0, kindSeen: false }],
    ["brings two areas the unit asked for", person({ experienceAreaIds: [3, 1, 9] }), unit(1, { requestAreaIds: [1, 2, 3] }), { score: 2 * W.experienceArea, sharedAreaIds: [1, 3] }],
    [
      "counts at most maxAreas shared areas",
      person({ experienceAreaIds: [1, 2, 3, 4, 5] }),
      unit(1, { requestAreaIds: [1, 2, 3, 4, 5] }),
      { score: W.maxAreas * W.experienceArea, sharedAreaIds: [1, 2, 3, 4, 5] },
    ],
    [
      "adds everything up",
      person({ careAreaIds: [10], assignmentUnitKinds: ["primary_care"], experienceAreaIds: [7] }),
      unit(1, { requestAreaIds: [7, 7] }),
      { score: W.careArea + W.kind + W.experienceArea, sameCareArea: true, kindSeen: true, sharedAreaIds: [7] },
    ],
  ])("%s", (_name, p, u, expected) => {
    expect(pitchUnit(p, u, CARE_AREA_OF)).toMatchObject({ unitId: u.id, ...expected });
  });
});

describe("pitchUnits", () => {
  const cancerBook = person({ municipalityIds: [101], experienceAreaIds: [1, 2], assignmentUnitKinds: ["school"] });

  it("returns the three best units, best first", () => {
    const units = [
      unit(1, { careAreaId: 20 }),
      unit(2, { careAreaId: 10, requestAreaIds: [1, 2] }),
      unit(3, { careAreaId: 20, kind: "school", requestAreaIds: [2] }),
      unit(4, { careAreaId: 10 }),
      unit(5, { careAreaId: 20, requestAreaIds: [1] }),
    ];
    const pitches = pitchUnits(cancerBook, units, CARE_AREA_OF);
    expect(pitches.map((p) => [p.unitId, p.score])).toEqual([
      [2, W.careArea + 2 * W.experienceArea],
      [3, W.kind + W.experienceArea],
      [4, W.careArea],
    ]);
  });

  it("leaves out units where nothing fits, rather than filling up to three", () => {
    const pitches = pitchUnits(cancerBook, [unit(1, { careAreaId: 20 }), unit(2, { careAreaId: 20, kind: "school" })], CARE_AREA_OF);
    expect(pitches.map((p) => p.unitId)).toEqual([2]);
  });

  it("breaks equal scores by more shared areas, then by the lower unit id", () => {
    // Place and kind against place and one shared area: a tie as long as a kind is worth one area.
    expect(W.kind).toBe(W.experienceArea);
    const placeAndKind = unit(4, { careAreaId: 10, kind: "school" });
    const placeAndArea = unit(5, { careAreaId: 10, requestAreaIds: [1] });
    expect(pitchUnits(cancerBook, [placeAndKind, placeAndArea], CARE_AREA_OF).map((p) => [p.unitId, p.score])).toEqual([
      [5, W.careArea + W.experienceArea],
      [4, W.careArea + W.kind],
    ]);
    const twins = [unit(7, { careAreaId: 10 }), unit(6, { careAreaId: 10 })];
    expect(pitchUnits(cancerBook, twins, CARE_AREA_OF).map((p) => p.unitId)).toEqual([6, 7]);
  });

  it("honours a smaller limit and is the same on every call", () => {
    const units = [1, 2, 3, 4].map((id) => unit(id, { careAreaId: 10 }));
    expect(pitchUnits(cancerBook, units, CARE_AREA_OF, 2).map((p) => p.unitId)).toEqual([1, 2]);
    expect(pitchUnits(cancerBook, [...units].reverse(), CARE_AREA_OF)).toEqual(pitchUnits(cancerBook, units, CARE_AREA_OF));
  });
});

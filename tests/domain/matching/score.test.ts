// Every score part with its points, reason key and vars; goal pressure over the year; deterministic ties.
import { rankCandidates } from "~/domain/matching/rank";
import { compareCandidates, goalShortfall, monthsBetween, SCORE_PARTS, SCORE_WEIGHTS, scoreCandidate, scoreTotal } from "~/domain/matching/score";
import type { MatchingContext, MatchingPerson, MatchingRequest } from "~/domain/matching/types";
import { context, HABO, JONKOPING, JONKOPING_AREA, person, request, snapshot, VARNAMO, VARNAMO_AREA } from "./builders";

const W = SCORE_WEIGHTS;
const partOf = (key: string, p: Partial<MatchingPerson> = {}, r: Partial<MatchingRequest> = {}, c: Partial<MatchingContext> = {}) =>
  scoreCandidate(person(p), request(r), context(c)).parts.find((part) => part.key === key)!;
const reason = (key: string, vars: Record<string, string | number> = {}) => ({ key: `matching.reason.${key}`, vars });

describe("experience overlap", () => {
  it.each([
    ["3 of 3", [1, 2, 3], [1, 2, 3], 40, reason("experienceOverlap", { matched: 3, wanted: 3 })],
    ["2 of 3", [1, 2, 9], [1, 2, 3], 26.67, reason("experienceOverlap", { matched: 2, wanted: 3 })],
    ["1 of 3", [3], [1, 2, 3], 13.33, reason("experienceOverlap", { matched: 1, wanted: 3 })],
    ["0 of 2", [7], [1, 2], 0, reason("experienceOverlap", { matched: 0, wanted: 2 })],
    ["nothing wanted: nothing missing", [7], [], W.experience, reason("noAreasWanted")],
  ])("%s", (_label, has, wanted, points, expected) => {
    expect(partOf("experience", { experienceAreaIds: has }, { experienceAreaIds: wanted })).toEqual({ key: "experience", points, reason: expected });
  });
});

describe("format and language", () => {
  it("format fit and missing, with the format code", () => {
    expect(partOf("format")).toEqual({ key: "format", points: W.format, reason: reason("formatFit", { format: "lecture" }) });
    expect(partOf("format", {}, { format: "workshop" })).toEqual({ key: "format", points: 0, reason: reason("formatMissing", { format: "workshop" }) });
  });

  it("speaks the request's language (Swedish by default)", () => {
    expect(partOf("language")).toEqual({ key: "language", points: W.language, reason: reason("speaksLanguage", { language: "sv" }) });
    expect(partOf("language", { languages: ["en", "ar"] })).toEqual({ key: "language", points: 0, reason: reason("languageMissing", { language: "sv" }) });
  });
});

describe("proximity: same municipality > same care area > digital only", () => {
  it.each([
    ["serves the municipality", { municipalityIds: [JONKOPING], careAreaIds: [JONKOPING_AREA] }, {}, W.proximity.municipality, "sameMunicipality"],
    ["serves the whole care area", { careAreaIds: [JONKOPING_AREA] }, {}, W.proximity.careArea, "sameCareArea"],
    ["a digital request, served locally", { careAreaIds: [JONKOPING_AREA], servesDigital: true }, { isDigital: true }, W.proximity.careArea, "sameCareArea"],
    ["a digital request from elsewhere", { careAreaIds: [VARNAMO_AREA], municipalityIds: [HABO], servesDigital: true }, { isDigital: true }, W.proximity.digital, "servesDigitally"],
    ["a digital request in Värnamo, a Värnamo person", { municipalityIds: [VARNAMO], servesDigital: true }, { isDigital: true, municipalityId: VARNAMO, careAreaId: VARNAMO_AREA }, W.proximity.municipality, "sameMunicipality"],
  ] as [string, Partial<MatchingPerson>, Partial<MatchingRequest>, number, string][])("%s", (_label, p, r, points, key) => {
    expect(partOf("proximity", p, r)).toEqual({ key: "proximity", points, reason: reason(key) });
  });
});

describe("goal pressure", () => {
  const pressure = (c: Partial<MatchingContext>, p: Partial<MatchingPerson> = {}, r: Partial<MatchingRequest> = {}) => partOf("goalPressure", p, r, c);

  it("gives a never-offered book the base bonus while coverage is ahead of the calendar", () => {
    expect(pressure({ yearProgress: 0.1, bookCoverage: 0.3 })).toEqual({ key: "goalPressure", points: W.goalPressure.base, reason: reason("neverOffered") });
  });

  it("grows as the year passes while coverage stays below 70 %", () => {
    const points = [0, 0.25, 0.5, 0.75, 1].map((yearProgress) => pressure({ yearProgress, bookCoverage: 0.2 }).points);
    expect(points).toEqual([30, 30, 40.71, 53.21, 65.71]);
  });

  it("is larger the further coverage is behind", () => {
    const points = [0.6, 0.4, 0.2, 0].map((bookCoverage) => pressure({ yearProgress: 0.9, bookCoverage }).points);
    expect(points).toEqual([32.14, 46.43, 60.71, 75]);
  });

  it.each([0.7, 0.85, 1])("vanishes at %s coverage", (bookCoverage) => {
    expect(pressure({ yearProgress: 0.95, bookCoverage })).toEqual({
      key: "goalPressure",
      points: 0,
      reason: reason("bookGoalMet", { percent: Math.floor(bookCoverage * 100) }),
    });
  });

  it("gives nothing to someone already offered a book request this year", () => {
    expect(pressure({ yearProgress: 0.9, bookCoverage: 0.1 }, { bookOffersThisYear: 2, offersThisYear: 3 })).toEqual({
      key: "goalPressure",
      points: 0,
      reason: reason("offeredThisYear", { count: 2 }),
    });
  });

  it("counts only book offers: a peer offer does not make someone offered for the book goal", () => {
    expect(pressure({}, { roles: ["book", "peer"], offersThisYear: 1, bookOffersThisYear: 0 }).reason).toEqual(reason("neverOffered"));
  });

  it("applies to book requests only", () => {
    expect(pressure({ yearProgress: 0.9, bookCoverage: 0.1 }, { roles: ["peer"] }, { wantedRole: "peer" })).toEqual({ key: "goalPressure", points: 0, reason: reason("notBookGoal") });
  });

  it("goalShortfall is the calendar gap relative to the target, null once met", () => {
    expect(goalShortfall(context({ yearProgress: 1, bookCoverage: 0 }))).toBe(1);
    expect(goalShortfall(context({ yearProgress: 0.5, bookCoverage: 0.35 }))).toBe(0);
    expect(goalShortfall(context({ yearProgress: 0.5, bookCoverage: 0.7 }))).toBeNull();
  });
});

describe("load spread", () => {
  it.each([
    ["never had an assignment", {}, 15, reason("neverAssigned")],
    ["last one 5 months ago, 2 in the last year", { lastAssignmentOn: "2025-10-01", assignmentsLast12Months: 2 }, 5, reason("lastAssignment", { months: 5, count: 2 })],
    ["last one 13 months ago, none in the last year", { lastAssignmentOn: "2025-02-01", assignmentsLast12Months: 0 }, 15, reason("lastAssignment", { months: 13, count: 0 })],
    ["last one less than a month ago", { lastAssignmentOn: "2026-02-10", assignmentsLast12Months: 5 }, 2.5, reason("lastAssignmentRecent", { count: 5 })],
  ] as [string, Partial<MatchingPerson>, number, object][])("%s", (_label, p, points, expected) => {
    expect(partOf("loadSpread", p)).toEqual({ key: "loadSpread", points, reason: expected });
  });

  it("fewer recent assignments rank higher", () => {
    const points = [0, 1, 3, 10].map((n) => partOf("loadSpread", { assignmentsLast12Months: n, lastAssignmentOn: "2025-12-01" }).points);
    expect(points).toEqual([15, 7.5, 3.75, 1.36]);
  });

  it("monthsBetween counts whole calendar months", () => {
    expect([monthsBetween("2025-10-02", "2026-03-02"), monthsBetween("2025-10-03", "2026-03-02"), monthsBetween("2026-03-02", "2026-03-02")]).toEqual([5, 4, 0]);
  });
});

describe("care-unit feedback", () => {
  it.each([
    ["no feedback: the middle", { feedbackRating: null }, 5, reason("noFeedback")],
    ["all fives", { feedbackRating: 5, feedbackCount: 3 }, 10, reason("feedback", { rating: 5, count: 3 })],
    ["all ones", { feedbackRating: 1, feedbackCount: 1 }, 0, reason("feedback", { rating: 1, count: 1 })],
    ["a mean of 4.25, shown as 4.3", { feedbackRating: 4.25, feedbackCount: 4 }, 8.13, reason("feedback", { rating: 4.3, count: 4 })],
  ] as [string, Partial<MatchingPerson>, number, object][])("%s", (_label, p, points, expected) => {
    expect(partOf("feedback", p)).toEqual({ key: "feedback", points, reason: expected });
  });
});

describe("the total", () => {
  it("is the sum of all seven parts, in a fixed order", () => {
    const score = scoreCandidate(person({ lastAssignmentOn: "2025-10-01", assignmentsLast12Months: 2, feedbackRating: 4, feedbackCount: 2 }), request(), context());
    expect(score.parts.map((p) => p.key)).toEqual([...SCORE_PARTS]);
    expect(score.parts.map((p) => p.points)).toEqual([40, 10, 5, 10, 33.57, 5, 7.5]);
    expect(score.total).toBe(111.07);
  });

  it("scoreTotal gives the same total without the reasons", () => {
    const p = person({ experienceAreaIds: [1], formats: ["workshop"], feedbackRating: 3.7, assignmentsLast12Months: 7 });
    expect(scoreTotal(p, request(), context())).toBe(scoreCandidate(p, request(), context()).total);
  });
});

describe("ties", () => {
  it("break by fewer offers this year, then by person id", () => {
    const a = { personId: 5, total: 80, offersThisYear: 1 };
    const b = { personId: 3, total: 80, offersThisYear: 1 };
    const c = { personId: 9, total: 80, offersThisYear: 0 };
    const d = { personId: 1, total: 79.99, offersThisYear: 0 };
    expect([a, b, c, d].sort(compareCandidates).map((x) => x.personId)).toEqual([9, 3, 5, 1]);
  });

  it("give the same ranking whatever order the people come in", () => {
    // Identical scores on a peer request (no goal pressure); offers this year decide, then the id.
    const twins = [4, 2, 7, 1].map((id) => person({ id, roles: ["peer"], offersThisYear: id === 7 ? 0 : 2 }));
    const orders = [twins, [...twins].reverse(), [twins[2], twins[0], twins[3], twins[1]]];
    const rankings = orders.map((people) => rankCandidates(snapshot(people, [request({ wantedRole: "peer" })]), 100)!.candidates.map((c) => c.personId));
    expect(rankings).toEqual([[7, 1, 2, 4], [7, 1, 2, 4], [7, 1, 2, 4]]);
  });
});

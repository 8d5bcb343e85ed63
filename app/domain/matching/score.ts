// How well a feasible person fits a request: named, weighted parts, each with a reason the coordinator can read.
import type { MatchingContext, MatchingPerson, MatchingRequest } from "./types";
import type { Role } from "../vocabulary";

/** Every weight of the score, in points; a part's points never exceed its weight. */
export const SCORE_WEIGHTS = {
  /** Times the share of the request's experience areas the person has. */
  experience: 40,
  format: 10,
  language: 5,
  proximity: { municipality: 15, careArea: 10, digital: 4 },
  /** Paid to people without a book offer this year: `base` always, plus up to `behind` as the goal falls behind the calendar. */
  goalPressure: { base: 30, behind: 50 },
  /** Divided by 1 + assignments in the last 12 months. */
  loadSpread: 15,
  /** Scaled over ratings 1–5; people without feedback get the middle. */
  feedback: 10,
  /** Paid to whoever raised a hand for the request (the open call): she has said she can. */
  raisedHand: 20,
} as const;

/** The parts every candidate has; "raisedHand" joins them only for people who raised a hand. */
export const SCORE_PARTS = ["experience", "format", "language", "proximity", "goalPressure", "loadSpread", "feedback"] as const;
export type ScorePartKey = (typeof SCORE_PARTS)[number] | "raisedHand";

export interface ScoreReason {
  /** A message key; the UI translates it and fills in vars. */
  key: string;
  vars: Record<string, string | number>;
}

export interface ScorePart {
  key: ScorePartKey;
  points: number;
  reason: ScoreReason;
}

export interface Score {
  total: number;
  parts: ScorePart[];
}

type Args = [person: MatchingPerson, request: MatchingRequest, ctx: MatchingContext];
/** Points and reason apart, so the plan's many totals allocate nothing; both read the same facts. */
interface PartRule {
  points: (...args: Args) => number;
  reason: (...args: Args) => [key: string, vars?: Record<string, string | number>];
}

const W = SCORE_WEIGHTS;
const R = "matching.reason.";

/** Points to the hundredth, so totals add up exactly and the plan can work in integers. */
export const round2 = (x: number) => Math.round(x * 100) / 100;
const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * How far book coverage is behind the calendar, 0–1: the target times the share of the year passed, minus
 * coverage, relative to the target. Null once the goal is met, when there is no pressure at all.
 */
export function goalShortfall(ctx: MatchingContext): number | null {
  if (ctx.bookCoverage >= ctx.coverageTarget) return null;
  const expected = ctx.coverageTarget * ctx.yearProgress;
  return Math.min(1, Math.max(0, (expected - ctx.bookCoverage) / ctx.coverageTarget));
}

/** Whole calendar months from one local date to a later one. */
export function monthsBetween(from: string, to: string): number {
  const months = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
  return Math.max(0, to.slice(8, 10) < from.slice(8, 10) ? months - 1 : months);
}

const overlap = (person: MatchingPerson, request: MatchingRequest) => {
  let matched = 0;
  for (const id of request.experienceAreaIds) if (person.experienceAreaIds.includes(id)) matched++;
  return matched;
};

/**
 * Never offered this year, for a request wanting `role`: the one rule behind goal pressure, the plan's bonus and its tag.
 * Per role: for a book request only book-request offers count, because that is what the 70 % goal counts (DESIGN.md,
 * "Offered books in year Y"), so a book with peer offers only is still one the goal needs; other roles have no coverage
 * goal, so there it means no offer at all, the spreading DESIGN.md asks of matching ("not yet offered anything this year").
 */
export const neverOfferedFor = (person: MatchingPerson, role: Role) => (role === "book" ? person.bookOffersThisYear === 0 : person.offersThisYear === 0);

/** Null when the part pays nothing: not a book request, already offered a book request, or the goal is met. */
const pressure = (person: MatchingPerson, role: Role, ctx: MatchingContext) =>
  role !== "book" || !neverOfferedFor(person, role) ? null : goalShortfall(ctx);

const goalPoints = (person: MatchingPerson, role: Role, ctx: MatchingContext) => {
  const shortfall = pressure(person, role, ctx);
  return shortfall === null ? 0 : W.goalPressure.base + W.goalPressure.behind * shortfall;
};
const loadPoints = (p: MatchingPerson) => W.loadSpread / (1 + p.assignmentsLast12Months);
// Without feedback, the middle of the scale: a newcomer is not ranked below a mediocre rating.
const feedbackPoints = (p: MatchingPerson) => (p.feedbackRating === null ? W.feedback / 2 : (W.feedback * (p.feedbackRating - 1)) / 4);

// Nothing asked for means nothing missing: the request is not worth less to the plan for it.
const experiencePoints = (p: MatchingPerson, r: MatchingRequest) =>
  r.experienceAreaIds.length === 0 ? W.experience : (W.experience * overlap(p, r)) / r.experienceAreaIds.length;
const formatPoints = (p: MatchingPerson, r: MatchingRequest) => (p.formats.includes(r.format) ? W.format : 0);
const languagePoints = (p: MatchingPerson, r: MatchingRequest) => (p.languages.includes(r.language) ? W.language : 0);
// Digital requests rank locals first too: they know the region's care, and can come in person next time.
type Whereabouts = Pick<MatchingRequest, "municipalityId" | "careAreaId">;
const proximityPoints = (p: MatchingPerson, r: Whereabouts) =>
  p.municipalityIds.includes(r.municipalityId) ? W.proximity.municipality : p.careAreaIds.includes(r.careAreaId) ? W.proximity.careArea : W.proximity.digital;
const proximityReason = (p: MatchingPerson, r: Whereabouts): [string] => [
  p.municipalityIds.includes(r.municipalityId) ? "sameMunicipality" : p.careAreaIds.includes(r.careAreaId) ? "sameCareArea" : "servesDigitally",
];
const loadReason = (p: MatchingPerson, ctx: MatchingContext): [string, Record<string, number>?] => {
  const count = p.assignmentsLast12Months;
  if (p.lastAssignmentOn === null) return ["neverAssigned"];
  const months = monthsBetween(p.lastAssignmentOn, ctx.today);
  return months === 0 ? ["lastAssignmentRecent", { count }] : ["lastAssignment", { months, count }];
};
const raisedHandPoints = (p: MatchingPerson, r: MatchingRequest) => (r.raisedHandPersonIds?.includes(p.id) ? W.raisedHand : 0);

const PARTS: Record<(typeof SCORE_PARTS)[number], PartRule> = {
  experience: {
    points: experiencePoints,
    reason: (p, r) =>
      r.experienceAreaIds.length === 0 ? ["noAreasWanted"] : ["experienceOverlap", { matched: overlap(p, r), wanted: r.experienceAreaIds.length }],
  },
  format: {
    points: formatPoints,
    reason: (p, r) => [p.formats.includes(r.format) ? "formatFit" : "formatMissing", { format: r.format }],
  },
  language: {
    points: languagePoints,
    reason: (p, r) => [p.languages.includes(r.language) ? "speaksLanguage" : "languageMissing", { language: r.language }],
  },
  proximity: {
    points: proximityPoints,
    reason: proximityReason,
  },
  goalPressure: {
    // Only book requests: the 70 % goal counts offers of book requests, so other roles' offers cannot move it.
    points: (p, r, ctx) => goalPoints(p, r.wantedRole, ctx),
    reason: (p, r, ctx) => {
      if (r.wantedRole !== "book") return ["notBookGoal"];
      if (p.bookOffersThisYear > 0) return ["offeredThisYear", { count: p.bookOffersThisYear }];
      return pressure(p, r.wantedRole, ctx) === null ? ["bookGoalMet", { percent: Math.floor(ctx.bookCoverage * 100) }] : ["neverOffered"];
    },
  },
  loadSpread: {
    points: loadPoints,
    reason: (p, _r, ctx) => loadReason(p, ctx),
  },
  feedback: {
    points: feedbackPoints,
    reason: (p) => (p.feedbackRating === null ? ["noFeedback"] : ["feedback", { rating: round1(p.feedbackRating), count: p.feedbackCount }]),
  },
};

/** The full explanation, for the candidates a coordinator looks at. */
export function scoreCandidate(person: MatchingPerson, request: MatchingRequest, ctx: MatchingContext): Score {
  let total = 0;
  const parts = SCORE_PARTS.map((key): ScorePart => {
    const points = round2(PARTS[key].points(person, request, ctx));
    const [reason, vars = {}] = PARTS[key].reason(person, request, ctx);
    total += points;
    return { key, points, reason: { key: R + reason, vars } };
  });
  const raised = raisedHandPoints(person, request);
  if (raised > 0) {
    parts.push({ key: "raisedHand", points: raised, reason: { key: R + "raisedHand", vars: {} } });
    total += raised;
  }
  return { total: round2(total), parts };
}

/**
 * Only the place and load-spread parts, for what is not a care unit's request (a self-help group's starter): nearest first,
 * then whoever has had the fewest assignments lately. A digital group passes municipality and care area 0: all serve it alike.
 */
export function placeAndLoadScore(person: MatchingPerson, place: Whereabouts, ctx: MatchingContext): Score {
  const [load, vars = {}] = loadReason(person, ctx);
  const parts: ScorePart[] = [
    { key: "proximity", points: round2(proximityPoints(person, place)), reason: { key: R + proximityReason(person, place)[0], vars: {} } },
    { key: "loadSpread", points: round2(loadPoints(person)), reason: { key: R + load, vars } },
  ];
  return { total: round2(parts[0].points + parts[1].points), parts };
}

/** The same total without building reasons or looking parts up by name, for the plan's thousands of pairs. */
export function scoreTotal(person: MatchingPerson, request: MatchingRequest, ctx: MatchingContext): number {
  return round2(personPoints(person, request.wantedRole, ctx) + requestPoints(person, request));
}

/** The parts that depend on the request itself, each to the hundredth as in scoreCandidate. */
export function requestPoints(person: MatchingPerson, request: MatchingRequest): number {
  return (
    round2(experiencePoints(person, request)) +
    round2(formatPoints(person, request)) +
    round2(languagePoints(person, request)) +
    round2(proximityPoints(person, request)) +
    raisedHandPoints(person, request)
  );
}

/**
 * The most the parts that depend on the request itself (experience, format, language, place, a raised hand) can pay
 * together for `request`: a raised hand only counts where someone raised one, so most requests keep the tighter bound.
 */
export const requestPointsMax = (request: Pick<MatchingRequest, "raisedHandPersonIds">) =>
  W.experience + W.format + W.language + W.proximity.municipality + (request.raisedHandPersonIds?.length ? W.raisedHand : 0);

/** The parts that depend only on the person and the wanted role: with requestPointsMax, a bound on the total. */
export function personPoints(person: MatchingPerson, role: Role, ctx: MatchingContext): number {
  return round2(goalPoints(person, role, ctx)) + round2(loadPoints(person)) + round2(feedbackPoints(person));
}

/** Highest total first; then whoever has had fewer offers this year; then the lower person id. */
export function compareCandidates(
  a: { personId: number; total: number; offersThisYear: number },
  b: { personId: number; total: number; offersThisYear: number },
): number {
  return b.total - a.total || a.offersThisYear - b.offersThisYear || a.personId - b.personId;
}

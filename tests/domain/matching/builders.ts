// Plain snapshot objects for the matching tests: a trained, active book in the care area Jönköping, free weekdays 08–17.
import type { MatchingContext, MatchingPerson, MatchingRequest, MatchingSnapshot } from "~/domain/matching/types";

/** Monday 2 March 2026, 09:00 in Stockholm. */
export const NOW = new Date("2026-03-02T08:00:00.000Z");
export const TODAY = "2026-03-02";

/** Care areas and municipalities by id: Jönköping (10: Jönköping 101, Habo 102) and Värnamo (20: Värnamo 201). */
export const JONKOPING_AREA = 10;
export const JONKOPING = 101;
export const HABO = 102;
export const VARNAMO_AREA = 20;
export const VARNAMO = 201;

/** Tuesday 10 March 2026 10:00–11:30 in Stockholm (winter time). */
export const MARCH_SLOT = { id: 1000, start: new Date("2026-03-10T09:00:00.000Z"), end: new Date("2026-03-10T10:30:00.000Z") };
/** Tuesday 14 April 2026 10:00–11:30 in Stockholm (summer time). */
export const APRIL_SLOT = { id: 1001, start: new Date("2026-04-14T08:00:00.000Z"), end: new Date("2026-04-14T09:30:00.000Z") };

export const WEEKDAYS_8_TO_17 = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 480, endMinute: 1020 }));

export function context(overrides: Partial<MatchingContext> = {}): MatchingContext {
  return { now: NOW, today: TODAY, yearProgress: 0.5, bookCoverage: 0.3, coverageTarget: 0.7, ...overrides };
}

export function person(overrides: Partial<MatchingPerson> = {}): MatchingPerson {
  return {
    id: 1,
    state: {
      status: "active",
      pausedUntil: null,
      joinedOn: "2024-01-01",
      leftOn: null,
      anonymisedAt: null,
      trainings: [{ kind: "basic", completedOn: "2024-01-15" }],
    },
    roles: ["book"],
    experienceAreaIds: [1, 2, 3],
    formats: ["lecture", "conversation"],
    languages: ["sv"],
    careAreaIds: [JONKOPING_AREA],
    municipalityIds: [],
    servesDigital: false,
    maxPerMonth: 2,
    availability: { windows: WEEKDAYS_8_TO_17, exceptions: [], bookings: [] },
    assignmentsByMonth: {},
    assignmentsLast12Months: 0,
    lastAssignmentOn: null,
    offersThisYear: 0,
    bookOffersThisYear: 0,
    feedbackRating: null,
    feedbackCount: 0,
    ...overrides,
  };
}

export function request(overrides: Partial<MatchingRequest> = {}): MatchingRequest {
  return {
    id: 100,
    status: "open",
    wantedRole: "book",
    format: "lecture",
    experienceAreaIds: [1, 2, 3],
    language: "sv",
    isDigital: false,
    municipalityId: JONKOPING,
    careAreaId: JONKOPING_AREA,
    slots: [MARCH_SLOT],
    declinedPersonIds: [],
    pendingOfferPersonIds: [],
    careUnit: { id: 5, kind: "primary_care", municipalityId: JONKOPING, careAreaId: JONKOPING_AREA },
    createdAt: "2026-03-01T10:00:00.000Z",
    ...overrides,
  };
}

export function snapshot(people: MatchingPerson[], requests: MatchingRequest[], ctx: Partial<MatchingContext> = {}): MatchingSnapshot {
  return { people, requests, context: context(ctx) };
}

/** A small seeded PRNG (mulberry32): the same seed gives the same instance on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

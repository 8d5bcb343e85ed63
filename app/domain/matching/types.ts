// The data the matching engine works on: a snapshot the model layer loads once, so ranking and planning never touch the database.
import type { AvailabilityRules } from "../availability";
import type { PersonState } from "../eligibility";
import type { Format, Role, UnitKind } from "../vocabulary";

export { BOOK_COVERAGE_TARGET } from "../goals";

/** The language a request is held in until requests can say otherwise (the schema has no such field yet). */
export const DEFAULT_REQUEST_LANGUAGE = "sv";

export interface MatchingPerson {
  id: number;
  /** Status, pause, membership dates and trainings, for isOfferable. */
  state: PersonState;
  roles: Role[];
  experienceAreaIds: readonly number[];
  formats: Format[];
  languages: string[];
  /** Care areas the person serves as a whole. */
  careAreaIds: readonly number[];
  /** Single municipalities the person serves. */
  municipalityIds: readonly number[];
  servesDigital: boolean;
  maxPerMonth: number;
  /** Weekly windows, exceptions and booked assignments (with their travel buffer) from now on. */
  availability: AvailabilityRules;
  /** Booked or completed assignments per Stockholm month "YYYY-MM", from the current month on: what the monthly cap counts. */
  assignmentsByMonth: Record<string, number>;
  /** Booked or completed assignments that started in the 12 months up to now. */
  assignmentsLast12Months: number;
  /** Local date of the latest booked or completed assignment that has started, null if none ever. */
  lastAssignmentOn: string | null;
  /** Offers of any kind with offered_at in the current local year. */
  offersThisYear: number;
  /** Offers for requests wanting a book, in the current local year: the book goal's own measure. */
  bookOffersThisYear: number;
  /** Mean care-unit rating 1–5 over all the person's assignments, null without any. */
  feedbackRating: number | null;
  feedbackCount: number;
}

export interface MatchingSlot {
  id: number;
  start: Date;
  end: Date;
}

export interface MatchingRequest {
  id: number;
  status: "open" | "offered";
  wantedRole: Role;
  format: Format;
  experienceAreaIds: readonly number[];
  language: string;
  isDigital: boolean;
  /** Where the meeting is; for a digital request without a place, where the care unit is. */
  municipalityId: number;
  careAreaId: number;
  slots: MatchingSlot[];
  declinedPersonIds: number[];
  pendingOfferPersonIds: number[];
  /** People who raised a hand for the request (the open call); absent where a snapshot is built without them. */
  raisedHandPersonIds?: readonly number[];
  careUnit: { id: number; kind: UnitKind; municipalityId: number; careAreaId: number };
  createdAt: string;
}

export interface MatchingContext {
  now: Date;
  /** Local (Europe/Stockholm) date of now. */
  today: string;
  /** Share of the local year that has passed, 0–1. */
  yearProgress: number;
  /** Book offer coverage year to date, 0–1. */
  bookCoverage: number;
  coverageTarget: number;
}

export interface MatchingSnapshot {
  people: readonly MatchingPerson[];
  requests: readonly MatchingRequest[];
  context: MatchingContext;
}

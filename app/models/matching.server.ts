// Loads the matching snapshot in a fixed number of queries, however many people and requests there are.
import type { Booking } from "~/domain/availability";
import { isEligibleBook } from "~/domain/goals";
import { asGoalPerson } from "~/domain/not-offered";
import { BOOK_COVERAGE_TARGET, DEFAULT_REQUEST_LANGUAGE, type MatchingPerson, type MatchingRequest, type MatchingSnapshot } from "~/domain/matching/types";
import { localMonth } from "~/domain/offer-rules";
import { addDays, DAY_MS, instantToLocal, localToInstant, startOfLocalYear, startOfMinute } from "~/domain/stockholm-time";
import { memoByVersion } from "~/utils/cache.server";
import { exactList, groupBy } from "~/domain/lists";
import type { DB } from "~/utils/db.server";
import { requestsWithPlace } from "./request-summary.server";
import { ROLES, type PersonRole, type Role } from "~/domain/vocabulary";

const ids = <T>(groups: Map<number, T[]>, id: number, pick: (row: T) => number | null) =>
  exactList(
    (groups.get(id) ?? []).flatMap((row) => {
      const value = pick(row);
      return value === null ? [] : [value];
    }),
  );

/**
 * Everyone holding a role (also paused, left and anonymised people, who the constraints then exclude and the
 * goal still counts), and the open and offered requests, or only `requestIds` among them.
 */
export async function loadMatchingSnapshot(db: DB, { now = new Date(), requestIds }: { now?: Date; requestIds?: number[] } = {}): Promise<MatchingSnapshot> {
  const today = instantToLocal(now).date;
  const year = Number(today.slice(0, 4));
  const yearStart = startOfLocalYear(year);
  const yearEnd = startOfLocalYear(year + 1);
  // A year back in local dates; 29 February rolls over to 1 March, which is fine for "recent".
  const yearAgo = localToInstant(`${year - 1}${today.slice(4)}`, 0);
  const [{ people, bookCoverage }, requests] = await Promise.all([
    loadPeopleOnce(db, now, { today, yearStart, yearEnd, yearAgo }),
    loadRequests(db, requestIds),
  ]);
  return {
    people,
    requests,
    context: {
      now,
      today,
      // By the minute, as the people are: their index and goal pressure are then shared for that minute.
      yearProgress: Math.min(1, Math.max(0, (startOfMinute(now).getTime() - yearStart.getTime()) / (yearEnd.getTime() - yearStart.getTime()))),
      bookCoverage,
      coverageTarget: BOOK_COVERAGE_TARGET,
    },
  };
}

type DaySpan = { today: string; yearStart: Date; yearEnd: Date; yearAgo: Date };

/**
 * Everyone's rows, as the data and the day have them: every request page and the plan share them until the database
 * changes or the day turns. Reloading them every minute stalled the request page for 0.4–0.7 s at national scale.
 */
const memoRows = memoByVersion((db: DB, span: DaySpan) => loadPeopleRows(db, span), { size: 1, stamp: (span) => span.today });

/**
 * Everyone's side of the snapshot, for the minute: the rows above with what the minute changes ("booked from a day
 * ago", "latest start so far", the last twelve months up to now), shared until the database changes.
 */
const memoPeople = memoByVersion(loadPeopleAndCoverage, { size: 1, stamp: (span) => span.now.toISOString() });

/** The people, and the share of this year's eligible books offered something: the goal pressure's input. */
async function loadPeopleAndCoverage(db: DB, { now, ...span }: DaySpan & { now: Date }) {
  const people = peopleAt(await memoRows(db, "rows", span), now);
  const year = Number(span.today.slice(0, 4));
  const eligible = people.filter((p) => isEligibleBook(asGoalPerson(p), year));
  const offered = eligible.filter((p) => p.bookOffersThisYear > 0).length;
  return { people, bookCoverage: eligible.length === 0 ? 0 : offered / eligible.length };
}
function loadPeopleOnce(db: DB, now: Date, span: DaySpan) {
  const minute = startOfMinute(now);
  return memoPeople(db, "people", { ...span, now: minute });
}

/**
 * The people holding `role` (the self-help group starters), loaded as the engine loads everyone and uncached; their
 * `roles` hold only what a request can want. With the local date of `now`, which is all a starter's ranking reads.
 */
export async function loadPeopleHolding(db: DB, role: PersonRole, now = new Date()): Promise<{ people: MatchingPerson[]; today: string }> {
  const today = instantToLocal(now).date;
  const year = Number(today.slice(0, 4));
  const yearAgo = localToInstant(`${year - 1}${today.slice(4)}`, 0);
  const rows = await loadPeopleRows(db, { today, yearStart: startOfLocalYear(year), yearEnd: startOfLocalYear(year + 1), yearAgo }, [role]);
  return { people: peopleAt(rows, now), today };
}

/** A person as the day has her: everything but what the minute changes, and the rows that is computed from. */
interface PersonRows {
  person: Omit<MatchingPerson, "assignmentsLast12Months" | "lastAssignmentOn" | "availability"> & {
    availability: Omit<MatchingPerson["availability"], "bookings">;
  };
  /** Booked and completed assignments from a year back on. */
  assignments: readonly { starts_at: string; ends_at: string; status: string; is_digital: number }[];
  /** The starter's meetings with a self-help group that ended less than two days ago or later. */
  groupMeetings: readonly { starts_at: string; ends_at: string; digital: number }[];
  /** The latest start of a booked or completed assignment before the year back, if any. */
  lastBefore: string | null;
}

/** Everyone at the minute `now`: bookings ending after a day ago, assignments started by now, the latest start so far. */
function peopleAt(rows: readonly PersonRows[], now: Date): MatchingPerson[] {
  const nowIso = now.toISOString();
  const bookingsFrom = now.getTime() - DAY_MS;
  return rows.map(({ person, assignments, groupMeetings, lastBefore }): MatchingPerson => {
    const bookings: Booking[] = [];
    let recent = 0;
    let last = lastBefore;
    for (const a of assignments) {
      if (a.starts_at <= nowIso) {
        recent++;
        if (last === null || a.starts_at > last) last = a.starts_at;
      }
      if (a.status === "booked" && Date.parse(a.ends_at) > bookingsFrom) bookings.push({ start: new Date(a.starts_at), end: new Date(a.ends_at), isDigital: a.is_digital === 1 });
    }
    for (const m of groupMeetings) {
      if (Date.parse(m.ends_at) > bookingsFrom) bookings.push({ start: new Date(m.starts_at), end: new Date(m.ends_at), isDigital: m.digital === 1 });
    }
    // Every field spelled out in one literal, in one order: objects made by spreading had other shapes, and the plan
    // and ranking ran 1.5× slower over them.
    return {
      id: person.id,
      state: person.state,
      roles: person.roles,
      experienceAreaIds: person.experienceAreaIds,
      formats: person.formats,
      languages: person.languages,
      careAreaIds: person.careAreaIds,
      municipalityIds: person.municipalityIds,
      servesDigital: person.servesDigital,
      maxPerMonth: person.maxPerMonth,
      availability: { windows: person.availability.windows, exceptions: person.availability.exceptions, bookings },
      assignmentsByMonth: person.assignmentsByMonth,
      assignmentsLast12Months: recent,
      lastAssignmentOn: last ? instantToLocal(new Date(last)).date : null,
      offersThisYear: person.offersThisYear,
      bookOffersThisYear: person.bookOffersThisYear,
      feedbackRating: person.feedbackRating,
      feedbackCount: person.feedbackCount,
    };
  });
}

async function loadPeopleRows(db: DB, { today, yearStart, yearEnd, yearAgo }: DaySpan, holding: readonly PersonRole[] = ROLES): Promise<PersonRows[]> {
  // Two days back: before "a day ago" at any minute of today, so the minute only filters what was loaded.
  const meetingsFrom = localToInstant(addDays(today, -2), 0).toISOString();
  const holders = db.selectFrom("person_roles").select("person_id").where("role", "in", holding);
  const [people, roles, areas, formats, languages, serves, trainings, windows, exceptions, assignments, lastBefore, offers, feedback, groupMeetings] =
    await Promise.all([
      db
        .selectFrom("people")
        .select(["id", "status", "paused_until", "joined_on", "left_on", "anonymised_at", "serves_digital", "max_per_month"])
        .where("id", "in", holders)
        .orderBy("id")
        .execute(),
      db.selectFrom("person_roles").select(["person_id", "role"]).where("role", "in", ROLES).$narrowType<{ role: Role }>().execute(),
      db.selectFrom("person_experience_areas").select(["person_id", "experience_area_id"]).execute(),
      db.selectFrom("person_formats").select(["person_id", "format"]).execute(),
      db.selectFrom("person_languages").select(["person_id", "language"]).execute(),
      db.selectFrom("person_service_areas").select(["person_id", "care_area_id", "municipality_id"]).execute(),
      db.selectFrom("training_records").select(["person_id", "kind", "completed_on"]).execute(),
      db.selectFrom("availability_windows").select(["person_id", "weekday", "start_minute", "end_minute"]).execute(),
      db
        .selectFrom("availability_exceptions")
        .select(["person_id", "kind", "from_date", "to_date", "start_minute", "end_minute"])
        .where("to_date", ">=", addDays(today, -1))
        .execute(),
      // Booked and completed ones from a year back on: the cap's months, the recent load and today's bookings.
      db
        .selectFrom("assignments")
        .innerJoin("requests", "requests.id", "assignments.request_id")
        .select(["assignments.person_id", "assignments.starts_at", "assignments.ends_at", "assignments.status", "requests.is_digital"])
        .where("assignments.status", "in", ["booked", "completed"])
        .where("assignments.starts_at", ">=", yearAgo.toISOString())
        .execute(),
      db
        .selectFrom("assignments")
        .select((eb) => ["person_id", eb.fn.max("starts_at").as("last_start")])
        .where("status", "in", ["booked", "completed"])
        .where("starts_at", "<", yearAgo.toISOString())
        .groupBy("person_id")
        .execute(),
      db
        .selectFrom("offers")
        .innerJoin("requests", "requests.id", "offers.request_id")
        .select((eb) => [
          "offers.person_id",
          eb.fn.countAll<number>().as("all"),
          eb.fn.sum<number>(eb.case().when("requests.wanted_role", "=", "book").then(1).else(0).end()).as("book"),
        ])
        .where("offers.offered_at", ">=", yearStart.toISOString())
        .where("offers.offered_at", "<", yearEnd.toISOString())
        .groupBy("offers.person_id")
        .execute(),
      db
        .selectFrom("feedback")
        .innerJoin("assignments", "assignments.id", "feedback.assignment_id")
        .select((eb) => ["assignments.person_id", eb.fn.avg<number>("feedback.rating").as("rating"), eb.fn.countAll<number>().as("count")])
        .where("feedback.author", "=", "care_unit")
        .groupBy("assignments.person_id")
        .execute(),
      // A starter's meetings with a self-help group are busy time like a booked assignment (not counted in the cap).
      db
        .selectFrom("self_help_group_meetings")
        .innerJoin("self_help_groups", "self_help_groups.id", "self_help_group_meetings.group_id")
        .select(["self_help_groups.starter_person_id as person_id", "self_help_group_meetings.starts_at", "self_help_group_meetings.ends_at", "self_help_groups.digital"])
        .where("self_help_group_meetings.with_starter", "=", 1)
        .where("self_help_group_meetings.cancelled_at", "is", null)
        .where("self_help_groups.status", "!=", "ended")
        .where("self_help_groups.starter_person_id", "is not", null)
        .where("self_help_group_meetings.ends_at", ">", meetingsFrom)
        .$narrowType<{ person_id: number }>()
        .execute(),
    ]);

  const rolesOf = groupBy(roles, "person_id");
  const areasOf = groupBy(areas, "person_id");
  const formatsOf = groupBy(formats, "person_id");
  const languagesOf = groupBy(languages, "person_id");
  const servesOf = groupBy(serves, "person_id");
  const trainingsOf = groupBy(trainings, "person_id");
  const windowsOf = groupBy(windows, "person_id");
  const exceptionsOf = groupBy(exceptions, "person_id");
  const assignmentsOf = groupBy(assignments, "person_id");
  const lastOf = new Map(lastBefore.map((r) => [r.person_id, r.last_start as string]));
  const offersOf = new Map(offers.map((r) => [r.person_id, r]));
  const feedbackOf = new Map(feedback.map((r) => [r.person_id, r]));
  const groupMeetingsOf = groupBy(groupMeetings, "person_id");
  // Every slot that can still be offered lies ahead, so the cap never reads an earlier month: those stay out of memory.
  const thisMonth = today.slice(0, 7);

  return people.map((p): PersonRows => {
    const own = assignmentsOf.get(p.id) ?? [];
    const assignmentsByMonth: Record<string, number> = {};
    for (const a of own) {
      const month = localMonth(new Date(a.starts_at));
      if (month >= thisMonth) assignmentsByMonth[month] = (assignmentsByMonth[month] ?? 0) + 1;
    }
    const offer = offersOf.get(p.id);
    const rated = feedbackOf.get(p.id);
    return {
      person: {
        id: p.id,
        state: {
          status: p.status,
          pausedUntil: p.paused_until,
          joinedOn: p.joined_on,
          leftOn: p.left_on,
          anonymisedAt: p.anonymised_at,
          trainings: (trainingsOf.get(p.id) ?? []).map((t) => ({ kind: t.kind, completedOn: t.completed_on })),
        },
        roles: (rolesOf.get(p.id) ?? []).map((r) => r.role),
        experienceAreaIds: ids(areasOf, p.id, (r) => r.experience_area_id),
        formats: (formatsOf.get(p.id) ?? []).map((r) => r.format),
        languages: (languagesOf.get(p.id) ?? []).map((r) => r.language),
        careAreaIds: ids(servesOf, p.id, (r) => r.care_area_id),
        municipalityIds: ids(servesOf, p.id, (r) => r.municipality_id),
        servesDigital: p.serves_digital === 1,
        maxPerMonth: p.max_per_month,
        availability: {
          windows: (windowsOf.get(p.id) ?? []).map((w) => ({ weekday: w.weekday, startMinute: w.start_minute, endMinute: w.end_minute })),
          exceptions: (exceptionsOf.get(p.id) ?? []).map((x) => ({
            kind: x.kind,
            fromDate: x.from_date,
            toDate: x.to_date,
            startMinute: x.start_minute,
            endMinute: x.end_minute,
          })),
        },
        assignmentsByMonth,
        offersThisYear: Number(offer?.all ?? 0),
        bookOffersThisYear: Number(offer?.book ?? 0),
        feedbackRating: rated ? Number(rated.rating) : null,
        feedbackCount: Number(rated?.count ?? 0),
      },
      assignments: own,
      groupMeetings: groupMeetingsOf.get(p.id) ?? [],
      lastBefore: lastOf.get(p.id) ?? null,
    };
  });
}

async function loadRequests(db: DB, requestIds: number[] | undefined): Promise<MatchingRequest[]> {
  if (requestIds !== undefined && requestIds.length === 0) return [];
  const chosen = db
    .selectFrom("requests")
    .select("id")
    .where("status", "in", ["open", "offered"])
    .$if(requestIds !== undefined, (qb) => qb.where("id", "in", requestIds!));
  const [requests, slots, areas, offers, hands] = await Promise.all([
    requestsWithPlace(db)
      .select([
        "requests.id",
        "requests.status",
        "requests.wanted_role",
        "requests.format",
        "requests.is_digital",
        "requests.created_at",
        "place.id as municipality_id",
        "place.care_area_id",
        "care_units.id as care_unit_id",
        "care_units.kind as care_unit_kind",
        "unit_place.id as unit_municipality_id",
        "unit_place.care_area_id as unit_care_area_id",
      ])
      .where("requests.id", "in", chosen)
      .orderBy("requests.id")
      .execute(),
    db.selectFrom("request_slots").select(["id", "request_id", "starts_at", "ends_at"]).where("request_id", "in", chosen).orderBy("starts_at").orderBy("id").execute(),
    db.selectFrom("request_experience_areas").select(["request_id", "experience_area_id"]).where("request_id", "in", chosen).execute(),
    db
      .selectFrom("offers")
      .select(["request_id", "person_id", "status"])
      .where("request_id", "in", chosen)
      .where("status", "in", ["pending", "declined"])
      .execute(),
    db.selectFrom("raised_hands").select(["request_id", "person_id"]).where("request_id", "in", chosen).orderBy("person_id").execute(),
  ]);
  const slotsOf = groupBy(slots, "request_id");
  const areasOf = groupBy(areas, "request_id");
  const offersOf = groupBy(offers, "request_id");
  const handsOf = groupBy(hands, "request_id");
  const peopleWith = (id: number, status: "pending" | "declined") =>
    [...new Set((offersOf.get(id) ?? []).filter((o) => o.status === status).map((o) => o.person_id))].sort((a, b) => a - b);

  return requests.map((r) => ({
    id: r.id,
    status: r.status as "open" | "offered",
    wantedRole: r.wanted_role,
    format: r.format,
    experienceAreaIds: ids(areasOf, r.id, (a) => a.experience_area_id),
    language: DEFAULT_REQUEST_LANGUAGE,
    isDigital: r.is_digital === 1,
    municipalityId: r.municipality_id ?? r.unit_municipality_id,
    careAreaId: r.care_area_id ?? r.unit_care_area_id,
    slots: (slotsOf.get(r.id) ?? []).map((s) => ({ id: s.id, start: new Date(s.starts_at), end: new Date(s.ends_at) })),
    declinedPersonIds: peopleWith(r.id, "declined"),
    pendingOfferPersonIds: peopleWith(r.id, "pending"),
    raisedHandPersonIds: ids(handsOf, r.id, (h) => h.person_id),
    careUnit: { id: r.care_unit_id, kind: r.care_unit_kind, municipalityId: r.unit_municipality_id, careAreaId: r.unit_care_area_id },
    createdAt: r.created_at,
  }));
}

// Loads what the goal definitions need for a year in a fixed number of queries and hands it to the pure goal modules.
import { goalDashboard, type DashboardData, type GoalDashboard } from "~/domain/goal-dashboard";
import { goalReport, yearSpan, type GoalOffer, type GoalPerson, type GoalReport } from "~/domain/goals";
import { instantToLocal, startOfMinute } from "~/domain/stockholm-time";
import { memoByVersion } from "~/utils/cache.server";
import type { DB } from "~/utils/db.server";
import { loadPlanGoalData } from "./plan-goal-data.server";
import type { PersonRole } from "~/domain/vocabulary";

const iso = (ms: number) => new Date(ms).toISOString();

/** Everyone who ever held a role, the year's offers, and assignments starting in the year or the one before. */
async function queryGoalData(db: DB, year: number): Promise<DashboardData> {
  const from = iso(yearSpan(year - 1).start);
  const { start, end } = yearSpan(year);
  const [roles, offers, assignments, careAreas, contacts, plan] = await Promise.all([
    db
      .selectFrom("person_roles")
      .innerJoin("people", "people.id", "person_roles.person_id")
      .select(["people.id", "person_roles.role", "people.joined_on", "people.left_on"])
      .orderBy("people.id")
      .execute(),
    db
      .selectFrom("offers")
      .innerJoin("requests", "requests.id", "offers.request_id")
      .innerJoin("care_units", "care_units.id", "requests.care_unit_id")
      .innerJoin("municipalities", "municipalities.id", "care_units.municipality_id")
      .select(["offers.person_id as personId", "requests.wanted_role as wantedRole", "offers.offered_at as offeredAt", "municipalities.care_area_id as careAreaId"])
      .where("offers.offered_at", ">=", iso(start))
      .where("offers.offered_at", "<", iso(end))
      .execute(),
    db
      .selectFrom("assignments")
      .innerJoin("requests", "requests.id", "assignments.request_id")
      .innerJoin("care_units", "care_units.id", "requests.care_unit_id")
      .innerJoin("municipalities", "municipalities.id", "care_units.municipality_id")
      .select([
        "assignments.person_id as personId",
        "requests.wanted_role as wantedRole",
        "assignments.status",
        "assignments.starts_at as startsAt",
        "municipalities.care_area_id as careAreaId",
      ])
      .where("assignments.starts_at", ">=", from)
      .where("assignments.starts_at", "<", iso(end))
      .execute(),
    db.selectFrom("care_areas").select(["id", "name"]).orderBy("name").execute(),
    supporterContacts(db, year),
    loadPlanGoalData(db, year),
  ]);
  return { people: groupRoles(roles), offers, assignments, careAreas, contacts, ...plan };
}

/** Every contact logged by the end of the year: whether a unit is new depends on all earlier ones. */
function supporterContacts(db: DB, year: number) {
  return db
    .selectFrom("supporter_contacts")
    .select(["person_id as personId", "care_unit_id as careUnitId", "contacted_on as contactedOn"])
    .where("contacted_on", "<=", `${year}-12-31`)
    .orderBy("id")
    .execute();
}

function groupRoles(rows: { id: number; role: PersonRole; joined_on: string; left_on: string | null }[]): GoalPerson[] {
  const people = new Map<number, GoalPerson & { roles: PersonRole[] }>();
  for (const row of rows) {
    const person = people.get(row.id);
    if (person) person.roles.push(row.role);
    else people.set(row.id, { id: row.id, roles: [row.role], joinedOn: row.joined_on, leftOn: row.left_on });
  }
  return [...people.values()];
}

/**
 * The object of DESIGN.md's "External interfaces": the JSON report and the CLI print exactly this. It asks the
 * database only for the rows the report's clauses can count — book-request offers (the first per person) and
 * peer-request assignments that are completed or booked — and leaves every rule to goals.ts.
 */
export async function loadGoalReport(db: DB, year: number, now = new Date()): Promise<GoalReport> {
  const { start, end } = yearSpan(year);
  const [roles, offers, assignments, contacts, plan] = await Promise.all([
    db
      .selectFrom("person_roles")
      .innerJoin("people", "people.id", "person_roles.person_id")
      .select(["people.id", "person_roles.role", "people.joined_on", "people.left_on"])
      .orderBy("people.id")
      .execute(),
    // CROSS JOIN keeps SQLite's order — book requests first, then their offers by the covering index — which the
    // planner otherwise trades for a skip-scan over offers once ANALYZE has run.
    db
      .selectFrom("requests")
      .crossJoin("offers")
      .select((eb) => ["offers.person_id as personId", "requests.wanted_role as wantedRole", eb.fn.min("offers.offered_at").as("offeredAt")])
      .whereRef("offers.request_id", "=", "requests.id")
      .where("requests.wanted_role", "=", "book")
      .where("offers.offered_at", ">=", iso(start))
      .where("offers.offered_at", "<", iso(end))
      .groupBy(["offers.person_id", "requests.wanted_role"])
      .execute(),
    db
      .selectFrom("requests")
      .crossJoin("assignments")
      .select(["assignments.person_id as personId", "requests.wanted_role as wantedRole", "assignments.status", "assignments.starts_at as startsAt"])
      .whereRef("assignments.request_id", "=", "requests.id")
      .where("requests.wanted_role", "=", "peer")
      .where("assignments.status", "in", ["completed", "booked"])
      .where("assignments.starts_at", ">=", iso(yearSpan(year - 1).start))
      .where("assignments.starts_at", "<", iso(end))
      .execute(),
    supporterContacts(db, year),
    loadPlanGoalData(db, year),
  ]);
  return goalReport({ people: groupRoles(roles), offers: offers as GoalOffer[], assignments, contacts, ...plan }, year, instantToLocal(now).date);
}

export interface NotOfferedName {
  id: number;
  /** Null once the person is anonymised: the page names them by number, in its own language. */
  name: string | null;
  title: string;
  joinedOn: string;
}

export interface GoalsView extends Omit<GoalDashboard, "notOffered" | "supporters"> {
  year: number;
  notOfferedCount: number;
  /** The first of the eligible books not yet offered, longest-standing first. */
  notOffered: readonly NotOfferedName[];
  /** The supporters' figures with their names (null once anonymised), by name. */
  supporters: readonly (GoalDashboard["supporters"][number] & { name: string | null })[];
}

/**
 * The dashboard for a year, by the minute (the pace and the months begun move with the clock); `listLimit` caps the
 * names of books not yet offered (the full list has its own page). Only the finished view is kept: the year's rows
 * (~15 MB at national scale) are read again when the minute turns, ~0.3 s that a peak RSS within 200 MB is worth.
 */
export async function loadGoals(db: DB, { year, now = new Date(), listLimit = 12 }: { year: number; now?: Date; listLimit?: number }): Promise<GoalsView> {
  const minute = startOfMinute(now);
  return memoGoals(db, `${year}|${listLimit}`, year, minute, listLimit);
}

const memoGoals = memoByVersion(computeGoals, { size: 4, stamp: (_year, minute) => minute.toISOString() });

async function computeGoals(db: DB, year: number, now: Date, listLimit: number): Promise<GoalsView> {
  const dashboard = goalDashboard(await queryGoalData(db, year), year, now);
  const first = dashboard.notOffered.slice(0, listLimit);
  const names = first.length
    ? await db
        .selectFrom("people")
        .innerJoin("person_roles", (join) => join.onRef("person_roles.person_id", "=", "people.id").on("person_roles.role", "=", "book"))
        .select(["people.id", "people.name", "people.anonymised_at", "person_roles.title"])
        .where("people.id", "in", first.map((p) => p.id))
        .execute()
    : [];
  const byId = new Map(names.map((n) => [n.id, n]));
  const supporterNames = dashboard.supporters.length
    ? new Map(
        (await db.selectFrom("people").select(["id", "name", "anonymised_at"]).where("id", "in", dashboard.supporters.map((s) => s.id)).execute()).map((p) => [
          p.id,
          p.anonymised_at ? null : p.name,
        ]),
      )
    : new Map<number, string | null>();
  return {
    ...dashboard,
    supporters: dashboard.supporters
      .map((s) => ({ ...s, name: supporterNames.get(s.id) ?? null }))
      .sort((a, b) => (a.name ?? "").localeCompare(b.name ?? "", "sv") || a.id - b.id),
    year,
    notOfferedCount: dashboard.notOffered.length,
    notOffered: first.map((p) => {
      const row = byId.get(p.id);
      return { id: p.id, name: row?.anonymised_at ? null : row?.name ?? "", title: row?.title ?? "", joinedOn: p.joinedOn };
    }),
  };
}

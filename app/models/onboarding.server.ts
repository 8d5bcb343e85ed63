// The facts behind onboarding: a volunteer's task list, and the coordinator's cards waiting for approval and people stuck.
import { isActiveOn } from "~/domain/eligibility";
import { onboardingComplete, onboardingTasks, stuckReasons, type Account, type OnboardingFacts, type StuckReason } from "~/domain/onboarding";
import type { DB } from "~/utils/db.server";
import { groupBy } from "~/domain/lists";
import { ROLES, type PersonStatus, type Role } from "~/domain/vocabulary";

/** The stuck list is for acting on, not for reading through: beyond this the page says how many more there are. */
export const STUCK_LIMIT = 200;

const collator = new Intl.Collator("sv-SE");

type PersonRow = { id: number; name: string; alias: string | null; joined_on: string; left_on: string | null; status: PersonStatus; paused_until: string | null; approved_at: string | null };

export interface QueueRow {
  id: number;
  name: string;
  alias: string | null;
  joinedOn: string;
  roles: Role[];
  reasons: StuckReason[];
}

/** One query per table whatever the number of people, grouped in memory; `personId` narrows every query to one person. */
async function loadFacts(db: DB, personId?: number): Promise<{ people: PersonRow[]; facts: Map<number, OnboardingFacts & { account: Account }> }> {
  const one = personId !== undefined;
  const [people, roles, areas, windows, tokens, trainings, users] = await Promise.all([
    db
      .selectFrom("people")
      .select(["id", "name", "alias", "joined_on", "left_on", "status", "paused_until", "approved_at"])
      // One person is looked up whatever their state (their admin page still opens); the lists leave anonymised people out.
      .$if(one, (qb) => qb.where("id", "=", personId!))
      .$if(!one, (qb) => qb.where("anonymised_at", "is", null))
      .execute(),
    db.selectFrom("person_roles").select(["person_id", "role", "presentation"]).where("role", "in", ROLES).$narrowType<{ role: Role }>().$if(one, (qb) => qb.where("person_id", "=", personId!)).orderBy("role").execute(),
    db.selectFrom("person_experience_areas").select("person_id").$if(one, (qb) => qb.where("person_id", "=", personId!)).execute(),
    db.selectFrom("availability_windows").select("person_id").$if(one, (qb) => qb.where("person_id", "=", personId!)).execute(),
    db.selectFrom("calendar_tokens").select("person_id").where("person_id", "is not", null).where("revoked_at", "is", null).$if(one, (qb) => qb.where("person_id", "=", personId!)).execute(),
    db.selectFrom("training_records").select(["person_id", "kind", "completed_on"]).$if(one, (qb) => qb.where("person_id", "=", personId!)).execute(),
    db
      .selectFrom("users")
      .select(["person_id", "last_login_at"])
      .where("person_id", "is not", null)
      .where("disabled_at", "is", null)
      .$if(one, (qb) => qb.where("person_id", "=", personId!))
      .execute(),
  ]);
  const rolesOf = groupBy(roles, "person_id");
  const trainingsOf = groupBy(trainings, "person_id");
  const accountsOf = groupBy(users, "person_id");
  const areaCount = groupBy(areas, "person_id");
  const windowCount = groupBy(windows, "person_id");
  const tokenCount = groupBy(tokens, "person_id");
  const facts = new Map<number, OnboardingFacts & { account: Account }>();
  for (const p of people) {
    const accounts = accountsOf.get(p.id) ?? [];
    facts.set(p.id, {
      roles: (rolesOf.get(p.id) ?? []).map((r) => ({ role: r.role, presentation: r.presentation })),
      experienceAreas: areaCount.get(p.id)?.length ?? 0,
      availabilityWindows: windowCount.get(p.id)?.length ?? 0,
      calendarLink: tokenCount.has(p.id),
      trainings: (trainingsOf.get(p.id) ?? []).map((t) => ({ kind: t.kind, completedOn: t.completed_on })),
      approved: p.approved_at !== null,
      account: accounts.some((u) => u.last_login_at !== null) ? "signedIn" : accounts.length > 0 ? "invited" : "none",
    });
  }
  return { people, facts };
}

/** The volunteer's own task list, or undefined for an unknown or anonymised person. */
export async function getVolunteerOnboarding(db: DB, { personId, today }: { personId: number; today: string }) {
  const facts = (await loadFacts(db, personId)).facts.get(personId);
  if (!facts) return undefined;
  const tasks = onboardingTasks(facts, today);
  // The profile link goes to the first role whose presentation is missing, so the page opens at that field.
  const missingPresentation = facts.roles.find((r) => r.presentation.trim() === "")?.role ?? null;
  return { tasks, complete: onboardingComplete(tasks), missingPresentation };
}

/** What the person's admin page shows next to the approve button: whether the card is published, and what holds them up. */
export async function getCardApproval(db: DB, { personId, today }: { personId: number; today: string }) {
  const { people, facts } = await loadFacts(db, personId);
  const person = people[0];
  const personFacts = facts.get(personId);
  if (!person || !personFacts) return undefined;
  return { approvedAt: person.approved_at, reasons: stuckReasons(personFacts, today) };
}

/**
 * Cards waiting for approval (members with a bookable role who have not ended), each with what is still missing, and
 * approved members active today who are stuck, the most held-up first.
 */
export async function listApprovalQueue(db: DB, { today }: { today: string }) {
  const loaded = await loadFacts(db);
  const { facts } = loaded;
  // The queue is about catalogue cards: a patient supporter without a bookable role has none to approve.
  const people = loaded.people.filter((p) => (facts.get(p.id)?.roles.length ?? 0) > 0);
  const row = (p: PersonRow): QueueRow => {
    const f = facts.get(p.id)!;
    return { id: p.id, name: p.name, alias: p.alias, joinedOn: p.joined_on, roles: f.roles.map((r) => r.role), reasons: stuckReasons(f, today) };
  };
  const byName = (a: QueueRow, b: QueueRow) => collator.compare(a.name, b.name) || a.id - b.id;
  const waiting = people.filter((p) => p.approved_at === null && p.left_on === null).map(row).sort(byName);
  const active = (p: PersonRow) => isActiveOn({ status: p.status, pausedUntil: p.paused_until, joinedOn: p.joined_on, leftOn: p.left_on, anonymisedAt: null, trainings: [] }, today);
  const stuck = people
    .filter((p) => p.approved_at !== null && active(p))
    .map(row)
    .filter((r) => r.reasons.length > 0)
    .sort((a, b) => b.reasons.length - a.reasons.length || byName(a, b));
  return { waiting, stuck: stuck.slice(0, STUCK_LIMIT), stuckTotal: stuck.length };
}


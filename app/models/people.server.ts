// People (books, peers, storytellers, supporters, starters): the roles a person holds, and what a volunteer sees of themself.
import type { PersonRole } from "~/domain/vocabulary";
import type { DB } from "~/utils/db.server";
import { bookedAssignments } from "./assignments.server";

/** The roles a person holds: what her menu and her own pages depend on. */
export async function rolesOf(db: DB, personId: number): Promise<PersonRole[]> {
  return (await db.selectFrom("person_roles").select("role").where("person_id", "=", personId).execute()).map((r) => r.role);
}

export async function holdsRole(db: DB, personId: number, role: PersonRole): Promise<boolean> {
  const row = await db.selectFrom("person_roles").select("person_id").where("person_id", "=", personId).where("role", "=", role).executeTakeFirst();
  return row !== undefined;
}

export async function getVolunteerSummary(db: DB, { personId, now = new Date() }: { personId: number; now?: Date }) {
  const person = await db
    .selectFrom("people")
    .select(["id", "name", "alias", "status"])
    .where("id", "=", personId)
    .executeTakeFirst();
  if (!person) return null;
  const [roles, pendingOffers, upcoming] = await Promise.all([
    db.selectFrom("person_roles").select(["role", "title"]).where("person_id", "=", personId).orderBy("role").execute(),
    db
      .selectFrom("offers")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("person_id", "=", personId)
      .where("status", "=", "pending")
      .executeTakeFirstOrThrow(),
    bookedAssignments(db, personId)
      .select(["assignments.id", "assignments.starts_at", "requests.title"])
      .where("assignments.starts_at", ">=", now.toISOString())
      .orderBy("assignments.starts_at")
      .limit(5)
      .execute(),
  ]);
  return { person, roles, pendingOffers: Number(pendingOffers.n), upcoming };
}

// People (books, peers, storytellers): what a volunteer sees of themself.
import type { DB } from "~/utils/db.server";
import { bookedAssignments } from "./assignments.server";

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

// Coordinators' administration of people: the list, creating a person, editing details, roles, training and status, and approving cards.
import { sql } from "kysely";
import { z } from "zod";
import type { MessageKey } from "~/i18n";
import { getProfile } from "~/models/profile.server";
import { pausePeriod, releaseTouches, type ReleaseChoice } from "~/models/commitments.server";
import { audit } from "~/utils/audit.server";
import type { DB } from "~/utils/db.server";
import { containsText } from "../../db/dialect";

import { PERSON_STATES, type PersonState } from "~/domain/admin-forms";
import { isPauseEnd } from "~/domain/cant-come";
import { instantToLocal } from "~/domain/stockholm-time";
import type { PersonRole, PersonStatus, TrainingKind } from "~/domain/vocabulary";

export type Problem = { field: string; error: MessageKey };

export interface ListFilter {
  q: string;
  role: PersonRole | null;
  state: PersonState | null;
}

/** A person who has a left_on has ended, whatever their pause flag says. */
export function personState(p: { left_on: string | null; status: PersonStatus }): PersonState {
  return p.left_on ? "ended" : p.status;
}

export async function listPeople(db: DB, filter: ListFilter) {
  let query = db.selectFrom("people").select(["id", "name", "alias", "joined_on", "left_on", "status", "paused_until", "approved_at"]).orderBy("name").orderBy("id");
  if (filter.q) {
    const typed = filter.q;
    query = query.where((eb) => eb.or([containsText(db, "name", typed), containsText(db, "alias", typed)]));
  }
  if (filter.role) {
    const role = filter.role;
    query = query.where("id", "in", (eb) => eb.selectFrom("person_roles").select("person_id").where("role", "=", role));
  }
  if (filter.state === "ended") query = query.where("left_on", "is not", null);
  else if (filter.state) query = query.where("left_on", "is", null).where("status", "=", filter.state);
  const people = await query.limit(1000).execute();
  const roles = people.length
    ? await db.selectFrom("person_roles").select(["person_id", "role"]).where("person_id", "in", people.map((p) => p.id)).orderBy("role").execute()
    : [];
  return people.map((p) => ({ ...p, state: personState(p), roles: roles.filter((r) => r.person_id === p.id).map((r) => r.role) }));
}

/** Everything the detail page shows: the profile the volunteer sees plus what only coordinators handle. */
export async function getPersonForAdmin(db: DB, personId: number) {
  const profile = await getProfile(db, personId);
  if (!profile) return undefined;
  const [extra, training] = await Promise.all([
    db.selectFrom("people").select(["left_on"]).where("id", "=", personId).executeTakeFirstOrThrow(),
    db.selectFrom("training_records").select(["id", "kind", "completed_on"]).where("person_id", "=", personId).orderBy("completed_on").orderBy("id").execute(),
  ]);
  return { ...profile, person: { ...profile.person, left_on: extra.left_on }, state: personState({ ...profile.person, left_on: extra.left_on }), training };
}

export interface DetailsInput {
  name: string;
  alias: string | null;
  email: string;
  phone: string | null;
  joinedOn: string;
}

async function emailTaken(db: DB, email: string, exceptId: number | null) {
  let query = db.selectFrom("people").select("id").where(sql<boolean>`lower(email) = ${email.toLowerCase()}`);
  if (exceptId !== null) query = query.where("id", "!=", exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

export async function createPerson(
  db: DB,
  { userId, input, roles, now = new Date() }: { userId: number; input: DetailsInput; roles: { role: PersonRole; title: string }[]; now?: Date },
): Promise<{ id: number } | Problem> {
  return db.transaction().execute(async (trx) => {
    if (await emailTaken(trx, input.email, null)) return { field: "email", error: "peopleAdmin.errors.emailTaken" } as const;
    const at = now.toISOString();
    const { id } = await trx
      .insertInto("people")
      .values({ name: input.name, alias: input.alias, email: input.email, phone: input.phone, joined_on: input.joinedOn, created_at: at, updated_at: at })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx.insertInto("person_roles").values(roles.map((r) => ({ person_id: id, role: r.role, title: r.title }))).execute();
    await audit(trx, { actorUserId: userId, entity: "person", entityId: id, action: "create", details: { roles: roles.map((r) => r.role) } }, now);
    return { id };
  });
}

export async function updateDetails(db: DB, { personId, userId, input, now = new Date() }: { personId: number; userId: number; input: DetailsInput; now?: Date }): Promise<Problem | null> {
  return db.transaction().execute(async (trx) => {
    if (await emailTaken(trx, input.email, personId)) return { field: "email", error: "peopleAdmin.errors.emailTaken" } as const;
    await trx
      .updateTable("people")
      .set({ name: input.name, alias: input.alias, email: input.email, phone: input.phone, joined_on: input.joinedOn, updated_at: now.toISOString() })
      .where("id", "=", personId)
      .execute();
    // Contact details are personal data: the log says which fields were saved, not their values.
    await audit(trx, { actorUserId: userId, entity: "person", entityId: personId, action: "update_details" }, now);
    return null;
  });
}

export async function addRole(db: DB, { personId, userId, role, title, now = new Date() }: { personId: number; userId: number; role: PersonRole; title: string; now?: Date }): Promise<Problem | null> {
  return db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom("person_roles").select("role").where("person_id", "=", personId).where("role", "=", role).executeTakeFirst();
    if (existing) return { field: "role", error: "peopleAdmin.errors.roleExists" } as const;
    await trx.insertInto("person_roles").values({ person_id: personId, role, title }).execute();
    await audit(trx, { actorUserId: userId, entity: "person", entityId: personId, action: "add_role", details: { role } }, now);
    return null;
  });
}

/** A person without a role would vanish from matching and the goals, so the last role cannot go. */
export async function removeRole(db: DB, { personId, userId, role, now = new Date() }: { personId: number; userId: number; role: PersonRole; now?: Date }): Promise<Problem | null> {
  return db.transaction().execute(async (trx) => {
    const roles = await trx.selectFrom("person_roles").select("role").where("person_id", "=", personId).execute();
    if (!roles.some((r) => r.role === role)) return { field: "removeRole", error: "peopleAdmin.errors.unknown" } as const;
    if (roles.length <= 1) return { field: "removeRole", error: "peopleAdmin.errors.lastRole" } as const;
    await trx.deleteFrom("person_roles").where("person_id", "=", personId).where("role", "=", role).execute();
    await audit(trx, { actorUserId: userId, entity: "person", entityId: personId, action: "remove_role", details: { role } }, now);
    return null;
  });
}

export async function addTraining(
  db: DB,
  { personId, userId, kind, completedOn, now = new Date() }: { personId: number; userId: number; kind: TrainingKind; completedOn: string; now?: Date },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { id } = await trx.insertInto("training_records").values({ person_id: personId, kind, completed_on: completedOn, note: null }).returning("id").executeTakeFirstOrThrow();
    await audit(trx, { actorUserId: userId, entity: "person", entityId: personId, action: "add_training", details: { trainingId: id, kind } }, now);
  });
}

/** Scoped by person, so a forged record id from someone else's page deletes nothing. */
export async function deleteTraining(db: DB, { personId, userId, trainingId, now = new Date() }: { personId: number; userId: number; trainingId: number; now?: Date }): Promise<Problem | null> {
  return db.transaction().execute(async (trx) => {
    const result = await trx.deleteFrom("training_records").where("id", "=", trainingId).where("person_id", "=", personId).executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) return { field: "trainingId", error: "peopleAdmin.errors.unknown" } as const;
    await audit(trx, { actorUserId: userId, entity: "person", entityId: personId, action: "delete_training", details: { trainingId } }, now);
    return null;
  });
}

export type StatusChange = { kind: "pause"; until: string | null } | { kind: "resume" } | { kind: "end"; leftOn: string };

export async function changeStatus(
  db: DB,
  { personId, userId, change, release, now = new Date() }: { personId: number; userId: number; change: StatusChange; release?: ReleaseChoice; now?: Date },
): Promise<Problem | null> {
  return db.transaction().execute(async (trx) => {
    const person = await trx.selectFrom("people").select(["joined_on", "left_on"]).where("id", "=", personId).executeTakeFirstOrThrow();
    const at = now.toISOString();
    if (change.kind === "end") {
      if (person.left_on) return { field: "leftOn", error: "peopleAdmin.errors.ended" } as const;
      if (change.leftOn < person.joined_on) return { field: "leftOn", error: "peopleAdmin.errors.leftBeforeJoined" } as const;
      await trx.updateTable("people").set({ left_on: change.leftOn, updated_at: at }).where("id", "=", personId).execute();
    } else if (change.kind === "pause") {
      if (!isPauseEnd(change.until, instantToLocal(now).date)) return { field: "pausedUntil", error: "peopleAdmin.errors.date" } as const;
      await trx.updateTable("people").set({ status: "paused", paused_until: change.until, updated_at: at }).where("id", "=", personId).execute();
      // Pending offers in the pause are declined as "paused"; the bookings go as the coordinator chose.
      if (release) await releaseTouches(trx, { personId, period: pausePeriod(change.until, now), ...release, offerReason: "paused", cancelledBy: "coordinator", actorUserId: userId, now });
    } else {
      // Resuming also undoes an ended membership, so a mistaken end can be corrected.
      await trx.updateTable("people").set({ status: "active", paused_until: null, left_on: null, updated_at: at }).where("id", "=", personId).execute();
    }
    await audit(trx, { actorUserId: userId, entity: "person", entityId: personId, action: `status_${change.kind}` }, now);
    return null;
  });
}

/**
 * Publishes the person's cards in the catalogue, or takes them out again; matching never waits for this.
 * Approving an approved card keeps its first date, so a double click changes nothing.
 */
export async function setCardApproval(db: DB, { personId, userId, approve, now = new Date() }: { personId: number; userId: number; approve: boolean; now?: Date }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const at = now.toISOString();
    const changed = await trx
      .updateTable("people")
      .set({ approved_at: approve ? at : null, updated_at: at })
      .where("id", "=", personId)
      .where("approved_at", approve ? "is" : "is not", null)
      .executeTakeFirst();
    if (Number(changed.numUpdatedRows) > 0) await audit(trx, { actorUserId: userId, entity: "person", entityId: personId, action: approve ? "approve_card" : "unpublish_card" }, now);
  });
}

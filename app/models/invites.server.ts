// One-time invite links: a coordinator (or the operator's CLI) creates the account, the invitee sets a password within 72 h.
import { audit } from "~/utils/audit.server";
import type { DB } from "~/utils/db.server";
import { randomToken, sha256 } from "~/utils/security.server";
import { notifyInvite } from "./notifications.server";
import { createUser, normalizeEmail, setPasswordHash } from "./users.server";
import type { UserRole } from "~/domain/vocabulary";

export const INVITE_TTL_MS = 72 * 60 * 60 * 1000;

export type InviteProblem =
  | { field: "email"; error: "users.emailTaken" }
  | { field: "careUnitId"; error: "users.unitRequired" }
  | { field: "personId"; error: "users.personRequired" };

async function inviteProblem(
  db: DB,
  input: { email: string; careUnitId: number | null; personId: number | null },
): Promise<InviteProblem | null> {
  const taken = await db.selectFrom("users").select("id").where("email", "=", normalizeEmail(input.email)).executeTakeFirst();
  if (taken) return { field: "email", error: "users.emailTaken" };
  if (input.careUnitId !== null) {
    const unit = await db.selectFrom("care_units").select("id").where("id", "=", input.careUnitId).executeTakeFirst();
    if (!unit) return { field: "careUnitId", error: "users.unitRequired" };
  }
  if (input.personId !== null) {
    const person = await db
      .selectFrom("people")
      .leftJoin("users", "users.person_id", "people.id")
      .select(["people.id", "users.id as user_id"])
      .where("people.id", "=", input.personId)
      .where("people.anonymised_at", "is", null)
      .executeTakeFirst();
    if (!person || person.user_id !== null) return { field: "personId", error: "users.personRequired" };
  }
  return null;
}

export interface IssuedInvite {
  token: string;
  expiresAt: string;
}

/**
 * A new invite link for an existing user, mailed through the outbox in the caller's transaction; earlier unused links
 * of the same user stop working. `createdBy` is null when the operator's CLI made it.
 */
export async function issueInvite(trx: DB, { userId, createdBy }: { userId: number; createdBy: number | null }, now: Date): Promise<IssuedInvite> {
  const token = randomToken();
  const expiresAt = new Date(now.getTime() + INVITE_TTL_MS).toISOString();
  await trx.deleteFrom("invites").where("user_id", "=", userId).where("used_at", "is", null).execute();
  const invite = await trx
    .insertInto("invites")
    .values({ token_hash: sha256(token), user_id: userId, created_by: createdBy, created_at: now.toISOString(), expires_at: expiresAt, used_at: null })
    .returning("id")
    .executeTakeFirstOrThrow();
  await notifyInvite(trx, { inviteId: invite.id, userId, token, now });
  return { token, expiresAt };
}

/** Creates the account and its first invite link; `invitedBy` is null when the operator's CLI invites. */
export async function inviteUser(
  db: DB,
  input: { email: string; name: string; role: UserRole; careUnitId: number | null; personId: number | null; invitedBy: number | null },
  now = new Date(),
): Promise<({ userId: number } & IssuedInvite) | InviteProblem> {
  return db.transaction().execute(async (trx) => {
    const problem = await inviteProblem(trx, input);
    if (problem) return problem;
    const id = await createUser(trx, input, now);
    const invite = await issueInvite(trx, { userId: id, createdBy: input.invitedBy }, now);
    await audit(trx, { actorUserId: input.invitedBy, entity: "user", entityId: id, action: "invite", details: { role: input.role } }, now);
    return { ...invite, userId: id };
  });
}

export async function getValidInvite(db: DB, token: string, now = new Date()) {
  return db
    .selectFrom("invites")
    .innerJoin("users", "users.id", "invites.user_id")
    .select(["invites.id", "invites.user_id", "users.email", "users.name", "users.role"])
    .where("invites.token_hash", "=", sha256(token))
    .where("invites.used_at", "is", null)
    .where("invites.expires_at", ">", now.toISOString())
    .where("users.disabled_at", "is", null)
    .executeTakeFirst();
}

/** Uses the invite exactly once: returns the user id, or null when it was used or expired meanwhile. */
export async function acceptInvite(db: DB, token: string, passwordHash: string, now = new Date()): Promise<number | null> {
  return db.transaction().execute(async (trx) => {
    const invite = await getValidInvite(trx, token, now);
    if (!invite) return null;
    await trx.updateTable("invites").set({ used_at: now.toISOString() }).where("id", "=", invite.id).execute();
    await setPasswordHash(trx, invite.user_id, passwordHash);
    await audit(trx, { actorUserId: invite.user_id, entity: "user", entityId: invite.user_id, action: "set_password" }, now);
    return invite.user_id;
  });
}

export async function listPendingInvites(db: DB, now = new Date()) {
  return db
    .selectFrom("invites")
    .innerJoin("users", "users.id", "invites.user_id")
    .select(["invites.id", "users.email", "users.role", "invites.expires_at"])
    .where("invites.used_at", "is", null)
    .where("invites.expires_at", ">", now.toISOString())
    .orderBy("invites.created_at", "desc")
    .execute();
}

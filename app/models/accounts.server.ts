// Account administration for coordinators and the operator's CLI: who can sign in, their sessions, and new invite links.
import { sessionState } from "~/domain/session-timeout";
import { audit } from "~/utils/audit.server";
import type { DB } from "~/utils/db.server";
import { issueInvite, type IssuedInvite } from "./invites.server";
import { createPasswordReset } from "./password-resets.server";
import { deleteUserSessions } from "./sessions.server";
import type { UserRole } from "~/domain/vocabulary";

export type AccountStatus = "active" | "invited" | "disabled";

export interface Account {
  id: number;
  name: string;
  email: string;
  role: UserRole;
  careUnitName: string | null;
  status: AccountStatus;
  lastLoginAt: string | null;
  activeSessions: number;
}

type Refusal<R extends string> = { ok: false; reason: R };

/** Every user, by role and name, with the sessions that would still let them in now. */
export async function listAccounts(db: DB, now = new Date()): Promise<Account[]> {
  const [users, sessions] = await Promise.all([
    db
      .selectFrom("users")
      .leftJoin("care_units", "care_units.id", "users.care_unit_id")
      .select(["users.id", "users.name", "users.email", "users.role", "users.disabled_at", "users.last_login_at", "care_units.name as care_unit_name"])
      .select((eb) => eb("users.password_hash", "is not", null).as("has_password"))
      .orderBy("users.role")
      .orderBy("users.name")
      .orderBy("users.id")
      .execute(),
    db
      .selectFrom("sessions")
      .innerJoin("users", "users.id", "sessions.user_id")
      .select(["sessions.user_id", "users.role", "sessions.created_at as createdAt", "sessions.last_seen_at as lastSeenAt", "sessions.expires_at as expiresAt"])
      .where("sessions.expires_at", ">", now.toISOString())
      .where("users.disabled_at", "is", null)
      .execute(),
  ]);
  const active = new Map<number, number>();
  for (const s of sessions) if (sessionState(s, s.role, now) === "active") active.set(s.user_id, (active.get(s.user_id) ?? 0) + 1);
  return users.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role,
    careUnitName: u.care_unit_name,
    status: u.disabled_at ? "disabled" : u.has_password ? "active" : "invited",
    lastLoginAt: u.last_login_at,
    activeSessions: active.get(u.id) ?? 0,
  }));
}

async function findUser(db: DB, userId: number) {
  return db.selectFrom("users").select(["id", "name", "email", "disabled_at"]).where("id", "=", userId).executeTakeFirst();
}

/** Disables the account and ends its sessions at once; nobody can disable their own account (actor null: the operator). */
export async function disableAccount(
  db: DB,
  { userId, actorUserId }: { userId: number; actorUserId: number | null },
  now = new Date(),
): Promise<{ ok: true; name: string; sessionsEnded: number } | Refusal<"notFound" | "self">> {
  if (userId === actorUserId) return { ok: false, reason: "self" };
  return db.transaction().execute(async (trx) => {
    const user = await findUser(trx, userId);
    if (!user) return { ok: false, reason: "notFound" } as const;
    await trx.updateTable("users").set({ disabled_at: now.toISOString() }).where("id", "=", userId).where("disabled_at", "is", null).execute();
    const sessionsEnded = await deleteUserSessions(trx, userId);
    await audit(trx, { actorUserId, entity: "user", entityId: userId, action: "disable", details: { sessionsEnded } }, now);
    return { ok: true, name: user.name, sessionsEnded } as const;
  });
}

export async function enableAccount(
  db: DB,
  { userId, actorUserId }: { userId: number; actorUserId: number | null },
  now = new Date(),
): Promise<{ ok: true; name: string } | Refusal<"notFound">> {
  return db.transaction().execute(async (trx) => {
    const user = await findUser(trx, userId);
    if (!user) return { ok: false, reason: "notFound" } as const;
    await trx.updateTable("users").set({ disabled_at: null }).where("id", "=", userId).execute();
    await audit(trx, { actorUserId, entity: "user", entityId: userId, action: "enable" }, now);
    return { ok: true, name: user.name } as const;
  });
}

/** Signs the user out everywhere; the account stays enabled. */
export async function endAccountSessions(
  db: DB,
  { userId, actorUserId }: { userId: number; actorUserId: number | null },
  now = new Date(),
): Promise<{ ok: true; name: string; sessionsEnded: number } | Refusal<"notFound">> {
  return db.transaction().execute(async (trx) => {
    const user = await findUser(trx, userId);
    if (!user) return { ok: false, reason: "notFound" } as const;
    const sessionsEnded = await deleteUserSessions(trx, userId);
    await audit(trx, { actorUserId, entity: "user", entityId: userId, action: "end_sessions", details: { sessionsEnded } }, now);
    return { ok: true, name: user.name, sessionsEnded } as const;
  });
}

/** A fresh 72 h invite link, mailed through the outbox; the user's earlier invites stop working. Not for a disabled account. */
export async function reinviteAccount(
  db: DB,
  { userId, actorUserId }: { userId: number; actorUserId: number | null },
  now = new Date(),
): Promise<({ ok: true; email: string } & IssuedInvite) | Refusal<"notFound" | "disabled">> {
  return db.transaction().execute(async (trx) => {
    const user = await findUser(trx, userId);
    if (!user) return { ok: false, reason: "notFound" } as const;
    if (user.disabled_at) return { ok: false, reason: "disabled" } as const;
    const invite = await issueInvite(trx, { userId, createdBy: actorUserId }, now);
    await audit(trx, { actorUserId, entity: "user", entityId: userId, action: "reinvite" }, now);
    return { ok: true, email: user.email, ...invite } as const;
  });
}

/** A one-hour reset link for the operator to hand over (not mailed); audited. Not for a disabled account. */
export async function issueResetLink(
  db: DB,
  { userId, actorUserId }: { userId: number; actorUserId: number | null },
  now = new Date(),
): Promise<{ ok: true; token: string; expiresAt: string } | Refusal<"notFound" | "disabled">> {
  return db.transaction().execute(async (trx) => {
    const user = await findUser(trx, userId);
    if (!user) return { ok: false, reason: "notFound" } as const;
    if (user.disabled_at) return { ok: false, reason: "disabled" } as const;
    const { token, expiresAt } = await createPasswordReset(trx, userId, now);
    await audit(trx, { actorUserId, entity: "user", entityId: userId, action: "reset_link" }, now);
    return { ok: true, token, expiresAt } as const;
  });
}

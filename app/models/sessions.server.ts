// Server-side sessions: the cookie holds a random id, the database holds its hash, expiry and last use.
import { idleCutoff, isTouchDue, SESSION_MAX_AGE_MS, sessionState } from "~/domain/session-timeout";
import { randomToken, sha256 } from "~/utils/security.server";
import type { DB } from "~/utils/db.server";
import { USER_ROLES, type Locale, type UserRole } from "~/domain/vocabulary";

export const SESSION_TTL_MS = SESSION_MAX_AGE_MS;

export interface SessionUser {
  id: number;
  email: string;
  name: string;
  role: UserRole;
  care_unit_id: number | null;
  person_id: number | null;
  locale: Locale;
}

/** "idle": the session exists but went unused too long, so the user is told why they must sign in again. */
export type SessionRead = { state: "active"; user: SessionUser } | { state: "idle" } | { state: "none" };

/** A new session, which also records the user's sign-in. */
export async function createSession(db: DB, userId: number, now = new Date()): Promise<string> {
  const id = randomToken();
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("sessions")
      .values({ id_hash: sha256(id), user_id: userId, created_at: at, last_seen_at: at, expires_at: new Date(now.getTime() + SESSION_TTL_MS).toISOString() })
      .execute();
    await trx.updateTable("users").set({ last_login_at: at }).where("id", "=", userId).execute();
  });
  return id;
}

export async function readSession(db: DB, sessionId: string, now = new Date()): Promise<SessionRead> {
  const idHash = sha256(sessionId);
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select(["users.id", "users.email", "users.name", "users.role", "users.care_unit_id", "users.person_id", "users.locale"])
    .select(["sessions.created_at as createdAt", "sessions.last_seen_at as lastSeenAt", "sessions.expires_at as expiresAt"])
    .where("sessions.id_hash", "=", idHash)
    .where("users.disabled_at", "is", null)
    .executeTakeFirst();
  if (!row) return { state: "none" };
  const { createdAt, lastSeenAt, expiresAt, ...user } = row;
  const state = sessionState({ createdAt, lastSeenAt, expiresAt }, user.role, now);
  if (state !== "active") return { state: state === "idle" ? "idle" : "none" };
  if (isTouchDue({ createdAt, lastSeenAt, expiresAt }, now)) await touchSession(db, idHash, now);
  return { state: "active", user };
}

/** Renews the last use; sessions are among the tables no read model reads, so every cached read model stays (data-version.server.ts). */
async function touchSession(db: DB, idHash: string, now: Date) {
  await db.updateTable("sessions").set({ last_seen_at: now.toISOString() }).where("id_hash", "=", idHash).execute();
}

export async function getSessionUser(db: DB, sessionId: string, now = new Date()): Promise<SessionUser | undefined> {
  const read = await readSession(db, sessionId, now);
  return read.state === "active" ? read.user : undefined;
}

export async function deleteSession(db: DB, sessionId: string) {
  await db.deleteFrom("sessions").where("id_hash", "=", sha256(sessionId)).execute();
}

/** Ends every session of the user at once; returns how many there were. */
export async function deleteUserSessions(db: DB, userId: number): Promise<number> {
  const result = await db.deleteFrom("sessions").where("user_id", "=", userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Sessions past their 7 days, unused past their role's idle timeout, or of a disabled user; returns how many went. */
export async function deleteStaleSessions(db: DB, now = new Date()): Promise<number> {
  let deleted = 0;
  const count = (r: { numDeletedRows: bigint }) => (deleted += Number(r.numDeletedRows));
  count(await db.deleteFrom("sessions").where("expires_at", "<=", now.toISOString()).executeTakeFirst());
  for (const role of USER_ROLES) {
    const users = db.selectFrom("users").select("id").where("role", "=", role);
    count(
      await db
        .deleteFrom("sessions")
        .where("user_id", "in", users)
        .where((eb) => eb(eb.fn.coalesce("last_seen_at", "created_at"), "<=", idleCutoff(role, now)))
        .executeTakeFirst(),
    );
  }
  const disabled = db.selectFrom("users").select("id").where("disabled_at", "is not", null);
  count(await db.deleteFrom("sessions").where("user_id", "in", disabled).executeTakeFirst());
  return deleted;
}

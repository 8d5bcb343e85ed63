// Server-side sessions: the cookie holds a random id, the database holds its hash and expiry.
import { randomToken, sha256 } from "~/utils/security.server";
import type { DB } from "~/utils/db.server";

export const SESSION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export async function createSession(db: DB, userId: number, now = new Date()): Promise<string> {
  const id = randomToken();
  await db
    .insertInto("sessions")
    .values({
      id_hash: sha256(id),
      user_id: userId,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + SESSION_TTL_MS).toISOString(),
    })
    .execute();
  return id;
}

export async function getSessionUser(db: DB, sessionId: string, now = new Date()) {
  return db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select(["users.id", "users.email", "users.name", "users.role", "users.care_unit_id", "users.person_id", "users.locale"])
    .where("sessions.id_hash", "=", sha256(sessionId))
    .where("sessions.expires_at", ">", now.toISOString())
    .where("users.disabled_at", "is", null)
    .executeTakeFirst();
}

export type SessionUser = NonNullable<Awaited<ReturnType<typeof getSessionUser>>>;

export async function deleteSession(db: DB, sessionId: string) {
  await db.deleteFrom("sessions").where("id_hash", "=", sha256(sessionId)).execute();
}

export async function deleteExpiredSessions(db: DB, now = new Date()) {
  await db.deleteFrom("sessions").where("expires_at", "<=", now.toISOString()).execute();
}

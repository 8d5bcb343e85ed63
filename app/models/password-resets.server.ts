// One-time password reset links: a 256-bit token, only its hash stored, valid 1 h, used once.
import type { DB } from "~/utils/db.server";
import { randomToken, sha256 } from "~/utils/security.server";
import { setPasswordHash } from "./users.server";

export const RESET_TTL_MS = 60 * 60 * 1000;

/** A new reset link for the user; earlier unused links of the same user stop working. */
export async function createPasswordReset(db: DB, userId: number, now = new Date()): Promise<{ id: number; token: string; expiresAt: string }> {
  const token = randomToken(32);
  const expiresAt = new Date(now.getTime() + RESET_TTL_MS).toISOString();
  await db.deleteFrom("password_resets").where("user_id", "=", userId).where("used_at", "is", null).execute();
  const row = await db
    .insertInto("password_resets")
    .values({ token_hash: sha256(token), user_id: userId, created_at: now.toISOString(), expires_at: expiresAt, used_at: null })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { id: row.id, token, expiresAt };
}

export async function getValidPasswordReset(db: DB, token: string, now = new Date()) {
  return db
    .selectFrom("password_resets")
    .innerJoin("users", "users.id", "password_resets.user_id")
    .select(["password_resets.id", "password_resets.user_id", "users.email", "users.name"])
    .where("password_resets.token_hash", "=", sha256(token))
    .where("password_resets.used_at", "is", null)
    .where("password_resets.expires_at", ">", now.toISOString())
    .where("users.disabled_at", "is", null)
    .executeTakeFirst();
}

/** Uses the link exactly once and sets the password (which ends every session): the user id, or null. */
export async function usePasswordReset(db: DB, token: string, passwordHash: string, now = new Date()): Promise<number | null> {
  return db.transaction().execute(async (trx) => {
    const reset = await getValidPasswordReset(trx, token, now);
    if (!reset) return null;
    const used = await trx
      .updateTable("password_resets")
      .set({ used_at: now.toISOString() })
      .where("id", "=", reset.id)
      .where("used_at", "is", null)
      .executeTakeFirst();
    if (Number(used.numUpdatedRows) !== 1) return null;
    await setPasswordHash(trx, reset.user_id, passwordHash);
    return reset.user_id;
  });
}

/** Deletes used and expired links; returns how many went. */
export async function deleteStalePasswordResets(db: DB, now = new Date()): Promise<number> {
  const result = await db
    .deleteFrom("password_resets")
    .where((eb) => eb.or([eb("expires_at", "<=", now.toISOString()), eb("used_at", "is not", null)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

// A user's own password: asking for a reset link by e-mail, using it, and changing the password while signed in.
import { audit } from "~/utils/audit.server";
import type { DB } from "~/utils/db.server";
import { hashPassword, verifyPassword } from "~/utils/password.server";
import { beginLoginAttempt, forgetLoginAttempt, loginSucceeded } from "./login-throttle.server";
import { notifyPasswordReset } from "./notifications.server";
import { createPasswordReset, usePasswordReset } from "./password-resets.server";
import { getUserById, normalizeEmail, setPasswordHash } from "./users.server";

/** One live reset mail per user in this time, so the form cannot be used to flood someone's inbox. */
export const RESET_MAIL_COOLDOWN_MS = 5 * 60 * 1000;
/** Requests per IP address in the window; generous, as hospital staff share a few NAT addresses. */
export const RESET_REQUESTS_PER_IP = 20;
export const RESET_REQUEST_WINDOW_MS = 15 * 60 * 1000;

// Counted in login_failures, the throttle's table, under their own key so they never lock anyone's sign-in.
const ipKey = (ip: string) => `reset-ip:${ip}`;

async function ipRetryAfterMs(db: DB, ip: string, now: Date): Promise<number> {
  const recent = await db
    .selectFrom("login_failures")
    .select("failed_at")
    .where("key", "=", ipKey(ip))
    .where("failed_at", ">", new Date(now.getTime() - RESET_REQUEST_WINDOW_MS).toISOString())
    .orderBy("failed_at", "desc")
    .limit(RESET_REQUESTS_PER_IP)
    .execute();
  if (recent.length < RESET_REQUESTS_PER_IP) return 0;
  return new Date(recent[recent.length - 1].failed_at).getTime() + RESET_REQUEST_WINDOW_MS - now.getTime();
}

export type ResetRequestOutcome = { accepted: true } | { accepted: false; minutes: number };

/**
 * Mails a reset link to an enabled user with this address, unless one went out in the last few minutes.
 * The outcome never tells whether the address exists: only the IP limit is reported.
 */
export async function requestPasswordReset(db: DB, { email, ip }: { email: string; ip: string | undefined }, now = new Date()): Promise<ResetRequestOutcome> {
  if (ip) {
    const wait = await ipRetryAfterMs(db, ip, now);
    if (wait > 0) return { accepted: false, minutes: Math.ceil(wait / 60_000) };
    await db.insertInto("login_failures").values({ key: ipKey(ip), failed_at: now.toISOString() }).execute();
  }
  await db.transaction().execute(async (trx) => {
    const user = await trx.selectFrom("users").select("id").where("email", "=", normalizeEmail(email)).where("disabled_at", "is", null).executeTakeFirst();
    if (!user) return;
    const live = await trx
      .selectFrom("password_resets")
      .select("id")
      .where("user_id", "=", user.id)
      .where("used_at", "is", null)
      .where("created_at", ">", new Date(now.getTime() - RESET_MAIL_COOLDOWN_MS).toISOString())
      .executeTakeFirst();
    if (live) return;
    const reset = await createPasswordReset(trx, user.id, now);
    await notifyPasswordReset(trx, { resetId: reset.id, userId: user.id, token: reset.token, expiresAt: reset.expiresAt, now });
    await audit(trx, { actorUserId: null, entity: "user", entityId: user.id, action: "request_password_reset" }, now);
  });
  return { accepted: true };
}

/** Uses the link once, sets the new password (ending every session) and returns the user, or null when the link no longer works. */
export async function completePasswordReset(db: DB, token: string, password: string, now = new Date()) {
  const userId = await usePasswordReset(db, token, await hashPassword(password), now);
  if (userId === null) return null;
  await audit(db, { actorUserId: userId, entity: "user", entityId: userId, action: "reset_password" }, now);
  return (await getUserById(db, userId)) ?? null;
}

export type PasswordChangeOutcome = { changed: true } | { changed: false; error: "throttled"; minutes: number } | { changed: false; error: "wrongCurrent" };

/**
 * Changes a signed-in user's password when the current one is right; a wrong one counts as a failed sign-in.
 * Every session of the user ends: the caller starts a new one for this browser.
 */
export async function changeOwnPassword(
  db: DB,
  { userId, email, ip, current, next }: { userId: number; email: string; ip: string | undefined; current: string; next: string },
  now = new Date(),
): Promise<PasswordChangeOutcome> {
  // Counted before the check, like a sign-in, so parallel guesses at the current password queue on the limit.
  const begun = await beginLoginAttempt(db, email, ip, now);
  if ("wait" in begun) return { changed: false, error: "throttled", minutes: Math.ceil(begun.wait / 60_000) };
  const row = await db.selectFrom("users").select("password_hash").where("id", "=", userId).executeTakeFirst();
  let ok: boolean;
  try {
    ok = !!row?.password_hash && (await verifyPassword(current, row.password_hash));
  } catch (error) {
    await forgetLoginAttempt(db, begun.attempt);
    throw error;
  }
  if (!ok) return { changed: false, error: "wrongCurrent" };
  await loginSucceeded(db, begun.attempt);
  const hash = await hashPassword(next);
  await db.transaction().execute(async (trx) => {
    await setPasswordHash(trx, userId, hash);
    await audit(trx, { actorUserId: userId, entity: "user", entityId: userId, action: "change_password" }, now);
  });
  return { changed: true };
}

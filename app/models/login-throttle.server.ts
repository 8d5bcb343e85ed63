// Failed sign-ins per account and per IP; too many in the window blocks further attempts for a while.
import type { DB } from "~/utils/db.server";
import { normalizeEmail } from "./users.server";

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
// Hospital staff share a few NAT addresses, so the IP limit is looser than the per-account one.
export const LIMITS = { account: 5, ip: 20 } as const;

/** The account key is the address exactly as sign-in looks it up (trimmed, composed, lower case), never cut short first. */
export function throttleKeys(email: string, ip: string | undefined) {
  const keys: { key: string; limit: number }[] = [{ key: `account:${normalizeEmail(email.normalize("NFC"))}`, limit: LIMITS.account }];
  if (ip) keys.push({ key: `ip:${ip}`, limit: LIMITS.ip });
  return keys;
}

/** Milliseconds until another attempt is allowed, or 0 when the caller may try now. */
export async function retryAfterMs(db: DB, email: string, ip: string | undefined, now = new Date()): Promise<number> {
  let wait = 0;
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS).toISOString();
  for (const { key, limit } of throttleKeys(email, ip)) {
    const failures = await db
      .selectFrom("login_failures")
      .select("failed_at")
      .where("key", "=", key)
      .where("failed_at", ">", since)
      .orderBy("failed_at", "desc")
      .limit(limit)
      .execute();
    if (failures.length < limit) continue;
    const oldestCounted = new Date(failures[failures.length - 1].failed_at).getTime();
    wait = Math.max(wait, oldestCounted + THROTTLE_WINDOW_MS - now.getTime());
  }
  return wait;
}

export async function recordLoginFailure(db: DB, email: string, ip: string | undefined, now = new Date()) {
  const at = now.toISOString();
  await db
    .insertInto("login_failures")
    .values(throttleKeys(email, ip).map(({ key }) => ({ key, failed_at: at })))
    .execute();
  await db
    .deleteFrom("login_failures")
    .where("failed_at", "<", new Date(now.getTime() - THROTTLE_WINDOW_MS).toISOString())
    .execute();
}

export async function clearAccountFailures(db: DB, email: string) {
  await db.deleteFrom("login_failures").where("key", "=", throttleKeys(email, undefined)[0].key).execute();
}

/** One sign-in attempt, counted from before its password is checked. */
export interface LoginAttempt {
  email: string;
  ids: number[];
}

/**
 * Counts the attempt before the slow password check, in one write transaction, so simultaneous guesses queue on the
 * count instead of all passing an empty one: the wait when over the limit (nothing recorded), or the rows recorded.
 * A failed attempt simply stays counted; a good one is taken back with loginSucceeded.
 */
export async function beginLoginAttempt(db: DB, email: string, ip: string | undefined, now = new Date()): Promise<{ wait: number } | { attempt: LoginAttempt }> {
  return db.transaction().execute(async (trx) => {
    const wait = await retryAfterMs(trx, email, ip, now);
    if (wait > 0) return { wait };
    const at = now.toISOString();
    const rows = await trx
      .insertInto("login_failures")
      .values(throttleKeys(email, ip).map(({ key }) => ({ key, failed_at: at })))
      .returning("id")
      .execute();
    return { attempt: { email, ids: rows.map((r) => r.id) } };
  });
}

/** An attempt whose password was never checked (the server was too busy) is not held against anyone. */
export async function forgetLoginAttempt(db: DB, attempt: LoginAttempt) {
  await db.deleteFrom("login_failures").where("id", "in", attempt.ids).execute();
}

export async function loginSucceeded(db: DB, attempt: LoginAttempt) {
  await forgetLoginAttempt(db, attempt);
  await clearAccountFailures(db, attempt.email);
}

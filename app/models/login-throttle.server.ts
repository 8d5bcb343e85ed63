// Failed sign-ins per account and per IP; too many in the window blocks further attempts for a while.
import type { DB } from "~/utils/db.server";

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
// Hospital staff share a few NAT addresses, so the IP limit is looser than the per-account one.
export const LIMITS = { account: 5, ip: 20 } as const;

export function throttleKeys(email: string, ip: string | undefined) {
  const keys: { key: string; limit: number }[] = [{ key: `account:${email.trim().toLowerCase()}`, limit: LIMITS.account }];
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

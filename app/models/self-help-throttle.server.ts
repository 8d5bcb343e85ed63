// A cap on self-help registrations from one address, so the public form cannot be used to flood the coordinators'
// lists. Counted in login_failures under their own key, never linked to a registration, and purged within a day.
import type { DB } from "~/utils/db.server";

/** Registrations per address in the window: a household registers a few, a script hundreds. */
export const REGISTRATIONS_PER_IP = 10;
export const REGISTRATION_WINDOW_MS = 60 * 60 * 1000;

const ipKey = (ip: string) => `self-help-ip:${ip}`;

/** This address has not used up its registrations in the last window. */
export async function mayRegister(db: DB, ip: string, now: Date): Promise<boolean> {
  const recent = await db
    .selectFrom("login_failures")
    .select("failed_at")
    .where("key", "=", ipKey(ip))
    .where("failed_at", ">", new Date(now.getTime() - REGISTRATION_WINDOW_MS).toISOString())
    .limit(REGISTRATIONS_PER_IP)
    .execute();
  return recent.length < REGISTRATIONS_PER_IP;
}

export async function countRegistration(db: DB, ip: string, now: Date): Promise<void> {
  await db.insertInto("login_failures").values({ key: ipKey(ip), failed_at: now.toISOString() }).execute();
}

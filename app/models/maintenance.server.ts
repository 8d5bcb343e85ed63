// The hourly purge of what can no longer be used: ended sessions, used or expired invite and reset links, old sign-in
// failures, and self-help registrations whose retention has ended; and self-help groups' status and schedule kept current.
import type { DB } from "~/utils/db.server";
import { deleteStalePasswordResets } from "./password-resets.server";
import { eraseEndedGroupContacts, refreshGroups } from "./self-help-groups.server";
import { deleteExpiredInterest } from "./self-help.server";
import { deleteStaleSessions } from "./sessions.server";

export const PURGE_EVERY_MS = 60 * 60 * 1000;

/** Far past every throttle window (15 min), so purging never loosens a throttle. */
export const LOGIN_FAILURE_KEEP_MS = 24 * 60 * 60 * 1000;

export interface PurgeResult {
  sessions: number;
  invites: number;
  passwordResets: number;
  loginFailures: number;
  selfHelpInterest: number;
  /** Self-help groups whose status changed (self-running once the 4th meeting has ended). */
  selfHelpGroups: number;
  endedGroupContacts: number;
}

/** Safe to run at any time and as often as wanted: it only deletes rows that no longer let anyone in, or must no longer be kept. */
export async function purgeStale(db: DB, now = new Date()): Promise<PurgeResult> {
  const iso = now.toISOString();
  const sessions = await deleteStaleSessions(db, now);
  const invites = await db
    .deleteFrom("invites")
    .where((eb) => eb.or([eb("used_at", "is not", null), eb("expires_at", "<=", iso)]))
    .executeTakeFirst();
  const passwordResets = await deleteStalePasswordResets(db, now);
  const failures = await db
    .deleteFrom("login_failures")
    .where("failed_at", "<=", new Date(now.getTime() - LOGIN_FAILURE_KEEP_MS).toISOString())
    .executeTakeFirst();
  const selfHelpInterest = await deleteExpiredInterest(db, now);
  const selfHelpGroups = await refreshGroups(db, now);
  const endedGroupContacts = await eraseEndedGroupContacts(db, now);
  return { sessions, invites: Number(invites.numDeletedRows), passwordResets, loginFailures: Number(failures.numDeletedRows), selfHelpInterest, selfHelpGroups, endedGroupContacts };
}


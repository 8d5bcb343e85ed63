// When a session ends: 7 days after sign-in at the latest, sooner when unused (30 min for coordinators, 8 h for the others).
import type { UserRole } from "./vocabulary";

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

export const SESSION_MAX_AGE_MS = 7 * 24 * HOUR_MS;

/** Coordinators see everyone's data, so an unattended coordinator screen closes soonest. */
export const IDLE_TIMEOUT_MS: Record<UserRole, number> = {
  coordinator: 30 * MINUTE_MS,
  requester: 8 * HOUR_MS,
  volunteer: 8 * HOUR_MS,
};

/** Last use is written at most this often, so page loads do not each write; a timeout may thus end up to a minute early. */
export const TOUCH_INTERVAL_MS = MINUTE_MS;

export interface SessionTimes {
  createdAt: string;
  lastSeenAt: string | null;
  expiresAt: string;
}

export type SessionState = "active" | "idle" | "expired";

function lastUse(session: SessionTimes): number {
  return Date.parse(session.lastSeenAt ?? session.createdAt);
}

export function sessionState(session: SessionTimes, role: UserRole, now: Date): SessionState {
  if (now.getTime() >= Date.parse(session.expiresAt)) return "expired";
  return now.getTime() - lastUse(session) >= IDLE_TIMEOUT_MS[role] ? "idle" : "active";
}

export function isTouchDue(session: SessionTimes, now: Date): boolean {
  return now.getTime() - lastUse(session) >= TOUCH_INTERVAL_MS;
}

/** A session of this role last used at or before the returned instant is idle. */
export function idleCutoff(role: UserRole, now: Date): string {
  return new Date(now.getTime() - IDLE_TIMEOUT_MS[role]).toISOString();
}

// The session timeout rules: 7 days at most, idle 30 min for coordinators and 8 h for the others, touched at most once a minute.
import { IDLE_TIMEOUT_MS, idleCutoff, isTouchDue, SESSION_MAX_AGE_MS, sessionState, TOUCH_INTERVAL_MS } from "~/domain/session-timeout";

const MIN = 60_000;
const HOUR = 60 * MIN;
const t0 = new Date("2026-12-06T08:00:00.000Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const session = (lastSeenMs: number | null, createdMs = 0) => ({
  createdAt: at(createdMs).toISOString(),
  lastSeenAt: lastSeenMs === null ? null : at(lastSeenMs).toISOString(),
  expiresAt: at(createdMs + SESSION_MAX_AGE_MS).toISOString(),
});

describe("the timeouts", () => {
  it("are 30 minutes for coordinators, 8 hours for care units and volunteers, 7 days in all", () => {
    expect(IDLE_TIMEOUT_MS).toEqual({ coordinator: 30 * MIN, requester: 8 * HOUR, volunteer: 8 * HOUR });
    expect(SESSION_MAX_AGE_MS).toBe(7 * 24 * HOUR);
    expect(TOUCH_INTERVAL_MS).toBe(MIN);
  });
});

describe("sessionState", () => {
  it.each([
    ["coordinator", 30 * MIN - 1, "active"],
    ["coordinator", 30 * MIN, "idle"],
    ["requester", 30 * MIN, "active"],
    ["requester", 8 * HOUR - 1, "active"],
    ["requester", 8 * HOUR, "idle"],
    ["volunteer", 8 * HOUR - 1, "active"],
    ["volunteer", 8 * HOUR, "idle"],
  ] as const)("a %s idle for %d ms is %s", (role, idleMs, expected) => {
    expect(sessionState(session(HOUR), role, at(HOUR + idleMs))).toBe(expected);
  });

  it("counts from the creation when the session was never touched", () => {
    expect(sessionState(session(null), "coordinator", at(30 * MIN - 1))).toBe("active");
    expect(sessionState(session(null), "coordinator", at(30 * MIN))).toBe("idle");
  });

  it("renewed use keeps a session alive, but never past 7 days", () => {
    const day7 = SESSION_MAX_AGE_MS;
    expect(sessionState(session(day7 - MIN), "volunteer", at(day7 - 1))).toBe("active");
    expect(sessionState(session(day7 - MIN), "volunteer", at(day7))).toBe("expired");
  });

  it("a last use in the future (a clock set back) is not idle", () => {
    expect(sessionState(session(2 * HOUR), "coordinator", at(HOUR))).toBe("active");
  });
});

describe("isTouchDue", () => {
  it("is due once a minute has passed since the last use, or since the creation", () => {
    expect(isTouchDue(session(HOUR), at(HOUR + MIN - 1))).toBe(false);
    expect(isTouchDue(session(HOUR), at(HOUR + MIN))).toBe(true);
    expect(isTouchDue(session(null), at(MIN - 1))).toBe(false);
    expect(isTouchDue(session(null), at(MIN))).toBe(true);
  });
});

describe("idleCutoff", () => {
  it("is the last use at or before which a role's session is idle", () => {
    const now = at(10 * HOUR);
    expect(idleCutoff("coordinator", now)).toBe(at(10 * HOUR - 30 * MIN).toISOString());
    expect(idleCutoff("volunteer", now)).toBe(at(2 * HOUR).toISOString());
    const cutoff = idleCutoff("coordinator", now);
    expect(sessionState({ ...session(null), lastSeenAt: cutoff }, "coordinator", now)).toBe("idle");
  });
});

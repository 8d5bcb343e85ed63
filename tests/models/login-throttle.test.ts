import { beginLoginAttempt, clearAccountFailures, LIMITS, loginSucceeded, recordLoginFailure, retryAfterMs, throttleKeys } from "~/models/login-throttle.server";
import { db } from "~/utils/db.server";

const t0 = new Date("2026-11-23T10:00:00Z");
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);

describe("login throttling", () => {
  it("allows four failures, blocks at the fifth for 15 minutes counted from the first of them", async () => {
    for (let i = 0; i < 4; i++) await recordLoginFailure(db(), "a@example.se", undefined, minutes(i));
    expect(await retryAfterMs(db(), "a@example.se", undefined, minutes(4))).toBe(0);
    await recordLoginFailure(db(), "a@example.se", undefined, minutes(4));
    expect(await retryAfterMs(db(), "a@example.se", undefined, minutes(5))).toBe(10 * 60_000);
    expect(await retryAfterMs(db(), "A@EXAMPLE.SE ", undefined, minutes(5))).toBe(10 * 60_000);
    expect(await retryAfterMs(db(), "a@example.se", undefined, minutes(15))).toBe(0);
  });

  it("keeps one account's failures from blocking another account", async () => {
    for (let i = 0; i < 5; i++) await recordLoginFailure(db(), "a@example.se", undefined, t0);
    expect(await retryAfterMs(db(), "b@example.se", undefined, t0)).toBe(0);
  });

  it("blocks an IP that fails across many accounts, with a looser limit than per account", async () => {
    for (let i = 0; i < LIMITS.ip; i++) await recordLoginFailure(db(), `user${i}@example.se`, "203.0.113.9", t0);
    expect(await retryAfterMs(db(), "fresh@example.se", "203.0.113.9", t0)).toBe(15 * 60_000);
    expect(await retryAfterMs(db(), "fresh@example.se", "203.0.113.10", t0)).toBe(0);
  });

  it("a successful sign-in clears the account's failures", async () => {
    for (let i = 0; i < 5; i++) await recordLoginFailure(db(), "c@example.se", undefined, t0);
    await clearAccountFailures(db(), "c@example.se");
    expect(await retryAfterMs(db(), "c@example.se", undefined, t0)).toBe(0);
  });
});

describe("counting an attempt before the password is checked", () => {
  it("lets exactly five of thirty simultaneous guesses at one account through, however long each check takes", async () => {
    const outcomes = await Promise.all(Array.from({ length: 30 }, () => beginLoginAttempt(db(), "d@example.se", "192.0.2.1", t0)));
    expect(outcomes.filter((o) => "attempt" in o)).toHaveLength(LIMITS.account);
    expect(outcomes.filter((o) => "wait" in o)).toHaveLength(30 - LIMITS.account);
    expect(await retryAfterMs(db(), "d@example.se", undefined, t0)).toBe(15 * 60_000);
  });

  it("a successful attempt counts against nobody: its rows go, and the account's earlier failures with them", async () => {
    for (let i = 0; i < 3; i++) await beginLoginAttempt(db(), "e@example.se", "192.0.2.2", t0);
    const good = await beginLoginAttempt(db(), "e@example.se", "192.0.2.2", t0);
    if (!("attempt" in good)) throw new Error("expected an attempt");
    await loginSucceeded(db(), good.attempt);
    expect(await db().selectFrom("login_failures").select("key").where("key", "like", "account:%").execute()).toEqual([]);
    expect(await db().selectFrom("login_failures").select("key").where("key", "=", "ip:192.0.2.2").execute()).toHaveLength(3);
  });

  it.each([
    ["  Göran@Example.SE", "account:göran@example.se"],
    [`${" ".repeat(260)}a@example.se`, "account:a@example.se"],
    ["Go\u0308ran@example.se", "account:göran@example.se"],
  ])("keys the account on the normalised address: %j", (email, key) => {
    expect(throttleKeys(email, undefined)[0].key).toBe(key);
  });
});

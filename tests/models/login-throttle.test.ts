import { LIMITS, recordLoginFailure, retryAfterMs, clearAccountFailures } from "~/models/login-throttle.server";
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

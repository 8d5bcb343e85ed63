// The hourly purge: ended sessions, used or expired invites and reset links, and sign-in failures past their window.
import { createOutboxSender } from "~/models/outbox-sender.server";
import { purgeStale, PURGE_EVERY_MS } from "~/models/maintenance.server";
import { inviteUser, acceptInvite } from "~/models/invites.server";
import { createPasswordReset, usePasswordReset } from "~/models/password-resets.server";
import { createSession } from "~/models/sessions.server";
import { db } from "~/utils/db.server";
import type { MailTransport } from "~/utils/mail-transport.server";
import { insertUser } from "../../db/insert-rows";

const MIN = 60_000;
const HOUR = 60 * MIN;
const t0 = new Date("2026-12-06T08:00:00.000Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const count = async (table: "sessions" | "invites" | "password_resets" | "login_failures") =>
  (await db().selectFrom(table).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n;

async function invite(email: string, now: Date) {
  const result = await inviteUser(db(), { email, name: email, role: "coordinator", careUnitId: null, personId: null, invitedBy: null }, now);
  if (!("token" in result)) throw new Error(result.error);
  return result;
}

describe("purgeStale", () => {
  it("removes what can no longer be used and keeps what still can; a second run removes nothing", async () => {
    const coordinator = await insertUser(db(), { role: "coordinator" });
    const volunteer = await insertUser(db(), { role: "volunteer" });
    const disabled = await insertUser(db(), { role: "volunteer", disabled_at: t0.toISOString() });
    const now = at(8 * 24 * HOUR);
    // Reset links: used, expired, valid (first: using one ends the user's sessions).
    const r1 = await createPasswordReset(db(), coordinator, at(8 * 24 * HOUR - 30 * MIN));
    await usePasswordReset(db(), r1.token, "scrypt$y", at(8 * 24 * HOUR - 29 * MIN));
    await createPasswordReset(db(), volunteer, at(8 * 24 * HOUR - 2 * HOUR));
    await createPasswordReset(db(), disabled, at(8 * 24 * HOUR - 10 * MIN));
    // Invites: used, expired, valid.
    const used = await invite("used@example.se", at(7 * 24 * HOUR));
    await acceptInvite(db(), used.token, "scrypt$x", at(7 * 24 * HOUR + MIN));
    await invite("expired@example.se", at(0));
    await invite("valid@example.se", at(7 * 24 * HOUR));
    // Sessions: absolutely expired, idle coordinator, live coordinator, volunteer idle 2 h (alive), disabled user's.
    await createSession(db(), volunteer, t0);
    await createSession(db(), coordinator, at(8 * 24 * HOUR - 31 * MIN));
    await createSession(db(), coordinator, at(8 * 24 * HOUR - 29 * MIN));
    await createSession(db(), volunteer, at(8 * 24 * HOUR - 2 * HOUR));
    await createSession(db(), disabled, at(8 * 24 * HOUR - MIN));
    // Sign-in failures: a day old, and recent.
    await db().insertInto("login_failures").values([
      { key: "account:a@example.se", failed_at: at(7 * 24 * HOUR).toISOString() },
      { key: "ip:192.0.2.1", failed_at: at(8 * 24 * HOUR - 5 * MIN).toISOString() },
    ]).execute();

    const sessionsBefore = await count("sessions");
    expect(await purgeStale(db(), now)).toEqual({ sessions: 3, invites: 2, passwordResets: 2, loginFailures: 1, selfHelpInterest: 0, selfHelpGroups: 0, endedGroupContacts: 0 });
    expect(sessionsBefore - (await count("sessions"))).toBe(3);
    const sessions = await db().selectFrom("sessions").select(["user_id", "created_at"]).orderBy("created_at").execute();
    expect(sessions).toEqual([
      { user_id: volunteer, created_at: at(8 * 24 * HOUR - 2 * HOUR).toISOString() },
      { user_id: coordinator, created_at: at(8 * 24 * HOUR - 29 * MIN).toISOString() },
    ]);
    expect(await count("invites")).toBe(1);
    expect(await count("password_resets")).toBe(1);
    expect(await count("login_failures")).toBe(1);
    expect(await purgeStale(db(), now)).toEqual({ sessions: 0, invites: 0, passwordResets: 0, loginFailures: 0, selfHelpInterest: 0, selfHelpGroups: 0, endedGroupContacts: 0 });
  });
});

describe("the outbox sender's loop", () => {
  const transport: MailTransport = { send: async () => {}, close: () => {} } as unknown as MailTransport;

  it("purges when it runs its schedule, at most once an hour", async () => {
    const coordinator = await insertUser(db(), { role: "coordinator" });
    let now = at(HOUR);
    const sender = createOutboxSender({ db: db(), transport, from: "Levande <noreply@example.se>", now: () => now });
    await createSession(db(), coordinator, t0);
    await sender.runOnce({ schedule: true });
    expect(await count("sessions")).toBe(0);
    await createSession(db(), coordinator, t0);
    now = at(HOUR + PURGE_EVERY_MS - 1);
    await sender.runOnce({ schedule: true });
    expect(await count("sessions")).toBe(1);
    now = at(HOUR + PURGE_EVERY_MS);
    await sender.runOnce({ schedule: true });
    expect(await count("sessions")).toBe(0);
    expect(PURGE_EVERY_MS).toBe(HOUR);
  });
});

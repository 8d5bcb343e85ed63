// Account administration: the list coordinators see, and disabling, enabling, ending sessions and re-inviting, each audited.
import { disableAccount, enableAccount, endAccountSessions, listAccounts, reinviteAccount } from "~/models/accounts.server";
import { acceptInvite, getValidInvite, inviteUser } from "~/models/invites.server";
import { createSession, readSession } from "~/models/sessions.server";
import { db } from "~/utils/db.server";
import { insertCareUnit, insertUser } from "../../db/insert-rows";

const MIN = 60_000;
const t0 = new Date("2026-12-06T08:00:00.000Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const auditRows = () => db().selectFrom("audit_log").select(["actor_user_id", "entity", "entity_id", "action", "details"]).orderBy("id").execute();
const outbox = () => db().selectFrom("outbox").select(["kind", "recipient_email"]).orderBy("id").execute();

async function coordinatorAndVolunteer() {
  const coordinator = await insertUser(db(), { role: "coordinator", name: "Sara Samordnare", email: "sara@example.se", passwordHash: "scrypt$x" });
  const volunteer = await insertUser(db(), { role: "volunteer", name: "Vera Volontär", email: "vera@example.se", passwordHash: "scrypt$y" });
  return { coordinator, volunteer };
}

describe("listAccounts", () => {
  it("shows each user's role, status, last sign-in and active sessions, but never the password hash", async () => {
    const { coordinator, volunteer } = await coordinatorAndVolunteer();
    const unit = await insertCareUnit(db(), { name: "VC Tranås" });
    const requester = await insertUser(db(), { role: "requester", name: "Rut Enhet", care_unit_id: unit });
    const disabled = await insertUser(db(), { role: "volunteer", name: "Dan Avstängd", passwordHash: "scrypt$z", disabled_at: t0.toISOString() });
    await createSession(db(), volunteer, at(-9 * 60 * MIN));
    await createSession(db(), volunteer, t0);
    await createSession(db(), coordinator, at(-31 * MIN));
    await createSession(db(), coordinator, at(-5 * MIN));
    const accounts = await listAccounts(db(), t0);
    expect(accounts).toEqual([
      { id: coordinator, name: "Sara Samordnare", email: "sara@example.se", role: "coordinator", careUnitName: null, status: "active", lastLoginAt: at(-5 * MIN).toISOString(), activeSessions: 1 },
      { id: requester, name: "Rut Enhet", email: expect.any(String), role: "requester", careUnitName: "VC Tranås", status: "invited", lastLoginAt: null, activeSessions: 0 },
      { id: disabled, name: "Dan Avstängd", email: expect.any(String), role: "volunteer", careUnitName: null, status: "disabled", lastLoginAt: null, activeSessions: 0 },
      { id: volunteer, name: "Vera Volontär", email: "vera@example.se", role: "volunteer", careUnitName: null, status: "active", lastLoginAt: t0.toISOString(), activeSessions: 1 },
    ]);
  });
});

describe("disableAccount", () => {
  it("ends the account's sessions at once, keeps it from signing in, and is audited", async () => {
    const { coordinator, volunteer } = await coordinatorAndVolunteer();
    const session = await createSession(db(), volunteer, t0);
    await createSession(db(), volunteer, t0);
    expect(await disableAccount(db(), { userId: volunteer, actorUserId: coordinator }, at(MIN))).toEqual({ ok: true, name: "Vera Volontär", sessionsEnded: 2 });
    expect(await readSession(db(), session, at(MIN))).toEqual({ state: "none" });
    expect(await db().selectFrom("sessions").select("user_id").execute()).toEqual([]);
    const user = await db().selectFrom("users").select("disabled_at").where("id", "=", volunteer).executeTakeFirstOrThrow();
    expect(user.disabled_at).toBe(at(MIN).toISOString());
    expect(await auditRows()).toEqual([
      { actor_user_id: coordinator, entity: "user", entity_id: String(volunteer), action: "disable", details: JSON.stringify({ sessionsEnded: 2 }) },
    ]);
  });

  it("refuses a coordinator's own account and changes nothing", async () => {
    const { coordinator } = await coordinatorAndVolunteer();
    await createSession(db(), coordinator, t0);
    expect(await disableAccount(db(), { userId: coordinator, actorUserId: coordinator }, t0)).toEqual({ ok: false, reason: "self" });
    expect(await db().selectFrom("sessions").select("user_id").execute()).toHaveLength(1);
    expect(await auditRows()).toEqual([]);
  });

  it("answers notFound for a user that does not exist; the operator (no actor) may disable anyone, twice without harm", async () => {
    const { coordinator } = await coordinatorAndVolunteer();
    expect(await disableAccount(db(), { userId: 999_999, actorUserId: coordinator }, t0)).toEqual({ ok: false, reason: "notFound" });
    expect(await disableAccount(db(), { userId: coordinator, actorUserId: null }, t0)).toMatchObject({ ok: true });
    expect(await disableAccount(db(), { userId: coordinator, actorUserId: null }, at(MIN))).toMatchObject({ ok: true, sessionsEnded: 0 });
    const user = await db().selectFrom("users").select("disabled_at").where("id", "=", coordinator).executeTakeFirstOrThrow();
    expect(user.disabled_at).toBe(t0.toISOString());
  });

  it("an invite link of a disabled account stops working", async () => {
    const { coordinator } = await coordinatorAndVolunteer();
    const invited = await inviteUser(db(), { email: "ny@example.se", name: "Ny", role: "coordinator", careUnitId: null, personId: null, invitedBy: coordinator }, t0);
    if (!("token" in invited)) throw new Error("invite failed");
    await disableAccount(db(), { userId: invited.userId, actorUserId: coordinator }, t0);
    expect(await getValidInvite(db(), invited.token, at(MIN))).toBeUndefined();
  });
});

describe("enableAccount", () => {
  it("lets a disabled account sign in again, audited", async () => {
    const { coordinator, volunteer } = await coordinatorAndVolunteer();
    await disableAccount(db(), { userId: volunteer, actorUserId: coordinator }, t0);
    expect(await enableAccount(db(), { userId: volunteer, actorUserId: coordinator }, at(MIN))).toEqual({ ok: true, name: "Vera Volontär" });
    const session = await createSession(db(), volunteer, at(MIN));
    expect((await readSession(db(), session, at(2 * MIN))).state).toBe("active");
    expect((await auditRows()).map((r) => r.action)).toEqual(["disable", "enable"]);
    expect(await enableAccount(db(), { userId: 999_999, actorUserId: coordinator }, t0)).toEqual({ ok: false, reason: "notFound" });
  });
});

describe("endAccountSessions", () => {
  it("signs the user out everywhere but leaves the account enabled", async () => {
    const { coordinator, volunteer } = await coordinatorAndVolunteer();
    const session = await createSession(db(), volunteer, t0);
    expect(await endAccountSessions(db(), { userId: volunteer, actorUserId: coordinator }, t0)).toEqual({ ok: true, name: "Vera Volontär", sessionsEnded: 1 });
    expect(await readSession(db(), session, t0)).toEqual({ state: "none" });
    expect((await readSession(db(), await createSession(db(), volunteer, t0), t0)).state).toBe("active");
    expect(await auditRows()).toMatchObject([{ action: "end_sessions", details: JSON.stringify({ sessionsEnded: 1 }) }]);
  });
});

describe("reinviteAccount", () => {
  it("issues a fresh 72 h link, mailed through the outbox; earlier invites of the user stop working", async () => {
    const { coordinator } = await coordinatorAndVolunteer();
    const first = await inviteUser(db(), { email: "ny@example.se", name: "Ny", role: "coordinator", careUnitId: null, personId: null, invitedBy: coordinator }, t0);
    if (!("token" in first)) throw new Error("invite failed");
    const again = await reinviteAccount(db(), { userId: first.userId, actorUserId: coordinator }, at(MIN));
    if (!again.ok) throw new Error(again.reason);
    expect(again).toMatchObject({ email: "ny@example.se", expiresAt: at(MIN + 72 * 60 * MIN).toISOString() });
    expect(await getValidInvite(db(), first.token, at(2 * MIN))).toBeUndefined();
    expect(await getValidInvite(db(), again.token, at(72 * 60 * MIN))).toMatchObject({ email: "ny@example.se" });
    expect(await outbox()).toEqual([
      { kind: "invite", recipient_email: "ny@example.se" },
      { kind: "invite", recipient_email: "ny@example.se" },
    ]);
    expect((await auditRows()).map((r) => r.action)).toEqual(["invite", "reinvite"]);
    expect(await acceptInvite(db(), again.token, "scrypt$new", at(3 * MIN))).toBe(first.userId);
  });

  it("refuses a disabled account and a user that does not exist", async () => {
    const { coordinator, volunteer } = await coordinatorAndVolunteer();
    await disableAccount(db(), { userId: volunteer, actorUserId: coordinator }, t0);
    expect(await reinviteAccount(db(), { userId: volunteer, actorUserId: coordinator }, t0)).toEqual({ ok: false, reason: "disabled" });
    expect(await reinviteAccount(db(), { userId: 999_999, actorUserId: coordinator }, t0)).toEqual({ ok: false, reason: "notFound" });
    expect(await db().selectFrom("invites").select("id").execute()).toEqual([]);
  });
});

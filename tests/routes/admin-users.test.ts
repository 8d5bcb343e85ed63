// Coordinators' /admin/users: the account list and its actions — disable (with its sessions), enable, end sessions, re-invite.
import * as route from "~/routes/admin.users";
import { getValidInvite, inviteUser } from "~/models/invites.server";
import { db } from "~/utils/db.server";
import { getUser } from "~/utils/session.server";
import { insertUser } from "../../db/insert-rows";
import { call, cookieFor, getRequest, postRequest } from "../setup/http";

async function setUp() {
  const coordinator = await insertUser(db(), { role: "coordinator", name: "Sara Samordnare", email: "sara@example.se", passwordHash: "scrypt$secret-hash" });
  const volunteer = await insertUser(db(), { role: "volunteer", name: "Vera Volontär", email: "vera@example.se", passwordHash: "scrypt$other-hash" });
  return { coordinator, volunteer, cookie: await cookieFor(coordinator), volunteerCookie: await cookieFor(volunteer) };
}

const post = (cookie: string, fields: Record<string, string>) => call(route.action as never, postRequest("/admin/users", fields, { cookie }));
const signedIn = async (cookie: string) => (await getUser(getRequest("/", { cookie }))) !== null;
const auditActions = async () => (await db().selectFrom("audit_log").select("action").orderBy("id").execute()).map((r) => r.action);

describe("/admin/users", () => {
  it("lists every user with role, status, last sign-in and active sessions, and no password hash", async () => {
    const { coordinator, volunteer, cookie } = await setUp();
    const page = await call(route.loader as never, getRequest("/admin/users", { cookie }));
    expect(page.status).toBe(200);
    expect(page.data.accounts).toMatchObject([
      { id: coordinator, role: "coordinator", status: "active", activeSessions: 1, lastLoginAt: expect.any(String) },
      { id: volunteer, role: "volunteer", status: "active", activeSessions: 1 },
    ]);
    expect(page.data.me).toBe(coordinator);
    expect(JSON.stringify(page.data)).not.toContain("hash");
  });

  it("disables a volunteer: their open session ends at once, and it is audited", async () => {
    const { volunteer, cookie, volunteerCookie } = await setUp();
    const outcome = await post(cookie, { intent: "disable", userId: String(volunteer) });
    expect(outcome.status).toBe(200);
    expect(outcome.data.done).toEqual({ key: "accounts.disabled", vars: { name: "Vera Volontär", count: 1 } });
    expect(await signedIn(volunteerCookie)).toBe(false);
    const page = await call(route.loader as never, getRequest("/admin/users", { cookie }));
    expect(page.data.accounts.find((a: { id: number }) => a.id === volunteer)).toMatchObject({ status: "disabled", activeSessions: 0 });
    expect(await auditActions()).toEqual(["disable"]);
  });

  it("refuses to let a coordinator disable themselves, with a clear message, and changes nothing", async () => {
    const { coordinator, cookie } = await setUp();
    const outcome = await post(cookie, { intent: "disable", userId: String(coordinator) });
    expect(outcome.status).toBe(400);
    expect(outcome.data.errors).toEqual({ form: "accounts.errors.self" });
    expect(await signedIn(cookie)).toBe(true);
    expect(await auditActions()).toEqual([]);
  });

  it("enables a disabled account again", async () => {
    const { volunteer, cookie } = await setUp();
    await post(cookie, { intent: "disable", userId: String(volunteer) });
    const outcome = await post(cookie, { intent: "enable", userId: String(volunteer) });
    expect(outcome.data.done).toEqual({ key: "accounts.enabled", vars: { name: "Vera Volontär" } });
    const row = await db().selectFrom("users").select("disabled_at").where("id", "=", volunteer).executeTakeFirstOrThrow();
    expect(row.disabled_at).toBeNull();
    expect(await auditActions()).toEqual(["disable", "enable"]);
  });

  it("ends all of a user's sessions without disabling the account", async () => {
    const { volunteer, cookie, volunteerCookie } = await setUp();
    const outcome = await post(cookie, { intent: "endSessions", userId: String(volunteer) });
    expect(outcome.data.done).toEqual({ key: "accounts.sessionsEnded", vars: { name: "Vera Volontär", count: 1 } });
    expect(await signedIn(volunteerCookie)).toBe(false);
    expect(await signedIn(await cookieFor(volunteer))).toBe(true);
    expect(await auditActions()).toEqual(["end_sessions"]);
  });

  it("sends a new invitation: the link is shown once, mailed through the outbox, and the earlier one stops working", async () => {
    const { coordinator, cookie } = await setUp();
    const first = await inviteUser(db(), { email: "ny@example.se", name: "Ny Samordnare", role: "coordinator", careUnitId: null, personId: null, invitedBy: coordinator });
    if (!("token" in first)) throw new Error("invite failed");
    const outcome = await post(cookie, { intent: "reinvite", userId: String(first.userId) });
    expect(outcome.status).toBe(200);
    expect(outcome.data.invited).toEqual({ email: "ny@example.se", link: expect.stringMatching(/^http:\/\/localhost\/invite\/[\w-]{40,}$/), again: true });
    const token = outcome.data.invited.link.split("/").pop();
    expect(await getValidInvite(db(), token)).toMatchObject({ email: "ny@example.se" });
    expect(await getValidInvite(db(), first.token)).toBeUndefined();
    const mails = await db().selectFrom("outbox").select("recipient_email").where("kind", "=", "invite").execute();
    expect(mails).toHaveLength(2);
    expect(await auditActions()).toEqual(["invite", "reinvite"]);
  });

  it("refuses a new invitation to a disabled account", async () => {
    const { volunteer, cookie } = await setUp();
    await post(cookie, { intent: "disable", userId: String(volunteer) });
    const outcome = await post(cookie, { intent: "reinvite", userId: String(volunteer) });
    expect(outcome.status).toBe(400);
    expect(outcome.data.errors).toEqual({ form: "accounts.errors.disabledInvite" });
  });

  it.each([
    ["a sign", "-1"],
    ["a leading zero", "01"],
    ["a decimal", "1.0"],
    ["an exponent", "1e3"],
    ["spaces", " 2 "],
    ["ten digits", "1234567890"],
    ["letters", "abc"],
    ["nothing", ""],
  ])("answers a user id with %s with 400 and changes nothing", async (_, userId) => {
    const { cookie } = await setUp();
    for (const intent of ["disable", "enable", "endSessions", "reinvite"]) {
      const outcome = await post(cookie, { intent, userId });
      expect(outcome.status).toBe(400);
      expect(outcome.data.errors).toEqual({ form: "error.badRequestBody" });
    }
    expect(await auditActions()).toEqual([]);
  });

  it("answers an unknown intent with 400 and an unknown user with 404", async () => {
    const { cookie } = await setUp();
    expect((await post(cookie, { intent: "delete", userId: "2" })).status).toBe(400);
    expect((await post(cookie, { intent: "disable", userId: "999999" })).status).toBe(404);
    expect((await post(cookie, { intent: "reinvite", userId: "999999" })).status).toBe(404);
  });

  it("still invites with the invite form, now sent with its intent", async () => {
    const { cookie } = await setUp();
    const outcome = await post(cookie, { intent: "invite", email: "ny@example.se", name: "Ny", role: "coordinator" });
    expect(outcome.status).toBe(200);
    expect(outcome.data.invited).toMatchObject({ email: "ny@example.se", again: false });
  });

  it("is for coordinators only, also for the account actions", async () => {
    const { volunteer, volunteerCookie } = await setUp();
    expect((await post(volunteerCookie, { intent: "disable", userId: String(volunteer) })).status).toBe(403);
    expect((await call(route.action as never, postRequest("/admin/users", { intent: "disable", userId: String(volunteer) }))).status).toBe(302);
  });
});

// Changing one's own password on /account/password: every role, the current password required, other sessions ended.
import * as account from "~/routes/account.password";
import * as login from "~/routes/login";
import { db } from "~/utils/db.server";
import { hashPassword } from "~/utils/password.server";
import { getUser } from "~/utils/session.server";
import { insertUser } from "../../db/insert-rows";
import { call, cookieFor, cookieFromResponse, getRequest, postRequest } from "../setup/http";
import type { UserRole } from "~/domain/vocabulary";

const CURRENT = "gammal lösenfras om våren";
const NEXT = "ekorre paraply trumpet sommarstuga";
const FAST = { N: 2 ** 12, r: 8, p: 1 };

async function user(role: UserRole = "coordinator") {
  return insertUser(db(), { role, email: `sam-${role}@example.se`, name: "Sam Samuelsson", passwordHash: await hashPassword(CURRENT, FAST) });
}

function change(cookie: string, fields: Record<string, string>, ip = "192.0.2.10") {
  return call(account.action as never, postRequest("/account/password", fields, { cookie }), {}, { clientIp: ip });
}

describe("changing one's own password", () => {
  it.each([
    ["coordinator", "/coordinator"],
    ["requester", "/unit"],
    ["volunteer", "/volunteer"],
  ] as const)("a %s changes it, stays signed in here and is signed out everywhere else", async (role, home) => {
    const id = await user(role);
    const here = await cookieFor(id);
    const elsewhere = await cookieFor(id);
    expect((await call(account.loader as never, getRequest("/account/password", { cookie: here }))).data).toEqual({ email: `sam-${role}@example.se`, minLength: 10 });

    const done = await change(here, { current: CURRENT, password: NEXT, confirm: NEXT });
    expect(done.status).toBe(302);
    expect(done.location).toBe(`${home}?notis=losenord-bytt`);
    expect((await getUser(getRequest("/", { cookie: cookieFromResponse(done) })))?.id).toBe(id);
    expect(await getUser(getRequest("/", { cookie: elsewhere }))).toBeNull();
    expect(await db().selectFrom("sessions").select("user_id").execute()).toEqual([{ user_id: id }]);

    const email = `sam-${role}@example.se`;
    expect((await call(login.action as never, postRequest("/login", { email, password: CURRENT }))).status).toBe(400);
    expect((await call(login.action as never, postRequest("/login", { email, password: NEXT }))).status).toBe(302);
  });

  it("refuses a wrong current password next to its field and counts it as a failed sign-in", async () => {
    const id = await user();
    const cookie = await cookieFor(id);
    const wrong = await change(cookie, { current: "fel lösenord", password: NEXT, confirm: NEXT });
    expect(wrong.status).toBe(400);
    expect(wrong.data.errors).toEqual({ current: "account.password.wrongCurrent" });
    expect(await db().selectFrom("login_failures").select("key").where("key", "=", "account:sam-coordinator@example.se").execute()).toHaveLength(1);
    // Nothing changed: the session goes on, the old password still works.
    expect((await getUser(getRequest("/", { cookie })))?.id).toBe(id);
    expect((await call(login.action as never, postRequest("/login", { email: "sam-coordinator@example.se", password: CURRENT }))).status).toBe(302);
  });

  it("stops guessing the current password after five wrong ones, as the sign-in does", async () => {
    const cookie = await cookieFor(await user());
    for (let i = 0; i < 5; i++) expect((await change(cookie, { current: `fel ${i}`, password: NEXT, confirm: NEXT })).status).toBe(400);
    const blocked = await change(cookie, { current: CURRENT, password: NEXT, confirm: NEXT });
    expect(blocked.status).toBe(429);
    expect(blocked.data.errors).toEqual({ form: "account.password.throttled" });
    expect(blocked.data.minutes).toBeGreaterThan(0);
  });

  it("applies the password policy with the user's own name, and asks for a different password", async () => {
    const cookie = await cookieFor(await user());
    const cases: [Record<string, string>, Record<string, string>][] = [
      [{ current: CURRENT, password: "kort", confirm: "kort" }, { password: "password.tooShort" }],
      [{ current: CURRENT, password: "samuelsson2026", confirm: "samuelsson2026" }, { password: "password.weakPersonal" }],
      [{ current: CURRENT, password: CURRENT, confirm: CURRENT }, { password: "password.sameAsCurrent" }],
      [{ current: CURRENT, password: NEXT, confirm: "något annat" }, { confirm: "password.mismatch" }],
      [{ password: NEXT, confirm: NEXT }, { current: "errors.required" }],
      [{ current: "x".repeat(10_000), password: "y".repeat(10_000), confirm: "" }, { current: "errors.tooLong", password: "password.tooLong", confirm: "password.mismatch" }],
    ];
    for (const [fields, errors] of cases) {
      const outcome = await change(cookie, fields);
      expect(outcome.status).toBe(400);
      expect(outcome.data.errors).toEqual(errors);
    }
    expect(await db().selectFrom("login_failures").selectAll().execute()).toEqual([]);
  });
});

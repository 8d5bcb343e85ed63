import * as login from "~/routes/login";
import * as logout from "~/routes/logout";
import { createUser, setPasswordHash } from "~/models/users.server";
import { db } from "~/utils/db.server";
import { hashPassword } from "~/utils/password.server";
import { getUser } from "~/utils/session.server";
import { hasFormErrors } from "~/utils/meta";
import { call, cookieFromResponse, getRequest, postRequest } from "../setup/http";

const PASSWORD = "en lång lösenfras";

async function coordinator(email = "sara@example.se") {
  const id = await createUser(db(), { email, name: "Sara Samordnare", role: "coordinator" });
  await setPasswordHash(db(), id, await hashPassword(PASSWORD, { N: 2 ** 12, r: 8, p: 1 }));
  return id;
}

function signIn(fields: Record<string, string>, ip = "192.0.2.10") {
  const request = postRequest("/login", fields);
  return login.action({ request, params: {}, context: { clientIp: ip } });
}

describe("sign-in", () => {
  it("signs in with the right password, sets an httpOnly SameSite=Lax cookie and sends the user to their start page", async () => {
    const id = await coordinator();
    const response = (await signIn({ email: " Sara@Example.se ", password: PASSWORD })) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/coordinator");
    const setCookie = response.headers.get("Set-Cookie") ?? "";
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const user = await getUser(getRequest("/", { cookie: cookieFromResponse(response) }));
    expect(user?.id).toBe(id);
  });

  it("returns to the page the user first asked for, but never to another site", async () => {
    await coordinator();
    const back = (await signIn({ email: "sara@example.se", password: PASSWORD, redirectTo: "/admin/users" })) as Response;
    expect(back.headers.get("Location")).toBe("/admin/users");
    const evil = (await signIn({ email: "sara@example.se", password: PASSWORD, redirectTo: "//evil.example/x" })) as Response;
    expect(evil.headers.get("Location")).toBe("/coordinator");
  });

  it("gives the same message for a wrong password and an unknown e-mail, keeping the e-mail entered", async () => {
    await coordinator();
    const wrong = await call(login.action as never, postRequest("/login", { email: "sara@example.se", password: "fel lösenord" }));
    const unknown = await call(login.action as never, postRequest("/login", { email: "ingen@example.se", password: "fel lösenord" }));
    expect(wrong.status).toBe(400);
    expect(unknown.status).toBe(400);
    expect(wrong.data.errors).toEqual({ form: "login.invalid" });
    expect(unknown.data.errors).toEqual({ form: "login.invalid" });
    expect(hasFormErrors(wrong.data)).toBe(true);
    expect(wrong.data.values).toEqual({ email: "sara@example.se" });
  });

  it("answers an empty or absurd form with the same 400, never a 500", async () => {
    for (const fields of [{}, { email: "" }, { email: "x".repeat(10_000), password: "y".repeat(10_000) }, { email: "😀", password: "<script>" }]) {
      const outcome = await call(login.action as never, postRequest("/login", fields));
      expect(outcome.status).toBe(400);
    }
  });

  it("blocks an account after five failures, even with the right password, without saying whether it exists", async () => {
    await coordinator();
    for (let i = 0; i < 5; i++) await signIn({ email: "sara@example.se", password: `fel ${i}` }, `198.51.100.${i}`);
    const blocked = await call(login.action as never, postRequest("/login", { email: "sara@example.se", password: PASSWORD }), {}, { clientIp: "203.0.113.1" });
    expect(blocked.status).toBe(429);
    expect(blocked.data).toMatchObject({ errors: { form: "login.throttled" }, minutes: 15 });
    for (let i = 0; i < 5; i++) await signIn({ email: "okand@example.se", password: `fel ${i}` }, `198.51.100.${i}`);
    const unknown = await call(login.action as never, postRequest("/login", { email: "okand@example.se", password: "x" }), {}, { clientIp: "203.0.113.1" });
    expect(unknown.status).toBe(429);
  });

  it("refuses a repeated field with 400 and records nothing, so email=decoy&email=real cannot dodge the lockout", async () => {
    await coordinator();
    for (let i = 0; i < 6; i++) {
      const body = new URLSearchParams([["email", `decoy${i}@example.se`], ["email", "sara@example.se"], ["password", `fel ${i}`]]);
      const request = new Request("http://localhost/login", { method: "POST", body, headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "http://localhost" } });
      expect((await call(login.action as never, request)).status).toBe(400);
    }
    expect(await db().selectFrom("login_failures").selectAll().execute()).toEqual([]);
    for (let i = 0; i < 5; i++) await signIn({ email: `   SARA@example.se`, password: `fel ${i}` }, `198.51.100.${i}`);
    const blocked = await call(login.action as never, postRequest("/login", { email: "sara@example.se", password: PASSWORD }), {}, { clientIp: "203.0.113.1" });
    expect(blocked.status).toBe(429);
  });

  it("re-hashes a password stored with the old 128 MiB parameters at the next sign-in", async () => {
    const id = await createUser(db(), { email: "gammal@example.se", name: "Gunnel Gammal", role: "coordinator" });
    await setPasswordHash(db(), id, await hashPassword(PASSWORD, { N: 2 ** 12, r: 8, p: 1 }));
    expect(((await signIn({ email: "gammal@example.se", password: PASSWORD })) as Response).status).toBe(302);
    const { password_hash } = await db().selectFrom("users").select("password_hash").where("id", "=", id).executeTakeFirstOrThrow();
    expect(password_hash?.split("$").slice(0, 4)).toEqual(["scrypt", String(2 ** 14), "8", "5"]);
  });

  it("sends signed-in users away from the login page to their start page", async () => {
    const id = await coordinator();
    const response = (await signIn({ email: "sara@example.se", password: PASSWORD })) as Response;
    const outcome = await call(login.loader as never, getRequest("/login", { cookie: cookieFromResponse(response) }));
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe("/coordinator");
    expect(id).toBeGreaterThan(0);
  });
});

describe("sessions", () => {
  it("logout ends the session on the server, so the old cookie no longer works", async () => {
    await coordinator();
    const cookie = cookieFromResponse((await signIn({ email: "sara@example.se", password: PASSWORD })) as Response);
    const out = await call(logout.action as never, postRequest("/logout", {}, { cookie }));
    expect(out.status).toBe(302);
    expect(await getUser(getRequest("/", { cookie }))).toBeNull();
  });

  it("a new password ends every session the user has", async () => {
    const id = await coordinator();
    const cookie = cookieFromResponse((await signIn({ email: "sara@example.se", password: PASSWORD })) as Response);
    await setPasswordHash(db(), id, await hashPassword("ett helt nytt lösenord", { N: 2 ** 12, r: 8, p: 1 }));
    expect(await getUser(getRequest("/", { cookie }))).toBeNull();
  });

  it("a tampered cookie is ignored", async () => {
    await coordinator();
    const cookie = cookieFromResponse((await signIn({ email: "sara@example.se", password: PASSWORD })) as Response);
    const [name, value] = cookie.split("=");
    expect(await getUser(getRequest("/", { cookie: `${name}=${value.slice(0, -3)}abc` }))).toBeNull();
  });

  it("GET /logout does not sign anyone out (no state change on GET)", async () => {
    await coordinator();
    const cookie = cookieFromResponse((await signIn({ email: "sara@example.se", password: PASSWORD })) as Response);
    await call(logout.loader as never, getRequest("/logout", { cookie }));
    expect(await getUser(getRequest("/", { cookie }))).not.toBeNull();
  });
});

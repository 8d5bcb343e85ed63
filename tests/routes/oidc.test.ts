// Sign-in with SITHS/e-tjänstekort: the real routes against a real OpenID provider (oidc-provider) on 127.0.0.1.
import net from "node:net";
import { sql } from "kysely";
import { createUser } from "~/models/users.server";
import * as start from "~/routes/auth.oidc";
import * as callback from "~/routes/auth.oidc_.callback";
import * as login from "~/routes/login";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { logger } from "~/utils/logger.server";
import { finishOidcSignIn, oidcFormActionSources } from "~/utils/oidc.server";
import { contentSecurityPolicy } from "~/utils/security.server";
import { getUser } from "~/utils/session.server";
import { startProvider, type TestProvider } from "../setup/oidc-provider";
import { call, cookieFor, getRequest, postRequest, type Outcome } from "../setup/http";

const ACCOUNTS = {
  sara: { email: " Sara.Samordnare@Example.se", email_verified: true },
  okand: { email: "okand@example.se", email_verified: true },
  avstangd: { email: "avstangd@example.se", email_verified: true },
  obekraftad: { email: "sara.samordnare@example.se", email_verified: false },
  utan: {},
};

let idp: TestProvider;
let other: TestProvider;
let misnamed: TestProvider;

const redirectUri = () => `${env().APP_URL}/auth/oidc/callback`;

/** The settings are read from env() on every request, so a test can switch them (none of this goes through parseEnv). */
function configure(provider: TestProvider | null, issuer = provider?.issuer) {
  Object.assign(env(), { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: provider?.clientId, OIDC_CLIENT_SECRET: provider?.clientSecret });
}

beforeAll(async () => {
  [idp, other, misnamed] = await Promise.all([
    startProvider({ redirectUri: redirectUri(), accounts: ACCOUNTS }),
    startProvider({ redirectUri: redirectUri(), accounts: ACCOUNTS }),
    startProvider({ redirectUri: redirectUri(), accounts: ACCOUNTS, host: "localhost" }),
  ]);
});

afterAll(async () => {
  configure(null);
  await Promise.all([idp?.close(), other?.close(), misnamed?.close()]);
});

beforeEach(async () => {
  configure(idp);
  // Someone has set the region up, or the login page sends everyone to the setup notice.
  await createUser(db(), { email: "ansvarig@example.se", name: "Ansvarig Samordnare", role: "coordinator" });
});

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Every cookie a response sets, as a Cookie header a browser would send back. */
function cookies(outcome: Outcome): string {
  return outcome.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
}

function pressButton(fields: Record<string, string> = {}) {
  return call(start.action as never, postRequest("/auth/oidc", fields));
}

async function returnFrom(back: URL, cookie: string) {
  return call(callback.loader as never, getRequest(back.pathname + back.search, { cookie }));
}

/** Presses the button, signs in at the provider as `account`, and comes back to the callback. */
async function signInWithCard(account: string, fields: Record<string, string> = {}, provider = idp) {
  const started = await pressButton(fields);
  expect(started.status).toBe(302);
  const flow = cookies(started);
  const back = await provider.signIn(started.location!, account);
  return { started, flow, back, outcome: await returnFrom(back, flow) };
}

async function loginPage(cookie?: string) {
  return call(login.loader as never, getRequest("/login", { cookie }));
}

async function coordinator(email = "sara.samordnare@example.se") {
  return createUser(db(), { email, name: "Sara Samordnare", role: "coordinator" });
}

const userCount = async () => Number((await sql<{ n: number }>`select count(*) as n from users`.execute(db())).rows[0].n);

describe("sign-in with SITHS/e-tjänstekort", () => {
  it("sends the browser to the provider with PKCE (S256), state and nonce in a short-lived, signed, HttpOnly cookie", async () => {
    const started = await pressButton();
    const to = new URL(started.location!);
    expect(to.origin).toBe(idp.issuer);
    expect(to.searchParams.get("client_id")).toBe(idp.clientId);
    expect(to.searchParams.get("redirect_uri")).toBe(redirectUri());
    expect(to.searchParams.get("response_type")).toBe("code");
    expect(to.searchParams.get("scope")?.split(" ")).toEqual(expect.arrayContaining(["openid", "email"]));
    expect(to.searchParams.get("code_challenge_method")).toBe("S256");
    for (const name of ["code_challenge", "state", "nonce"]) expect(to.searchParams.get(name)?.length).toBeGreaterThanOrEqual(43);
    const [setCookie] = started.headers.getSetCookie();
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Max-Age=600/i);
  });

  it("signs a known user in by their e-mail, to their start page, and records how", async () => {
    const id = await coordinator();
    const { outcome } = await signInWithCard("sara");
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe("/coordinator");
    const user = await getUser(getRequest("/", { cookie: cookies(outcome) }));
    expect(user?.id).toBe(id);
    expect(outcome.headers.getSetCookie().some((line) => /levande_oidc=;/.test(line))).toBe(true);
    const rows = await db().selectFrom("audit_log").select(["action", "details", "actor_user_id"]).where("entity", "=", "user").execute();
    expect(rows).toEqual([{ action: "login", details: JSON.stringify({ method: "oidc" }), actor_user_id: id }]);
  });

  it("returns to the page first asked for, but never to another site", async () => {
    await coordinator();
    expect((await signInWithCard("sara", { redirectTo: "/admin/users?flik=1" })).outcome.location).toBe("/admin/users?flik=1");
    expect((await signInWithCard("sara", { redirectTo: "//evil.example/x" })).outcome.location).toBe("/coordinator");
  });

  it("refuses an e-mail without an account, creates no user, and says so in Swedish on the login page", async () => {
    await coordinator();
    const before = await userCount();
    const { outcome } = await signInWithCard("okand");
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe("/login");
    expect(await getUser(getRequest("/", { cookie: cookies(outcome) }))).toBeNull();
    expect(await userCount()).toBe(before);
    const page = await loginPage(cookies(outcome));
    expect(page.status).toBe(403);
    expect(page.data.oidcNotice).toEqual({ reason: "unknown", email: "okand@example.se" });
    const again = await loginPage();
    expect(again.data.oidcNotice).toBeNull();
  });

  it("refuses a disabled user", async () => {
    const id = await coordinator("avstangd@example.se");
    await db().updateTable("users").set({ disabled_at: new Date().toISOString() }).where("id", "=", id).execute();
    const { outcome } = await signInWithCard("avstangd");
    expect(outcome.location).toBe("/login");
    expect(await getUser(getRequest("/", { cookie: cookies(outcome) }))).toBeNull();
    expect((await loginPage(cookies(outcome))).data.oidcNotice).toEqual({ reason: "disabled", email: "avstangd@example.se" });
  });

  it("refuses an e-mail the provider has not verified, or no e-mail at all", async () => {
    await coordinator();
    for (const account of ["obekraftad", "utan"]) {
      const { outcome } = await signInWithCard(account);
      expect(outcome.location).toBe("/login");
      expect(await getUser(getRequest("/", { cookie: cookies(outcome) }))).toBeNull();
      expect((await loginPage(cookies(outcome))).data.oidcNotice).toEqual({ reason: "noEmail" });
    }
  });

  it("refuses an answer from another provider (its iss and code are not ours)", async () => {
    await coordinator();
    const started = await pressButton();
    const forged = new URL(started.location!);
    const elsewhere = new URL(other.issuer + forged.pathname + forged.search);
    const back = await other.signIn(elsewhere.href, "sara");
    expect(back.searchParams.get("iss")).toBe(other.issuer);
    const warn = vi.spyOn(logger(), "warn");
    const outcome = await returnFrom(back, cookies(started));
    expect(warn).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(warn.mock.calls)).not.toContain(back.searchParams.get("code")!);
    warn.mockRestore();
    expect(outcome.location).toBe("/login");
    expect(await getUser(getRequest("/", { cookie: cookies(outcome) }))).toBeNull();
    const page = await loginPage(cookies(outcome));
    expect(page.status).toBe(400);
    expect(page.data.oidcNotice).toEqual({ reason: "failed" });
  });

  it("refuses a provider whose discovery document names another issuer (a misconfigured OIDC_ISSUER)", async () => {
    configure(misnamed, misnamed.issuer.replace("localhost", "127.0.0.1"));
    const started = await pressButton();
    expect(started.status).toBe(302);
    expect(started.location).toBe("/login");
    expect((await loginPage(cookies(started))).data.oidcNotice).toEqual({ reason: "failed" });
  });

  it("accepts a callback only once: the same answer replayed, even with the old cookie, fails", async () => {
    await coordinator();
    const { flow, back, outcome } = await signInWithCard("sara");
    expect(outcome.location).toBe("/coordinator");
    const replay = await returnFrom(back, flow);
    expect(replay.location).toBe("/login");
    expect(await getUser(getRequest("/", { cookie: cookies(replay) }))).toBeNull();
    expect((await loginPage(cookies(replay))).data.oidcNotice).toEqual({ reason: "failed" });
  });

  it("refuses a callback without the flow cookie, with a tampered one, with the wrong state or after ten minutes", async () => {
    await coordinator();
    const started = await pressButton();
    const flow = cookies(started);
    const back = await idp.signIn(started.location!, "sara");
    expect((await returnFrom(back, "")).location).toBe("/login");
    expect((await returnFrom(back, flow.replace(/.{4}$/, "AAAA"))).location).toBe("/login");
    const wrongState = new URL(back);
    wrongState.searchParams.set("state", "x".repeat(43));
    expect((await returnFrom(wrongState, flow)).location).toBe("/login");
    const late = await finishOidcSignIn(getRequest(back.pathname + back.search, { cookie: flow }), new Date(Date.now() + 11 * 60_000));
    expect(late).toMatchObject({ error: "failed" });
  });

  it("turns an error from the provider (the user cancelled) into a Swedish message, not a 500", async () => {
    const started = await pressButton();
    const state = new URL(started.location!).searchParams.get("state")!;
    const query = new URLSearchParams({ error: "access_denied", error_description: "End-User aborted interaction", state, iss: idp.issuer });
    const outcome = await returnFrom(new URL(`${redirectUri()}?${query}`), cookies(started));
    expect(outcome.location).toBe("/login");
    expect((await loginPage(cookies(outcome))).data.oidcNotice).toEqual({ reason: "failed" });
  });

  it("still shows the login page when the provider does not answer, and says so when the button is pressed", async () => {
    configure(idp, `http://127.0.0.1:${await closedPort()}`);
    const page = await loginPage();
    expect(page.status).toBe(200);
    expect(page.data.oidc).toBe(true);
    const started = await pressButton();
    expect(started.location).toBe("/login");
    const notice = await loginPage(cookies(started));
    expect(notice.status).toBe(503);
    expect(notice.data.oidcNotice).toEqual({ reason: "unavailable" });
  });

  it("offers the button only when configured; without it both routes are 404", async () => {
    expect((await loginPage()).data.oidc).toBe(true);
    configure(null);
    expect((await loginPage()).data.oidc).toBe(false);
    expect((await pressButton()).status).toBe(404);
    expect((await call(callback.loader as never, getRequest("/auth/oidc/callback?code=x&state=y"))).status).toBe(404);
  });

  it("sends someone already signed in to their start page instead of the provider", async () => {
    const id = await coordinator();
    const outcome = await call(start.action as never, postRequest("/auth/oidc", {}, { cookie: await cookieFor(id) }));
    expect(outcome.location).toBe("/coordinator");
  });

  it("lets the pages' forms lead to the provider (CSP form-action), and only when configured", async () => {
    expect(oidcFormActionSources()).toEqual([idp.issuer]);
    expect(contentSecurityPolicy("n", oidcFormActionSources())).toContain(`form-action 'self' ${idp.issuer};`);
    configure(null);
    expect(oidcFormActionSources()).toEqual([]);
  });

  it("starts only on POST: GET /auth/oidc goes back to the login page", async () => {
    const outcome = await call(start.loader as never, getRequest("/auth/oidc"));
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe("/login");
  });
});

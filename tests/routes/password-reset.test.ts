// "Glömt lösenord?": the same answer for every address, a one-time link by e-mail valid for an hour, and every session ended.
import * as forgot from "~/routes/forgot-password";
import * as login from "~/routes/login";
import * as reset from "~/routes/reset-password.$token";
import { db } from "~/utils/db.server";
import { hashPassword } from "~/utils/password.server";
import { getUser } from "~/utils/session.server";
import { getValidInvite, issueInvite } from "~/models/invites.server";
import { insertUser } from "../../db/insert-rows";
import { call, cookieFor, cookieFromResponse, getRequest, postRequest } from "../setup/http";

const OLD = "gammal lösenfras om våren";
const NEW = "ekorre paraply trumpet sommarstuga";
const FAST = { N: 2 ** 12, r: 8, p: 1 };

async function volunteer(overrides: { email?: string; name?: string; disabled_at?: string | null } = {}) {
  return insertUser(db(), {
    role: "volunteer",
    email: overrides.email ?? "vera@example.se",
    name: overrides.name ?? "Vera Volontär",
    disabled_at: overrides.disabled_at ?? null,
    passwordHash: await hashPassword(OLD, FAST),
  });
}

function ask(email: string, ip = "192.0.2.10") {
  return call(forgot.action as never, postRequest("/forgot-password", { email }), {}, { clientIp: ip });
}

async function mails() {
  return db().selectFrom("outbox").select(["recipient_email", "subject", "body_text", "kind"]).orderBy("id").execute();
}

function tokenIn(body: string): string {
  const match = body.match(/\/reset-password\/([\w-]+)/);
  if (!match) throw new Error(`no reset link in ${body}`);
  return match[1];
}

function submit(token: string, password: string, confirm = password) {
  return call(reset.action as never, postRequest(`/reset-password/${token}`, { password, confirm }), { token });
}

afterEach(() => {
  vi.useRealTimers();
});

describe("asking for a reset link", () => {
  it("answers an existing, an unknown and a disabled address the same way, and mails only the existing enabled user", async () => {
    await volunteer();
    await volunteer({ email: "avstangd@example.se", name: "Avstängd", disabled_at: "2026-01-01T00:00:00.000Z" });
    const known = await ask(" Vera@Example.se ");
    const unknown = await ask("ingen@example.se");
    const disabled = await ask("avstangd@example.se");
    expect(known.status).toBe(200);
    expect(unknown).toEqual(known);
    expect(disabled).toEqual(known);
    expect(known.data).toEqual({ sent: true });

    const outbox = await mails();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ recipient_email: "vera@example.se", kind: "password_reset", subject: "Välj ett nytt lösenord i Levande bibliotek" });
    expect(outbox[0].body_text).toContain("Hej Vera Volontär!");
    expect(tokenIn(outbox[0].body_text)).toMatch(/^[\w-]{43}$/);
  });

  it("stores only the token's hash", async () => {
    await volunteer();
    await ask("vera@example.se");
    const token = tokenIn((await mails())[0].body_text);
    const rows = await db().selectFrom("password_resets").selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it("sends no second mail within five minutes, so the form cannot flood someone's inbox", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-03-02T08:00:00.000Z"));
    await volunteer();
    await ask("vera@example.se");
    vi.setSystemTime(new Date("2026-03-02T08:04:00.000Z"));
    expect((await ask("vera@example.se")).data).toEqual({ sent: true });
    expect(await mails()).toHaveLength(1);

    vi.setSystemTime(new Date("2026-03-02T08:06:00.000Z"));
    await ask("vera@example.se");
    const [first, second] = await mails();
    expect(second).toBeDefined();
    // The newer link replaces the older one.
    expect((await call(reset.loader as never, getRequest("/"), { token: tokenIn(first.body_text) })).status).toBe(410);
    expect((await call(reset.loader as never, getRequest("/"), { token: tokenIn(second.body_text) })).status).toBe(200);
  });

  it("limits requests from one IP address, and says so in Swedish", async () => {
    await volunteer();
    for (let i = 0; i < 20; i++) expect((await ask(`person${i}@example.se`, "198.51.100.7")).status).toBe(200);
    const throttled = await ask("vera@example.se", "198.51.100.7");
    expect(throttled.status).toBe(429);
    expect(throttled.data).toEqual({ errors: { form: "forgot.throttled" }, minutes: 15, values: { email: "vera@example.se" } });
    expect(await mails()).toHaveLength(0);
    expect((await ask("vera@example.se", "198.51.100.8")).status).toBe(200);
    expect(await mails()).toHaveLength(1);
  });

  it("answers a missing, malformed or absurd address with a field error, never a 500", async () => {
    for (const email of ["", "inte-en-adress", "x".repeat(10_000)]) {
      const outcome = await call(forgot.action as never, postRequest("/forgot-password", { email }));
      expect(outcome.status).toBe(400);
      expect(outcome.data.errors.email).toMatch(/^errors\./);
    }
    expect((await call(forgot.action as never, postRequest("/forgot-password", {}))).status).toBe(400);
  });

  it("sends a signed-in user to their start page instead of the form", async () => {
    const cookie = await cookieFor(await volunteer());
    const outcome = await call(forgot.loader as never, getRequest("/forgot-password", { cookie }));
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe("/volunteer");
  });
});

describe("using the reset link", () => {
  it("sets the new password, ends every session, signs in here and lands on the role's start page with a notice", async () => {
    const id = await volunteer();
    const elsewhere = await cookieFor(id);
    await ask("vera@example.se");
    const token = tokenIn((await mails())[0].body_text);

    const page = await call(reset.loader as never, getRequest(`/reset-password/${token}`), { token });
    expect(page.status).toBe(200);
    expect(page.data).toEqual({ email: "vera@example.se", minLength: 10 });
    expect(JSON.stringify(page.data)).not.toContain(token);

    const done = await submit(token, NEW);
    expect(done.status).toBe(302);
    expect(done.location).toBe("/volunteer?notis=nytt-losenord");
    expect((await getUser(getRequest("/", { cookie: cookieFromResponse(done) })))?.id).toBe(id);
    expect(await getUser(getRequest("/", { cookie: elsewhere }))).toBeNull();
    expect(await db().selectFrom("sessions").select("user_id").execute()).toHaveLength(1);

    expect((await call(login.action as never, postRequest("/login", { email: "vera@example.se", password: OLD }))).status).toBe(400);
    expect((await call(login.action as never, postRequest("/login", { email: "vera@example.se", password: NEW }))).status).toBe(302);
  });

  it("works once only", async () => {
    await volunteer();
    await ask("vera@example.se");
    const token = tokenIn((await mails())[0].body_text);
    expect((await submit(token, NEW)).status).toBe(302);
    expect((await call(reset.loader as never, getRequest(`/reset-password/${token}`), { token })).status).toBe(410);
    const again = await submit(token, "helt annan lösenfras med ord");
    expect(again.status).toBe(410);
    expect(again.data).toEqual({ errors: { form: "reset.invalid" }, values: null });
  });

  it("makes an unused invite of the same user worthless once the password is set another way", async () => {
    const userId = await volunteer();
    const { token: inviteToken } = await issueInvite(db(), { userId, createdBy: null }, new Date());
    await ask("vera@example.se");
    expect((await submit(tokenIn((await mails()).find((m) => m.kind === "password_reset")!.body_text), NEW)).status).toBe(302);
    expect(await getValidInvite(db(), inviteToken)).toBeUndefined();
  });

  it("expires after one hour", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-03-02T08:00:00.000Z"));
    await volunteer();
    await ask("vera@example.se");
    const token = tokenIn((await mails())[0].body_text);
    vi.setSystemTime(new Date("2026-03-02T08:59:00.000Z"));
    expect((await call(reset.loader as never, getRequest("/"), { token })).status).toBe(200);
    vi.setSystemTime(new Date("2026-03-02T09:00:01.000Z"));
    expect((await call(reset.loader as never, getRequest("/"), { token })).status).toBe(410);
    expect((await submit(token, NEW)).status).toBe(410);
  });

  it("stops working when the user is disabled", async () => {
    const id = await volunteer();
    await ask("vera@example.se");
    const token = tokenIn((await mails())[0].body_text);
    await db().updateTable("users").set({ disabled_at: new Date().toISOString() }).where("id", "=", id).execute();
    expect((await call(reset.loader as never, getRequest("/"), { token })).status).toBe(410);
  });

  it("applies the password policy with the user's own name and e-mail, and keeps the link usable", async () => {
    await volunteer();
    await ask("vera@example.se");
    const token = tokenIn((await mails())[0].body_text);
    const cases: [string, string, Record<string, string>][] = [
      ["kort", "kort", { password: "password.tooShort" }],
      ["veravolontär", "veravolontär", { password: "password.weakPersonal" }],
      ["1234567890", "1234567890", { password: "password.weakCommon" }],
      [NEW, `${NEW}!`, { confirm: "password.mismatch" }],
    ];
    for (const [password, confirm, errors] of cases) {
      const outcome = await submit(token, password, confirm);
      expect(outcome.status).toBe(400);
      expect(outcome.data.errors).toEqual(errors);
    }
    expect((await submit(token, NEW)).status).toBe(302);
  });

  it("answers an unknown, malformed or absurd token with 410 and never repeats it", async () => {
    for (const token of ["x".repeat(43), "kort", "ä".repeat(43), "x".repeat(5000)]) {
      const page = await call(reset.loader as never, getRequest("/"), { token });
      expect(page.status).toBe(410);
      expect(page.data).toEqual({ email: null, minLength: 10 });
      expect((await submit(token, NEW)).status).toBe(410);
    }
  });

  it("tells search engines and other sites nothing about the link", async () => {
    const headers = new Headers(reset.headers({} as never));
    expect(headers.get("Referrer-Policy")).toBe("no-referrer");
    expect(headers.get("X-Robots-Tag")).toBe("noindex");
  });
});

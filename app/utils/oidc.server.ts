// Sign-in through the region's own identity provider over OpenID Connect (SITHS e-tjänstekort): discovery, the
// redirect there with PKCE, state and nonce, and the checks on the way back. Who may then sign in is auth.server.ts's call.
import { createCookie, type Cookie } from "@remix-run/node";
import * as client from "openid-client";
import { z } from "zod";
import { env, isLoopbackUrl } from "./env.server";
import { logger } from "./logger.server";

export const OIDC_CALLBACK_PATH = "/auth/oidc/callback";
const FLOW_SECONDS = 10 * 60;
const DISCOVERY_TIMEOUT_SECONDS = 10;
const REMEMBERED_STATES = 10_000;

export const OIDC_NOTICES = ["unknown", "disabled", "noEmail", "failed", "unavailable"] as const;
export type OidcNoticeReason = (typeof OIDC_NOTICES)[number];
export type OidcNotice = { reason: OidcNoticeReason; email?: string };

const NOTICE_STATUS: Record<OidcNoticeReason, number> = { unknown: 403, disabled: 403, noEmail: 403, failed: 400, unavailable: 503 };

const flowSchema = z.object({
  state: z.string().min(1),
  nonce: z.string().min(1),
  verifier: z.string().min(1),
  redirectTo: z.string(),
  expiresAt: z.number(),
});
const cookieSchema = z.union([
  z.object({ flow: flowSchema }),
  z.object({ notice: z.object({ reason: z.enum(OIDC_NOTICES), email: z.string().max(254).optional() }) }),
]);

interface Settings {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  allowHttp: boolean;
}

function settings(): Settings | null {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, APP_URL, NODE_ENV } = env();
  if (!OIDC_ISSUER || !OIDC_CLIENT_ID || !OIDC_CLIENT_SECRET) return null;
  const issuer = new URL(OIDC_ISSUER);
  return {
    issuer,
    clientId: OIDC_CLIENT_ID,
    clientSecret: OIDC_CLIENT_SECRET,
    redirectUri: `${APP_URL}${OIDC_CALLBACK_PATH}`,
    // Plain http only to a provider on this machine and never in production: the tests' own provider.
    allowHttp: issuer.protocol === "http:" && isLoopbackUrl(issuer) && NODE_ENV !== "production",
  };
}

export function oidcEnabled(): boolean {
  return settings() !== null;
}

let discovered: { key: string; config: Promise<client.Configuration> } | undefined;
let authorizationOrigin: string | undefined;

/** Discovery once per setting; a failed one is forgotten, so the next press of the button tries again. */
function configuration(s: Settings): Promise<client.Configuration> {
  const key = JSON.stringify([s.issuer.href, s.clientId, s.clientSecret, s.allowHttp]);
  if (discovered?.key !== key) {
    const execute = s.allowHttp ? [client.allowInsecureRequests] : [];
    const config = client.discovery(s.issuer, s.clientId, s.clientSecret, client.ClientSecretBasic(), { timeout: DISCOVERY_TIMEOUT_SECONDS, execute });
    config.then(
      (c) => {
        authorizationOrigin = new URL(c.serverMetadata().authorization_endpoint ?? s.issuer).origin;
      },
      () => {
        if (discovered?.config === config) discovered = undefined;
      },
    );
    discovered = { key, config };
  }
  return discovered.config;
}

/** Where the sign-in form may send the browser: the login page's CSP form-action needs these besides 'self'. */
export function oidcFormActionSources(): string[] {
  const s = settings();
  if (!s) return [];
  return [...new Set([s.issuer.origin, ...(authorizationOrigin ? [authorizationOrigin] : [])])];
}

let cookie: Cookie | undefined;

function oidcCookie(): Cookie {
  const production = env().NODE_ENV === "production";
  cookie ??= createCookie(production ? "__Host-levande_oidc" : "levande_oidc", {
    httpOnly: true,
    sameSite: "lax",
    secure: production,
    path: "/",
    secrets: [env().SESSION_SECRET],
    maxAge: FLOW_SECONDS,
  });
  return cookie;
}

async function readCookie(request: Request) {
  const parsed = cookieSchema.safeParse(await oidcCookie().parse(request.headers.get("Cookie")));
  return parsed.success ? parsed.data : null;
}

/** The Set-Cookie value that carries a notice to the login page. */
export function oidcNoticeCookie(notice: OidcNotice): Promise<string> {
  return oidcCookie().serialize({ notice: { ...notice, email: notice.email?.slice(0, 254) } });
}

export function clearedOidcCookie(): Promise<string> {
  return oidcCookie().serialize("", { maxAge: 0 });
}

export async function readOidcNotice(request: Request): Promise<OidcNotice | null> {
  const value = await readCookie(request);
  return value && "notice" in value ? value.notice : null;
}

export function oidcNoticeStatus(notice: OidcNotice): number {
  return NOTICE_STATUS[notice.reason];
}

/** No answer (refused, unknown host, timeout, a 5xx) is the provider being down; anything else is a failed check. */
function reasonFor(error: unknown): "failed" | "unavailable" {
  const e = error as { name?: string; code?: string; message?: string; cause?: unknown };
  if ((e?.name === "TypeError" && e.message === "fetch failed") || e?.code === "OAUTH_TIMEOUT" || e?.name === "TimeoutError") return "unavailable";
  return e?.cause instanceof Response && e.cause.status >= 500 ? "unavailable" : "failed";
}

/** What is logged of a failure: names and the provider's error code, never a token, code or cookie. */
function failed(step: string, error: unknown): "failed" | "unavailable" {
  const reason = reasonFor(error);
  const e = error as { name?: string; code?: string; message?: string; error?: string; cause?: { code?: string; message?: string } };
  const details = { name: e?.name, code: e?.code, message: e?.message, cause: e?.cause?.message, providerError: e?.error };
  logger().warn({ oidc: step, reason, ...details }, "Inloggning med SITHS/e-tjänstekort misslyckades");
  return reason;
}

/** Where the button sends the browser: to the provider with a fresh flow cookie, or back to /login with a notice. */
export async function startOidcSignIn(redirectTo: string): Promise<{ location: string; setCookie: string }> {
  const s = settings();
  if (!s) throw new Error("OIDC is not configured");
  try {
    const config = await configuration(s);
    const verifier = client.randomPKCECodeVerifier();
    const flow = { state: client.randomState(), nonce: client.randomNonce(), verifier, redirectTo, expiresAt: Date.now() + FLOW_SECONDS * 1000 };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: s.redirectUri,
      scope: "openid email",
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: "S256",
      state: flow.state,
      nonce: flow.nonce,
    });
    return { location: url.href, setCookie: await oidcCookie().serialize({ flow }) };
  } catch (error) {
    return { location: "/login", setCookie: await oidcNoticeCookie({ reason: failed("discovery", error) }) };
  }
}

const usedStates = new Map<string, number>();

/** A state is good for one callback; the map forgets expired ones and, past its cap, the oldest (the provider's code is single-use too). */
function spendState(state: string, expiresAt: number, now: number): boolean {
  for (const [s, until] of usedStates) if (until < now || usedStates.size >= REMEMBERED_STATES) usedStates.delete(s);
  if (usedStates.has(state)) return false;
  usedStates.set(state, expiresAt);
  return true;
}

export type OidcResult = { email: string; redirectTo: string } | { error: "noEmail" | "failed" | "unavailable" };

/** Checks the provider's answer (state, PKCE, issuer, audience, nonce, signature) and returns its verified e-mail. */
export async function finishOidcSignIn(request: Request, now = new Date()): Promise<OidcResult> {
  const s = settings();
  if (!s) throw new Error("OIDC is not configured");
  const value = await readCookie(request);
  const flow = value && "flow" in value ? value.flow : null;
  if (!flow || flow.expiresAt < now.getTime() || !spendState(flow.state, flow.expiresAt, now.getTime())) {
    return { error: failed("callback", new Error(flow ? "expired or replayed state" : "no flow cookie")) };
  }
  try {
    const config = await configuration(s);
    // The redirect URI as registered, with the provider's answer: behind a proxy request.url may name another host.
    const current = new URL(s.redirectUri);
    current.search = new URL(request.url).search;
    const tokens = await client.authorizationCodeGrant(config, current, {
      pkceCodeVerifier: flow.verifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims()!;
    // Many providers put the e-mail only in UserInfo when asked for by scope (OIDC Core 5.4).
    const source = claims.email === undefined ? await client.fetchUserInfo(config, tokens.access_token, claims.sub) : claims;
    const { email, email_verified: verified } = source;
    if (typeof email !== "string" || email.trim() === "" || verified === false || verified === "false") return { error: "noEmail" };
    return { email, redirectTo: flow.redirectTo };
  } catch (error) {
    return { error: failed("callback", error) };
  }
}

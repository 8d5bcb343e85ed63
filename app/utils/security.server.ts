// Tokens, hashes and the request checks every response and every write goes through.
import crypto from "node:crypto";

export function randomToken(bytes = 32): string {
  return crypto.randomBytes(bytes).toString("base64url");
}

export function sha256(value: string): string {
  return crypto.createHash("sha256").update(value).digest("hex");
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** CSRF defence next to SameSite=Lax: a write must come from our own origin. */
export function isCrossSiteWrite(input: {
  method: string;
  host: string | undefined;
  origin: string | undefined;
  secFetchSite: string | undefined;
}): boolean {
  if (SAFE_METHODS.has(input.method.toUpperCase())) return false;
  if (input.secFetchSite && !["same-origin", "none"].includes(input.secFetchSite)) return true;
  if (!input.origin) return false;
  // An Origin header is exactly scheme://host[:port]; anything else (userinfo, a path) is not ours.
  let origin: URL;
  try {
    origin = new URL(input.origin);
  } catch {
    return true;
  }
  if (origin.origin !== input.origin.toLowerCase()) return true;
  return origin.host !== (input.host ?? "").toLowerCase();
}

/** `formTargets`: other origins a form may lead to, e.g. the identity provider the SITHS button redirects to. */
export function contentSecurityPolicy(nonce?: string, formTargets: string[] = []): string {
  const script = nonce ? `'self' 'nonce-${nonce}'` : "'self'";
  return [
    "default-src 'self'",
    `script-src ${script}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    ["form-action 'self'", ...formTargets].join(" "),
    "frame-ancestors 'none'",
  ].join("; ");
}

export const SECURITY_HEADERS: Record<string, string> = {
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
};

const SESSION_COOKIE = /(?:^|;\s*)(?:__Host-levande|levande_session)=/;
export const HSTS = "max-age=31536000; includeSubDomains";

/**
 * Headers every response gets on the way out: a signed-in response carries names and phone numbers, so no cache
 * (browser back-forward, proxy) may keep it; over HTTPS the browser is told to never fall back to plain HTTP.
 */
export function privacyHeaders(input: { cookie: string | undefined; secure: boolean; cacheControl: string | undefined }): Record<string, string> {
  const headers: Record<string, string> = {};
  if (input.cookie && SESSION_COOKIE.test(input.cookie)) headers["Cache-Control"] = "private, no-store";
  else if (input.cacheControl === undefined) headers["Cache-Control"] = "no-cache";
  if (input.secure) headers["Strict-Transport-Security"] = HSTS;
  return headers;
}

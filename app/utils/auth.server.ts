// Who is signing in and who may see what: remix-auth verifies, the helpers here throw.
import { data, redirect, type AppLoadContext } from "@remix-run/node";
import { Authenticator } from "remix-auth";
import { FormStrategy } from "remix-auth-form";
import { z } from "zod";
import type { UserRole } from "../../db/schema";
import { clearAccountFailures, recordLoginFailure, retryAfterMs } from "~/models/login-throttle.server";
import { getUserWithPasswordByEmail } from "~/models/users.server";
import { audit } from "./audit.server";
import { db } from "./db.server";
import { hashPassword, verifyPassword } from "./password.server";
import { getUser } from "./session.server";

export const ROLE_HOME: Record<UserRole, string> = {
  coordinator: "/coordinator",
  requester: "/unit",
  volunteer: "/volunteer",
};

class InvalidCredentials extends Error {}

const credentialsSchema = z.object({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(1024),
});

let dummyHash: Promise<string> | undefined;

const authenticator = new Authenticator<number>();
authenticator.use(
  new FormStrategy(async ({ form }) => {
    const parsed = credentialsSchema.safeParse(Object.fromEntries(form));
    if (!parsed.success) throw new InvalidCredentials();
    const user = await getUserWithPasswordByEmail(db(), parsed.data.email);
    // Verify against a dummy hash when there is no user, so timing does not reveal which e-mails exist.
    dummyHash ??= hashPassword("not-a-real-password");
    const ok = await verifyPassword(parsed.data.password, user?.password_hash ?? (await dummyHash));
    if (!user || !user.password_hash || user.disabled_at || !ok) throw new InvalidCredentials();
    return user.id;
  }),
  "form",
);

export type SignInResult = { userId: number } | { error: "invalid" } | { error: "throttled"; minutes: number };

export async function signIn(request: Request, context: AppLoadContext): Promise<SignInResult> {
  const form = await request.clone().formData();
  const email = String(form.get("email") ?? "").slice(0, 254);
  const ip = context.clientIp;
  const wait = await retryAfterMs(db(), email, ip);
  if (wait > 0) return { error: "throttled", minutes: Math.ceil(wait / 60_000) };
  try {
    const userId = await authenticator.authenticate("form", request);
    await clearAccountFailures(db(), email);
    await audit(db(), { actorUserId: userId, entity: "user", entityId: userId, action: "login" });
    return { userId };
  } catch (error) {
    if (!(error instanceof InvalidCredentials)) throw error;
    await recordLoginFailure(db(), email, ip);
    return { error: "invalid" };
  }
}

export type VerifiedEmailSignIn = { userId: number; role: UserRole } | { error: "unknown" | "disabled" };

/** Sign-in by an e-mail the region's identity provider vouched for: only an existing, enabled account, never a new one. */
export async function signInByVerifiedEmail(email: string): Promise<VerifiedEmailSignIn> {
  const user = await getUserWithPasswordByEmail(db(), email);
  if (!user) return { error: "unknown" };
  if (user.disabled_at) return { error: "disabled" };
  await audit(db(), { actorUserId: user.id, entity: "user", entityId: user.id, action: "login", details: { method: "oidc" } });
  return { userId: user.id, role: user.role };
}

const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;
const BASE = "http://levande.invalid";

/**
 * Only paths on our own origin, so a crafted link cannot send someone to another site after login. The value is
 * resolved as a browser would (which drops tabs and newlines, so "/\t/evil" means "//evil") and refused when it
 * leaves the origin or holds a control character.
 */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback: string): string {
  if (typeof to !== "string" || !to.startsWith("/") || CONTROL_CHARACTERS.test(to)) return fallback;
  let url: URL;
  try {
    url = new URL(to, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE || to.startsWith("//") || to.startsWith("/\\")) return fallback;
  return url.pathname + url.search + url.hash;
}

export async function requireUser(request: Request, ...roles: UserRole[]) {
  const user = await getUser(request);
  if (!user) {
    const url = new URL(request.url);
    throw redirect(`/login?${new URLSearchParams({ redirectTo: url.pathname + url.search })}`);
  }
  if (roles.length > 0 && !roles.includes(user.role)) {
    throw data({ reason: "forbidden" }, { status: 403 });
  }
  return user;
}

export function notFoundUnless<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw data({ reason: "notFound" }, { status: 404 });
  return value;
}

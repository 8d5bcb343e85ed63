// Who is signing in and who may see what: remix-auth verifies, the helpers here throw.
import { data, redirect, type AppLoadContext } from "@remix-run/node";
import { FormStrategy } from "remix-auth-form";
import { z } from "zod";
import { beginLoginAttempt, forgetLoginAttempt, loginSucceeded } from "~/models/login-throttle.server";
import { getUserWithPasswordByEmail, rehashPassword } from "~/models/users.server";
import { audit } from "./audit.server";
import { db } from "./db.server";
import { assertCleanValues, assertFormContentType, malformedForm, singleValues } from "./form.server";
import { DUMMY_HASH, hashPassword, needsRehash, verifyPassword } from "./password.server";
import { getUser } from "./session.server";
import type { UserRole } from "~/domain/vocabulary";
import { idField } from "~/domain/fields";

export const ROLE_HOME: Record<UserRole, string> = {
  coordinator: "/coordinator",
  requester: "/unit",
  volunteer: "/volunteer",
};

const credentialsSchema = z.object({
  email: z.string().normalize("NFC").trim().min(1).max(254),
  password: z.string().min(1).max(1024),
  redirectTo: z.string().max(2000),
});

export type SignInResult =
  | { userId: number; redirectTo: string }
  | { error: "invalid"; email: string }
  | { error: "throttled"; minutes: number; email: string };

/** Checks the credentials of a login form that remix-auth-form has read (once): counted before the hash, one value per field. */
async function verifyCredentials(form: FormData, ip: string | undefined): Promise<SignInResult> {
  assertCleanValues(form);
  const fields = singleValues(form, ["email", "password", "redirectTo"]);
  const email = fields.email.slice(0, 254);
  const parsed = credentialsSchema.safeParse(fields);
  if (!parsed.success) return { error: "invalid", email };
  const begun = await beginLoginAttempt(db(), parsed.data.email, ip);
  if ("wait" in begun) return { error: "throttled", minutes: Math.ceil(begun.wait / 60_000), email };
  let user: Awaited<ReturnType<typeof getUserWithPasswordByEmail>>;
  let ok: boolean;
  try {
    user = await getUserWithPasswordByEmail(db(), parsed.data.email);
    // An unknown e-mail is checked against a hash too, so the time taken does not tell which addresses exist.
    ok = await verifyPassword(parsed.data.password, user?.password_hash ?? DUMMY_HASH);
  } catch (error) {
    // Not checked at all (e.g. too many sign-ins at once): the attempt is not held against anyone.
    await forgetLoginAttempt(db(), begun.attempt);
    throw error;
  }
  if (!user || !user.password_hash || user.disabled_at || !ok) return { error: "invalid", email };
  await loginSucceeded(db(), begun.attempt);
  if (needsRehash(user.password_hash)) await rehashPassword(db(), user.id, await hashPassword(parsed.data.password));
  await audit(db(), { actorUserId: user.id, entity: "user", entityId: user.id, action: "login" });
  return { userId: user.id, redirectTo: safeRedirect(parsed.data.redirectTo, ROLE_HOME[user.role]) };
}

/** The login form: the body is read once, by remix-auth-form's strategy, whose verify gets the parsed form. */
export async function signIn(request: Request, context: AppLoadContext): Promise<SignInResult> {
  assertFormContentType(request);
  const strategy = new FormStrategy<SignInResult>(({ form }) => verifyCredentials(form, context.clientIp));
  try {
    return await strategy.authenticate(request);
  } catch (error) {
    // A body that is not the form it claims to be (a broken multipart, say) is the client's error, not ours.
    if (error instanceof TypeError) malformedForm();
    throw error;
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

/**
 * One of the signed-in care unit's own rows, by the id in the URL: a requester with a unit, an id that parses, and a
 * row `load` finds for that unit; anything else is 404, so another unit's ids cannot even be told to exist.
 */
export async function requireUnitRow<T>(request: Request, idParam: string | undefined, load: (key: { id: number; unitId: number }) => Promise<T | null | undefined>) {
  const user = await requireUser(request, "requester");
  const unitId = notFoundUnless(user.care_unit_id);
  const id = notFoundUnless(idField().safeParse(idParam).data);
  return { user, unitId, row: notFoundUnless(await load({ id, unitId })) };
}

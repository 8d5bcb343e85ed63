// The session cookie: it carries only a signed random id; the row in `sessions` is the truth.
import { createCookie, redirect, type Cookie } from "@remix-run/node";
import { createSession, deleteSession, readSession, SESSION_TTL_MS, type SessionRead } from "~/models/sessions.server";
import { db } from "./db.server";
import { env } from "./env.server";
import { noteRequestUser } from "./request-context.server";

let cookie: Cookie | undefined;

function sessionCookie(): Cookie {
  const production = env().NODE_ENV === "production";
  cookie ??= createCookie(production ? "__Host-levande" : "levande_session", {
    httpOnly: true,
    sameSite: "lax",
    secure: production,
    path: "/",
    secrets: [env().SESSION_SECRET],
    maxAge: SESSION_TTL_MS / 1000,
  });
  return cookie;
}

export async function getSessionId(request: Request): Promise<string | null> {
  const value = await sessionCookie().parse(request.headers.get("Cookie"));
  return typeof value === "string" && value.length > 0 ? value : null;
}

/** The request's session: active (renewing its last use), idle (timed out, for the login page's notice) or none. */
export async function readUserSession(request: Request): Promise<SessionRead> {
  const id = await getSessionId(request);
  return id ? readSession(db(), id) : { state: "none" };
}

export async function getUser(request: Request) {
  const session = await readUserSession(request);
  if (session.state !== "active") return null;
  noteRequestUser(request, session.user.id);
  return session.user;
}

/** A Set-Cookie value that removes the session cookie from the browser. */
export function clearedSessionCookie(): Promise<string> {
  return sessionCookie().serialize("", { maxAge: 0 });
}

export async function createUserSession(request: Request, userId: number, redirectTo: string) {
  const previous = await getSessionId(request);
  if (previous) await deleteSession(db(), previous);
  const id = await createSession(db(), userId);
  noteRequestUser(request, userId);
  return redirect(redirectTo, { headers: { "Set-Cookie": await sessionCookie().serialize(id) } });
}

export async function logout(request: Request) {
  const id = await getSessionId(request);
  if (id) await deleteSession(db(), id);
  return redirect("/", { headers: { "Set-Cookie": await clearedSessionCookie() } });
}

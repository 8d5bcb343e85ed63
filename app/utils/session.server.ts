// The session cookie: it carries only a signed random id; the row in `sessions` is the truth.
import { createCookie, redirect, type Cookie } from "@remix-run/node";
import { createSession, deleteSession, getSessionUser, SESSION_TTL_MS } from "~/models/sessions.server";
import { db } from "./db.server";
import { env } from "./env.server";

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

export async function getUser(request: Request) {
  const id = await getSessionId(request);
  return id ? ((await getSessionUser(db(), id)) ?? null) : null;
}

export async function createUserSession(request: Request, userId: number, redirectTo: string) {
  const previous = await getSessionId(request);
  if (previous) await deleteSession(db(), previous);
  const id = await createSession(db(), userId);
  return redirect(redirectTo, { headers: { "Set-Cookie": await sessionCookie().serialize(id) } });
}

export async function logout(request: Request) {
  const id = await getSessionId(request);
  if (id) await deleteSession(db(), id);
  return redirect("/", { headers: { "Set-Cookie": await sessionCookie().serialize("", { maxAge: 0 }) } });
}

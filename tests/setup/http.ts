// Calls real loaders and actions the way Remix does, and reads the outcome as a status and data.
import type { ActionFunctionArgs, AppLoadContext, LoaderFunctionArgs } from "@remix-run/node";
import { createUserSession } from "~/utils/session.server";

export const BASE = "http://localhost";

interface RequestOptions {
  cookie?: string;
  headers?: Record<string, string>;
}

export function getRequest(path: string, options: RequestOptions = {}) {
  return new Request(BASE + path, { headers: { ...(options.cookie ? { Cookie: options.cookie } : {}), ...options.headers } });
}

export function postRequest(path: string, fields: Record<string, string | undefined>, options: RequestOptions = {}) {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) body.append(name, value);
  return new Request(BASE + path, {
    method: "POST",
    body,
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Origin: BASE,
      ...(options.cookie ? { Cookie: options.cookie } : {}),
      ...options.headers,
    },
  });
}

/** A signed-in cookie for the user, made by the same code the login action uses. */
export async function cookieFor(userId: number): Promise<string> {
  const response = await createUserSession(getRequest("/login"), userId, "/");
  return cookieFromResponse(response);
}

export function cookieFromResponse(response: { headers: Headers }): string {
  const setCookie = response.headers.get("Set-Cookie");
  if (!setCookie) throw new Error("no Set-Cookie on the response");
  return setCookie.split(";")[0];
}

export interface Outcome {
  status: number;
  location: string | null;
  headers: Headers;
  data: any;
}

function isDataWithInit(value: unknown): value is { type: "DataWithResponseInit"; data: unknown; init: ResponseInit | null } {
  return typeof value === "object" && value !== null && (value as { type?: unknown }).type === "DataWithResponseInit";
}

function toOutcome(value: unknown): Outcome {
  if (value instanceof Response) {
    return { status: value.status, location: value.headers.get("Location"), headers: value.headers, data: null };
  }
  if (isDataWithInit(value)) {
    const headers = new Headers(value.init?.headers);
    return { status: value.init?.status ?? 200, location: headers.get("Location"), headers, data: value.data };
  }
  return { status: 200, location: null, headers: new Headers(), data: value };
}

type Handler = (args: LoaderFunctionArgs & ActionFunctionArgs) => unknown;

export async function call(
  handler: Handler | undefined,
  request: Request,
  params: Record<string, string> = {},
  context: AppLoadContext = { clientIp: "192.0.2.10" },
): Promise<Outcome> {
  if (!handler) throw new Error("the route has no such export");
  try {
    return toOutcome(await handler({ request, params, context }));
  } catch (thrown) {
    if (thrown instanceof Response || isDataWithInit(thrown)) return toOutcome(thrown);
    throw thrown;
  }
}

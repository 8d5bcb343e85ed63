// Lets the app tell the server's request log who made a request, so the log line needs no session lookup of its own.

/** The header the server sets on every request it passes to the app, replacing any value the client sent. */
export const REQUEST_ID_HEADER = "x-request-id";

export interface RequestLogEntry {
  userId?: number;
}

/**
 * The requests in flight, by id. It lives on globalThis because the server (build/server.js) and the app
 * (build/index.js) are separate bundles, each with its own copy of this module.
 */
export function requestsInFlight(): Map<string, RequestLogEntry> {
  const global = globalThis as { [key: symbol]: Map<string, RequestLogEntry> | undefined };
  const key = Symbol.for("levande.requestsInFlight");
  return (global[key] ??= new Map());
}

/** Records the signed-in user on the request's log entry; a no-op outside the server (tests, scripts). */
export function noteRequestUser(request: Request, userId: number): void {
  const id = request.headers.get(REQUEST_ID_HEADER);
  const entry = id ? requestsInFlight().get(id) : undefined;
  if (entry) entry.userId = userId;
}

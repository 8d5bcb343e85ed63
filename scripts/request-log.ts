// One structured log line per HTTP request: its id, method, path (secrets redacted), status, duration and signed-in user.
import crypto from "node:crypto";
import type { RequestHandler } from "express";
import type { Logger } from "../app/utils/logger.server";
import { REQUEST_ID_HEADER, requestsInFlight, type RequestLogEntry } from "../app/utils/request-context.server";

/** Routes whose next path segment is a secret: an invite, a calendar feed, a password reset. */
const SECRET_AFTER = new Set(["invite", "calendar", "reset-password"]);
/** A run as long as a random token (32 bytes are 43 base64url characters) is treated as one wherever it appears. */
const TOKEN_LIKE = /[A-Za-z0-9_-]{32,}/;
const MAX_PATH = 200;
export const REDACTED = "[redacted]";

function decode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * The path as the log may show it: no query string (tokens can ride in it), decoded and without empty segments the
 * way the router matches it (so /INVITE/%61bc is redacted like /invite/abc), and every secret segment replaced.
 */
export function loggedPath(url: string): string {
  const segments = decode(url.split(/[?#]/, 1)[0]).split("/").filter(Boolean);
  const shown = segments.map((segment, i) =>
    (i > 0 && SECRET_AFTER.has(segments[i - 1].toLowerCase())) || TOKEN_LIKE.test(segment) ? REDACTED : segment,
  );
  const path = `/${shown.join("/")}`;
  return path.length > MAX_PATH ? `${path.slice(0, MAX_PATH)}…` : path;
}

/** Gives every request an id (X-Request-Id on the response) and logs it once its response is sent or abandoned. */
export function requestLog(log: Logger): RequestHandler {
  const inFlight = requestsInFlight();
  return (req, res, next) => {
    const id = crypto.randomUUID();
    const started = process.hrtime.bigint();
    const entry: RequestLogEntry = {};
    // Replaces whatever the client sent: the app finds this request's entry by it (noteRequestUser).
    req.headers[REQUEST_ID_HEADER] = id;
    inFlight.set(id, entry);
    res.setHeader("X-Request-Id", id);
    let logged = false;
    const done = () => {
      if (logged) return;
      logged = true;
      inFlight.delete(id);
      const fields = {
        reqId: id,
        method: req.method,
        path: loggedPath(req.originalUrl),
        status: res.statusCode,
        durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
        userId: entry.userId,
        ...(res.writableFinished ? {} : { aborted: true }),
      };
      if (res.statusCode >= 500) log.error(fields, "request");
      else log.info(fields, "request");
    };
    res.once("finish", done);
    res.once("close", done);
    next();
  };
}

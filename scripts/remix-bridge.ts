// Express → Remix: like @remix-run/express's handler, but the body is read once, within its limit, and checked
// before the app sees it, so no request can grow the heap past its limit or reach an action in a shape no form sends.
import type { AppLoadContext, ServerBuild } from "@remix-run/node";
import { createRequestHandler, writeReadableStreamToWritable } from "@remix-run/node";
import type { Request as ExpressRequest, RequestHandler, Response as ExpressResponse } from "express";
import { ALLOWED_METHODS, bodyProblem, headerProblem, limitFor, readBody, type BodyProblem } from "./request-body";

/** Beyond this much of a refused body the connection is cut instead of drained. */
const DRAIN_LIMIT_BYTES = 128 * 1024 * 1024;

/**
 * Answers at once, then lets the rest of the body run into nothing (kept in no buffer), so the client reads the
 * answer instead of a broken connection; a client that keeps sending past DRAIN_LIMIT_BYTES is cut off.
 */
function refuse(req: ExpressRequest, res: ExpressResponse, problem: BodyProblem) {
  if (problem.status === 405) res.setHeader("Allow", ALLOWED_METHODS.join(", "));
  let drained = 0;
  req.on("data", (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > DRAIN_LIMIT_BYTES) req.socket.destroy();
  });
  req.resume();
  res.status(problem.status).type("text/plain; charset=utf-8").send(problem.message);
}

function toRequest(req: ExpressRequest, res: ExpressResponse, body: Buffer | undefined): Request {
  const controller = new AbortController();
  res.on("close", () => {
    if (!res.writableFinished) controller.abort();
  });
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const url = `${req.protocol}://${req.get("host") ?? "localhost"}${req.originalUrl}`;
  return new Request(url, { method: req.method, headers, body: body ? new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.length) : undefined, signal: controller.signal });
}

/** Remix drops the headers of a response an action throws; every 503 of ours means "come back in a few seconds". */
const RETRY_AFTER_SECONDS = "5";

async function send(res: ExpressResponse, response: Response) {
  res.statusMessage = response.statusText;
  res.status(response.status);
  if (response.status === 503 && !response.headers.has("Retry-After")) res.setHeader("Retry-After", RETRY_AFTER_SECONDS);
  for (const [name, value] of response.headers) if (name !== "set-cookie") res.append(name, value);
  for (const cookie of response.headers.getSetCookie()) res.append("Set-Cookie", cookie);
  if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}

export function remixHandler({
  build,
  mode,
  getLoadContext,
}: {
  build: ServerBuild;
  mode: string;
  getLoadContext: (req: ExpressRequest) => AppLoadContext;
}): RequestHandler {
  const handle = createRequestHandler(build, mode);
  return async (req, res, next) => {
    try {
      const early = headerProblem({ method: req.method, path: req.path, contentType: req.get("content-type"), contentLength: req.get("content-length") });
      if (early) return refuse(req, res, early);
      let body: Buffer | undefined;
      if (req.method === "POST") {
        const read = await readBody(req, limitFor(req.path));
        if (!Buffer.isBuffer(read)) return refuse(req, res, read);
        const late = bodyProblem(req.get("content-type"), read);
        if (late) return refuse(req, res, late);
        body = read;
      }
      await send(res, await handle(toRequest(req, res, body), getLoadContext(req)));
    } catch (error) {
      next(error);
    }
  };
}

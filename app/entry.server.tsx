// Renders each document with a fresh CSP nonce for Remix's inline scripts.
import crypto from "node:crypto";
import { Writable } from "node:stream";
import type { EntryContext, HandleErrorFunction } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { renderToPipeableStream } from "react-dom/server";
import { NonceProvider } from "~/components/nonce";
import "~/i18n/english";
import "~/i18n/staff";
import "~/i18n/plan-parts";
import { oidcFormActionSources } from "~/utils/oidc.server";
import { contentSecurityPolicy } from "~/utils/security.server";

// scripts/start.ts starts the outbox sender from the build, so it shares the app's one database connection, and closes that connection on shutdown.
export { startOutboxSender } from "~/models/outbox-sender.server";
export { closeDb } from "~/utils/db.server";

export const streamTimeout = 5_000;

/**
 * React 18.3's stream writer sends its whole 2 kB view when a multi-byte character does not fit its end, unwritten
 * zero bytes included (react#31134): a "ä" at that edge showed as "�ä". Those zeros are dropped; HTML never holds a NUL.
 */
function withoutViewPadding(chunk: Buffer): Buffer {
  let end = chunk.length;
  while (end > 0 && chunk[end - 1] === 0) end--;
  return end === chunk.length ? chunk : chunk.subarray(0, end);
}

/**
 * The whole document in one buffer: no loader defers data, so streaming would only cut the page into React's
 * 2 kB chunks, each its own trip through the web stream and gzip (a sixth of a catalogue page's CPU under load).
 */
export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
) {
  const nonce = crypto.randomBytes(16).toString("base64");
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    // Ends a render that never completes; cleared once it does, so the timer holds no finished render in memory.
    let timeout: ReturnType<typeof setTimeout> | undefined;
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <RemixServer context={remixContext} url={request.url} nonce={nonce} />
      </NonceProvider>,
      {
        nonce,
        onShellReady() {
          shellRendered = true;
        },
        onAllReady() {
          const chunks: Buffer[] = [];
          const sink = new Writable({
            write(chunk: Buffer, _encoding, done) {
              chunks.push(withoutViewPadding(chunk));
              done();
            },
            final(done) {
              clearTimeout(timeout);
              responseHeaders.set("Content-Type", "text/html; charset=utf-8");
              responseHeaders.set("Content-Security-Policy", contentSecurityPolicy(nonce, oidcFormActionSources()));
              resolve(new Response(Buffer.concat(chunks), { headers: responseHeaders, status: responseStatusCode }));
              done();
            },
          });
          pipe(sink);
        },
        onShellError(error: unknown) {
          clearTimeout(timeout);
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) console.error(error);
        },
      },
    );
    timeout = setTimeout(abort, streamTimeout + 1000);
  });
}

export const handleError: HandleErrorFunction = (error, { request }) => {
  if (request.signal.aborted) return;
  console.error(error);
};

// GET /calendar/<token>.ics: a volunteer's or a care unit's subscribable feed; the token is the only credential.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { DEFAULT_LOCALE, translate } from "~/i18n";
import { renderFeed } from "~/models/calendar-feed.server";
import { findFeedOwner } from "~/models/calendar-tokens.server";
import { db } from "~/utils/db.server";

// React Router cannot match a param followed by a literal suffix in one segment, so the param is "<token>.ics".
const feedParam = z
  .string()
  .max(104)
  .regex(/^[A-Za-z0-9_-]{20,100}\.ics$/)
  .transform((value) => value.slice(0, -".ics".length));

/** The same answer for a malformed, unknown or revoked token, so a probe learns nothing. */
function notFound() {
  return new Response(translate(DEFAULT_LOCALE, "calendar.feed.notFound"), {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const parsed = feedParam.safeParse(params.token);
  const owner = parsed.success ? await findFeedOwner(db(), parsed.data) : undefined;
  if (!owner) return notFound();
  const feed = await renderFeed(db(), owner);
  if (feed === null) return notFound();
  // Served already compressed when the client takes gzip, so the server's compression leaves it alone.
  const gzip = /\bgzip\b/.test(request.headers.get("Accept-Encoding") ?? "");
  return new Response(gzip ? new Uint8Array(feed.gzip) : feed.text, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      ...(gzip ? { "Content-Encoding": "gzip" } : {}),
      Vary: "Accept-Encoding",
      "Cache-Control": "private, max-age=300",
      "Content-Disposition": 'inline; filename="levande.ics"',
      "X-Robots-Tag": "noindex",
    },
  });
}

// GET /motesplatser/<place>.ics: a meeting place's public calendar feed, for anyone; the same 404 for a hidden,
// unknown or malformed place.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { DEFAULT_LOCALE, translate } from "~/i18n";
import { idField } from "~/domain/fields";
import { placeFeed } from "~/models/meeting-places.server";
import { db } from "~/utils/db.server";
import { buildPlaceCalendar } from "~/utils/place-ics.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const parsed = idField().safeParse(params.placeId);
  const feed = parsed.success ? await placeFeed(db(), parsed.data) : undefined;
  if (!feed) {
    return new Response(translate(DEFAULT_LOCALE, "meetingPlaces.feed.notFound"), { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
  return new Response(buildPlaceCalendar(feed), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Cache-Control": "public, max-age=300",
      "Content-Disposition": `inline; filename="motesplats-${feed.place.id}.ics"`,
    },
  });
}

// A feed's ICS text, rendered once for each state of the database: calendar apps poll often and mostly see no change.
import { gzipSync } from "node:zlib";
import { DEFAULT_LOCALE, translate } from "~/i18n";
import { memoByVersion } from "~/utils/cache.server";
import type { DB } from "~/utils/db.server";
import { buildCalendar } from "~/utils/ics.server";
import { listFeedAssignments } from "./calendar-events.server";
import type { FeedOwner } from "./calendar-tokens.server";
import { getCareUnit } from "./care-units.server";

export interface RenderedFeed {
  text: string;
  /** The same text gzipped once, for the calendar apps that poll it (nearly all accept gzip). */
  gzip: Buffer;
}

async function render(db: DB, owner: FeedOwner): Promise<RenderedFeed | null> {
  const unit = "careUnitId" in owner ? await getCareUnit(db, owner.careUnitId) : null;
  if (unit === undefined) return null;
  const name = unit
    ? translate(DEFAULT_LOCALE, "calendar.feed.unitName", { unit: unit.name })
    : translate(DEFAULT_LOCALE, "calendar.feed.personalName");
  const text = buildCalendar({ name, events: await listFeedAssignments(db, owner) });
  return { text, gzip: gzipSync(text) };
}

const memoFeed = memoByVersion(render, { size: 256 });

/** The calendar text for a feed's owner, plain and gzipped; null when the owner is gone. */
export function renderFeed(db: DB, owner: FeedOwner): Promise<RenderedFeed | null> {
  return memoFeed(db, "careUnitId" in owner ? `unit:${owner.careUnitId}` : `person:${owner.personId}`, owner);
}

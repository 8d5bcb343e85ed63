// Headline counts for the coordinator's start page.
import { instantToLocal } from "~/domain/stockholm-time";
import { memoByVersion } from "~/utils/cache.server";
import type { DB } from "~/utils/db.server";

/** Counted once a day and per state of the database: two of the counts read every request and offer. */
export function getCoordinatorOverview(db: DB, now = new Date()) {
  const today = instantToLocal(now).date;
  return memoOverview(db, "overview", today);
}

const memoOverview = memoByVersion(countOverview, { size: 1, stamp: (today) => today });

async function countOverview(db: DB, today: string) {
  const [openRequests, activePeople, careUnits, pendingOffers] = await Promise.all([
    db.selectFrom("requests").select((eb) => eb.fn.countAll<number>().as("n")).where("status", "in", ["open", "offered"]).executeTakeFirstOrThrow(),
    db
      .selectFrom("people")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("status", "=", "active")
      .where("anonymised_at", "is", null)
      .where((eb) => eb.or([eb("left_on", "is", null), eb("left_on", ">=", today)]))
      .executeTakeFirstOrThrow(),
    db.selectFrom("care_units").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
    db.selectFrom("offers").select((eb) => eb.fn.countAll<number>().as("n")).where("status", "=", "pending").executeTakeFirstOrThrow(),
  ]);
  return {
    openRequests: Number(openRequests.n),
    activePeople: Number(activePeople.n),
    careUnits: Number(careUnits.n),
    pendingOffers: Number(pendingOffers.n),
  };
}

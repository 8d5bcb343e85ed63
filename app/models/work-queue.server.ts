// What the coordinator should act on today, counted exactly as the desk's queue lists show it.
import { startOfMinute } from "~/domain/stockholm-time";
import { memoByVersion } from "~/utils/cache.server";
import type { DB } from "~/utils/db.server";
import { DESK_QUEUES, queueRequestIds, type DeskQueue } from "./desk-page.server";

export type WorkQueue = { newRequests: number; expiringOffers: number; cascadeExhausted: number; cancellations: number; cardsToApprove: number };

const FIELD: Record<DeskQueue, keyof WorkQueue> = { new: "newRequests", expiring: "expiringOffers", exhausted: "cascadeExhausted", cancelled: "cancellations" };

/** Counted once a minute and per state of the database, like the rest of the start page. */
export function loadWorkQueue(db: DB, now = new Date()): Promise<WorkQueue> {
  return memoQueue(db, "queue", startOfMinute(now).toISOString());
}

const memoQueue = memoByVersion((db: DB, minute: string) => countQueue(db, new Date(minute)), { size: 1, stamp: (minute) => minute });

async function countQueue(db: DB, now: Date): Promise<WorkQueue> {
  const queue: WorkQueue = { newRequests: 0, expiringOffers: 0, cascadeExhausted: 0, cancellations: 0, cardsToApprove: 0 };
  for (const name of DESK_QUEUES) {
    const row = await db
      .selectFrom("requests")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("requests.id", "in", queueRequestIds(db, name, now))
      .where("requests.is_historical", "=", 0)
      .executeTakeFirstOrThrow();
    queue[FIELD[name]] = Number(row.n);
  }
  const cards = await db
    .selectFrom("people")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("approved_at", "is", null)
    .where("anonymised_at", "is", null)
    // The same people /admin/people?godkannande=1 lists: an ended membership waits for nothing.
    .where("left_on", "is", null)
    .executeTakeFirstOrThrow();
  queue.cardsToApprove = Number(cards.n);
  return queue;
}

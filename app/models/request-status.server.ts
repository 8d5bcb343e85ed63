// Every change of a request's status goes with an entry in its history, in the caller's transaction.
import type { RequestStatus } from "../../db/schema";
import type { DB } from "~/utils/db.server";

export interface StatusChange {
  requestId: number;
  status: RequestStatus;
  actorUserId: number | null;
  at: string;
  /** Why it was cancelled or withdrawn, shown with the request; null clears an earlier one. */
  reason?: string | null;
  /** The history entry's note; defaults to the reason. */
  note?: string | null;
}

export async function setRequestStatus(trx: DB, { requestId, status, actorUserId, at, reason = null, note = reason }: StatusChange): Promise<void> {
  await trx.updateTable("requests").set({ status, status_reason: reason, updated_at: at }).where("id", "=", requestId).execute();
  await trx.insertInto("request_events").values({ request_id: requestId, status, actor_user_id: actorUserId, note, at }).execute();
}

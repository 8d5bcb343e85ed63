// Every change of a request's status goes with an entry in its history, in the caller's transaction.
import type { RequestNoteCode } from "~/domain/request-notes";
import type { DB } from "~/utils/db.server";
import type { RequestStatus } from "~/domain/vocabulary";

export interface StatusChange {
  requestId: number;
  status: RequestStatus;
  actorUserId: number | null;
  at: string;
  /** Why it was cancelled or withdrawn, shown with the request; null clears an earlier one. */
  reason?: string | null;
  /** The history entry's note; defaults to the reason. */
  note?: string | null;
  /** The system's own note, as a code the page translates, and the cascade's step for it. */
  noteCode?: RequestNoteCode | null;
  noteStep?: number | null;
}

export async function setRequestStatus(trx: DB, { requestId, status, actorUserId, at, reason = null, note = reason, noteCode = null, noteStep = null }: StatusChange): Promise<void> {
  await trx.updateTable("requests").set({ status, status_reason: reason, updated_at: at }).where("id", "=", requestId).execute();
  await trx.insertInto("request_events").values({ request_id: requestId, status, actor_user_id: actorUserId, note, note_code: noteCode, note_step: noteStep, at }).execute();
}

// The coordinators' view of the outbox: what was sent, what waits, what failed, and retrying a message now.
import { outboxStatus } from "~/domain/mail/delivery";
import { audit } from "~/utils/audit.server";
import type { DB } from "~/utils/db.server";

/** Newest first, `limit` at a time; `before` (an id) pages back to older ones. */
export async function listOutbox(db: DB, { limit, before }: { limit: number; before?: number }) {
  const rows = await db
    .selectFrom("outbox")
    .select(["id", "recipient_email", "subject", "body_text", "created_at", "attempts", "next_attempt_at", "sent_at", "failed_at", "last_error"])
    .$if(before !== undefined, (qb) => qb.where("id", "<", before!))
    .orderBy("id", "desc")
    .limit(limit + 1)
    .execute();
  return {
    messages: rows.slice(0, limit).map((r) => ({
      id: r.id,
      recipient: r.recipient_email,
      subject: r.subject,
      text: r.body_text,
      createdAt: r.created_at,
      attempts: r.attempts,
      status: outboxStatus(r),
      sentAt: r.sent_at,
      nextAttemptAt: r.sent_at ? null : r.next_attempt_at,
      lastError: r.last_error,
    })),
    olderFrom: rows.length > limit ? rows[limit - 1].id : null,
  };
}

/** An unsent message (failed or waiting for its back-off) is due again now, for one more attempt. */
export async function retryOutboxMessage(db: DB, { id, coordinatorId, now = new Date() }: { id: number; coordinatorId: number; now?: Date }): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable("outbox")
      .set({ failed_at: null, next_attempt_at: now.toISOString() })
      .where("id", "=", id)
      .where("sent_at", "is", null)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) return false;
    await audit(trx, { actorUserId: coordinatorId, entity: "outbox", entityId: id, action: "retry" }, now);
    return true;
  });
}

/** Every failed message is due again now, for one more attempt each (after SMTP was down for longer than the retries). */
export async function retryAllFailed(db: DB, { coordinatorId, now = new Date() }: { coordinatorId: number | null; now?: Date }): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const updated = await trx.updateTable("outbox").set({ failed_at: null, next_attempt_at: now.toISOString() }).where("failed_at", "is not", null).where("sent_at", "is", null).executeTakeFirst();
    const count = Number(updated.numUpdatedRows);
    if (count > 0) await audit(trx, { actorUserId: coordinatorId, entity: "outbox", entityId: "failed", action: "retry_all", details: { count } }, now);
    return count;
  });
}

/** How many messages have failed for good, for the "retry all" button. */
export async function countFailed(db: DB): Promise<number> {
  const row = await db.selectFrom("outbox").select((eb) => eb.fn.countAll<number>().as("n")).where("failed_at", "is not", null).where("sent_at", "is", null).executeTakeFirstOrThrow();
  return Number(row.n);
}

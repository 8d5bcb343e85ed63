// Records who changed what; every mutating action calls this inside its own transaction.
import type { DB } from "./db.server";

export interface AuditEntry {
  actorUserId: number | null;
  entity: string;
  entityId: string | number;
  action: string;
  details?: Record<string, unknown>;
}

export async function audit(db: DB, entry: AuditEntry, now = new Date()): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      actor_user_id: entry.actorUserId,
      entity: entry.entity,
      entity_id: String(entry.entityId),
      action: entry.action,
      details: entry.details ? JSON.stringify(entry.details) : null,
      at: now.toISOString(),
    })
    .execute();
}

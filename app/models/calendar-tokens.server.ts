// Revocable calendar-feed tokens for a person or a care unit; only their SHA-256 is stored, so the plain token is shown once.
import { audit } from "~/utils/audit.server";
import type { DB } from "~/utils/db.server";
import { randomToken, sha256 } from "~/utils/security.server";

export type FeedOwner = { personId: number } | { careUnitId: number };

/** The calendar_tokens column that holds the owner, and the owner's id. */
function ownerColumn(owner: FeedOwner): { column: "person_id" | "care_unit_id"; id: number } {
  return "personId" in owner ? { column: "person_id", id: owner.personId } : { column: "care_unit_id", id: owner.careUnitId };
}

function auditEntity(owner: FeedOwner) {
  return "personId" in owner ? { entity: "person", entityId: owner.personId } : { entity: "care_unit", entityId: owner.careUnitId };
}

async function revokeAll(db: DB, owner: FeedOwner, now: Date): Promise<number> {
  const { column, id } = ownerColumn(owner);
  const result = await db
    .updateTable("calendar_tokens")
    .set({ revoked_at: now.toISOString() })
    .where(column, "=", id)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Replaces the owner's feed link: every earlier token stops working in the same transaction.
 * Returns the plain token (256 bits, base64url), which is not stored anywhere.
 */
export async function createFeedToken(
  db: DB,
  { owner, actorUserId, now = new Date() }: { owner: FeedOwner; actorUserId: number | null; now?: Date },
): Promise<string> {
  const token = randomToken();
  await db.transaction().execute(async (trx) => {
    const replaced = await revokeAll(trx, owner, now);
    await trx
      .insertInto("calendar_tokens")
      .values({
        token_hash: sha256(token),
        person_id: "personId" in owner ? owner.personId : null,
        care_unit_id: "careUnitId" in owner ? owner.careUnitId : null,
        created_at: now.toISOString(),
        revoked_at: null,
      })
      .execute();
    await audit(trx, { actorUserId, ...auditEntity(owner), action: "create_calendar_feed", details: { replaced } }, now);
  });
  return token;
}

export async function hasFeedToken(db: DB, owner: FeedOwner): Promise<boolean> {
  const { column, id } = ownerColumn(owner);
  const row = await db
    .selectFrom("calendar_tokens")
    .select("id")
    .where(column, "=", id)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return row !== undefined;
}

/** Turns the owner's feed off; returns how many tokens were live. Only an actual change is audited. */
export async function revokeFeedTokens(db: DB, owner: FeedOwner, actorUserId: number | null, now = new Date()): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const revoked = await revokeAll(trx, owner, now);
    if (revoked > 0) await audit(trx, { actorUserId, ...auditEntity(owner), action: "revoke_calendar_feed", details: { revoked } }, now);
    return revoked;
  });
}

/**
 * Whose feed a plain token opens, or undefined. A person's feed also stops when the person is
 * anonymised or their login is disabled, so switching someone off needs no extra step for the feed.
 */
export async function findFeedOwner(db: DB, token: string): Promise<FeedOwner | undefined> {
  const row = await db
    .selectFrom("calendar_tokens")
    .leftJoin("people", "people.id", "calendar_tokens.person_id")
    .leftJoin("users", "users.person_id", "calendar_tokens.person_id")
    .select([
      "calendar_tokens.person_id",
      "calendar_tokens.care_unit_id",
      "people.anonymised_at",
      "users.disabled_at",
    ])
    .where("calendar_tokens.token_hash", "=", sha256(token))
    .where("calendar_tokens.revoked_at", "is", null)
    .executeTakeFirst();
  if (!row) return undefined;
  if (row.person_id !== null) return row.anonymised_at === null && row.disabled_at === null ? { personId: row.person_id } : undefined;
  return row.care_unit_id !== null ? { careUnitId: row.care_unit_id } : undefined;
}

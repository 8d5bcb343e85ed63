// The region's settings (the settings table): whether new requests offer the next candidate automatically, and the plan's
// quality floor.
import { z } from "zod";
import { DEFAULT_SCORE_FLOOR, SCORE_FLOOR_RANGE } from "~/domain/matching/match-quality";
import { audit } from "~/utils/audit.server";
import type { DB } from "~/utils/db.server";

const AUTO_NEXT_DEFAULT = "auto_next_default";
const SCORE_FLOOR = "plan_score_floor";

/** On unless a coordinator turned it off: the migration writes '1', and a missing row means the same. */
export async function getAutoNextDefault(db: DB): Promise<boolean> {
  const row = await db.selectFrom("settings").select("value").where("key", "=", AUTO_NEXT_DEFAULT).executeTakeFirst();
  return row?.value !== "0";
}

export async function setAutoNextDefault(db: DB, { on, actorUserId, now = new Date() }: { on: boolean; actorUserId: number; now?: Date }): Promise<void> {
  await saveSetting(db, AUTO_NEXT_DEFAULT, on ? "1" : "0", actorUserId, now);
}

/** A whole number of points within SCORE_FLOOR_RANGE: what the settings form accepts and what a stored value must be. */
export const scoreFloorSchema = () => z.number().int().min(SCORE_FLOOR_RANGE.min).max(SCORE_FLOOR_RANGE.max);

/** The plan proposes matches under this score unticked; the default until a coordinator sets it (or if the row is unreadable). */
export async function getScoreFloor(db: DB): Promise<number> {
  const row = await db.selectFrom("settings").select("value").where("key", "=", SCORE_FLOOR).executeTakeFirst();
  const parsed = scoreFloorSchema().safeParse(row && /^\d{1,3}$/.test(row.value) ? Number(row.value) : undefined);
  return parsed.success ? parsed.data : DEFAULT_SCORE_FLOOR;
}

export async function setScoreFloor(db: DB, { points, actorUserId, now = new Date() }: { points: number; actorUserId: number; now?: Date }): Promise<void> {
  await saveSetting(db, SCORE_FLOOR, String(scoreFloorSchema().parse(points)), actorUserId, now);
}

/** One setting's new value and its audit row, together. */
async function saveSetting(db: DB, key: string, value: string, actorUserId: number, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("settings")
      .values({ key, value })
      .onConflict((oc) => oc.column("key").doUpdateSet({ value }))
      .execute();
    await audit(trx, { actorUserId, entity: "setting", entityId: key, action: "update", details: { value } }, now);
  });
}

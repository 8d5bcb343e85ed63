// The region's settings (the settings table): today only whether new requests offer the next candidate automatically.
import { audit } from "~/utils/audit.server";
import type { DB } from "~/utils/db.server";

const AUTO_NEXT_DEFAULT = "auto_next_default";

/** On unless a coordinator turned it off: the migration writes '1', and a missing row means the same. */
export async function getAutoNextDefault(db: DB): Promise<boolean> {
  const row = await db.selectFrom("settings").select("value").where("key", "=", AUTO_NEXT_DEFAULT).executeTakeFirst();
  return row?.value !== "0";
}

export async function setAutoNextDefault(db: DB, { on, actorUserId, now = new Date() }: { on: boolean; actorUserId: number; now?: Date }): Promise<void> {
  const value = on ? "1" : "0";
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("settings")
      .values({ key: AUTO_NEXT_DEFAULT, value })
      .onConflict((oc) => oc.column("key").doUpdateSet({ value }))
      .execute();
    await audit(trx, { actorUserId, entity: "setting", entityId: AUTO_NEXT_DEFAULT, action: "update", details: { value } }, now);
  });
}

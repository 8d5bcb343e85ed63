// Hand-offs (issue J): automatic next offers per request, why an offer closed, who cancelled an assignment,
// catalogue cards published on a coordinator's approval, and the region's settings. Never edited.
import { type Kysely, sql } from "kysely";

const CLOSE_REASONS = ["declined", "expired", "withdrawn", "taken", "erased", "paused", "request_closed"];
const CANCELLED_BY = ["volunteer", "unit", "coordinator"];
const list = (values: string[]) => sql.join(values.map((v) => sql.lit(v)));

export async function up(db: Kysely<any>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.schema.alterTable("requests").addColumn("auto_next", "integer", (c) => c.notNull().defaultTo(1).check(sql`auto_next in (0, 1)`)).execute();
    await trx.schema.alterTable("requests").addColumn("cascade_steps", "integer", (c) => c.notNull().defaultTo(0).check(sql`cascade_steps >= 0`)).execute();
    await trx.schema.alterTable("requests").addColumn("cascade_exhausted_at", "text").execute();
    await trx.schema.alterTable("offers").addColumn("close_reason", "text", (c) => c.check(sql`close_reason in (${list(CLOSE_REASONS)})`)).execute();
    await trx.schema.alterTable("offers").addColumn("cascade_step", "integer").execute();
    await trx.schema.alterTable("assignments").addColumn("cancelled_by", "text", (c) => c.check(sql`cancelled_by in (${list(CANCELLED_BY)})`)).execute();
    await trx.schema.alterTable("people").addColumn("approved_at", "text").execute();
    // Everyone already in the catalogue stays there; only people added from now on wait for a coordinator's approval.
    await trx.updateTable("people").set({ approved_at: sql`created_at` }).execute();
    await trx.schema
      .createTable("settings")
      .addColumn("key", "text", (c) => c.primaryKey())
      .addColumn("value", "text", (c) => c.notNull())
      .execute();
    await trx.insertInto("settings").values({ key: "auto_next_default", value: "1" }).execute();
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.schema.dropTable("settings").execute();
    await trx.schema.alterTable("people").dropColumn("approved_at").execute();
    await trx.schema.alterTable("assignments").dropColumn("cancelled_by").execute();
    await trx.schema.alterTable("offers").dropColumn("cascade_step").execute();
    await trx.schema.alterTable("offers").dropColumn("close_reason").execute();
    await trx.schema.alterTable("requests").dropColumn("cascade_exhausted_at").execute();
    await trx.schema.alterTable("requests").dropColumn("cascade_steps").execute();
    await trx.schema.alterTable("requests").dropColumn("auto_next").execute();
  });
}

// Accounts for going live (issue H): password reset tokens, idle sessions, last sign-in. Never edited.
import type { Kysely } from "kysely";
import { generatedId } from "../dialect";

export async function up(db: Kysely<any>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.schema
      .createTable("password_resets")
      .addColumn("id", "integer", generatedId(trx))
      .addColumn("token_hash", "text", (c) => c.notNull().unique())
      .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("expires_at", "text", (c) => c.notNull())
      .addColumn("used_at", "text")
      .execute();
    await trx.schema.createIndex("password_resets_user").on("password_resets").columns(["user_id"]).execute();
    await trx.schema.createIndex("password_resets_expiry").on("password_resets").columns(["expires_at"]).execute();
    // Renewed on use, throttled to once a minute; the idle timeout compares against it.
    await trx.schema.alterTable("sessions").addColumn("last_seen_at", "text").execute();
    await trx.schema.alterTable("users").addColumn("last_login_at", "text").execute();
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.schema.alterTable("users").dropColumn("last_login_at").execute();
    await trx.schema.alterTable("sessions").dropColumn("last_seen_at").execute();
    await trx.schema.dropTable("password_resets").execute();
  });
}

// Self-help groups (issue M): the themes the region lists and the interest residents register for a theme and a place
// (a municipality, or digitally), with only an alias and a way to reach them. Never edited.
import { type Kysely, sql } from "kysely";
import { generatedId } from "../dialect";

export async function up(db: Kysely<any>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.schema
      .createTable("self_help_themes")
      .addColumn("id", "integer", generatedId(trx))
      .addColumn("name", "text", (c) => c.notNull().unique())
      .addColumn("name_en", "text")
      .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
      .addColumn("active", "integer", (c) => c.notNull().defaultTo(1).check(sql`active in (0, 1)`))
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await trx.schema
      .createTable("self_help_interest")
      .addColumn("id", "integer", generatedId(trx))
      .addColumn("theme_id", "integer", (c) => c.notNull().references("self_help_themes.id").onDelete("cascade"))
      .addColumn("municipality_id", "integer", (c) => c.references("municipalities.id").onDelete("cascade"))
      .addColumn("digital", "integer", (c) => c.notNull().defaultTo(0).check(sql`digital in (0, 1)`))
      .addColumn("alias", "text", (c) => c.notNull().check(sql`length(alias) between 1 and 40`))
      .addColumn("email", "text")
      .addColumn("phone", "text")
      .addColumn("consent_at", "text", (c) => c.notNull())
      // Only the SHA-256 of the withdrawal link's token, as for invites and calendar feeds.
      .addColumn("withdraw_token_hash", "text", (c) => c.notNull().unique())
      .addColumn("last_contact_at", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      // A place is a municipality or "digitalt", never both and never neither.
      .addCheckConstraint("self_help_interest_place", sql`(digital = 1 and municipality_id is null) or (digital = 0 and municipality_id is not null)`)
      .addCheckConstraint("self_help_interest_reachable", sql`email is not null or phone is not null`)
      .execute();
    await trx.schema.createIndex("self_help_interest_queue").on("self_help_interest").columns(["theme_id", "digital", "municipality_id", "created_at"]).execute();
    await trx.schema.createIndex("self_help_interest_contact").on("self_help_interest").columns(["last_contact_at"]).execute();
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.schema.dropTable("self_help_interest").execute();
    await trx.schema.dropTable("self_help_themes").execute();
  });
}

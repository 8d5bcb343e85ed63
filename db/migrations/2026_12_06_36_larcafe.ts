// Lärcafé (issue M): a care unit's series of sessions on one theme (an experience area), held at a place or digitally,
// each session with the book request the existing request flow made for it. Never edited.
import { type Kysely, sql } from "kysely";
import { generatedId } from "../dialect";

export async function up(db: Kysely<any>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.schema
      .createTable("larcafe_series")
      .addColumn("id", "integer", generatedId(trx))
      .addColumn("title", "text", (c) => c.notNull())
      .addColumn("experience_area_id", "integer", (c) => c.notNull().references("experience_areas.id"))
      .addColumn("care_unit_id", "integer", (c) => c.notNull().references("care_units.id"))
      .addColumn("digital", "integer", (c) => c.notNull().defaultTo(0).check(sql`digital in (0, 1)`))
      .addColumn("municipality_id", "integer", (c) => c.references("municipalities.id"))
      .addColumn("address", "text")
      .addColumn("audience", "text", (c) => c.notNull())
      .addColumn("audience_size", "integer", (c) => c.notNull())
      .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
      .addColumn("contact_name", "text", (c) => c.notNull())
      .addColumn("contact_phone", "text", (c) => c.notNull())
      // The form's one-time key, prefixed with the unit: a double submit makes one series, not two sets of requests.
      .addColumn("submission_key", "text", (c) => c.unique())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("created_by_user_id", "integer", (c) => c.references("users.id").onDelete("set null"))
      .addColumn("ended_at", "text")
      // The requests table's rule for a place: a municipality and an address, or digitally with neither.
      .addCheckConstraint("larcafe_series_place", sql`(digital = 1 and municipality_id is null and address is null) or (digital = 0 and municipality_id is not null and address is not null)`)
      .execute();
    await trx.schema
      .createTable("larcafe_sessions")
      .addColumn("id", "integer", generatedId(trx))
      .addColumn("series_id", "integer", (c) => c.notNull().references("larcafe_series.id").onDelete("cascade"))
      .addColumn("starts_at", "text", (c) => c.notNull())
      .addColumn("ends_at", "text", (c) => c.notNull())
      .addColumn("request_id", "integer", (c) => c.unique().references("requests.id").onDelete("set null"))
      .addColumn("cancelled_at", "text")
      .addCheckConstraint("larcafe_sessions_order", sql`ends_at > starts_at`)
      .execute();
    await trx.schema.createIndex("larcafe_series_unit").on("larcafe_series").columns(["care_unit_id", "created_at"]).execute();
    await trx.schema.createIndex("larcafe_sessions_series").on("larcafe_sessions").columns(["series_id", "starts_at"]).execute();
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.schema.dropTable("larcafe_sessions").execute();
    await trx.schema.dropTable("larcafe_series").execute();
  });
}

// Meeting places (issue M): places like Hjärtats hus with opening hours, their activities (one-off or weekly), the
// volunteers' shifts for one occurrence, and the visitors counted per occurrence. Never edited.
import { type Kysely, sql } from "kysely";
import { generatedId, isLocalDateText } from "../dialect";


export async function up(db: Kysely<any>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.schema
      .createTable("meeting_places")
      .addColumn("id", "integer", generatedId(trx))
      .addColumn("name", "text", (c) => c.notNull().check(sql`length(name) between 1 and 120`))
      .addColumn("municipality_id", "integer", (c) => c.notNull().references("municipalities.id"))
      .addColumn("address", "text", (c) => c.notNull().defaultTo(""))
      .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
      .addColumn("active", "integer", (c) => c.notNull().defaultTo(1).check(sql`active in (0, 1)`))
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    // One opening interval per weekday (1 = Monday); a weekday without a row is closed.
    await trx.schema
      .createTable("meeting_place_hours")
      .addColumn("place_id", "integer", (c) => c.notNull().references("meeting_places.id").onDelete("cascade"))
      .addColumn("weekday", "integer", (c) => c.notNull().check(sql`weekday between 1 and 7`))
      .addColumn("open_minute", "integer", (c) => c.notNull().check(sql`open_minute between 0 and 1439`))
      .addColumn("close_minute", "integer", (c) => c.notNull().check(sql`close_minute between 1 and 1440`))
      .addPrimaryKeyConstraint("meeting_place_hours_pk", ["place_id", "weekday"])
      .addCheckConstraint("meeting_place_hours_order", sql`open_minute < close_minute`)
      .execute();
    await trx.schema
      .createTable("meeting_place_activities")
      .addColumn("id", "integer", generatedId(trx))
      .addColumn("place_id", "integer", (c) => c.notNull().references("meeting_places.id").onDelete("cascade"))
      .addColumn("title", "text", (c) => c.notNull().check(sql`length(title) between 1 and 120`))
      .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
      .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('once', 'weekly')`))
      // A one-off activity: its start instant (ISO, UTC).
      .addColumn("starts_at", "text")
      // A weekly activity: the weekday and local start minute, from a local date and, once ended, until one.
      .addColumn("weekday", "integer", (c) => c.check(sql`weekday between 1 and 7`))
      .addColumn("start_minute", "integer", (c) => c.check(sql`start_minute between 0 and 1439`))
      .addColumn("from_date", "text", (c) => c.check(isLocalDateText(trx, "from_date")))
      .addColumn("until_date", "text", (c) => c.check(isLocalDateText(trx, "until_date")))
      .addColumn("duration_minutes", "integer", (c) => c.notNull().check(sql`duration_minutes between 15 and 720`))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addCheckConstraint(
        "meeting_place_activities_shape",
        sql`(kind = 'once' and starts_at is not null and weekday is null and start_minute is null and from_date is null and until_date is null)
          or (kind = 'weekly' and starts_at is null and weekday is not null and start_minute is not null and from_date is not null and (until_date is null or until_date >= from_date))`,
      )
      .execute();
    await trx.schema.createIndex("meeting_place_activities_place").on("meeting_place_activities").columns(["place_id"]).execute();
    // A volunteer on duty at one occurrence of an activity: the activity and the occurrence's local date.
    await trx.schema
      .createTable("activity_shifts")
      .addColumn("id", "integer", generatedId(trx))
      .addColumn("activity_id", "integer", (c) => c.notNull().references("meeting_place_activities.id").onDelete("cascade"))
      .addColumn("occurs_on", "text", (c) => c.notNull().check(isLocalDateText(trx, "occurs_on")))
      .addColumn("person_id", "integer", (c) => c.notNull().references("people.id").onDelete("cascade"))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addUniqueConstraint("activity_shifts_once", ["activity_id", "occurs_on", "person_id"])
      .execute();
    await trx.schema.createIndex("activity_shifts_person").on("activity_shifts").columns(["person_id", "occurs_on"]).execute();
    // How many came to one occurrence: one row, corrected by whoever is on duty.
    await trx.schema
      .createTable("activity_visitor_counts")
      .addColumn("activity_id", "integer", (c) => c.notNull().references("meeting_place_activities.id").onDelete("cascade"))
      .addColumn("occurs_on", "text", (c) => c.notNull().check(isLocalDateText(trx, "occurs_on")))
      .addColumn("visitors", "integer", (c) => c.notNull().check(sql`visitors between 0 and 500`))
      .addColumn("entered_by_person_id", "integer", (c) => c.references("people.id").onDelete("set null"))
      .addColumn("entered_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("activity_visitor_counts_pk", ["activity_id", "occurs_on"])
      .execute();
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.schema.dropTable("activity_visitor_counts").execute();
    await trx.schema.dropTable("activity_shifts").execute();
    await trx.schema.dropTable("meeting_place_activities").execute();
    await trx.schema.dropTable("meeting_place_hours").execute();
    await trx.schema.dropTable("meeting_places").execute();
  });
}

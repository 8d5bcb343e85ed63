// The whole domain of DESIGN.md: frozen in time, never edited after it lands.
import { type Kysely, sql } from "kysely";
import { generatedId } from "../dialect";

const ROLES = ["book", "peer", "storyteller"];
const FORMATS = ["lecture", "conversation", "workshop", "education", "improvement_work", "patient_meeting"];
const AUDIENCES = ["staff", "patients", "relatives", "students"];
const UNIT_KINDS = ["primary_care", "specialist_care", "municipality", "school", "other"];
const REQUEST_STATUSES = ["open", "offered", "confirmed", "completed", "cancelled", "withdrawn"];
const OFFER_STATUSES = ["pending", "accepted", "declined", "expired", "withdrawn"];
const ASSIGNMENT_STATUSES = ["booked", "completed", "cancelled", "no_show"];

function oneOf(column: string, values: string[]) {
  return sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
}

function bool(column: string) {
  return sql`${sql.ref(column)} in (0, 1)`;
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.schema
      .createTable("care_areas")
      .addColumn("id", "integer", generatedId(trx))
      .addColumn("name", "text", (c) => c.notNull().unique())
      .execute();

    await trx.schema
      .createTable("municipalities")
      .addColumn("id", "integer", generatedId(trx))
      .addColumn("name", "text", (c) => c.notNull().unique())
      .addColumn("care_area_id", "integer", (c) => c.notNull().references("care_areas.id"))
      .execute();

    await trx.schema
      .createTable("care_units")
      .addColumn("id", "integer", generatedId(trx))
      .addColumn("name", "text", (c) => c.notNull().unique())
      .addColumn("municipality_id", "integer", (c) => c.notNull().references("municipalities.id"))
      .addColumn("kind", "text", (c) => c.notNull().check(oneOf("kind", UNIT_KINDS)))
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();

    await trx.schema
      .createTable("people")
      .addColumn("id", "integer", generatedId(trx))
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("alias", "text")
      .addColumn("email", "text", (c) => c.unique())
      .addColumn("phone", "text")
      .addColumn("joined_on", "text", (c) => c.notNull())
      .addColumn("left_on", "text")
      .addColumn("status", "text", (c) => c.notNull().defaultTo("active").check(oneOf("status", ["active", "paused"])))
      .addColumn("paused_until", "text")
      .addColumn("serves_digital", "integer", (c) => c.notNull().defaultTo(0).check(bool("serves_digital")))
      .addColumn("max_per_month", "integer", (c) => c.notNull().defaultTo(2).check(sql`max_per_month between 0 and 31`))
      .addColumn("anonymised_at", "text")
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();

    await trx.schema
      .createTable("person_roles")
      .addColumn("person_id", "integer", (c) => c.notNull().references("people.id").onDelete("cascade"))
      .addColumn("role", "text", (c) => c.notNull().check(oneOf("role", ROLES)))
      .addColumn("title", "text", (c) => c.notNull())
      .addColumn("presentation", "text", (c) => c.notNull().defaultTo(""))
      .addPrimaryKeyConstraint("person_roles_pk", ["person_id", "role"])
      .execute();

    await trx.schema
      .createTable("experience_areas")
      .addColumn("id", "integer", generatedId(trx))
      .addColumn("name", "text", (c) => c.notNull().unique())
      .addColumn("active", "integer", (c) => c.notNull().defaultTo(1).check(bool("active")))
      .execute();

    await trx.schema
      .createTable("person_experience_areas")
      .addColumn("person_id", "integer", (c) => c.notNull().references("people.id").onDelete("cascade"))
      .addColumn("experience_area_id", "integer", (c) => c.notNull().references("experience_areas.id"))
      .addPrimaryKeyConstraint("person_experience_areas_pk", ["person_id", "experience_area_id"])
      .execute();

    await trx.schema
      .createTable("person_formats")
      .addColumn("person_id", "integer", (c) => c.notNull().references("people.id").onDelete("cascade"))
      .addColumn("format", "text", (c) => c.notNull().check(oneOf("format", FORMATS)))
      .addPrimaryKeyConstraint("person_formats_pk", ["person_id", "format"])
      .execute();

    await trx.schema
      .createTable("person_languages")
      .addColumn("person_id", "integer", (c) => c.notNull().references("people.id").onDelete("cascade"))
      .addColumn("language", "text", (c) => c.notNull().check(sql`length(language) between 2 and 3`))
      .addPrimaryKeyConstraint("person_languages_pk", ["person_id", "language"])
      .execute();

    // A person serves either whole care areas or single municipalities.
    await trx.schema
      .createTable("person_service_areas")
      .addColumn("id", "integer", generatedId(trx))
      .addColumn("person_id", "integer", (c) => c.notNull().references("people.id").onDelete("cascade"))
      .addColumn("care_area_id", "integer", (c) => c.references("care_areas.id"))
      .addColumn("municipality_id", "integer", (c) => c.references("municipalities.id"))
      .addCheckConstraint("person_service_areas_one", sql`(care_area_id is null) <> (municipality_id is null)`)
      .execute();

    await trx.schema
      .createTable("training_records")
      .addColumn("id", "integer", generatedId(trx))
      .addColumn("person_id", "integer", (c) => c.notNull().references("people.id").onDelete("cascade"))
      .addColumn("kind", "text", (c) => c.notNull().check(oneOf("kind", ["basic", "storytelling"])))
      .addColumn("completed_on", "text", (c) => c.notNull())
      .addColumn("note", "text")
      .execute();

    // Weekly windows in Europe/Stockholm local time, minutes after midnight; 1440 = 24:00.
    await trx.schema
      .createTable("availability_windows")
      .addColumn("id", "integer", generatedId(trx))
      .addColumn("person_id", "integer", (c) => c.notNull().references("people.id").onDelete("cascade"))
      .addColumn("weekday", "integer", (c) => c.notNull().check(sql`weekday between 1 and 7`))
      .addColumn("start_minute", "integer", (c) => c.notNull())
      .addColumn("end_minute", "integer", (c) => c.notNull())
      .addCheckConstraint("availability_windows_range", sql`start_minute >= 0 and start_minute < end_minute and end_minute <= 1440`)
      .execute();

    // A blocked day or period (whole days, or part of a day when minutes are set), or an extra window.
    await trx.schema
      .createTable("availability_exceptions")
      .addColumn("id", "integer", generatedId(trx))
      .addColumn("person_id", "integer", (c) => c.notNull().references("people.id").onDelete("cascade"))
      .addColumn("kind", "text", (c) => c.notNull().check(oneOf("kind", ["blocked", "extra"])))
      .addColumn("from_date", "text", (c) => c.notNull())
      .addColumn("to_date", "text", (c) => c.notNull())
      .addColumn("start_minute", "integer")
      .addColumn("end_minute", "integer")
      .addColumn("note", "text")
      .addCheckConstraint("availability_exceptions_dates", sql`from_date <= to_date`)
      .addCheckConstraint(
        "availability_exceptions_minutes",
        sql`(start_minute is null and end_minute is null and kind = 'blocked') or (start_minute >= 0 and start_minute < end_minute and end_minute <= 1440)`,
      )
      .execute();

    await trx.schema
      .createTable("users")
      .addColumn("id", "integer", generatedId(trx))
      .addColumn("email", "text", (c) => c.notNull().unique())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("role", "text", (c) => c.notNull().check(oneOf("role", ["coordinator", "requester", "volunteer"])))
      .addColumn("password_hash", "text")
      .addColumn("care_unit_id", "integer", (c) => c.references("care_units.id"))
      .addColumn("person_id", "integer", (c) => c.references("people.id").unique())
      .addColumn("locale", "text", (c) => c.notNull().defaultTo("sv").check(oneOf("locale", ["sv", "en"])))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("disabled_at", "text")
      .addCheckConstraint("users_requester_unit", sql`role <> 'requester' or care_unit_id is not null`)
      .addCheckConstraint("users_volunteer_person", sql`role <> 'volunteer' or person_id is not null`)
      .execute();

    // Only a hash of the session id is stored, so a database leak does not leak live sessions.
    await trx.schema
      .createTable("sessions")
      .addColumn("id_hash", "text", (c) => c.primaryKey())
      .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("expires_at", "text", (c) => c.notNull())
      .execute();

    await trx.schema
      .createTable("login_failures")
      .addColumn("id", "integer", generatedId(trx))
      .addColumn("key", "text", (c) => c.notNull())
      .addColumn("failed_at", "text", (c) => c.notNull())
      .execute();

    await trx.schema
      .createTable("invites")
      .addColumn("id", "integer", generatedId(trx))
      .addColumn("token_hash", "text", (c) => c.notNull().unique())
      .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
      .addColumn("created_by", "integer", (c) => c.references("users.id"))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("expires_at", "text", (c) => c.notNull())
      .addColumn("used_at", "text")
      .execute();

    await trx.schema
      .createTable("requests")
      .addColumn("id", "integer", generatedId(trx))
      .addColumn("care_unit_id", "integer", (c) => c.notNull().references("care_units.id"))
      .addColumn("created_by", "integer", (c) => c.references("users.id"))
      .addColumn("wanted_role", "text", (c) => c.notNull().check(oneOf("wanted_role", ROLES)))
      .addColumn("format", "text", (c) => c.notNull().check(oneOf("format", FORMATS)))
      .addColumn("title", "text", (c) => c.notNull())
      .addColumn("purpose", "text", (c) => c.notNull().defaultTo(""))
      .addColumn("audience", "text", (c) => c.notNull().check(oneOf("audience", AUDIENCES)))
      .addColumn("audience_size", "integer", (c) => c.notNull().check(sql`audience_size > 0`))
      .addColumn("is_digital", "integer", (c) => c.notNull().defaultTo(0).check(bool("is_digital")))
      .addColumn("municipality_id", "integer", (c) => c.references("municipalities.id"))
      .addColumn("address", "text")
      .addColumn("duration_minutes", "integer", (c) => c.notNull().check(sql`duration_minutes between 15 and 480`))
      .addColumn("contact_name", "text", (c) => c.notNull())
      .addColumn("contact_phone", "text", (c) => c.notNull())
      .addColumn("wished_person_id", "integer", (c) => c.references("people.id").onDelete("set null"))
      .addColumn("status", "text", (c) => c.notNull().defaultTo("open").check(oneOf("status", REQUEST_STATUSES)))
      .addColumn("status_reason", "text")
      .addColumn("submission_key", "text", (c) => c.unique())
      .addColumn("is_historical", "integer", (c) => c.notNull().defaultTo(0).check(bool("is_historical")))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .addCheckConstraint("requests_place", sql`is_digital = 1 or municipality_id is not null or is_historical = 1`)
      .execute();

    await trx.schema
      .createTable("request_experience_areas")
      .addColumn("request_id", "integer", (c) => c.notNull().references("requests.id").onDelete("cascade"))
      .addColumn("experience_area_id", "integer", (c) => c.notNull().references("experience_areas.id"))
      .addPrimaryKeyConstraint("request_experience_areas_pk", ["request_id", "experience_area_id"])
      .execute();

    // Instants are ISO-8601 UTC strings ("2026-03-29T08:00:00.000Z"): they sort as text in every dialect.
    await trx.schema
      .createTable("request_slots")
      .addColumn("id", "integer", generatedId(trx))
      .addColumn("request_id", "integer", (c) => c.notNull().references("requests.id").onDelete("cascade"))
      .addColumn("starts_at", "text", (c) => c.notNull())
      .addColumn("ends_at", "text", (c) => c.notNull())
      .addCheckConstraint("request_slots_order", sql`starts_at < ends_at`)
      .execute();

    await trx.schema
      .createTable("request_events")
      .addColumn("id", "integer", generatedId(trx))
      .addColumn("request_id", "integer", (c) => c.notNull().references("requests.id").onDelete("cascade"))
      .addColumn("status", "text", (c) => c.notNull().check(oneOf("status", REQUEST_STATUSES)))
      .addColumn("actor_user_id", "integer", (c) => c.references("users.id").onDelete("set null"))
      .addColumn("note", "text")
      .addColumn("at", "text", (c) => c.notNull())
      .execute();

    await trx.schema
      .createTable("offers")
      .addColumn("id", "integer", generatedId(trx))
      .addColumn("request_id", "integer", (c) => c.notNull().references("requests.id").onDelete("cascade"))
      .addColumn("slot_id", "integer", (c) => c.references("request_slots.id").onDelete("set null"))
      .addColumn("person_id", "integer", (c) => c.notNull().references("people.id"))
      .addColumn("status", "text", (c) => c.notNull().defaultTo("pending").check(oneOf("status", OFFER_STATUSES)))
      .addColumn("offered_at", "text", (c) => c.notNull())
      .addColumn("reply_by", "text")
      .addColumn("responded_at", "text")
      .addColumn("decline_reason", "text")
      .addColumn("offered_by", "integer", (c) => c.references("users.id").onDelete("set null"))
      .execute();

    await trx.schema
      .createTable("assignments")
      .addColumn("id", "integer", generatedId(trx))
      .addColumn("offer_id", "integer", (c) => c.notNull().unique().references("offers.id"))
      .addColumn("request_id", "integer", (c) => c.notNull().references("requests.id"))
      .addColumn("person_id", "integer", (c) => c.notNull().references("people.id"))
      .addColumn("starts_at", "text", (c) => c.notNull())
      .addColumn("ends_at", "text", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull().defaultTo("booked").check(oneOf("status", ASSIGNMENT_STATUSES)))
      .addColumn("status_reason", "text")
      .addColumn("hours", "real", (c) => c.check(sql`hours is null or hours between 0 and 24`))
      .addColumn("compensation_sek", "integer", (c) => c.check(sql`compensation_sek is null or compensation_sek >= 0`))
      .addColumn("travel_km", "real", (c) => c.check(sql`travel_km is null or travel_km >= 0`))
      .addColumn("sequence", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .addCheckConstraint("assignments_order", sql`starts_at < ends_at`)
      .execute();

    await trx.schema
      .createTable("feedback")
      .addColumn("id", "integer", generatedId(trx))
      .addColumn("assignment_id", "integer", (c) => c.notNull().references("assignments.id").onDelete("cascade"))
      .addColumn("author", "text", (c) => c.notNull().check(oneOf("author", ["care_unit", "volunteer"])))
      .addColumn("author_user_id", "integer", (c) => c.references("users.id").onDelete("set null"))
      .addColumn("rating", "integer", (c) => c.notNull().check(sql`rating between 1 and 5`))
      .addColumn("comment", "text")
      .addColumn("would_book_again", "integer", (c) => c.check(sql`would_book_again is null or would_book_again in (0, 1)`))
      .addColumn("hours", "real", (c) => c.check(sql`hours is null or hours between 0 and 24`))
      .addColumn("travel_km", "real", (c) => c.check(sql`travel_km is null or travel_km >= 0`))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addUniqueConstraint("feedback_one_per_author", ["assignment_id", "author"])
      .execute();

    await trx.schema
      .createTable("calendar_tokens")
      .addColumn("id", "integer", generatedId(trx))
      .addColumn("token_hash", "text", (c) => c.notNull().unique())
      .addColumn("person_id", "integer", (c) => c.references("people.id").onDelete("cascade"))
      .addColumn("care_unit_id", "integer", (c) => c.references("care_units.id").onDelete("cascade"))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("revoked_at", "text")
      .addCheckConstraint("calendar_tokens_owner", sql`(person_id is null) <> (care_unit_id is null)`)
      .execute();

    await trx.schema
      .createTable("audit_log")
      .addColumn("id", "integer", generatedId(trx))
      .addColumn("actor_user_id", "integer", (c) => c.references("users.id").onDelete("set null"))
      .addColumn("entity", "text", (c) => c.notNull())
      .addColumn("entity_id", "text", (c) => c.notNull())
      .addColumn("action", "text", (c) => c.notNull())
      .addColumn("details", "text")
      .addColumn("at", "text", (c) => c.notNull())
      .execute();

    const indexes: [string, string, string[]][] = [
      ["municipalities_care_area", "municipalities", ["care_area_id"]],
      ["care_units_municipality", "care_units", ["municipality_id"]],
      ["person_roles_role", "person_roles", ["role", "person_id"]],
      ["person_experience_areas_area", "person_experience_areas", ["experience_area_id"]],
      ["person_service_areas_person", "person_service_areas", ["person_id"]],
      ["training_records_person", "training_records", ["person_id"]],
      ["availability_windows_person", "availability_windows", ["person_id", "weekday"]],
      ["availability_exceptions_person", "availability_exceptions", ["person_id", "from_date"]],
      ["users_care_unit", "users", ["care_unit_id"]],
      ["sessions_user", "sessions", ["user_id"]],
      ["login_failures_key", "login_failures", ["key", "failed_at"]],
      ["invites_user", "invites", ["user_id"]],
      ["requests_status", "requests", ["status", "created_at"]],
      ["requests_unit", "requests", ["care_unit_id", "created_at"]],
      ["request_experience_areas_area", "request_experience_areas", ["experience_area_id"]],
      ["request_slots_request", "request_slots", ["request_id", "starts_at"]],
      ["request_events_request", "request_events", ["request_id", "at"]],
      ["offers_request", "offers", ["request_id", "status"]],
      ["offers_person_time", "offers", ["person_id", "offered_at"]],
      ["offers_time", "offers", ["offered_at"]],
      ["assignments_person_time", "assignments", ["person_id", "starts_at"]],
      ["assignments_request", "assignments", ["request_id"]],
      ["assignments_time", "assignments", ["starts_at", "status"]],
      ["feedback_assignment", "feedback", ["assignment_id"]],
      ["calendar_tokens_person", "calendar_tokens", ["person_id"]],
      ["calendar_tokens_unit", "calendar_tokens", ["care_unit_id"]],
      ["audit_log_entity", "audit_log", ["entity", "entity_id", "at"]],
    ];
    for (const [name, table, columns] of indexes) {
      await trx.schema.createIndex(name).on(table).columns(columns).execute();
    }
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  const tables = [
    "audit_log", "calendar_tokens", "feedback", "assignments", "offers", "request_events", "request_slots",
    "request_experience_areas", "requests", "invites", "login_failures", "sessions", "users",
    "availability_exceptions", "availability_windows", "training_records", "person_service_areas",
    "person_languages", "person_formats", "person_experience_areas", "experience_areas", "person_roles",
    "people", "care_units", "municipalities", "care_areas",
  ];
  await db.transaction().execute(async (trx) => {
    for (const table of tables) await trx.schema.dropTable(table).execute();
  });
}

// Self-help groups (issue M): the `starter` role (igångsättare), and the groups a starter opens — their weekly meetings,
// the members invited from the interest queue, and who came to which meeting. Never edited.
import { type Kysely, sql } from "kysely";
import { generatedId } from "../dialect";
import { rebuildPersonRoles } from "./person-roles";

const ROLES_BEFORE = ["book", "peer", "storyteller", "supporter"];
const ROLES_AFTER = [...ROLES_BEFORE, "starter"];

const oneOf = (column: string, values: string[]) => sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;

const flag = (column: string) => sql`${sql.ref(column)} in (0, 1)`;

export async function up(db: Kysely<any>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await rebuildPersonRoles(trx, ROLES_AFTER);
    await trx.schema
      .createTable("self_help_groups")
      .addColumn("id", "integer", generatedId(trx))
      .addColumn("theme_id", "integer", (c) => c.notNull().references("self_help_themes.id"))
      .addColumn("digital", "integer", (c) => c.notNull().check(flag("digital")))
      .addColumn("municipality_id", "integer", (c) => c.references("municipalities.id"))
      .addColumn("meeting_place", "text", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull().check(oneOf("status", ["starting", "self_running", "ended"])))
      .addColumn("starter_person_id", "integer", (c) => c.references("people.id").onDelete("set null"))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("created_by_user_id", "integer", (c) => c.references("users.id").onDelete("set null"))
      .addColumn("ended_at", "text")
      .addCheckConstraint("self_help_groups_place", sql`(digital = 1 and municipality_id is null) or (digital = 0 and municipality_id is not null)`)
      .execute();
    await trx.schema.createIndex("self_help_groups_theme").on("self_help_groups").columns(["theme_id", "status"]).execute();
    await trx.schema.createIndex("self_help_groups_starter").on("self_help_groups").columns(["starter_person_id"]).execute();
    await trx.schema
      .createTable("self_help_group_meetings")
      .addColumn("id", "integer", generatedId(trx))
      .addColumn("group_id", "integer", (c) => c.notNull().references("self_help_groups.id").onDelete("cascade"))
      .addColumn("number", "integer", (c) => c.notNull().check(sql`number >= 1`))
      .addColumn("starts_at", "text", (c) => c.notNull())
      .addColumn("ends_at", "text", (c) => c.notNull())
      .addColumn("with_starter", "integer", (c) => c.notNull().check(flag("with_starter")))
      .addColumn("cancelled_at", "text")
      .addUniqueConstraint("self_help_group_meetings_number", ["group_id", "number"])
      .execute();
    await trx.schema.createIndex("self_help_group_meetings_start").on("self_help_group_meetings").columns(["starts_at"]).execute();
    await trx.schema
      .createTable("self_help_group_members")
      .addColumn("id", "integer", generatedId(trx))
      .addColumn("group_id", "integer", (c) => c.notNull().references("self_help_groups.id").onDelete("cascade"))
      .addColumn("alias", "text", (c) => c.notNull().check(sql`length(alias) between 1 and 40`))
      .addColumn("email", "text")
      .addColumn("phone", "text")
      .addColumn("position", "integer", (c) => c.notNull().check(sql`position between 1 and 8`))
      // Only the SHA-256 of the personal link's token, as for the interest's withdrawal link.
      .addColumn("invite_token_hash", "text", (c) => c.notNull().unique())
      .addColumn("invited_at", "text", (c) => c.notNull())
      .addColumn("confirmed_at", "text")
      .addColumn("declined_at", "text")
      // Set when the e-mail and phone are erased, a week after the group ended; until then a member can be reached.
      .addColumn("contacts_erased_at", "text")
      .addUniqueConstraint("self_help_group_members_position", ["group_id", "position"])
      .addCheckConstraint("self_help_group_members_reachable", sql`email is not null or phone is not null or contacts_erased_at is not null`)
      .execute();
    await trx.schema
      .createTable("self_help_attendance")
      .addColumn("meeting_id", "integer", (c) => c.notNull().references("self_help_group_meetings.id").onDelete("cascade"))
      .addColumn("member_id", "integer", (c) => c.notNull().references("self_help_group_members.id").onDelete("cascade"))
      .addColumn("present", "integer", (c) => c.notNull().check(flag("present")))
      .addPrimaryKeyConstraint("self_help_attendance_pk", ["meeting_id", "member_id"])
      .execute();
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.schema.dropTable("self_help_attendance").execute();
    await trx.schema.dropTable("self_help_group_members").execute();
    await trx.schema.dropTable("self_help_group_meetings").execute();
    await trx.schema.dropTable("self_help_groups").execute();
    await rebuildPersonRoles(trx, ROLES_BEFORE);
  });
}

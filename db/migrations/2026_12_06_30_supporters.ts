// Patient supporters (issue M): a fourth volunteer role, `supporter`, and the log of the contacts they make with care
// units. Never edited.
import { type Kysely, sql } from "kysely";

const ROLES_BEFORE = ["book", "peer", "storyteller"];
const ROLES_AFTER = [...ROLES_BEFORE, "supporter"];
const CONTACT_KINDS = ["visit", "meeting", "phone", "digital", "other"];

const oneOf = (column: string, values: string[]) => sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
const bump = (who: string) => sql.raw(`update people set card_version = card_version + 1 where id = ${who};`);

/** person_roles again with another CHECK on its role (SQLite cannot alter a CHECK): copied, swapped, its index and card triggers back. */
async function rebuildPersonRoles(trx: Kysely<any>, roles: string[]): Promise<void> {
  await trx.schema
    .createTable("person_roles_next")
    .addColumn("person_id", "integer", (c) => c.notNull().references("people.id").onDelete("cascade"))
    .addColumn("role", "text", (c) => c.notNull().check(oneOf("role", roles)))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("presentation", "text", (c) => c.notNull().defaultTo(""))
    .addPrimaryKeyConstraint("person_roles_next_pk", ["person_id", "role"])
    .execute();
  await sql`insert into person_roles_next (person_id, role, title, presentation) select person_id, role, title, presentation from person_roles where ${oneOf("role", roles)}`.execute(trx);
  await trx.schema.dropTable("person_roles").execute();
  await trx.schema.alterTable("person_roles_next").renameTo("person_roles").execute();
  await trx.schema.createIndex("person_roles_role").on("person_roles").columns(["role", "person_id"]).execute();
  await sql`create trigger card_version_person_roles_insert after insert on person_roles begin ${bump("new.person_id")} end`.execute(trx);
  await sql`create trigger card_version_person_roles_delete after delete on person_roles begin ${bump("old.person_id")} end`.execute(trx);
  await sql`create trigger card_version_person_roles_update after update on person_roles begin ${bump("old.person_id")} ${bump("new.person_id")} end`.execute(trx);
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await rebuildPersonRoles(trx, ROLES_AFTER);
    await trx.schema
      .createTable("supporter_contacts")
      .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
      .addColumn("person_id", "integer", (c) => c.notNull().references("people.id").onDelete("cascade"))
      .addColumn("care_unit_id", "integer", (c) => c.notNull().references("care_units.id"))
      .addColumn("contacted_on", "text", (c) => c.notNull().check(sql`contacted_on glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`))
      .addColumn("kind", "text", (c) => c.notNull().check(oneOf("kind", CONTACT_KINDS)))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("created_by_user_id", "integer", (c) => c.references("users.id").onDelete("set null"))
      // One contact per supporter, unit, day and kind: importing the same file twice changes nothing.
      .addUniqueConstraint("supporter_contacts_once", ["person_id", "care_unit_id", "contacted_on", "kind"])
      .execute();
    await trx.schema.createIndex("supporter_contacts_day").on("supporter_contacts").columns(["contacted_on"]).execute();
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.schema.dropTable("supporter_contacts").execute();
    await rebuildPersonRoles(trx, ROLES_BEFORE);
  });
}

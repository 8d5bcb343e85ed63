// Patient supporters (issue M): a fourth volunteer role, `supporter`, and the log of the contacts they make with care
// units. Never edited.
import { type Kysely, sql } from "kysely";
import { generatedId, isLocalDateText } from "../dialect";
import { rebuildPersonRoles } from "./person-roles";

const ROLES_BEFORE = ["book", "peer", "storyteller"];
const ROLES_AFTER = [...ROLES_BEFORE, "supporter"];
const CONTACT_KINDS = ["visit", "meeting", "phone", "digital", "other"];

const oneOf = (column: string, values: string[]) => sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;

export async function up(db: Kysely<any>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await rebuildPersonRoles(trx, ROLES_AFTER);
    await trx.schema
      .createTable("supporter_contacts")
      .addColumn("id", "integer", generatedId(trx))
      .addColumn("person_id", "integer", (c) => c.notNull().references("people.id").onDelete("cascade"))
      .addColumn("care_unit_id", "integer", (c) => c.notNull().references("care_units.id"))
      .addColumn("contacted_on", "text", (c) => c.notNull().check(isLocalDateText(trx, "contacted_on")))
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

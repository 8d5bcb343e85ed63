// What migrations 30 and 35 both do to person_roles: a new CHECK on its role. Frozen with them: never edited.
import { type Kysely, sql } from "kysely";
import { isPostgres } from "../dialect";

const oneOf = (column: string, values: string[]) => sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
const bump = (who: string) => sql.raw(`update people set card_version = card_version + 1 where id = ${who};`);

/**
 * person_roles with only `roles` allowed (and rows of other roles gone). PostgreSQL swaps the CHECK in place; SQLite
 * cannot alter a CHECK, so the table is copied, swapped, and gets its index and card triggers back.
 */
export async function rebuildPersonRoles(trx: Kysely<any>, roles: string[]): Promise<void> {
  if (isPostgres(trx)) {
    await sql`delete from person_roles where not ${oneOf("role", roles)}`.execute(trx);
    await sql`alter table person_roles drop constraint person_roles_role_check, add constraint person_roles_role_check check (${oneOf("role", roles)})`.execute(trx);
    return;
  }
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

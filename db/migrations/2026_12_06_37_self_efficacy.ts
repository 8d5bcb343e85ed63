// The self-efficacy follow-up (issue M): one-time survey links (only their SHA-256 stored) made after a self-help
// group's 4th meeting, at its end, or for a Lärcafé, and the answers, which name no one and point to no link.
import { type Kysely, sql } from "kysely";
import { generatedId } from "../dialect";

export async function up(db: Kysely<any>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.schema
      .createTable("survey_links")
      .addColumn("id", "integer", generatedId(trx))
      .addColumn("token_hash", "text", (c) => c.notNull().unique())
      .addColumn("source", "text", (c) => c.notNull().check(sql`source in ('self_help', 'larcafe')`))
      .addColumn("group_id", "integer", (c) => c.references("self_help_groups.id").onDelete("cascade"))
      .addColumn("series_id", "integer", (c) => c.references("larcafe_series.id").onDelete("cascade"))
      .addColumn("occasion", "text", (c) => c.notNull().check(sql`occasion in ('fourth_meeting', 'end', 'session')`))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("used_at", "text")
      // 1 for links shown to a coordinator to hand out (to members without e-mail, or a Lärcafé's participants); the
      // e-mailed ones are 0, and they alone tell whether a group's members were sent theirs.
      .addColumn("handed_out", "integer", (c) => c.notNull().defaultTo(0).check(sql`handed_out in (0, 1)`))
      .addCheckConstraint(
        "survey_links_source",
        sql`(source = 'self_help' and group_id is not null and series_id is null) or (source = 'larcafe' and series_id is not null and group_id is null)`,
      )
      .execute();
    await trx.schema.createIndex("survey_links_group").on("survey_links").columns(["group_id", "occasion"]).execute();
    await trx.schema
      .createTable("survey_answers")
      .addColumn("id", "integer", generatedId(trx))
      .addColumn("source", "text", (c) => c.notNull().check(sql`source in ('self_help', 'larcafe')`))
      .addColumn("score", "integer", (c) => c.notNull().check(sql`score between 1 and 5`))
      .addColumn("comment", "text")
      .addColumn("submitted_at", "text", (c) => c.notNull())
      .execute();
    await trx.schema.createIndex("survey_answers_submitted").on("survey_answers").columns(["submitted_at"]).execute();
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.schema.dropTable("survey_answers").execute();
    await trx.schema.dropTable("survey_links").execute();
  });
}

// The system's own notes in a request's history become codes (and the cascade's step), translated when shown; the
// Swedish texts written before are turned into the same codes. People's own words stay in `note`. Never edited.
import type { Kysely } from "kysely";

const FIXED: Record<string, string> = {
  "Erbjudande avböjt": "offer_declined",
  "Erbjud nästa automatiskt: på": "auto_next_on",
  "Erbjud nästa automatiskt: av": "auto_next_off",
  "Automatiska erbjudanden slut: ingen kandidat kvar": "cascade_exhausted_none",
};
const STEP = /^Automatiskt erbjudande, steg (\d+) av \d+$/;
const ALL_STEPS = /^Automatiska erbjudanden slut: alla \d+ steg gjorda$/;

export async function up(db: Kysely<any>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.schema.alterTable("request_events").addColumn("note_code", "text").execute();
    await trx.schema.alterTable("request_events").addColumn("note_step", "integer").execute();
    const rows: { id: number; note: string }[] = await trx
      .selectFrom("request_events")
      .select(["id", "note"])
      .where((eb) => eb.or([eb("note", "in", Object.keys(FIXED)), eb("note", "like", "Automatisk%")]))
      .execute();
    for (const { id, note } of rows) {
      const step = STEP.exec(note);
      const code = FIXED[note] ?? (step ? "cascade_step" : ALL_STEPS.test(note) ? "cascade_exhausted_steps" : null);
      if (code) await trx.updateTable("request_events").set({ note: null, note_code: code, note_step: step ? Number(step[1]) : null }).where("id", "=", id).execute();
    }
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.schema.alterTable("request_events").dropColumn("note_step").execute();
    await trx.schema.alterTable("request_events").dropColumn("note_code").execute();
  });
}

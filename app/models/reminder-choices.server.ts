// Which e-mail reminders each user wants: stored as opt-outs, so everyone gets them until they say otherwise.
import { z } from "zod";
import { audit } from "~/utils/audit.server";
import type { DB } from "~/utils/db.server";
import { REMINDER_KINDS, type ReminderKind } from "~/domain/vocabulary";

export const REMINDERS_INTENT = "reminders";

const choicesSchema = z.array(z.enum(REMINDER_KINDS));

/** The kinds the user wants, in REMINDER_KINDS order. */
export async function getReminderChoices(db: DB, userId: number): Promise<ReminderKind[]> {
  const out = await db.selectFrom("reminder_opt_outs").select("kind").where("user_id", "=", userId).execute();
  return REMINDER_KINDS.filter((k) => !out.some((o) => o.kind === k));
}

/**
 * Saves the checked boxes of the reminders form. Unchecked boxes send nothing, so the form's intent field tells
 * "none wanted" from an empty body; a body without it, or with an unknown value, is refused whole.
 */
export async function saveReminderChoices(db: DB, { userId, formData, now = new Date() }: { userId: number; formData: FormData; now?: Date }): Promise<boolean> {
  const parsed = choicesSchema.safeParse(formData.getAll("reminders"));
  if (formData.get("intent") !== REMINDERS_INTENT || !parsed.success) return false;
  const optOuts = REMINDER_KINDS.filter((k) => !parsed.data.includes(k));
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom("reminder_opt_outs").where("user_id", "=", userId).execute();
    if (optOuts.length > 0) await trx.insertInto("reminder_opt_outs").values(optOuts.map((kind) => ({ user_id: userId, kind }))).execute();
    await audit(trx, { actorUserId: userId, entity: "user", entityId: userId, action: "reminder_choices", details: { optOuts } }, now);
  });
  return true;
}

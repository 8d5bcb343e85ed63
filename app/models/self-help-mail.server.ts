// The self-help registration's e-mail: queued in the outbox with the registration, and removed with it, so no copy
// of the address or the withdrawal link outlives the registration.
import type { Locale } from "~/domain/vocabulary";
import type { DB } from "~/utils/db.server";
import { enqueue } from "./outbox.server";

const keyOf = (interestId: number) => `self_help_interest:${interestId}`;

export async function notifySelfHelpInterest(
  trx: DB,
  { interestId, email, theme, place, token, locale, now }: { interestId: number; email: string; theme: string; place: string | null; token: string; locale: Locale; now: Date },
): Promise<void> {
  await enqueue(trx, { to: [{ email, userId: null, locale }], event: { kind: "self_help_interest", theme, place, token }, key: keyOf(interestId), now });
}

/** The queued or sent confirmations of these registrations (the outbox's dedupe key is the event's key and the address). */
export async function deleteSelfHelpMail(trx: DB, interestIds: readonly number[]): Promise<void> {
  for (const id of interestIds) await trx.deleteFrom("outbox").where("dedupe_key", "like", `${keyOf(id)}:%`).execute();
}

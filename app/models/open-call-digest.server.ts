// The open call's weekly digest: every volunteer who wants it is mailed, once a week, the new open requests that fit her.
import { z } from "zod";
import { digestNewSince, digestRequests, digestWeekStart, openCallFor, type OpenCallFit } from "~/domain/open-call";
import { audit } from "~/utils/audit.server";
import type { DB } from "~/utils/db.server";
import { loadMatchingSnapshot } from "./matching.server";
import { loadRequestFacts } from "./open-call.server";
import { enqueue, personRecipients } from "./outbox.server";

/** Whether the person wants the weekly digest. */
export async function getDigestChoice(db: DB, personId: number): Promise<boolean> {
  const row = await db.selectFrom("people").select("open_call_digest").where("id", "=", personId).executeTakeFirst();
  return row?.open_call_digest === 1;
}

export const DIGEST_INTENT = "openCallDigest";

/** An unticked box sends nothing: empty is "no digest". */
const digestSchema = z.object({ intent: z.literal(DIGEST_INTENT), digest: z.enum(["", "on"]).transform((v) => v === "on") });

/** Saves the profile's digest checkbox; false for a body that is not that form, which changes nothing. */
export async function saveDigestChoice(
  db: DB,
  { personId, userId, form, now = new Date() }: { personId: number; userId: number; form: Record<string, string>; now?: Date },
) {
  const parsed = digestSchema.safeParse(form);
  if (!parsed.success) return false;
  const wanted = parsed.data.digest;
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable("people")
      .set({ open_call_digest: wanted ? 1 : 0 })
      .where("id", "=", personId)
      .execute();
    await audit(trx, { actorUserId: userId, entity: "person", entityId: personId, action: "open_call_digest", details: { wanted } }, now);
  });
  return true;
}

/** People per write transaction: a run over thousands holds the database's write lock a few milliseconds at a time. */
const PEOPLE_PER_TRANSACTION = 50;

/** When the digest last looked for each person (a table no read model reads, so stamping moves no cached page). */
const withStamp = (db: DB) =>
  db.selectFrom("people").leftJoin("open_call_digest_stamps as stamp", "stamp.person_id", "people.id");

/**
 * Writes the digests due this week and returns how many messages it wrote. The matching reads everyone, so it runs
 * before the writes; they are committed 50 people at a time, and inside each transaction every person is checked
 * again, so a second process running at the same time finds her done and writes nothing (and the outbox's dedupe key,
 * per person and week, would refuse a second copy). A person with nothing new gets no mail but counts as done for the week.
 */
export async function runOpenCallDigests(db: DB, now: Date): Promise<number> {
  const week = digestWeekStart(now);
  const due = await withStamp(db)
    .select(["people.id", "stamp.looked_at"])
    .where("people.open_call_digest", "=", 1)
    .where("people.anonymised_at", "is", null)
    .where((eb) => eb.or([eb("stamp.looked_at", "is", null), eb("stamp.looked_at", "<", week.toISOString())]))
    .where("people.id", "in", db.selectFrom("person_roles").select("person_id"))
    .execute();
  if (due.length === 0) return 0;

  const snapshot = await loadMatchingSnapshot(db, { now });
  const requests = new Map(snapshot.requests.map((r) => [r.id, r]));
  const raisedBy = new Map<number, Set<number>>();
  for (const h of await db.selectFrom("raised_hands").select(["person_id", "request_id"]).execute()) {
    raisedBy.set(h.person_id, (raisedBy.get(h.person_id) ?? new Set()).add(h.request_id));
  }
  const lists = new Map<number, OpenCallFit[]>();
  for (const person of due) {
    const since = digestNewSince(person.looked_at, now);
    if (since === null) continue;
    const raised = raisedBy.get(person.id) ?? new Set<number>();
    lists.set(person.id, digestRequests(openCallFor(snapshot, person.id), requests, { since, raised }));
  }
  const listed = [...lists.values()].flat();
  const facts = await loadRequestFacts(db, [...new Set(listed.map((f) => f.requestId))], [...new Set(listed.map((f) => f.freeSlotIds[0]))]);
  const startOf = new Map(facts.slots.map((s) => [s.id, s.starts_at]));
  const itemsOf = (fits: OpenCallFit[]) =>
    fits.flatMap((f) => {
      const r = facts.requests.get(f.requestId);
      const startsAt = startOf.get(f.freeSlotIds[0]);
      return r && startsAt ? [{ title: r.title, startsAt, municipality: r.place ?? r.unit_place, isDigital: r.is_digital === 1 }] : [];
    });

  const people = [...lists];
  let written = 0;
  for (let i = 0; i < people.length; i += PEOPLE_PER_TRANSACTION) {
    written += await db.transaction().execute(async (trx) => {
      let inBatch = 0;
      for (const [personId, fits] of people.slice(i, i + PEOPLE_PER_TRANSACTION)) {
        const row = await withStamp(trx).select(["people.open_call_digest", "stamp.looked_at"]).where("people.id", "=", personId).executeTakeFirst();
        if (!row || row.open_call_digest !== 1 || digestNewSince(row.looked_at, now) === null) continue;
        const items = itemsOf(fits);
        if (items.length > 0) {
          const to = await personRecipients(trx, personId);
          inBatch += await enqueue(trx, { to, event: { kind: "open_call_digest", requests: items }, key: `open_call_digest:${personId}:${week.toISOString()}`, now });
        }
        await trx
          .insertInto("open_call_digest_stamps")
          .values({ person_id: personId, looked_at: now.toISOString() })
          .onConflict((oc) => oc.column("person_id").doUpdateSet({ looked_at: now.toISOString() }))
          .execute();
      }
      return inBatch;
    });
  }
  return written;
}

// The automatic next offer (issue J): when a request's offer closed unaccepted, the schedule offers the best remaining
// candidate, at most CASCADE_MAX_STEPS times, and tells the coordinators when nobody is left.
import { rankCandidates } from "~/domain/matching/rank";
import { suggestedReplyDay } from "~/domain/reply-deadline";
import { CASCADE_MAX_STEPS, CASCADE_REASONS, cascadePick } from "~/domain/request-lifecycle";
import { instantToLocal } from "~/domain/stockholm-time";
import { audit } from "~/utils/audit.server";
import type { DB } from "~/utils/db.server";
import { makeOffersIn } from "./offer/make.server";
import { loadMatchingSnapshot } from "./matching.server";
import { notifyCascadeExhausted } from "./notifications.server";

/** The request history's note when the cascade ends: a code the page translates, without the volunteer's name. */
const EXHAUSTED_NOTE = { none: "cascade_exhausted_none", steps: "cascade_exhausted_steps" } as const;

interface DueRequest {
  id: number;
  cascade_steps: number;
  /** Who made the newest offer: the cascade's offers are sent in their name, so the answers reach them. */
  offered_by: number | null;
}

/**
 * Open requests with automatic next offers on, not yet exhausted, nothing out on offer, and whose newest offer closed
 * for a reason the cascade follows (declined, expired, paused, erased). Offers closed before issue J have no reason,
 * so old requests are never picked up.
 */
function dueRequests(trx: DB): Promise<DueRequest[]> {
  return trx
    .selectFrom("requests")
    .select((eb) => [
      "requests.id",
      "requests.cascade_steps",
      eb.selectFrom("offers as newest").select("newest.offered_by").whereRef("newest.request_id", "=", "requests.id").orderBy("newest.id", "desc").limit(1).as("offered_by"),
    ])
    .where("requests.status", "=", "open")
    .where("requests.auto_next", "=", 1)
    .where("requests.cascade_exhausted_at", "is", null)
    .where((eb) =>
      eb(eb.selectFrom("offers as newest").select("newest.close_reason").whereRef("newest.request_id", "=", "requests.id").orderBy("newest.id", "desc").limit(1), "in", CASCADE_REASONS),
    )
    .where((eb) => eb.not(eb.exists(eb.selectFrom("offers").select("offers.id").whereRef("offers.request_id", "=", "requests.id").where("offers.status", "=", "pending"))))
    .orderBy("requests.id")
    .execute();
}

/**
 * One step for every due request, in the caller's write transaction (the schedule's). Two schedules on one database
 * cannot both take a step: the step is claimed by a conditional update of cascade_steps from the value read, and the
 * new offer puts the request out on offer, so a second run no longer finds it due. Returns the steps taken.
 */
export async function runCascades(trx: DB, now: Date): Promise<number> {
  let taken = 0;
  for (const request of await dueRequests(trx)) taken += await cascadeStep(trx, request, now);
  return taken;
}

async function cascadeStep(trx: DB, request: DueRequest, now: Date): Promise<number> {
  if (request.cascade_steps >= CASCADE_MAX_STEPS) return exhaust(trx, request, "steps", now);
  const ranking = rankCandidates(await loadMatchingSnapshot(trx, { now, requestIds: [request.id] }), request.id);
  const asked = await trx.selectFrom("offers").select("person_id").where("request_id", "=", request.id).execute();
  const pick = ranking ? cascadePick(ranking.candidates, new Set(asked.map((o) => o.person_id))) : null;
  if (!pick) return exhaust(trx, request, "none", now);
  const step = request.cascade_steps + 1;
  const claimed = await trx
    .updateTable("requests")
    .set({ cascade_steps: step, updated_at: now.toISOString() })
    .where("id", "=", request.id)
    .where("cascade_steps", "=", request.cascade_steps)
    .where("status", "=", "open")
    .where("cascade_exhausted_at", "is", null)
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) === 0) return 0;
  const result = await makeOffersIn(trx, {
    offers: [{ requestId: request.id, ...pick }],
    replyOn: suggestedReplyDay(instantToLocal(now).date),
    coordinatorId: request.offered_by,
    actorUserId: null,
    now,
    cascadeStep: step,
  });
  // The ranking and makeOffers read the same transaction, so a refusal is not expected; if one comes, stop rather than loop.
  return result.made.length > 0 ? 1 : exhaust(trx, request, "none", now);
}

/** No candidate left, or every step used: marked once, written in the history, audited, and the coordinators told. */
async function exhaust(trx: DB, request: DueRequest, why: keyof typeof EXHAUSTED_NOTE, now: Date): Promise<number> {
  const at = now.toISOString();
  const marked = await trx
    .updateTable("requests")
    .set({ cascade_exhausted_at: at, updated_at: at })
    .where("id", "=", request.id)
    .where("cascade_exhausted_at", "is", null)
    .where("status", "=", "open")
    .executeTakeFirst();
  if (Number(marked.numUpdatedRows) === 0) return 0;
  await trx.insertInto("request_events").values({ request_id: request.id, status: "open", actor_user_id: null, note: null, note_code: EXHAUSTED_NOTE[why], at }).execute();
  await audit(trx, { actorUserId: null, entity: "request", entityId: request.id, action: "cascade_exhausted", details: { why, steps: request.cascade_steps } }, now);
  await notifyCascadeExhausted(trx, { requestId: request.id, now });
  return 1;
}

export type SetAutoNextResult = { ok: true } | { ok: false; reason: "notFound" };

/**
 * The coordinator's choice for one request. Turning it on again after the cascade ran out starts it afresh (three
 * more steps), and the next schedule offers the next candidate if the request is waiting for one.
 */
export async function setAutoNext(db: DB, { requestId, on, coordinatorId, now = new Date() }: { requestId: number; on: boolean; coordinatorId: number; now?: Date }): Promise<SetAutoNextResult> {
  return db.transaction().execute(async (trx): Promise<SetAutoNextResult> => {
    const request = await trx.selectFrom("requests").select(["auto_next", "status"]).where("id", "=", requestId).executeTakeFirst();
    if (!request) return { ok: false, reason: "notFound" };
    if ((request.auto_next === 1) === on) return { ok: true };
    const at = now.toISOString();
    await trx
      .updateTable("requests")
      .set({ auto_next: on ? 1 : 0, updated_at: at, ...(on ? { cascade_steps: 0, cascade_exhausted_at: null } : {}) })
      .where("id", "=", requestId)
      .execute();
    const noteCode = on ? "auto_next_on" : "auto_next_off";
    await trx.insertInto("request_events").values({ request_id: requestId, status: request.status, actor_user_id: coordinatorId, note: null, note_code: noteCode, at }).execute();
    await audit(trx, { actorUserId: coordinatorId, entity: "request", entityId: requestId, action: "auto_next", details: { on } }, now);
    return { ok: true };
  });
}

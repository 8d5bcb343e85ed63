// The open call's data: the open requests a volunteer fits, told without the care unit's contact details, and her raised hands.
import { mayRaiseHand, openCallFor, type OpenCallFit } from "~/domain/open-call";
import type { DB } from "~/utils/db.server";
import { loadMatchingSnapshot } from "./matching.server";
import { requestsWithPlace } from "./request-summary.server";
import type { Format, Role, UnitKind } from "~/domain/vocabulary";

/** What she needs to decide; never the unit's name, contact person, phone or e-mail. */
export interface OpenCallRequest {
  id: number;
  title: string;
  role: Role;
  format: Format;
  durationMinutes: number;
  isDigital: boolean;
  /** Where it takes place; for a digital request, where the care unit is. */
  municipality: string;
  unitKind: UnitKind;
  /** The slots she is free for, soonest first. */
  slots: { id: number; startsAt: string; endsAt: string }[];
  /** The slot she raised a hand for, if she did. */
  raisedSlotId: number | null;
}

export type RaiseHandResult = { ok: true } | { ok: false; reason: "notOpen" | "notFit" | "slotNotFree" };

/** The open requests that fit the person now, soonest first, with her raised hands. */
export async function listOpenCall(db: DB, { personId, now = new Date() }: { personId: number; now?: Date }): Promise<OpenCallRequest[]> {
  const snapshot = await loadMatchingSnapshot(db, { now });
  return describeFits(db, personId, openCallFor(snapshot, personId));
}

/** What the page and the digest tell of each request (never its unit's contacts), and its slots' times. */
export async function loadRequestFacts(db: DB, requestIds: number[], slotIds: number[]) {
  const [requests, slots] = await Promise.all([
    requestIds.length === 0
      ? []
      : requestsWithPlace(db)
          .select([
            "requests.id",
            "requests.title",
            "requests.wanted_role",
            "requests.format",
            "requests.duration_minutes",
            "requests.is_digital",
            "place.name as place",
            "unit_place.name as unit_place",
            "care_units.kind",
          ])
          .where("requests.id", "in", requestIds)
          .execute(),
    slotIds.length === 0
      ? []
      : db
          .selectFrom("request_slots")
          .select(["id", "request_id", "starts_at", "ends_at"])
          .where("id", "in", slotIds)
          .orderBy("starts_at")
          .orderBy("id")
          .execute(),
  ]);
  return { requests: new Map(requests.map((r) => [r.id, r])), slots };
}

/** The facts of the fitting requests, in the order of `fits`, with the person's raised hands. */
export async function describeFits(db: DB, personId: number, fits: OpenCallFit[]): Promise<OpenCallRequest[]> {
  if (fits.length === 0) return [];
  const requestIds = fits.map((f) => f.requestId);
  const [facts, hands] = await Promise.all([
    loadRequestFacts(
      db,
      requestIds,
      fits.flatMap((f) => f.freeSlotIds),
    ),
    db.selectFrom("raised_hands").select(["request_id", "slot_id"]).where("person_id", "=", personId).where("request_id", "in", requestIds).execute(),
  ]);
  const raised = new Map(hands.map((h) => [h.request_id, h.slot_id]));
  return fits.flatMap(({ requestId }) => {
    const r = facts.requests.get(requestId);
    if (!r) return [];
    return [
      {
        id: r.id,
        title: r.title,
        role: r.wanted_role,
        format: r.format,
        durationMinutes: r.duration_minutes,
        isDigital: r.is_digital === 1,
        municipality: r.place ?? r.unit_place,
        unitKind: r.kind,
        slots: facts.slots.filter((s) => s.request_id === r.id).map((s) => ({ id: s.id, startsAt: s.starts_at, endsAt: s.ends_at })),
        raisedSlotId: raised.get(r.id) ?? null,
      },
    ];
  });
}

/**
 * Raises the person's hand for one slot of an open request, or moves it to another slot. Checked afresh against the
 * hard constraints; the request's status once more inside the write, so a request closed meanwhile gets no hand.
 */
export async function raiseHand(
  db: DB,
  { personId, requestId, slotId, now = new Date() }: { personId: number; requestId: number; slotId: number; now?: Date },
): Promise<RaiseHandResult> {
  const snapshot = await loadMatchingSnapshot(db, { now, requestIds: [requestId] });
  if (snapshot.requests[0]?.status !== "open") return { ok: false, reason: "notOpen" };
  const verdict = mayRaiseHand(openCallFor(snapshot, personId), requestId, slotId);
  if (verdict !== "ok") return { ok: false, reason: verdict };
  return db.transaction().execute(async (trx) => {
    const request = await trx.selectFrom("requests").select("status").where("id", "=", requestId).executeTakeFirst();
    if (request?.status !== "open") return { ok: false, reason: "notOpen" } as const;
    await trx
      .insertInto("raised_hands")
      .values({ request_id: requestId, person_id: personId, slot_id: slotId, created_at: now.toISOString() })
      .onConflict((oc) => oc.columns(["request_id", "person_id"]).doUpdateSet({ slot_id: slotId, created_at: now.toISOString() }))
      .execute();
    return { ok: true } as const;
  });
}

/** Takes the person's hand back; false when she had none for the request. */
export async function lowerHand(db: DB, { personId, requestId }: { personId: number; requestId: number }): Promise<boolean> {
  const result = await db.deleteFrom("raised_hands").where("person_id", "=", personId).where("request_id", "=", requestId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Who raised a hand for the request, and for which slot: the desk's badges. */
export async function raisedHandSlots(db: DB, requestId: number): Promise<Map<number, number>> {
  const rows = await db.selectFrom("raised_hands").select(["person_id", "slot_id"]).where("request_id", "=", requestId).execute();
  return new Map(rows.map((r) => [r.person_id, r.slot_id]));
}

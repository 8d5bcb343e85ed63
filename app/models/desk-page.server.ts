// The coordinators' request desk (a page read): the filtered work queue, and one request with its offers and assignment.
import { sql } from "kysely";
import type { DB } from "~/utils/db.server";
import { containsText } from "../../db/dialect";
import { requestAreas, requestDetail, requestSlots, requestsWithPlace } from "./request-summary.server";
import type { RequestStatus, Role } from "~/domain/vocabulary";

/** "active" is the work queue (open and offered); "all" is every status. */
export type DeskStatusFilter = RequestStatus | "active" | "all";
const ACTIVE: RequestStatus[] = ["open", "offered"];

/** The coordinator's work queue, each a filtered list (see work-queue.server.ts for the counts). */
export const DESK_QUEUES = ["new", "expiring", "exhausted", "cancelled"] as const;
export type DeskQueue = (typeof DESK_QUEUES)[number];
/** Offers whose reply deadline falls within this long count as running out. */
export const EXPIRING_WITHIN_MS = 48 * 60 * 60 * 1000;
/** A booked person's cancellation stays in the queue this long, or until the request is matched again. */
export const CANCELLED_WITHIN_MS = 14 * 24 * 60 * 60 * 1000;

export interface DeskFilters {
  status?: DeskStatusFilter;
  queue?: DeskQueue;
  now?: Date;
  role?: Role;
  careAreaId?: number;
  q?: string;
  limit: number;
}



/**
 * Requests that are not imported history, filtered. A request's place is its own municipality, or for a digital one
 * the care unit's, as in matching; the care-area filter means that place's area.
 */
/** The requests of one work-queue list; the start page counts exactly these. */
export function queueRequestIds(db: DB, queue: DeskQueue, now: Date) {
  const at = now.toISOString();
  switch (queue) {
    case "new":
      return db
        .selectFrom("requests")
        .select("requests.id")
        .where("requests.status", "=", "open")
        .where("requests.is_historical", "=", 0)
        .where(({ not, exists, selectFrom }) => not(exists(selectFrom("offers").select("offers.id").whereRef("offers.request_id", "=", "requests.id"))));
    case "expiring":
      return db
        .selectFrom("offers")
        .select("offers.request_id as id")
        .where("offers.status", "=", "pending")
        .where("offers.reply_by", ">", at)
        .where("offers.reply_by", "<=", new Date(now.getTime() + EXPIRING_WITHIN_MS).toISOString());
    case "exhausted":
      return db.selectFrom("requests").select("requests.id").where("requests.status", "=", "open").where("requests.cascade_exhausted_at", "is not", null);
    case "cancelled":
      return db
        .selectFrom("assignments")
        .innerJoin("requests", "requests.id", "assignments.request_id")
        .select("assignments.request_id as id")
        .where("assignments.status", "=", "cancelled")
        .where("assignments.cancelled_by", "=", "volunteer")
        .where("requests.status", "=", "open")
        .where("assignments.updated_at", ">=", new Date(now.getTime() - CANCELLED_WITHIN_MS).toISOString());
  }
}

function filteredRequests(db: DB, { status = "all", queue, now = new Date(), role, careAreaId, q }: Omit<DeskFilters, "limit">) {
  const text = q?.trim();
  return requestsWithPlace(db)
    .where("requests.is_historical", "=", 0)
    .$if(queue !== undefined, (qb) => qb.where("requests.id", "in", queueRequestIds(db, queue!, now)))
    .$if(status !== "all", (qb) => qb.where("requests.status", "in", status === "active" ? ACTIVE : [status as RequestStatus]))
    .$if(role !== undefined, (qb) => qb.where("requests.wanted_role", "=", role!))
    .$if(careAreaId !== undefined, (qb) => qb.where((eb) => eb(eb.fn.coalesce("place.care_area_id", "unit_place.care_area_id"), "=", careAreaId!)))
    .$if(Boolean(text), (qb) => qb.where(containsText(db, "requests.title", text!)));
}

/** Newest first, at most `limit`, and how many match in all. */
export async function listRequestsForDesk(db: DB, { limit, ...filters }: DeskFilters) {
  const base = filteredRequests(db, filters);
  const [rows, total] = await Promise.all([
    base
      .select((eb) => [
        "requests.id",
        "requests.title",
        "requests.status",
        "requests.wanted_role",
        "requests.is_digital",
        "requests.created_at",
        "care_units.name as care_unit",
        eb.fn.coalesce("place.name", "unit_place.name").as("municipality"),
        eb.selectFrom("request_slots").select((s) => s.fn.min("request_slots.starts_at").as("first")).whereRef("request_slots.request_id", "=", "requests.id").as("first_slot_at"),
        ...(["pending", "declined"] as const).map((status) =>
          eb
            .selectFrom("offers")
            .select((o) => o.fn.countAll<number>().as("n"))
            .whereRef("offers.request_id", "=", "requests.id")
            .where("offers.status", "=", status)
            .as(`${status}_offers`),
        ),
      ])
      .orderBy("requests.created_at", "desc")
      .orderBy("requests.id", "desc")
      .limit(limit)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return {
    total: Number(total.n),
    requests: rows.map((r) => ({
      id: r.id,
      title: r.title,
      status: r.status,
      wantedRole: r.wanted_role,
      isDigital: r.is_digital === 1,
      createdAt: r.created_at,
      careUnit: r.care_unit,
      municipality: r.municipality,
      firstSlotAt: r.first_slot_at as string | null,
      pendingOffers: Number(r.pending_offers ?? 0),
      declinedOffers: Number(r.declined_offers ?? 0),
    })),
  };
}

export async function listCareAreas(db: DB) {
  return db.selectFrom("care_areas").select(["id", "name"]).orderBy("name").execute();
}

/** Everything a coordinator sees about one request, or undefined; names are real names, this is the coordinators' view. */
export async function getRequestForDesk(db: DB, id: number) {
  const request = await requestsWithPlace(db)
    .innerJoin("care_areas", "care_areas.id", "unit_place.care_area_id")
    .leftJoin("people as wished", "wished.id", "requests.wished_person_id")
    .selectAll("requests")
    .select(["place.name as municipality", "care_units.name as unit_name", "care_units.kind as unit_kind", "unit_place.name as unit_municipality", "care_areas.name as unit_area", "wished.name as wished_name"])
    .where("requests.id", "=", id)
    .executeTakeFirst();
  if (!request) return undefined;
  const [slots, areas, history, offers, assignment] = await Promise.all([
    requestSlots(db, id),
    requestAreas(db, id),
    db
      .selectFrom("request_events")
      .leftJoin("users", "users.id", "request_events.actor_user_id")
      .select(["request_events.id", "request_events.status", "request_events.note", "request_events.note_code", "request_events.note_step", "request_events.at", "users.name as actor"])
      .where("request_events.request_id", "=", id)
      .orderBy("request_events.at")
      .orderBy("request_events.id")
      .execute(),
    db
      .selectFrom("offers")
      .innerJoin("people", "people.id", "offers.person_id")
      .leftJoin("request_slots", "request_slots.id", "offers.slot_id")
      .select(["offers.id", "offers.person_id", "people.name", "offers.status", "offers.offered_at", "offers.reply_by", "offers.responded_at", "offers.decline_reason", "offers.cascade_step", "request_slots.starts_at"])
      .where("offers.request_id", "=", id)
      .orderBy("offers.offered_at", "desc")
      .orderBy("offers.id", "desc")
      .execute(),
    db
      .selectFrom("assignments")
      .innerJoin("people", "people.id", "assignments.person_id")
      .leftJoin("feedback", (join) => join.onRef("feedback.assignment_id", "=", "assignments.id").on("feedback.author", "=", "volunteer"))
      .select([
        "assignments.id",
        "assignments.person_id",
        "people.name",
        "assignments.status",
        "assignments.status_reason",
        "assignments.starts_at",
        "assignments.ends_at",
        "assignments.hours",
        "assignments.compensation_sek",
        "assignments.sequence",
        "feedback.hours as reported_hours",
      ])
      .where("assignments.request_id", "=", id)
      .orderBy("assignments.id", "desc")
      .executeTakeFirst(),
  ]);
  return {
    ...requestDetail(request),
    careUnit: { name: request.unit_name, kind: request.unit_kind, municipality: request.unit_municipality, careArea: request.unit_area },
    wishedName: request.wished_name,
    /** The automatic next offer: the coordinator's choice, the steps taken, and when it ran out (issue J). */
    cascade: { autoNext: request.auto_next === 1, steps: request.cascade_steps, exhaustedAt: request.cascade_exhausted_at },
    slots: slots.map((s) => ({ id: s.id, startsAt: s.starts_at, endsAt: s.ends_at })),
    areas,
    history: history.map((e) => ({ id: e.id, status: e.status, note: e.note, noteCode: e.note_code, noteStep: e.note_step, at: e.at, actor: e.actor })),
    offers: offers.map((o) => ({ id: o.id, personId: o.person_id, name: o.name, status: o.status, slotStartsAt: o.starts_at, offeredAt: o.offered_at, replyBy: o.reply_by, respondedAt: o.responded_at, declineReason: o.decline_reason, cascadeStep: o.cascade_step })),
    assignment: assignment
      ? {
          id: assignment.id,
          personId: assignment.person_id,
          name: assignment.name,
          status: assignment.status,
          statusReason: assignment.status_reason,
          startsAt: assignment.starts_at,
          endsAt: assignment.ends_at,
          hours: assignment.hours,
          compensationSek: assignment.compensation_sek,
          sequence: assignment.sequence,
          /** What the volunteer reported in their feedback: the default for hours not yet set. */
          reportedHours: assignment.reported_hours,
        }
      : null,
  };
}

export type DeskRequestView = NonNullable<Awaited<ReturnType<typeof getRequestForDesk>>>;

// The care unit's view of one of its requests: facts, slots (the chosen one marked), history, and the coming person's card.
import { FEEDBACK_STATUSES, getWishedCard, volunteerFirstName } from "./requests.server";
import { requestAreas, requestDetail, requestSlots } from "./request-summary.server";
import type { DB } from "~/utils/db.server";
import type { Role } from "~/domain/vocabulary";

/** The assignment statuses in which the unit still expects (or had) the person on the chosen slot. */
const HELD_STATUSES = new Set(["booked", "completed"]);

type AssignmentRow = NonNullable<Awaited<ReturnType<typeof latestAssignment>>>;

function latestAssignment(db: DB, requestId: number, role: Role) {
  return db
    .selectFrom("assignments")
    .innerJoin("people", "people.id", "assignments.person_id")
    .innerJoin("offers", "offers.id", "assignments.offer_id")
    .leftJoin("person_roles", (join) => join.onRef("person_roles.person_id", "=", "assignments.person_id").on("person_roles.role", "=", role))
    .leftJoin("feedback", (join) => join.onRef("feedback.assignment_id", "=", "assignments.id").on("feedback.author", "=", "care_unit"))
    .select([
      "assignments.id",
      "assignments.person_id",
      "assignments.status",
      "assignments.starts_at",
      "assignments.ends_at",
      "offers.slot_id",
      "people.name",
      "people.alias",
      "people.approved_at",
      "people.anonymised_at",
      "person_roles.title as card_title",
      "person_roles.presentation as card_presentation",
      "feedback.id as feedback_id",
      "feedback.rating",
      "feedback.comment",
      "feedback.would_book_again",
    ])
    .where("assignments.request_id", "=", requestId)
    .orderBy("assignments.id", "desc")
    .executeTakeFirst();
}

/** A card the unit may ask for again: published by a coordinator and, by the catalogue's rule, still offerable. */
async function bookAgainLink(db: DB, a: AssignmentRow, role: Role, now: Date) {
  if (a.approved_at === null || a.anonymised_at !== null) return null;
  return (await getWishedCard(db, { personId: a.person_id, role, now })) ? { person: a.person_id, role } : null;
}

/** Scoped to the unit: another unit's request id gives undefined. Offers are counted, never named. */
export async function getRequestForUnit(db: DB, { id, unitId, now = new Date() }: { id: number; unitId: number; now?: Date }) {
  const request = await db
    .selectFrom("requests")
    .leftJoin("municipalities", "municipalities.id", "requests.municipality_id")
    .leftJoin("person_roles", (join) => join.onRef("person_roles.person_id", "=", "requests.wished_person_id").onRef("person_roles.role", "=", "requests.wanted_role"))
    .selectAll("requests")
    .select(["municipalities.name as municipality", "person_roles.title as wished_title"])
    .where("requests.id", "=", id)
    .where("requests.care_unit_id", "=", unitId)
    .where("requests.is_historical", "=", 0)
    .executeTakeFirst();
  if (!request) return undefined;
  const [slots, areas, history, offers, assignment] = await Promise.all([
    requestSlots(db, id),
    requestAreas(db, id),
    db.selectFrom("request_events").select(["id", "status", "note", "note_code", "note_step", "at"]).where("request_id", "=", id).orderBy("at").orderBy("id").execute(),
    db.selectFrom("offers").select((eb) => ["status", eb.fn.countAll<number>().as("count")]).where("request_id", "=", id).groupBy("status").execute(),
    latestAssignment(db, id, request.wanted_role),
  ]);
  const ended = assignment ? Date.parse(assignment.ends_at) <= now.getTime() : false;
  const started = assignment ? Date.parse(assignment.starts_at) <= now.getTime() : false;
  const held = assignment && HELD_STATUSES.has(assignment.status) ? assignment : null;
  // An offer made before slots were tracked has no slot id: the slot that starts when the assignment does is the one.
  const chosenSlotId = held ? (slots.find((s) => s.id === held.slot_id) ?? slots.find((s) => s.starts_at === held.starts_at))?.id ?? null : null;
  return {
    ...requestDetail(request),
    wishedTitle: request.wished_title,
    slots: slots.map((s) => ({ id: s.id, startsAt: s.starts_at, endsAt: s.ends_at })),
    chosenSlotId,
    areas,
    history: history.map((e) => ({ id: e.id, status: e.status, note: e.note, noteCode: e.note_code, noteStep: e.note_step, at: e.at })),
    offers: Object.fromEntries(offers.map((o) => [o.status, Number(o.count)])) as Partial<Record<string, number>>,
    assignment: assignment
      ? {
          id: assignment.id,
          status: assignment.status,
          startsAt: assignment.starts_at,
          endsAt: assignment.ends_at,
          volunteer: volunteerFirstName(assignment.name, assignment.alias),
          card: assignment.card_title === null ? null : { role: request.wanted_role, title: assignment.card_title, presentation: assignment.card_presentation ?? "" },
          /** Null when the unit wished for nobody in particular. */
          wish: request.wished_person_id === null ? null : request.wished_person_id === assignment.person_id ? ("same" as const) : ("other" as const),
          bookAgain: await bookAgainLink(db, assignment, request.wanted_role, now),
          ended,
          feedback:
            assignment.feedback_id === null ? null : { rating: assignment.rating!, comment: assignment.comment, wouldBookAgain: assignment.would_book_again === 1 },
          canGiveFeedback: ended && assignment.feedback_id === null && FEEDBACK_STATUSES.has(assignment.status),
        }
      : null,
    canWithdraw: request.status === "open" || request.status === "offered",
    canCancel: request.status === "confirmed" && assignment?.status === "booked" && !started,
  };
}

export type UnitRequestView = NonNullable<Awaited<ReturnType<typeof getRequestForUnit>>>;

// The volunteers' shifts at meeting places: the occurrences to sign up for, one's own shifts, joining and leaving
// before the start, and the visitor count a volunteer on duty enters (and another on duty may correct).
import { mayChangeShift, mayEnterVisitors, occurrenceOn, occurrencesBetween, shiftDates } from "~/domain/meeting-places";
import type { DB } from "~/utils/db.server";
import { listActivities, toActivity } from "./meeting-places.server";

/** The shift board of one volunteer: every occurrence at an active place from the entry window to six weeks ahead. */
export async function shiftBoard(db: DB, { personId, now = new Date() }: { personId: number; now?: Date }) {
  const places = await db
    .selectFrom("meeting_places")
    .innerJoin("municipalities", "municipalities.id", "meeting_places.municipality_id")
    .select(["meeting_places.id", "meeting_places.name", "municipalities.name as municipality"])
    .where("meeting_places.active", "=", 1)
    .orderBy("municipalities.name")
    .orderBy("meeting_places.name")
    .execute();
  const { from, to } = shiftDates(now);
  const activities = await listActivities(db, places.map((p) => p.id));
  const [shifts, counts] = await Promise.all([
    db.selectFrom("activity_shifts").select(["activity_id", "occurs_on", "person_id"]).where("occurs_on", ">=", from).where("occurs_on", "<=", to).execute(),
    db.selectFrom("activity_visitor_counts").select(["activity_id", "occurs_on", "visitors"]).where("occurs_on", ">=", from).where("occurs_on", "<=", to).execute(),
  ]);
  const key = (activityId: number, date: string) => `${activityId}/${date}`;
  const onDuty = new Map<string, number>();
  const mine = new Set<string>();
  for (const s of shifts) {
    onDuty.set(key(s.activity_id, s.occurs_on), (onDuty.get(key(s.activity_id, s.occurs_on)) ?? 0) + 1);
    if (s.person_id === personId) mine.add(key(s.activity_id, s.occurs_on));
  }
  const visitors = new Map(counts.map((c) => [key(c.activity_id, c.occurs_on), c.visitors]));
  const placeOf = new Map(places.map((p) => [p.id, p]));
  const occurrences = occurrencesBetween(activities, from, to).map((o) => {
    const k = key(o.activity.id, o.date);
    const place = placeOf.get(o.activity.placeId)!;
    const signedUp = mine.has(k);
    return {
      activityId: o.activity.id,
      date: o.date,
      title: o.activity.title,
      place: place.name,
      placeId: place.id,
      municipality: place.municipality,
      startsAt: o.startsAt,
      endsAt: o.endsAt,
      onDuty: onDuty.get(k) ?? 0,
      signedUp,
      mayChange: mayChangeShift(o.startsAt, now),
      mayCount: mayEnterVisitors({ onDuty: signedUp, startsAt: o.startsAt, now }),
      visitors: visitors.get(k) ?? null,
    };
  });
  return {
    /** One's own shifts: the coming ones, and the started ones whose visitors may still be entered. */
    mine: occurrences.filter((o) => o.signedUp && (o.mayChange || o.mayCount)),
    /** The coming occurrences, to sign up for. */
    upcoming: occurrences.filter((o) => o.mayChange),
  };
}

export type ShiftProblem = "unknown" | "started" | "notOnDuty" | "outsideWindow";

/** The occurrence of an activity at an active place on a local date, or undefined. */
async function findOccurrence(db: DB, activityId: number, date: string) {
  const row = await db
    .selectFrom("meeting_place_activities")
    .innerJoin("meeting_places", "meeting_places.id", "meeting_place_activities.place_id")
    .selectAll("meeting_place_activities")
    .where("meeting_place_activities.id", "=", activityId)
    .where("meeting_places.active", "=", 1)
    .executeTakeFirst();
  return (row && occurrenceOn(toActivity(row), date)) ?? undefined;
}

/** Signs the volunteer up for the occurrence (twice is once), or takes her off it; both only before it starts. */
export async function changeShift(
  db: DB,
  { personId, activityId, date, join, now = new Date() }: { personId: number; activityId: number; date: string; join: boolean; now?: Date },
): Promise<{ ok: true } | { ok: false; problem: ShiftProblem }> {
  return db.transaction().execute(async (trx) => {
    const occ = await findOccurrence(trx, activityId, date);
    if (!occ) return { ok: false as const, problem: "unknown" as const };
    if (!mayChangeShift(occ.startsAt, now)) return { ok: false as const, problem: "started" as const };
    if (join) {
      await trx
        .insertInto("activity_shifts")
        .values({ activity_id: activityId, occurs_on: date, person_id: personId, created_at: now.toISOString() })
        .onConflict((oc) => oc.columns(["activity_id", "occurs_on", "person_id"]).doNothing())
        .execute();
    } else {
      await trx.deleteFrom("activity_shifts").where("activity_id", "=", activityId).where("occurs_on", "=", date).where("person_id", "=", personId).execute();
    }
    return { ok: true as const };
  });
}

/** The occurrence's visitors, entered or corrected by a volunteer on duty there, from its start for the entry window. */
export async function enterVisitors(
  db: DB,
  { personId, activityId, date, visitors, now = new Date() }: { personId: number; activityId: number; date: string; visitors: number; now?: Date },
): Promise<{ ok: true } | { ok: false; problem: ShiftProblem }> {
  return db.transaction().execute(async (trx) => {
    const shift = await trx.selectFrom("activity_shifts").select("id").where("activity_id", "=", activityId).where("occurs_on", "=", date).where("person_id", "=", personId).executeTakeFirst();
    const occ = shift ? await findOccurrence(trx, activityId, date) : undefined;
    if (!occ) return { ok: false as const, problem: "notOnDuty" as const };
    if (!mayEnterVisitors({ onDuty: true, startsAt: occ.startsAt, now })) return { ok: false as const, problem: "outsideWindow" as const };
    const at = now.toISOString();
    await trx
      .insertInto("activity_visitor_counts")
      .values({ activity_id: activityId, occurs_on: date, visitors, entered_by_person_id: personId, entered_at: at })
      .onConflict((oc) => oc.columns(["activity_id", "occurs_on"]).doUpdateSet({ visitors, entered_by_person_id: personId, entered_at: at }))
      .execute();
    return { ok: true as const };
  });
}

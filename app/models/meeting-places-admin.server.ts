// Meeting places as the coordinators keep them: places with opening hours, activities added and ended, and the
// visitors counted, per activity and week and per place and month.
import type { ActivityInput, PlaceInput } from "~/domain/meeting-place-forms";
import { mayChangeShift, sumVisitors, weekStart } from "~/domain/meeting-places";
import { addDays, instantToLocal } from "~/domain/stockholm-time";
import { audit } from "~/utils/audit.server";
import type { DB } from "~/utils/db.server";
import { listActivities, listHours } from "./meeting-places.server";

/** How many weeks back a place's page shows the visitors per activity, and how many months the overview sums. */
export const COUNT_WEEKS = 8;
export const SUM_MONTHS = 6;

/** The municipalities a place may be in, by name. */
export function listMunicipalities(db: DB) {
  return db.selectFrom("municipalities").select(["id", "name"]).orderBy("name").execute();
}

/** The months "YYYY-MM" from SUM_MONTHS − 1 months before `today`'s month to that month. */
function lastMonths(today: string): string[] {
  const [y, m] = today.split("-").map(Number);
  return Array.from({ length: SUM_MONTHS }, (_, i) => {
    const n = y * 12 + (m - 1) - (SUM_MONTHS - 1 - i);
    return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, "0")}`;
  });
}

/** Every place (hidden ones too) with its visitors summed per month over the last SUM_MONTHS months. */
export async function placesOverview(db: DB, now = new Date()) {
  const months = lastMonths(instantToLocal(now).date);
  const [places, counts] = await Promise.all([
    db
      .selectFrom("meeting_places")
      .innerJoin("municipalities", "municipalities.id", "meeting_places.municipality_id")
      .select(["meeting_places.id", "meeting_places.name", "meeting_places.active", "municipalities.name as municipality"])
      .orderBy("municipalities.name")
      .orderBy("meeting_places.name")
      .execute(),
    db
      .selectFrom("activity_visitor_counts")
      .innerJoin("meeting_place_activities", "meeting_place_activities.id", "activity_visitor_counts.activity_id")
      .select(["meeting_place_activities.place_id as placeId", "activity_visitor_counts.occurs_on as date", "activity_visitor_counts.visitors"])
      .where("activity_visitor_counts.occurs_on", ">=", `${months[0]}-01`)
      .execute(),
  ]);
  const sums = sumVisitors(counts, (r) => `${r.placeId}/${r.date.slice(0, 7)}`);
  return {
    months,
    places: places.map((p) => ({ id: p.id, name: p.name, municipality: p.municipality, active: p.active === 1, visitors: months.map((month) => sums.get(`${p.id}/${month}`) ?? 0) })),
  };
}

/** One place as its edit page shows it: the place, its hours, its activities, and the visitors per activity and week. */
export async function placeForCoordinator(db: DB, placeId: number, now = new Date()) {
  const place = await db.selectFrom("meeting_places").selectAll().where("id", "=", placeId).executeTakeFirst();
  if (!place) return undefined;
  const [hours, activities] = await Promise.all([listHours(db, placeId), listActivities(db, [placeId])]);
  const firstWeek = addDays(weekStart(instantToLocal(now).date), -7 * (COUNT_WEEKS - 1));
  const weeks = Array.from({ length: COUNT_WEEKS }, (_, i) => addDays(firstWeek, 7 * i));
  const counts = activities.length
    ? await db
        .selectFrom("activity_visitor_counts")
        .select(["activity_id as activityId", "occurs_on as date", "visitors"])
        .where("activity_id", "in", activities.map((a) => a.id))
        .where("occurs_on", ">=", firstWeek)
        .execute()
    : [];
  const sums = sumVisitors(counts, (r) => `${r.activityId}/${weekStart(r.date)}`);
  const counted = new Set(counts.map((r) => `${r.activityId}/${weekStart(r.date)}`));
  return {
    place: { id: place.id, name: place.name, municipalityId: place.municipality_id, address: place.address, description: place.description, active: place.active === 1 },
    hours,
    weeks,
    activities: activities.map((a) => ({ ...a, visitors: weeks.map((w) => (counted.has(`${a.id}/${w}`) ? (sums.get(`${a.id}/${w}`) ?? 0) : null)) })),
  };
}

async function writeHours(db: DB, placeId: number, hours: PlaceInput["hours"]) {
  await db.deleteFrom("meeting_place_hours").where("place_id", "=", placeId).execute();
  if (hours.length) await db.insertInto("meeting_place_hours").values(hours.map((h) => ({ place_id: placeId, weekday: h.weekday, open_minute: h.openMinute, close_minute: h.closeMinute }))).execute();
}

/** A new place with its hours, shown at once; undefined when the municipality is unknown. */
export async function createPlace(db: DB, input: PlaceInput & { actorUserId: number; now?: Date }) {
  return db.transaction().execute(async (trx) => {
    const muni = await trx.selectFrom("municipalities").select("id").where("id", "=", input.municipalityId).executeTakeFirst();
    if (!muni) return undefined;
    const at = (input.now ?? new Date()).toISOString();
    const { id } = await trx
      .insertInto("meeting_places")
      .values({ name: input.name, municipality_id: muni.id, address: input.address, description: input.description, active: 1, created_at: at })
      .returning("id")
      .executeTakeFirstOrThrow();
    await writeHours(trx, id, input.hours);
    await audit(trx, { actorUserId: input.actorUserId, entity: "meeting_place", entityId: id, action: "create", details: { name: input.name } });
    return id;
  });
}

/** The place's details and hours replaced; "unknownPlace" or "unknownMunicipality" when either is gone. */
export async function updatePlace(db: DB, placeId: number, input: PlaceInput & { active: boolean; actorUserId: number }) {
  return db.transaction().execute(async (trx) => {
    const muni = await trx.selectFrom("municipalities").select("id").where("id", "=", input.municipalityId).executeTakeFirst();
    if (!muni) return "unknownMunicipality" as const;
    const result = await trx
      .updateTable("meeting_places")
      .set({ name: input.name, municipality_id: muni.id, address: input.address, description: input.description, active: input.active ? 1 : 0 })
      .where("id", "=", placeId)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return "unknownPlace" as const;
    await writeHours(trx, placeId, input.hours);
    await audit(trx, { actorUserId: input.actorUserId, entity: "meeting_place", entityId: placeId, action: "update" });
    return "ok" as const;
  });
}

/** A new activity at the place; false when the place is unknown. */
export async function addActivity(db: DB, placeId: number, input: ActivityInput & { actorUserId: number; now?: Date }): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const place = await trx.selectFrom("meeting_places").select("id").where("id", "=", placeId).executeTakeFirst();
    if (!place) return false;
    const timing =
      input.kind === "once"
        ? { kind: "once" as const, starts_at: input.startsAt, weekday: null, start_minute: null, from_date: null }
        : { kind: "weekly" as const, starts_at: null, weekday: input.weekday, start_minute: input.startMinute, from_date: input.fromDate };
    const { id } = await trx
      .insertInto("meeting_place_activities")
      .values({ place_id: placeId, title: input.title, description: input.description, duration_minutes: input.durationMinutes, until_date: null, created_at: (input.now ?? new Date()).toISOString(), ...timing })
      .returning("id")
      .executeTakeFirstOrThrow();
    await audit(trx, { actorUserId: input.actorUserId, entity: "meeting_place_activity", entityId: id, action: "create", details: { placeId, title: input.title } });
    return true;
  });
}

/** A weekly activity's last date set (its counts and past shifts stay); "unknown" for no such weekly activity at the place, "beforeStart" before its first date. */
export async function endActivity(db: DB, { placeId, activityId, untilDate, actorUserId }: { placeId: number; activityId: number; untilDate: string; actorUserId: number }) {
  return db.transaction().execute(async (trx) => {
    const activity = await trx
      .selectFrom("meeting_place_activities")
      .select(["id", "from_date"])
      .where("id", "=", activityId)
      .where("place_id", "=", placeId)
      .where("kind", "=", "weekly")
      .executeTakeFirst();
    if (!activity) return "unknown" as const;
    if (untilDate < activity.from_date!) return "beforeStart" as const;
    await trx.updateTable("meeting_place_activities").set({ until_date: untilDate }).where("id", "=", activityId).execute();
    // Shifts after the last date no longer have an occurrence to be on duty at.
    await trx.deleteFrom("activity_shifts").where("activity_id", "=", activityId).where("occurs_on", ">", untilDate).execute();
    await audit(trx, { actorUserId, entity: "meeting_place_activity", entityId: activityId, action: "end", details: { untilDate } });
    return "ok" as const;
  });
}

/** A one-off activity that has not started called off: gone with its shifts; "unknown" for no such one-off at the place, "started" once it has begun. */
export async function cancelOneOff(db: DB, { placeId, activityId, actorUserId, now = new Date() }: { placeId: number; activityId: number; actorUserId: number; now?: Date }) {
  return db.transaction().execute(async (trx) => {
    const activity = await trx.selectFrom("meeting_place_activities").select(["id", "starts_at", "title"]).where("id", "=", activityId).where("place_id", "=", placeId).where("kind", "=", "once").executeTakeFirst();
    if (!activity) return "unknown" as const;
    if (!mayChangeShift(activity.starts_at!, now)) return "started" as const;
    await trx.deleteFrom("meeting_place_activities").where("id", "=", activityId).execute();
    await audit(trx, { actorUserId, entity: "meeting_place_activity", entityId: activityId, action: "cancel", details: { title: activity.title } });
    return "ok" as const;
  });
}

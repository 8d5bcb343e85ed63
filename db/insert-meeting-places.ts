// Insert helpers for meeting places, shared by the tests and the demo seed (as insert-rows.ts): sensible defaults, nothing random.
import type { Kysely } from "kysely";
import type { Database } from "./schema";
import { ensureMunicipality } from "./insert-rows";

type Db = Kysely<Database>;

export interface PlaceRow {
  name?: string;
  municipality?: string;
  careArea?: string;
  address?: string;
  description?: string;
  active?: boolean;
  /** [weekday, open minute, close minute] */
  hours?: [number, number, number][];
  created_at?: string;
}

export async function insertMeetingPlace(db: Db, row: PlaceRow = {}): Promise<number> {
  const muni = await ensureMunicipality(db, row.municipality ?? "Jönköping", row.careArea ?? row.municipality ?? "Jönköping");
  const { id } = await db
    .insertInto("meeting_places")
    .values({
      name: row.name ?? "Hjärtats hus",
      municipality_id: muni.id,
      address: row.address ?? "",
      description: row.description ?? "",
      active: row.active === false ? 0 : 1,
      created_at: row.created_at ?? new Date().toISOString(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  for (const [weekday, open, close] of row.hours ?? []) {
    await db.insertInto("meeting_place_hours").values({ place_id: id, weekday, open_minute: open, close_minute: close }).execute();
  }
  return id;
}

export type ActivityRow =
  | { placeId: number; title?: string; description?: string; kind: "once"; startsAt: string; durationMinutes?: number }
  | { placeId: number; title?: string; description?: string; kind?: "weekly"; weekday: number; startMinute: number; fromDate: string; untilDate?: string | null; durationMinutes?: number };

export async function insertActivity(db: Db, row: ActivityRow): Promise<number> {
  const timing =
    row.kind === "once"
      ? { kind: "once" as const, starts_at: row.startsAt, weekday: null, start_minute: null, from_date: null, until_date: null }
      : { kind: "weekly" as const, starts_at: null, weekday: row.weekday, start_minute: row.startMinute, from_date: row.fromDate, until_date: row.untilDate ?? null };
  const { id } = await db
    .insertInto("meeting_place_activities")
    .values({ place_id: row.placeId, title: row.title ?? "Öppet hus", description: row.description ?? "", duration_minutes: row.durationMinutes ?? 120, created_at: new Date().toISOString(), ...timing })
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}

export async function insertShift(db: Db, row: { activityId: number; date: string; personId: number }): Promise<number> {
  const { id } = await db
    .insertInto("activity_shifts")
    .values({ activity_id: row.activityId, occurs_on: row.date, person_id: row.personId, created_at: new Date().toISOString() })
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}

export async function insertVisitorCount(db: Db, row: { activityId: number; date: string; visitors: number; personId?: number | null; enteredAt?: string }): Promise<void> {
  await db
    .insertInto("activity_visitor_counts")
    .values({ activity_id: row.activityId, occurs_on: row.date, visitors: row.visitors, entered_by_person_id: row.personId ?? null, entered_at: row.enteredAt ?? new Date().toISOString() })
    .execute();
}

// The demo's meeting places: Hjärtats hus in the four towns with hours, a weekly "Öppet hus" and a coming event; past
// weeks counted at about 10–20 visitors; the demo volunteer on duty at an occurrence that has started, not yet counted.
import { placesOverview } from "~/models/meeting-places-admin.server";
import { listPublicPlaces, publicCalendar } from "~/models/meeting-places.server";
import { shiftBoard } from "~/models/meeting-place-shifts.server";
import { db } from "~/utils/db.server";
import { insertPerson } from "../../db/insert-rows";
import { seedMeetingPlaces } from "../../db/seed-meeting-places";

async function seedAt(now: Date) {
  const demoPersonId = await insertPerson(db());
  const volunteers = [await insertPerson(db()), await insertPerson(db())];
  await seedMeetingPlaces(db(), { now, demoPersonId, volunteers });
  return { demoPersonId, volunteers };
}

describe("the meeting places seed", () => {
  // A Sunday evening and a Wednesday noon: the latest "Öppet hus" that has started differs.
  it.each([new Date("2026-12-06T19:00:00Z"), new Date("2027-03-31T10:00:00Z")])("makes the four places and a shift to count at %s", async (now) => {
    const { demoPersonId } = await seedAt(now);
    const places = await listPublicPlaces(db());
    expect(places.map((p) => p.municipality)).toEqual(["Eksjö", "Jönköping", "Tranås", "Värnamo"]);
    for (const place of places) {
      const calendar = (await publicCalendar(db(), place.id, now))!;
      expect(calendar.opening.length).toBeGreaterThan(0);
      expect(new Set(calendar.occurrences.map((o) => o.title)).size).toBe(2);
    }
    const board = await shiftBoard(db(), { personId: demoPersonId, now });
    expect(board.mine.filter((s) => s.mayCount && s.visitors === null)).toHaveLength(1);
    expect(board.mine.filter((s) => s.mayChange)).toHaveLength(1);
    const overview = await placesOverview(db(), now);
    const lastFull = overview.places.map((p) => p.visitors.at(-2)!);
    expect(lastFull.every((n) => n >= 40 && n <= 100)).toBe(true);
    const counts = await db().selectFrom("activity_visitor_counts").select("visitors").execute();
    expect(counts.length).toBeGreaterThanOrEqual(40);
    expect(counts.every((c) => c.visitors >= 10 && c.visitors <= 20)).toBe(true);
  });

  it("gives the same rows for the same date", async () => {
    const now = new Date("2026-12-06T19:00:00Z");
    await seedAt(now);
    const read = () => db().selectFrom("activity_visitor_counts").select(["occurs_on", "visitors", "entered_at"]).orderBy("occurs_on").orderBy("visitors").execute();
    const first = await read();
    for (const table of ["activity_visitor_counts", "activity_shifts", "meeting_place_activities", "meeting_place_hours", "meeting_places"] as const) await db().deleteFrom(table).execute();
    await seedAt(now);
    expect(await read()).toEqual(first);
  });
});

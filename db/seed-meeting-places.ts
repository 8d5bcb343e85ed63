// The demo region's meeting places (issue M): Hjärtats hus in Tranås, Eksjö, Värnamo and Jönköping, each with
// opening hours, a weekly "Öppet hus" and one coming event; volunteers' shifts and visitors counted over the last
// weeks; and the demo volunteer on duty at an occurrence that has started, so entering visitors can be tried.
import type { Kysely } from "kysely";
import { ENTRY_WINDOW_DAYS, occurrencesBetween, type ActivityTiming } from "../app/domain/meeting-places";
import { addDays, instantToLocal, localToInstant } from "../app/domain/stockholm-time";
import { insertActivity, insertMeetingPlace, insertShift, insertVisitorCount } from "./insert-meeting-places";
import type { Database } from "./schema";

interface PlaceSeed {
  municipality: string;
  careArea: string;
  address: string;
  /** [weekday, open minute, close minute] */
  hours: [number, number, number][];
  /** The weekly "Öppet hus": weekday and start minute. */
  openHouse: [number, number];
  event: { title: string; daysAhead: number; minute: number };
}

const PLACES: PlaceSeed[] = [
  { municipality: "Tranås", careArea: "Höglandet", address: "Storgatan 21", hours: [[2, 600, 960], [4, 600, 1260]], openHouse: [4, 1080], event: { title: "Musikcafé", daysAhead: 9, minute: 840 } },
  { municipality: "Eksjö", careArea: "Höglandet", address: "Norra Storgatan 8", hours: [[1, 600, 960], [3, 600, 1260]], openHouse: [3, 1080], event: { title: "Föreläsning: sömn och återhämtning", daysAhead: 12, minute: 1080 } },
  { municipality: "Värnamo", careArea: "Värnamo", address: "Lasarettsgatan 4", hours: [[2, 600, 1260], [5, 600, 960]], openHouse: [2, 1080], event: { title: "Vårmarknad", daysAhead: 16, minute: 660 } },
  { municipality: "Jönköping", careArea: "Jönköping", address: "Östra Storgatan 44", hours: [[1, 600, 1260], [2, 600, 960], [3, 600, 960], [6, 660, 900]], openHouse: [1, 1080], event: { title: "Prova på: måla akvarell", daysAhead: 6, minute: 780 } },
];

/** How many past weeks have counts; the visitors of week i at place p, about 10–20, no randomness. */
const COUNTED_WEEKS = 10;
const visitorsOf = (place: number, week: number) => 10 + ((place * 7 + week * 5) % 11);

/**
 * `volunteers`: person ids who take the past shifts; `demoPersonId`: the demo volunteer, on duty at the latest
 * "Öppet hus" that has started (its visitors not yet entered) and signed up for the next one at the same place.
 */
export async function seedMeetingPlaces(db: Kysely<Database>, { now, demoPersonId, volunteers }: { now: Date; demoPersonId: number; volunteers: readonly number[] }): Promise<void> {
  const today = instantToLocal(now).date;
  const created = new Date(now.getTime() - 400 * 86_400_000).toISOString();
  const weekly: (ActivityTiming & { place: number })[] = [];
  for (const [p, seed] of PLACES.entries()) {
    const placeId = await insertMeetingPlace(db, {
      name: `Hjärtats hus ${seed.municipality}`,
      municipality: seed.municipality,
      careArea: seed.careArea,
      address: seed.address,
      description: "En öppen mötesplats för alla som vill träffa andra, driven av volontärer. Ingen anmälan, ingen kostnad.",
      hours: seed.hours,
      created_at: created,
    });
    const [weekday, startMinute] = seed.openHouse;
    const fromDate = addDays(today, -400);
    const id = await insertActivity(db, { placeId, title: "Öppet hus", description: "Fika, samtal och gemenskap.", weekday, startMinute, fromDate });
    weekly.push({ id, kind: "weekly", startsAt: null, weekday, startMinute, fromDate, untilDate: null, durationMinutes: 120, place: p });
    const day = addDays(today, seed.event.daysAhead);
    await insertActivity(db, { placeId, kind: "once", title: seed.event.title, startsAt: localToInstant(day, seed.event.minute).toISOString(), durationMinutes: 120 });
  }
  const started = occurrencesBetween(weekly, addDays(today, -7 * (COUNTED_WEEKS + 1)), today).filter((o) => Date.parse(o.startsAt) <= now.getTime());
  // The demo volunteer's: the latest occurrence that has started, within the window for entering visitors.
  const demo = started.filter((o) => Date.parse(o.startsAt) > now.getTime() - ENTRY_WINDOW_DAYS * 86_400_000).at(-1);
  for (const [i, o] of started.entries()) {
    if (o === demo) continue;
    const personId = volunteers[i % volunteers.length];
    await insertShift(db, { activityId: o.activity.id, date: o.date, personId });
    const week = Math.floor(i / PLACES.length);
    await insertVisitorCount(db, { activityId: o.activity.id, date: o.date, visitors: visitorsOf(o.activity.place, week), personId, enteredAt: o.endsAt });
  }
  if (demo) {
    await insertShift(db, { activityId: demo.activity.id, date: demo.date, personId: demoPersonId });
    const next = occurrencesBetween([demo.activity], addDays(demo.date, 1), addDays(demo.date, 14)).find((o) => Date.parse(o.startsAt) > now.getTime());
    if (next) await insertShift(db, { activityId: next.activity.id, date: next.date, personId: demoPersonId });
  }
}

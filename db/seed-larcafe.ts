// The demo region's Lärcafé series: a diabetes café at the demo unit in Huskvarna (six sessions every four weeks,
// three held before the seed date) and a digital pain café in Värnamo; each session has its book request, the held
// ones completed with a book from the catalogue, the coming ones open on the desk. Deterministic for a given `now`.
import { sessionRequestTitle } from "../app/domain/larcafe";
import { insertAssignment, insertOffer, insertRequest } from "./insert-rows";
import type { SeedContext, SeedPerson, SeedUnit } from "./seed-requests";
import { CARE_UNITS } from "./seed-data";
import { DAY_MS, HOUR_MS, MINUTE_MS, addDays, isHoliday, iso, stockholmToUtc, weekday } from "./seed-time";

interface SeriesSeed {
  unit: string;
  title: string;
  area: string;
  digital: boolean;
  description: string;
  count: number;
  weeks: number;
  /** Weeks before the seed date that the first session falls in. */
  weeksAgo: number;
  weekday: number;
  startMinute: number;
}

const SERIES: SeriesSeed[] = [
  {
    unit: "Vårdcentralen Huskvarna", title: "Diabetes i vardagen", area: "diabetes", digital: false,
    description: "Patienter med diabetes typ 2 möter diabetessköterskan och en levande bok: kost, motion och att orka med egenvården.",
    count: 6, weeks: 4, weeksAgo: 11, weekday: 2, startMinute: 17 * 60 + 30,
  },
  {
    unit: "Vårdcentralen Värnamo", title: "Långvarig smärta", area: "smärta", digital: true,
    description: "Ett digitalt lärcafé för patienter med långvarig smärta, tillsammans med fysioterapeut och en levande bok.",
    count: 4, weeks: 2, weeksAgo: 5, weekday: 4, startMinute: 14 * 60,
  },
];

const DURATION = 90;

/** The series' dates: the given weekday on or after `weeksAgo` weeks back, then every `weeks` weeks; a red day moves a day on. */
function sessionDates(today: string, s: SeriesSeed): string[] {
  const back = addDays(today, -7 * s.weeksAgo);
  const first = addDays(back, (s.weekday - weekday(back) + 7) % 7);
  return Array.from({ length: s.count }, (_, i) => {
    let date = addDays(first, i * 7 * s.weeks);
    while (isHoliday(date) || weekday(date) > 5) date = addDays(date, 1);
    return date;
  });
}

/** A trained, active book with the series' experience, who was a member on every held session's day. */
function bookFor(ctx: SeedContext, areaId: number, from: string): SeedPerson | undefined {
  return ctx.people.find((p) => p.roles.includes("book") && p.areaIds.includes(areaId) && !p.paused && p.trained !== null && p.trained <= from && !p.left);
}

export async function seedLarcafe(ctx: SeedContext): Promise<void> {
  const areaIds = new Map([...ctx.areaNames].map(([id, name]) => [name, id]));
  for (const s of SERIES) {
    const unit: SeedUnit = ctx.units[CARE_UNITS.findIndex(([name]) => name === s.unit)];
    const areaId = areaIds.get(s.area)!;
    const dates = sessionDates(ctx.today, s);
    const createdMs = Date.parse(stockholmToUtc(addDays(dates[0], -21), 10 * 60));
    const createdBy = unit === ctx.demoUnit ? ctx.requesterId : null;
    const book = bookFor(ctx, areaId, dates[0]);
    if (!book) throw new Error(`Ingen levande bok med erfarenhet av ${s.area} i seed-data.`);
    const { id: seriesId } = await ctx.db
      .insertInto("larcafe_series")
      .values({
        title: s.title, experience_area_id: areaId, care_unit_id: unit.id, digital: s.digital ? 1 : 0,
        municipality_id: s.digital ? null : unit.muniId, address: s.digital ? null : unit.address, audience: "patients", audience_size: 12,
        description: s.description, contact_name: unit.contact, contact_phone: unit.phone, created_at: iso(createdMs), created_by_user_id: createdBy,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    for (const [i, date] of dates.entries()) {
      const start = Date.parse(stockholmToUtc(date, s.startMinute));
      const end = start + DURATION * MINUTE_MS;
      const held = end < ctx.nowMs;
      const offeredMs = start - 14 * DAY_MS;
      const acceptedMs = offeredMs + 20 * HOUR_MS;
      const { id: requestId, slotIds } = await insertRequest(ctx.db, {
        care_unit_id: unit.id, created_by: createdBy, wanted_role: "book", format: "conversation",
        title: sessionRequestTitle(s.title, i + 1, s.count), purpose: s.description,
        audience: "patients", audience_size: 12, is_digital: s.digital ? 1 : 0, municipality_id: s.digital ? null : unit.muniId,
        address: s.digital ? null : unit.address, duration_minutes: DURATION, contact_name: unit.contact, contact_phone: unit.phone,
        status: held ? "completed" : "open", created_at: iso(createdMs), updated_at: iso(held ? end + 2 * HOUR_MS : createdMs),
        slots: [{ starts_at: iso(start), ends_at: iso(end) }],
        experienceAreaIds: [areaId],
        events: [
          { status: "open", at: iso(createdMs), actor_user_id: createdBy, note: null },
          ...(held
            ? [
                { status: "offered" as const, at: iso(offeredMs), actor_user_id: ctx.coordinatorId, note: null },
                { status: "confirmed" as const, at: iso(acceptedMs), actor_user_id: ctx.coordinatorId, note: null },
                { status: "completed" as const, at: iso(end + 2 * HOUR_MS), actor_user_id: ctx.coordinatorId, note: null },
              ]
            : []),
        ],
      });
      if (held) {
        const offerId = await insertOffer(ctx.db, {
          request_id: requestId, slot_id: slotIds[0], person_id: book.id, status: "accepted", offered_at: iso(offeredMs),
          reply_by: iso(offeredMs + 5 * DAY_MS), responded_at: iso(acceptedMs), offered_by: ctx.coordinatorId,
        });
        await insertAssignment(ctx.db, {
          offer_id: offerId, starts_at: iso(start), ends_at: iso(end), status: "completed", hours: DURATION / 60, compensation_sek: 600,
          travel_km: s.digital ? 0 : 12, created_at: iso(acceptedMs), updated_at: iso(end + 2 * HOUR_MS),
        });
      }
      await ctx.db.insertInto("larcafe_sessions").values({ series_id: seriesId, starts_at: iso(start), ends_at: iso(end), request_id: requestId }).execute();
    }
  }
}

// The benchmark's requests: two years of history (offers, assignments, feedback) and today's open, offered and confirmed ones.
import type { Rng } from "../db/seed-time";
import { ROLE_FORMATS } from "../db/seed-data";
import { addDays, localToInstant, weekdayOf } from "../app/domain/stockholm-time";
import type { Format, Role, UnitKind } from "../app/domain/vocabulary";

export interface Writer {
  insert(table: string, row: Record<string, unknown>): void;
  rows: Record<string, number>;
}
export interface GenUnit { id: number; muniId: number; kind: UnitKind; requesterUserId: number | null }
export interface GenPerson {
  id: number; name: string; email: string; roles: Role[]; areaIds: number[]; formats: Format[]; munis: number[];
  digital: boolean; cap: number; joined: string; left: string | null; paused: boolean; trained: string | null;
  storyTrained: string | null; weekdays: number[]; popularity: number;
}
interface Options {
  scale: number; now: Date; today: string; people: GenPerson[]; units: GenUnit[]; coordinatorUserId: number; areaCount: number;
  base: { history: number; open: number };
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const AUDIENCES = ["staff", "staff", "patients", "relatives", "students"] as const;
const iso = (ms: number) => new Date(ms).toISOString();
const at = (date: string, minute: number) => localToInstant(date, minute).getTime();
const holiday = (date: string) => date.slice(5, 7) === "07" || date.slice(5) >= "12-21" || date.slice(5) <= "01-06";

function canServe(p: GenPerson, role: Role, date: string) {
  return p.roles.includes(role) && p.trained !== null && p.trained <= date && p.joined <= date && (!p.left || p.left > date) &&
    (role !== "storyteller" || (p.storyTrained !== null && p.storyTrained <= date));
}

/** Weighted sampling by popularity: a few people get many requests, some get none, as the problem statement says. */
function sampler(rng: Rng, pool: GenPerson[]) {
  const cumulative: number[] = [];
  let sum = 0;
  for (const p of pool) cumulative.push((sum += p.popularity));
  return () => {
    const r = rng.next() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return pool[lo];
  };
}

export function generateRequests(w: Writer, rng: Rng, o: Options): { volunteerPersonId: number } {
  const { today, people, units } = o;
  const nowMs = o.now.getTime();
  const roles: Role[] = ["book", "peer", "storyteller"];
  const pickRole = () => { const r = rng.next(); return r < 0.68 ? "book" : r < 0.92 ? "peer" : "storyteller"; };
  const pools = new Map(roles.map((role) => [role, people.filter((p) => p.roles.includes(role))]));
  const samplers = new Map(roles.map((role) => [role, sampler(rng, pools.get(role)!)]));
  const unitsByMuni = new Map<number, GenUnit[]>();
  for (const u of units) unitsByMuni.set(u.muniId, [...(unitsByMuni.get(u.muniId) ?? []), u]);
  const perMonth = new Map<string, number>();
  const assignmentsOf = new Map<number, number>();
  let requestId = 0, slotId = 0, offerId = 0, assignmentId = 0;

  const request = (unit: GenUnit, role: Role, digital: boolean, status: string, createdMs: number, historical: boolean, areaIds: number[], slots: [number, number][], duration: number) => {
    const id = ++requestId;
    const audience = unit.kind === "school" ? "students" : rng.pick(AUDIENCES);
    const format = rng.pick(ROLE_FORMATS[role]);
    w.insert("requests", {
      id, care_unit_id: unit.id, created_by: unit.requesterUserId, wanted_role: role, format, title: `Förfrågan ${id}: ${role === "peer" ? "peer-medverkan" : role === "book" ? "levande bok" : "berättelse"}`,
      purpose: "Vi vill att personalen får möta erfarenheten inifrån och samtala om bemötande.", audience, audience_size: rng.int(5, 60),
      is_digital: digital ? 1 : 0, municipality_id: digital ? null : unit.muniId, address: digital ? null : `Storgatan ${rng.int(1, 80)}`,
      duration_minutes: duration, contact_name: "Kontaktperson", contact_phone: "070-174 06 50", wished_person_id: null, status,
      status_reason: null, submission_key: null, is_historical: historical ? 1 : 0, created_at: iso(createdMs), updated_at: iso(createdMs),
    });
    for (const a of new Set(areaIds)) w.insert("request_experience_areas", { request_id: id, experience_area_id: a });
    w.insert("request_events", { request_id: id, status: "open", actor_user_id: unit.requesterUserId, note: null, at: iso(createdMs) });
    const slotIds = slots.map(([s, e]) => {
      w.insert("request_slots", { id: ++slotId, request_id: id, starts_at: iso(s), ends_at: iso(e) });
      return slotId;
    });
    return { id, slotIds, slots };
  };
  const offer = (requestId: number, slot: number, personId: number, status: string, offeredMs: number, respondedMs: number | null) => {
    w.insert("offers", {
      id: ++offerId, request_id: requestId, slot_id: slot, person_id: personId, status, offered_at: iso(offeredMs), reply_by: iso(offeredMs + 5 * DAY),
      responded_at: respondedMs === null ? null : iso(respondedMs), decline_reason: status === "declined" ? "Tiden krockar med mitt arbete." : null, offered_by: o.coordinatorUserId,
    });
    return offerId;
  };
  const assignment = (offer: number, requestId: number, personId: number, s: number, e: number, status: string, createdMs: number) => {
    const done = status === "completed";
    w.insert("assignments", {
      id: ++assignmentId, offer_id: offer, request_id: requestId, person_id: personId, starts_at: iso(s), ends_at: iso(e), status,
      status_reason: status === "cancelled" ? "Enheten ställde in." : status === "no_show" ? "Uteblev." : null, hours: done ? (e - s) / HOUR : null,
      compensation_sek: done ? 600 : null, travel_km: done ? rng.int(0, 90) : null, sequence: 0, created_at: iso(createdMs), updated_at: iso(createdMs),
    });
    assignmentsOf.set(personId, (assignmentsOf.get(personId) ?? 0) + 1);
    return assignmentId;
  };
  const placeFor = (p: GenPerson | null) => {
    const local = p ? p.munis.flatMap((m) => unitsByMuni.get(m) ?? []) : [];
    if (p && p.digital && (local.length === 0 || rng.chance(0.15))) return { unit: rng.pick(units), digital: true };
    return { unit: local.length ? rng.pick(local) : rng.pick(units), digital: false };
  };
  const areasFor = (p: GenPerson | null) => (p ? rng.shuffle(p.areaIds).slice(0, rng.int(1, 2)) : [rng.int(1, o.areaCount), rng.int(1, o.areaCount)].slice(0, rng.int(1, 2)));

  // History: target assignments over the last two years, plus unfilled requests with only declined or expired offers.
  const target = Math.max(1, Math.round(o.base.history * o.scale));
  let made = 0;
  for (let attempt = 0; made < target && attempt < target * 20; attempt++) {
    const date = addDays(today, -rng.int(3, 730));
    if (weekdayOf(date) > 5 || holiday(date)) continue;
    const role = pickRole();
    const p = samplers.get(role)!();
    if (!canServe(p, role, date)) continue;
    const monthKey = `${p.id}:${date.slice(0, 7)}`;
    if ((perMonth.get(monthKey) ?? 0) >= p.cap) continue;
    const duration = rng.pick([60, 90, 120]);
    const s = at(date, rng.int(16, 30) * 30);
    const e = s + duration * 60_000;
    const offeredMs = s - rng.int(10, 40) * DAY;
    const { unit, digital } = placeFor(p);
    const unfilled = rng.chance(0.05);
    const outcome = unfilled ? "unfilled" : ((r) => (r < 0.88 ? "completed" : r < 0.96 ? "cancelled" : "no_show"))(rng.next());
    const status = outcome === "completed" ? "completed" : rng.chance(0.5) && unfilled ? "withdrawn" : "cancelled";
    const { id, slotIds } = request(unit, role, digital, status, offeredMs - rng.int(1, 4) * DAY, true, areasFor(p), [[s, e]], duration);
    let t = offeredMs;
    if (unfilled || rng.chance(0.25)) {
      const other = samplers.get(role)!();
      const declined = rng.chance(0.6);
      offer(id, slotIds[0], other.id, declined ? "declined" : "expired", t, declined ? t + rng.int(4, 48) * HOUR : null);
      t += 6 * DAY;
    }
    if (unfilled) {
      offer(id, slotIds[0], p.id, rng.chance(0.5) ? "declined" : "expired", t, null);
      continue;
    }
    const accepted = t + rng.int(2, 48) * HOUR;
    const offerRow = offer(id, slotIds[0], p.id, "accepted", t, accepted);
    if (rng.chance(0.05)) offer(id, slotIds[0], samplers.get(role)!().id, "withdrawn", t, accepted);
    const a = assignment(offerRow, id, p.id, s, e, outcome, accepted);
    perMonth.set(monthKey, (perMonth.get(monthKey) ?? 0) + 1);
    made++;
    if (outcome !== "completed") continue;
    const fbMs = e + rng.int(20, 150) * HOUR;
    if (fbMs < nowMs && rng.chance(0.4)) {
      const rating = rng.pick([5, 5, 5, 4, 4, 3, 2]);
      w.insert("feedback", { assignment_id: a, author: "care_unit", author_user_id: unit.requesterUserId, rating, comment: "Mycket uppskattat.", would_book_again: rating >= 4 ? 1 : 0, hours: null, travel_km: null, created_at: iso(fbMs) });
    }
    if (fbMs < nowMs && rng.chance(0.2)) {
      w.insert("feedback", { assignment_id: a, author: "volunteer", author_user_id: null, rating: rng.pick([5, 4, 4, 3]), comment: "Bra samtal.", would_book_again: null, hours: duration / 60, travel_km: 10, created_at: iso(fbMs) });
    }
  }

  // Today: open requests (the plan's input), offered ones with pending offers, and confirmed ones ahead.
  const futureSlots = (count: number, duration: number): [number, number][] => {
    const dates = new Set<string>();
    for (let i = 0; dates.size < count && i < 50; i++) {
      const d = addDays(today, rng.int(7, 60));
      if (weekdayOf(d) <= 5 && !holiday(d)) dates.add(d);
    }
    return [...dates].sort().map((d) => { const s = at(d, rng.pick([540, 600, 780, 840])); return [s, s + duration * 60_000]; });
  };
  const nowish = (maxDays: number) => nowMs - rng.int(1, maxDays * 24) * HOUR;
  const eligibleNow = (role: Role) => pools.get(role)!.filter((p) => !p.paused && canServe(p, role, today));
  const current = (role: Role, status: string, p: GenPerson | null, count: number) => {
    const duration = rng.pick([60, 90, 120]);
    const place = p ? placeFor(p) : { unit: rng.pick(units), digital: rng.chance(0.12) };
    return { ...request(place.unit, role, place.digital, status, nowish(14), false, areasFor(p), futureSlots(count, duration), duration), duration };
  };
  for (let i = 0; i < Math.max(1, Math.round(o.base.open * o.scale)); i++) current(pickRole(), "open", null, rng.int(1, 3));
  const pending = (role: Role, p: GenPerson) => {
    const r = current(role, "offered", p, rng.int(1, 2));
    offer(r.id, r.slotIds[0], p.id, "pending", nowish(4), null);
  };
  const booked = (role: Role, p: GenPerson) => {
    const r = current(role, "confirmed", p, 1);
    const offeredMs = nowish(10);
    const offerRow = offer(r.id, r.slotIds[0], p.id, "accepted", offeredMs, offeredMs + HOUR);
    assignment(offerRow, r.id, p.id, r.slots[0][0], r.slots[0][1], "booked", offeredMs + HOUR);
  };
  for (let i = 0; i < Math.round(o.base.open * o.scale * 0.1); i++) {
    const role = pickRole();
    const pool = eligibleNow(role);
    if (pool.length) pending(role, rng.pick(pool));
  }
  for (let i = 0; i < Math.round(o.base.open * o.scale * 0.075); i++) {
    const role = pickRole();
    const pool = eligibleNow(role);
    if (pool.length) booked(role, rng.pick(pool));
  }
  // The signed-in volunteer of the load test: the busiest book still active, so its pages are a heavy case, not a light one.
  const books = eligibleNow("book");
  const volunteer = books.reduce((best, p) => ((assignmentsOf.get(p.id) ?? 0) > (assignmentsOf.get(best.id) ?? 0) ? p : best), books[0]);
  for (let i = 0; i < 3; i++) pending("book", volunteer);
  for (let i = 0; i < 2; i++) booked("book", volunteer);
  return { volunteerPersonId: volunteer.id };
}

// The demo seed's requests: two calendar years of history, and the open, offered and confirmed requests of today.
import type { Kysely } from "kysely";
import { insertAssignment, insertOffer, insertRequest } from "./insert-rows";
import type { Database } from "./schema";
import {
  AREA_TOPICS, BOOK_TITLES, CANCEL_REASONS, DECLINE_REASONS, NO_SHOW_REASON, PEER_TITLES, PURPOSES, ROLE_FORMATS,
  STORYTELLER_TITLES, UNFILLED_REASONS, UNIT_COMMENTS, VOLUNTEER_COMMENTS,
} from "./seed-data";
import {
  DAY_MS, HOUR_MS, MINUTE_MS, addDays, daysBetween, isHoliday, iso, maxDate, minDate, stockholmDate, stockholmToUtc, weekday, type Rng,
} from "./seed-time";
import type { Audience, Format, OfferStatus, RequestStatus, Role, UnitKind } from "../app/domain/vocabulary";

export interface SeedPerson {
  id: number;
  userId: number;
  roles: Role[];
  areaIds: number[];
  formats: Format[];
  munis: number[];
  digital: boolean;
  cap: number;
  joined: string;
  left: string | null;
  paused: boolean;
  trained: string | null;
  storyTrained: string | null;
  windows: { weekday: number; start_minute: number; end_minute: number }[];
  blocked: [string, string][];
  /** Booked [start, end) instants, and assignments per "YYYY-MM", so the seed never double-books or exceeds the cap. */
  busy: [number, number][];
  perMonth: Map<string, number>;
}
export interface SeedUnit { id: number; muniId: number; kind: UnitKind; address: string; contact: string; phone: string }
export interface SeedContext {
  db: Kysely<Database>;
  rng: Rng;
  nowMs: number;
  today: string;
  year: number;
  people: SeedPerson[];
  units: SeedUnit[];
  areaNames: Map<number, string>;
  coordinatorId: number;
  requesterId: number;
  demoUnit: SeedUnit;
  demoPerson: SeedPerson;
}

type Slot = { date: string; min: number };
type Outcome = "completed" | "no_show" | "cancelled" | "unfilled" | "open" | "offered" | "booked";
interface Step { person: SeedPerson; status: "declined" | "expired" | "accepted" | "pending"; parallel?: SeedPerson }
interface Job {
  role: Role;
  unit: SeedUnit;
  digital: boolean;
  areaIds: number[];
  format: Format;
  duration: number;
  slot: Slot;
  createdMs: number;
  firstOfferMs: number;
  steps: Step[];
  outcome: Outcome;
  wishedPersonId?: number;
}

const BUFFER_MS = 90 * MINUTE_MS;
const startMs = (slot: Slot) => Date.parse(stockholmToUtc(slot.date, slot.min));

/** A moment in office hours on that date, or on the Friday before when it falls on a weekend. */
function officeMs(ctx: SeedContext, date: string): number {
  const day = weekday(date);
  return startMs({ date: day > 5 ? addDays(date, 5 - day) : date, min: ctx.rng.int(16, 32) * 30 });
}

function canServe(p: SeedPerson, role: Role, date: string): boolean {
  return (
    p.roles.includes(role) && p.trained !== null && p.trained <= date && p.joined <= date && (!p.left || p.left > date) &&
    (role !== "storyteller" || (p.storyTrained !== null && p.storyTrained <= date))
  );
}
const activeNow = (ctx: SeedContext, p: SeedPerson, role: Role) => !p.paused && canServe(p, role, ctx.today);

/** A slot inside the person's weekly windows and office hours, free of holidays, blocks, other bookings and the cap. */
function placeSlot(ctx: SeedContext, p: SeedPerson, from: string, to: string, duration: number): Slot | null {
  const span = daysBetween(from, to);
  for (let i = 0; span >= 0 && i < 40; i++) {
    const date = addDays(from, ctx.rng.int(0, span));
    const windows = p.windows.filter((w) => w.weekday === weekday(date) && w.weekday <= 5);
    if (!windows.length || isHoliday(date) || p.blocked.some(([f, t]) => f <= date && date <= t)) continue;
    if ((p.perMonth.get(date.slice(0, 7)) ?? 0) >= p.cap) continue;
    const w = ctx.rng.pick(windows);
    const lo = Math.ceil(Math.max(w.start_minute, 480) / 30) * 30;
    const options = Math.floor((Math.min(w.end_minute, 1020) - lo - duration) / 30) + 1;
    if (options < 1) continue;
    const slot = { date, min: lo + 30 * ctx.rng.int(0, options - 1) };
    const s = startMs(slot);
    const e = s + duration * MINUTE_MS;
    if (!p.busy.some(([bs, be]) => s < be + BUFFER_MS && e > bs - BUFFER_MS)) return slot;
  }
  return null;
}

function reserve(p: SeedPerson, slot: Slot, duration: number) {
  const s = startMs(slot);
  p.busy.push([s, s + duration * MINUTE_MS]);
  p.perMonth.set(slot.date.slice(0, 7), (p.perMonth.get(slot.date.slice(0, 7)) ?? 0) + 1);
}

/** A plausible proposed time when no particular person's calendar decides it. */
function genericSlot(ctx: SeedContext, from: string, to: string): Slot {
  const span = Math.max(0, daysBetween(from, to));
  let date = from;
  for (let i = 0; i < 30; i++) {
    date = addDays(from, ctx.rng.int(0, span));
    if (weekday(date) <= 5 && !isHoliday(date)) break;
  }
  return { date, min: ctx.rng.pick([540, 600, 780, 840]) };
}

function unitFor(ctx: SeedContext, p: SeedPerson, preferDemo = false): { unit: SeedUnit; digital: boolean } {
  const local = ctx.units.filter((u) => p.munis.includes(u.muniId));
  if (local.includes(ctx.demoUnit) && (preferDemo || ctx.rng.chance(0.05))) return { unit: ctx.demoUnit, digital: false };
  if (p.digital && (local.length === 0 || ctx.rng.chance(0.2))) return { unit: ctx.rng.pick(ctx.units), digital: true };
  return { unit: local.length ? ctx.rng.pick(local) : ctx.rng.pick(ctx.units), digital: false };
}

function audienceFor(ctx: SeedContext, role: Role, kind: UnitKind): Audience {
  if (kind === "school") return "students";
  if (role === "peer") return ctx.rng.chance(0.7) ? "patients" : "staff";
  if (kind === "other") return ctx.rng.pick(["relatives", "patients"] as const);
  if (kind === "municipality") return "staff";
  return ctx.rng.pick(["staff", "staff", "staff", "patients", "relatives"] as const);
}

/** The request as it would have looked when the job (its person, time and outcome) was chosen. */
function makeJob(
  ctx: SeedContext,
  role: Role,
  p: SeedPerson,
  slot: Slot,
  duration: number,
  firstOfferMs: number,
  steps: Step[],
  outcome: Outcome,
  preferDemo = false,
): Job {
  const { unit, digital } = unitFor(ctx, p, preferDemo);
  const areaIds = ctx.rng.shuffle(p.areaIds).slice(0, role === "peer" ? 1 : ctx.rng.int(1, 2));
  const fits = p.formats.filter((f) => ROLE_FORMATS[role].includes(f));
  const format = fits.length ? ctx.rng.pick(fits) : ROLE_FORMATS[role][0];
  return {
    role, unit, digital, areaIds, format, duration, slot, firstOfferMs, steps, outcome,
    createdMs: officeMs(ctx, addDays(stockholmDate(firstOfferMs), -ctx.rng.int(1, 4))),
  };
}

/** Writes the request with its slots, events, offers, assignment and feedback, all timed consistently. */
async function writeJob(ctx: SeedContext, job: Job): Promise<number> {
  const { rng, db } = ctx;
  const createdBy = job.unit === ctx.demoUnit ? ctx.requesterId : null;
  const start = startMs(job.slot);
  const end = start + job.duration * MINUTE_MS;
  const events: { status: RequestStatus; at: number; actor: number | null; note: string | null }[] = [
    { status: "open", at: job.createdMs, actor: createdBy, note: null },
  ];
  if (job.steps.length) events.push({ status: "offered", at: job.firstOfferMs, actor: ctx.coordinatorId, note: null });
  type OfferRow = { person: SeedPerson; status: OfferStatus; at: number; respondedAt: number | null; reason: string | null; alt: boolean };
  const offers: OfferRow[] = [];
  let t = job.firstOfferMs;
  let lastClose = t;
  let acceptMs = 0;
  for (const step of job.steps) {
    if (step.status === "declined") {
      lastClose = t + rng.int(4, 48) * HOUR_MS;
      offers.push({ person: step.person, status: "declined", at: t, respondedAt: lastClose, reason: rng.pick(DECLINE_REASONS), alt: rng.chance(0.5) });
      t = lastClose + rng.int(2, 24) * HOUR_MS;
    } else if (step.status === "expired") {
      lastClose = t + 5 * DAY_MS;
      offers.push({ person: step.person, status: "expired", at: t, respondedAt: null, reason: null, alt: rng.chance(0.5) });
      t = lastClose + rng.int(2, 24) * HOUR_MS;
    } else if (step.status === "pending") {
      offers.push({ person: step.person, status: "pending", at: t, respondedAt: null, reason: null, alt: false });
    } else {
      acceptMs = t + rng.int(2, 48) * HOUR_MS;
      offers.push({ person: step.person, status: "accepted", at: t, respondedAt: acceptMs, reason: null, alt: false });
      if (step.parallel) offers.push({ person: step.parallel, status: "withdrawn", at: t, respondedAt: null, reason: null, alt: false });
      events.push({ status: "confirmed", at: acceptMs, actor: ctx.coordinatorId, note: null });
    }
  }
  let status: RequestStatus = job.steps.length ? "offered" : "open";
  let reason: string | null = null;
  let finalMs = acceptMs;
  if (job.outcome === "completed" || job.outcome === "no_show") {
    finalMs = end + rng.int(2, 30) * HOUR_MS;
    [status, reason] = job.outcome === "completed" ? ["completed", null] : ["cancelled", NO_SHOW_REASON];
  } else if (job.outcome === "cancelled") {
    finalMs = Math.max(acceptMs + HOUR_MS, start - rng.int(1, 10) * DAY_MS);
    [status, reason] = ["cancelled", rng.pick(CANCEL_REASONS)];
  } else if (job.outcome === "unfilled") {
    finalMs = lastClose + rng.int(1, 3) * DAY_MS;
    [status, reason] = rng.pick(UNFILLED_REASONS);
  } else if (job.outcome === "booked") {
    status = "confirmed";
  }
  if (["completed", "cancelled", "withdrawn"].includes(status)) {
    events.push({ status, at: finalMs, actor: status === "withdrawn" ? createdBy : ctx.coordinatorId, note: reason });
  }

  const area = ctx.areaNames.get(job.areaIds[0]) ?? "";
  const topic = AREA_TOPICS[area] ?? area;
  const title =
    job.role === "peer" ? PEER_TITLES[job.format]
    : job.role === "storyteller" ? rng.pick(STORYTELLER_TITLES)
    : rng.pick(BOOK_TITLES[job.format]);
  const audience = audienceFor(ctx, job.role, job.unit.kind);
  // Other proposed times near the chosen one: after the request was made, and on the same side of today.
  const slots = [job.slot];
  const future = job.slot.date > ctx.today;
  const altFrom = [addDays(job.slot.date, -7), addDays(stockholmDate(job.createdMs), 7), future ? addDays(ctx.today, 3) : ""].reduce(maxDate);
  const altTo = future ? addDays(job.slot.date, 7) : minDate(addDays(job.slot.date, 7), addDays(ctx.today, -1));
  for (let i = altFrom <= altTo ? rng.int(0, 2) : 0; i > 0; i--) {
    const alt = genericSlot(ctx, altFrom, altTo);
    if (!slots.some((s) => s.date === alt.date)) slots.push(alt);
  }
  slots.sort((a, b) => startMs(a) - startMs(b));
  const { id, slotIds } = await insertRequest(db, {
    care_unit_id: job.unit.id,
    created_by: createdBy,
    wanted_role: job.role,
    format: job.format,
    title: title.replace("{topic}", topic),
    purpose: rng.pick(PURPOSES[audience]).replace("{topic}", topic),
    audience,
    audience_size: audience === "students" ? rng.int(20, 90) : audience === "staff" ? rng.int(8, 40) : rng.int(4, 15),
    is_digital: job.digital ? 1 : 0,
    municipality_id: job.digital ? null : job.unit.muniId,
    address: job.digital ? null : job.unit.address,
    duration_minutes: job.duration,
    contact_name: job.unit.contact,
    contact_phone: job.unit.phone,
    wished_person_id: job.wishedPersonId ?? null,
    status,
    status_reason: reason,
    created_at: iso(job.createdMs),
    updated_at: iso(events[events.length - 1].at),
    slots: slots.map((s) => ({ starts_at: iso(startMs(s)), ends_at: iso(startMs(s) + job.duration * MINUTE_MS) })),
    experienceAreaIds: job.areaIds,
    events: events.map((e) => ({ status: e.status, at: iso(e.at), actor_user_id: e.actor, note: e.note })),
  });
  const chosenSlotId = slotIds[slots.indexOf(job.slot)];
  for (const o of offers) {
    const slotId = o.alt && slotIds.length > 1 ? rng.pick(slotIds.filter((s) => s !== chosenSlotId)) : chosenSlotId;
    const offerId = await insertOffer(db, {
      request_id: id, slot_id: slotId, person_id: o.person.id, status: o.status, offered_at: iso(o.at),
      reply_by: iso(o.at + 5 * DAY_MS), responded_at: o.respondedAt === null ? null : iso(o.respondedAt),
      decline_reason: o.reason, offered_by: ctx.coordinatorId,
    });
    if (o.status === "accepted") await writeAssignment(ctx, job, offerId, id, o.person, start, end, acceptMs, finalMs, reason);
  }
  return id;
}

const COMPENSATION: Record<Role, (hours: number) => number> = {
  peer: (hours) => Math.round(hours * 300),
  book: () => 600,
  storyteller: () => 1200,
};

async function writeAssignment(
  ctx: SeedContext, job: Job, offerId: number, requestId: number, p: SeedPerson,
  start: number, end: number, acceptMs: number, finalMs: number, reason: string | null,
) {
  const { rng, db } = ctx;
  const status = job.outcome === "booked" ? "booked" : job.outcome === "completed" ? "completed" : job.outcome === "no_show" ? "no_show" : "cancelled";
  const done = status === "completed";
  const hours = job.duration / 60;
  const travelKm = job.digital ? 0 : rng.int(3, 90);
  const assignmentId = await insertAssignment(db, {
    offer_id: offerId, request_id: requestId, person_id: p.id, starts_at: iso(start), ends_at: iso(end), status,
    status_reason: status === "cancelled" || status === "no_show" ? reason : null,
    hours: done ? hours : null, compensation_sek: done ? COMPENSATION[job.role](hours) : null, travel_km: done ? travelKm : null,
    created_at: iso(acceptMs), updated_at: iso(status === "booked" ? acceptMs : finalMs),
  });
  if (!done) return;
  const feedbackAt = end + rng.int(20, 150) * HOUR_MS;
  if (rng.chance(0.4) && feedbackAt < ctx.nowMs) {
    const rating = rng.pick([5, 5, 5, 4, 4, 3]);
    await db.insertInto("feedback").values({
      assignment_id: assignmentId, author: "care_unit", author_user_id: job.unit === ctx.demoUnit ? ctx.requesterId : null,
      rating, comment: rng.pick(UNIT_COMMENTS), would_book_again: rating >= 4 ? 1 : 0, created_at: iso(feedbackAt),
    }).execute();
  }
  if (rng.chance(0.25) && feedbackAt + DAY_MS < ctx.nowMs) {
    await db.insertInto("feedback").values({
      assignment_id: assignmentId, author: "volunteer", author_user_id: p.userId, rating: rng.pick([5, 4, 4, 3]),
      comment: rng.pick(VOLUNTEER_COMMENTS), hours, travel_km: travelKm, created_at: iso(feedbackAt + DAY_MS),
    }).execute();
  }
}

export { activeNow, canServe, genericSlot, makeJob, officeMs, placeSlot, reserve, startMs, writeJob };
export type { Job, Outcome, Slot, Step };

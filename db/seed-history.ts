// Which requests the demo seed makes: last year and this year so far, tuned so the goal dashboard has work to do,
// then today's open, offered and confirmed requests.
import {
  activeNow, canServe, genericSlot, makeJob, officeMs, placeSlot, reserve, writeJob,
  type Outcome, type SeedContext, type SeedPerson, type Slot, type Step,
} from "./seed-requests";
import { addDays, daysBetween, maxDate, minDate } from "./seed-time";
import type { Role } from "../app/domain/vocabulary";

interface Period { year: number; from: string; to: string; bookShare: number; peerTarget: number; storyTarget: number }

/** Both years of history; returns the books offered something this year (today's book offers go to them too). */
export async function seedHistory(ctx: SeedContext): Promise<SeedPerson[]> {
  const { year, today } = ctx;
  const fraction = Math.min(1, (daysBetween(`${year}-01-01`, today) + 1) / 365);
  const periods: Period[] = [
    { year: year - 1, from: `${year - 1}-01-08`, to: `${year - 1}-12-18`, bookShare: 0.62, peerTarget: 48, storyTarget: 6 },
    // This year: below the 70 % coverage target and about +10 % peer assignments, pro rata to the date.
    {
      year, from: `${year}-01-08`, to: addDays(today, -3), bookShare: 0.55 * Math.min(1, 0.15 + fraction),
      peerTarget: Math.round(60 * fraction), storyTarget: Math.round(6 * fraction),
    },
  ];
  let offered: SeedPerson[] = [];
  for (const period of periods) {
    offered = await bookYear(ctx, period);
    await roleYear(ctx, "peer", period, period.peerTarget, 21);
    await roleYear(ctx, "storyteller", period, period.storyTarget, 13);
  }
  return offered;
}

function pickOutcome(ctx: SeedContext, weights: [Outcome, number][]): Outcome {
  let r = ctx.rng.next() * weights.reduce((sum, [, w]) => sum + w, 0);
  for (const [outcome, w] of weights) if ((r -= w) < 0) return outcome;
  return weights[0][0];
}

function weightedPick<T>(ctx: SeedContext, items: T[], weights: number[]): T {
  let r = ctx.rng.next() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < items.length; i++) if ((r -= weights[i]) < 0) return items[i];
  return items[items.length - 1];
}

/** Books: a fixed share of the eligible ones is offered something, popular ones several times. */
async function bookYear(ctx: SeedContext, period: Period): Promise<SeedPerson[]> {
  const { rng } = ctx;
  const y = period.year;
  const eligible = ctx.people.filter(
    (p) => p.roles.includes("book") && p.joined <= `${y}-12-31` && (!p.left || p.left >= `${y}-01-01`),
  );
  const windowOf = (p: SeedPerson) => ({
    from: maxDate(period.from, p.trained ?? "9999"),
    to: minDate(addDays(period.to, -25), p.left ? addDays(p.left, -30) : "9999"),
  });
  const offerable = eligible.filter((p) => p.trained && windowOf(p).from <= windowOf(p).to);
  const ordered = rng.shuffle(offerable);
  if (y === ctx.year && ordered.includes(ctx.demoPerson)) ordered.unshift(...ordered.splice(ordered.indexOf(ctx.demoPerson), 1));
  const chosen = ordered.slice(0, Math.round(eligible.length * period.bookShare));
  if (!chosen.length) return [];
  const weights = chosen.map(() => 0.3 + 3 * rng.next() ** 2);
  const extra = Array.from({ length: Math.round(chosen.length * 0.45) }, () => weightedPick(ctx, chosen, weights));
  for (const p of [...chosen, ...extra]) {
    const w = windowOf(p);
    const d0 = addDays(w.from, rng.int(0, daysBetween(w.from, w.to)));
    const others = chosen.filter((q) => q !== p && canServe(q, "book", d0));
    const pre = others.length && rng.chance(0.25) ? [rng.pick(others)] : [];
    let outcome = pickOutcome(ctx, [["completed", 80], ["cancelled", 7], ["no_show", 3], ["unfilled", 10]]);
    const duration = rng.pick([60, 90, 90, 120]);
    const slotFrom = addDays(d0, 6 * pre.length + 10);
    const slotTo = minDate(addDays(d0, 6 * pre.length + 50), minDate(period.to, p.left ? addDays(p.left, -1) : "9999"));
    let slot: Slot | null = outcome === "unfilled" ? null : placeSlot(ctx, p, slotFrom, slotTo, duration);
    if (!slot) {
      outcome = "unfilled";
      slot = genericSlot(ctx, slotFrom, maxDate(slotFrom, slotTo));
    } else reserve(p, slot, duration);
    const main: Step =
      outcome === "unfilled"
        ? { person: p, status: rng.chance(0.6) ? "declined" : "expired" }
        : { person: p, status: "accepted", parallel: others.length > 1 && rng.chance(0.1) ? rng.pick(others.filter((q) => !pre.includes(q))) : undefined };
    const steps: Step[] = [...pre.map((q) => ({ person: q, status: rng.chance(0.6) ? ("declined" as const) : ("expired" as const) })), main];
    await writeJob(ctx, makeJob(ctx, "book", p, slot, duration, officeMs(ctx, d0), steps, outcome));
  }
  return chosen;
}

/** Peers and storytellers: a target number of completed assignments, spread over a pool of people. */
async function roleYear(ctx: SeedContext, role: Role, period: Period, target: number, poolSize: number) {
  const { rng } = ctx;
  const windowOf = (p: SeedPerson) => ({
    from: maxDate(period.from, addDays((role === "storyteller" ? p.storyTrained : p.trained) ?? "9999-01-01", 14)),
    to: minDate(period.to, p.left ? addDays(p.left, -1) : "9999"),
  });
  const pool = rng.shuffle(ctx.people.filter((p) => p.roles.includes(role) && windowOf(p).from <= windowOf(p).to)).slice(0, poolSize);
  if (!pool.length) return;
  const weights = pool.map(() => 0.4 + rng.next());
  let completed = 0;
  for (let attempt = 0; completed < target && attempt < target * 20; attempt++) {
    const p = weightedPick(ctx, pool, weights);
    const duration = role === "peer" ? rng.pick([60, 90, 120, 120, 180]) : rng.pick([60, 90]);
    const w = windowOf(p);
    const slot = placeSlot(ctx, p, w.from, w.to, duration);
    if (!slot) continue;
    reserve(p, slot, duration);
    const outcome = pickOutcome(ctx, [["completed", 91], ["cancelled", 6], ["no_show", 3]]);
    const others = ctx.people.filter((q) => q !== p && canServe(q, role, slot.date));
    const pre = others.length && rng.chance(0.2) ? [rng.pick(others)] : [];
    const offerDay = addDays(slot.date, -(6 * pre.length + 10 + rng.int(0, 21)));
    const steps: Step[] = [...pre.map((q) => ({ person: q, status: "declined" as const })), { person: p, status: "accepted" }];
    await writeJob(ctx, makeJob(ctx, role, p, slot, duration, officeMs(ctx, offerDay), steps, outcome));
    if (outcome === "completed") completed++;
  }
}

/** Today: eight open requests (one that nobody can take), three with pending offers, two confirmed ahead. */
export async function seedCurrentRequests(ctx: SeedContext, offeredBooks: SeedPerson[]) {
  const { rng, today, demoPerson: demo } = ctx;
  const from = addDays(today, 14);
  const to = addDays(today, 56);
  const servesDemoUnit = (p: SeedPerson) => p.munis.includes(ctx.demoUnit.muniId);
  const books = offeredBooks.filter((p) => p !== demo && activeNow(ctx, p, "book"));
  const active = (role: Role) => ctx.people.filter((p) => p !== demo && activeNow(ctx, p, role));
  const peers = active("peer");
  const pickPreferring = (pool: SeedPerson[], preferDemo: boolean) => {
    const near = pool.filter(servesDemoUnit);
    return rng.pick(preferDemo && near.length ? near : pool);
  };
  const offerJob = async (role: Role, p: SeedPerson, outcome: "offered" | "booked", preferDemo: boolean, pre: SeedPerson[] = []) => {
    const duration = role === "peer" ? 120 : 90;
    // Booked ones come sooner, so this year's "booked ahead" usually has something in it.
    const [lo, hi] = outcome === "booked" ? [addDays(today, 10), addDays(today, 35)] : [from, to];
    const slot = placeSlot(ctx, p, lo, hi, duration) ?? genericSlot(ctx, lo, hi);
    reserve(p, slot, duration);
    const offerDay = addDays(today, outcome === "booked" ? -rng.int(7, 12) : pre.length ? -4 : -rng.int(1, 2));
    const firstOfferMs = officeMs(ctx, offerDay);
    const steps: Step[] = [
      ...pre.map((q) => ({ person: q, status: "declined" as const })),
      { person: p, status: outcome === "booked" ? "accepted" : "pending" },
    ];
    await writeJob(ctx, makeJob(ctx, role, p, slot, duration, firstOfferMs, steps, outcome, preferDemo));
  };
  // The demo volunteer always has two offers to answer (one to accept, one to decline) and one assignment ahead.
  if (activeNow(ctx, demo, "book")) await offerJob("book", demo, "offered", true);
  if (activeNow(ctx, demo, "peer")) await offerJob("peer", demo, "offered", false);
  if (books.length > 1) {
    const p = rng.pick(books);
    await offerJob("book", p, "offered", false, [rng.pick(books.filter((q) => q !== p))]);
  }
  if (peers.length) await offerJob("peer", pickPreferring(peers, true), "offered", true);
  if (activeNow(ctx, demo, "peer")) await offerJob("peer", demo, "booked", false);
  if (books.length) await offerJob("book", pickPreferring(books, true), "booked", true);

  const openSpecs: { role: Role; demoUnit?: boolean; wished?: boolean; digital?: boolean }[] = [
    { role: "book", demoUnit: true }, { role: "book", wished: true }, { role: "peer" }, { role: "book", demoUnit: true },
    { role: "book", digital: true }, { role: "peer", digital: true }, { role: "storyteller" },
  ];
  for (const spec of openSpecs) {
    const all = active(spec.role);
    const pool = spec.digital && all.some((p) => p.digital) ? all.filter((p) => p.digital) : all;
    if (!pool.length) continue;
    const p = pickPreferring(pool, spec.demoUnit === true);
    const duration = spec.role === "peer" ? 120 : 90;
    const slot = placeSlot(ctx, p, from, to, duration) ?? genericSlot(ctx, from, to);
    const job = makeJob(ctx, spec.role, p, slot, duration, 0, [], "open", spec.demoUnit === true);
    job.createdMs = officeMs(ctx, addDays(today, -rng.int(1, 12)));
    if (spec.digital && p.digital) job.digital = true;
    if (spec.wished) job.wishedPersonId = p.id;
    await writeJob(ctx, job);
  }
  // Unmet demand: nobody in the library can tell about menopause as a storyteller in Gnosjö.
  const gnosjo = ctx.units.find((u) => u.kind === "municipality" && u.address.endsWith("Gnosjö")) ?? ctx.units[0];
  const menopause = [...ctx.areaNames].find(([, name]) => name === "klimakteriet")?.[0];
  if (menopause !== undefined) {
    const slot = genericSlot(ctx, from, to);
    await writeJob(ctx, {
      role: "storyteller", unit: gnosjo, digital: false, areaIds: [menopause], format: "lecture", duration: 60, slot,
      createdMs: officeMs(ctx, addDays(today, -rng.int(2, 9))), firstOfferMs: 0, steps: [], outcome: "open",
    });
  }
}

// The ranking's fast slot check must answer exactly as fitsSlot does, on random rules including clock changes and midnight.
import { fitsSlot, type AvailabilityException, type AvailabilityRules } from "~/domain/availability";
import { compileAvailability, fitsPrepared, prepareSlot } from "~/domain/matching/slot-check";
import { localToInstant } from "~/domain/stockholm-time";
import { prng } from "./builders";

// Around the spring (29 March) and autumn (25 October) clock changes of 2026, and an ordinary week.
const DATES = ["2026-03-27", "2026-03-28", "2026-03-29", "2026-03-30", "2026-10-24", "2026-10-25", "2026-10-26", "2026-01-14", "2026-01-15"];

function randomRules(rand: () => number): AvailabilityRules {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const minute = () => Math.floor(rand() * 97) * 15;
  const span = () => {
    const a = minute();
    const b = minute();
    return a === b ? [a, Math.min(1440, a + 60)] : [Math.min(a, b), Math.max(a, b)];
  };
  const windows = Array.from({ length: Math.floor(rand() * 6) }, () => {
    const [startMinute, endMinute] = span();
    return { weekday: 1 + Math.floor(rand() * 7), startMinute, endMinute };
  });
  const exceptions: AvailabilityException[] = Array.from({ length: Math.floor(rand() * 4) }, () => {
    const fromDate = pick(DATES);
    const kind = rand() < 0.5 ? "blocked" : "extra";
    const [startMinute, endMinute] = span();
    const whole = kind === "blocked" && rand() < 0.4;
    return { kind, fromDate, toDate: rand() < 0.7 ? fromDate : pick(DATES.filter((d) => d >= fromDate)), startMinute: whole ? null : startMinute, endMinute: whole ? null : endMinute };
  });
  const bookings = Array.from({ length: Math.floor(rand() * 3) }, () => {
    const start = localToInstant(pick(DATES), minute());
    return { start, end: new Date(start.getTime() + (30 + Math.floor(rand() * 8) * 15) * 60_000), isDigital: rand() < 0.4 };
  });
  const buffer = rand() < 0.3 ? { physicalMinutes: Math.floor(rand() * 5) * 15, digitalMinutes: Math.floor(rand() * 3) * 15 } : undefined;
  return { windows, exceptions, bookings, buffer };
}

describe("fitsPrepared", () => {
  it("agrees with fitsSlot on 3,000 random rules, 20 slots each", () => {
    let fits = 0;
    for (let seed = 1; seed <= 3000; seed++) {
      const rand = prng(seed);
      const rules = randomRules(rand);
      const compiled = compileAvailability(rules);
      for (let i = 0; i < 20; i++) {
        const start = localToInstant(DATES[Math.floor(rand() * DATES.length)], Math.floor(rand() * 96) * 15);
        // Some slots run past midnight or are not whole minutes.
        const end = new Date(start.getTime() + (15 + Math.floor(rand() * 40) * 15) * 60_000 + (rand() < 0.1 ? 30_000 : 0));
        const slot = { id: i, start, end };
        const isDigital = rand() < 0.4;
        const expected = fitsSlot(rules, { start, end, isDigital });
        if (fitsPrepared(compiled, prepareSlot(slot, isDigital)) !== expected) {
          throw new Error(`seed ${seed}, slot ${start.toISOString()}–${end.toISOString()} digital=${isDigital}: expected ${expected}`);
        }
        if (expected) fits++;
      }
    }
    // The instances must exercise both answers, or the comparison proves little.
    expect(fits).toBeGreaterThan(2000);
  });

  it("works out the slot's month and local day once", () => {
    const slot = prepareSlot({ id: 1, start: new Date("2026-03-31T22:30:00.000Z"), end: new Date("2026-03-31T23:30:00.000Z") }, false);
    expect(slot.month).toBe("2026-04");
    expect(slot.day).toMatchObject({ date: "2026-04-01", weekday: 3 });
    // The day of the spring clock change takes the general path.
    expect(prepareSlot({ id: 2, start: new Date("2026-03-29T08:00:00.000Z"), end: new Date("2026-03-29T09:00:00.000Z") }, false).day).toBeNull();
  });
});

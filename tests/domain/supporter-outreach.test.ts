// The patient supporters' goal "a new unit each month" (DESIGN.md "The plan's other goals"), edge by edge.
import type { GoalPerson } from "~/domain/goals";
import { contactDateProblem, firstContacts, monthsCounted, outreachBySupporter, supporterOutreach, type SupporterContact } from "~/domain/supporter-outreach";

const supporter = (id: number, joinedOn = "2020-01-01", leftOn: string | null = null): GoalPerson => ({ id, roles: ["supporter"], joinedOn, leftOn });
const contact = (personId: number, careUnitId: number, contactedOn: string): SupporterContact => ({ personId, careUnitId, contactedOn });
const monthsOf = (person: GoalPerson, contacts: SupporterContact[], year: number, today: string) =>
  outreachBySupporter([person], contacts, year, today)[0]?.months ?? [];

describe("first contacts", () => {
  it("are each supporter's earliest contact with a unit, whatever order they were logged in", () => {
    const contacts = [contact(1, 10, "2026-03-05"), contact(1, 10, "2026-01-20"), contact(1, 11, "2026-03-05"), contact(2, 10, "2026-04-01")];
    expect([...firstContacts(contacts)].sort()).toEqual([1, 2, 3]);
  });

  it("count one of two contacts with the same unit on the same day", () => {
    expect(firstContacts([contact(1, 10, "2026-02-02"), contact(1, 10, "2026-02-02")])).toEqual(new Set([0]));
  });

  it("are per supporter: a unit another supporter reached first is still new to this one", () => {
    expect(firstContacts([contact(1, 10, "2025-01-01"), contact(2, 10, "2026-01-01")])).toEqual(new Set([0, 1]));
  });
});

describe("the months that count", () => {
  it("are all twelve of a past year, none of a year not begun, and up to today's month in this year", () => {
    expect(monthsCounted(2025, "2026-12-06")).toBe(12);
    expect(monthsCounted(2027, "2026-12-06")).toBe(0);
    expect(monthsCounted(2026, "2026-12-06")).toBe(12);
    expect(monthsCounted(2026, "2026-03-01")).toBe(3);
    expect(monthsCounted(2026, "2026-01-31")).toBe(1);
  });

  it("start with the month a supporter joined, even on its last day", () => {
    expect(monthsOf(supporter(1, "2026-03-15"), [], 2026, "2026-12-06").map((m) => m.month)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(monthsOf(supporter(1, "2026-03-31"), [], 2026, "2026-12-06")[0].month).toBe(3);
    // Joining later in the current month already makes it a supporter-month, as joining by 31 December makes a book eligible.
    expect(monthsOf(supporter(1, "2026-12-07"), [], 2026, "2026-12-06").map((m) => m.month)).toEqual([12]);
    expect(monthsOf(supporter(1, "2027-01-01"), [], 2026, "2026-12-06")).toEqual([]);
  });

  it("end with the month a supporter left, even on its first day (left_on is the last day as a member)", () => {
    expect(monthsOf(supporter(1, "2020-01-01", "2026-06-01"), [], 2026, "2026-12-06").map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(monthsOf(supporter(1, "2020-01-01", "2026-05-31"), [], 2026, "2026-12-06").map((m) => m.month)).toEqual([1, 2, 3, 4, 5]);
    expect(monthsOf(supporter(1, "2020-01-01", "2025-12-31"), [], 2026, "2026-12-06")).toEqual([]);
  });

  it("handle February in a leap year and in a common one", () => {
    expect(monthsOf(supporter(1, "2024-02-29"), [], 2024, "2024-12-31")[0].month).toBe(2);
    expect(monthsOf(supporter(1, "2026-03-01"), [], 2026, "2026-12-31")[0].month).toBe(3);
    expect(monthsOf(supporter(1, "2020-01-01", "2026-02-28"), [], 2026, "2026-12-31").at(-1)?.month).toBe(2);
  });

  it("belong only to people holding the supporter role", () => {
    const peer: GoalPerson = { id: 1, roles: ["peer"], joinedOn: "2020-01-01", leftOn: null };
    expect(outreachBySupporter([peer], [contact(1, 10, "2026-01-05")], 2026, "2026-12-06")).toEqual([]);
  });
});

describe("a month met", () => {
  it("has a contact with a unit the supporter never contacted before, on the year's first and last day too", () => {
    const months = monthsOf(supporter(1), [contact(1, 10, "2026-01-01"), contact(1, 11, "2026-12-31")], 2026, "2026-12-31");
    expect(months.filter((m) => m.met).map((m) => m.month)).toEqual([1, 12]);
  });

  it("is not met by a unit first contacted in an earlier year, even on the day before", () => {
    const months = monthsOf(supporter(1), [contact(1, 10, "2025-12-31"), contact(1, 10, "2026-01-01"), contact(1, 10, "2026-02-10")], 2026, "2026-12-06");
    expect(months.some((m) => m.met)).toBe(false);
  });

  it("is not met by a second contact in a later month; two new units in one month count as one month met and two new units", () => {
    const months = monthsOf(supporter(1), [contact(1, 10, "2026-03-02"), contact(1, 11, "2026-03-20"), contact(1, 10, "2026-04-02")], 2026, "2026-12-06");
    expect(months.find((m) => m.month === 3)).toEqual({ month: 3, met: true, newUnits: 2 });
    expect(months.find((m) => m.month === 4)).toEqual({ month: 4, met: false, newUnits: 0 });
  });

  it("does not come from a contact made before the supporter joined, and that unit is no longer new afterwards", () => {
    const contacts = [contact(1, 10, "2026-02-10"), contact(1, 10, "2026-03-10")];
    const report = supporterOutreach([supporter(1, "2026-03-01")], contacts, 2026, "2026-04-30");
    expect(report).toMatchObject({ supporterMonths: 2, metMonths: 0, newUnits: 0 });
  });
});

describe("the supporterOutreach report", () => {
  it("gives the share of supporter-months met, the supporters counted and the new units", () => {
    const people = [supporter(1), supporter(2, "2026-11-10"), { id: 3, roles: ["book"], joinedOn: "2020-01-01", leftOn: null } satisfies GoalPerson];
    const contacts = [contact(1, 10, "2026-09-01"), contact(1, 11, "2026-10-01"), contact(1, 11, "2026-11-01"), contact(2, 10, "2026-11-15"), contact(3, 12, "2026-12-01")];
    expect(supporterOutreach(people, contacts, 2026, "2026-11-30")).toEqual({
      supporters: 2,
      supporterMonths: 11 + 1,
      metMonths: 3,
      share: 3 / 12,
      target: 1,
      met: false,
      newUnits: 3,
    });
  });

  it("is met only when every supporter-month is", () => {
    const contacts = [contact(1, 10, "2026-01-05"), contact(1, 11, "2026-02-05")];
    expect(supporterOutreach([supporter(1)], contacts, 2026, "2026-02-28")).toMatchObject({ supporterMonths: 2, metMonths: 2, share: 1, met: true });
  });

  it("has no share and no verdict without supporter-months: no supporters, or a year not begun", () => {
    const empty = { supporters: 0, supporterMonths: 0, metMonths: 0, share: null, target: 1, met: null, newUnits: 0 };
    expect(supporterOutreach([], [], 2026, "2026-12-06")).toEqual(empty);
    expect(supporterOutreach([supporter(1)], [contact(1, 10, "2027-01-02")], 2027, "2026-12-06")).toEqual(empty);
  });

  it("counts a past year whole and the current year up to today's month", () => {
    const contacts = [contact(1, 10, "2025-06-01")];
    expect(supporterOutreach([supporter(1)], contacts, 2025, "2026-12-06")).toMatchObject({ supporterMonths: 12, metMonths: 1, newUnits: 1 });
    expect(supporterOutreach([supporter(1)], contacts, 2026, "2026-03-15")).toMatchObject({ supporterMonths: 3, metMonths: 0, newUnits: 0 });
  });
});

describe("a contact's date", () => {
  it("may not be after today, in the log or an import", () => {
    expect(contactDateProblem("2026-12-07", "2026-12-06")).toBe("future");
    expect(contactDateProblem("2026-12-07", "2026-12-06", "2000-01-01")).toBe("future");
    expect(contactDateProblem("2026-12-06", "2026-12-06")).toBeNull();
  });

  it("goes back 400 days in the supporter's own log, and to the given earliest date in an import", () => {
    expect(contactDateProblem("2025-11-01", "2026-12-06")).toBeNull();
    expect(contactDateProblem("2025-10-31", "2026-12-06")).toBe("tooOld");
    expect(contactDateProblem("2005-06-01", "2026-12-06", "2000-01-01")).toBeNull();
    expect(contactDateProblem("1999-12-31", "2026-12-06", "2000-01-01")).toBe("tooOld");
  });
});

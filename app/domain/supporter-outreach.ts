// The patient supporters' goal, "a new unit each month", exactly as DESIGN.md "The plan's other goals" defines it.
import type { GoalPerson } from "./goals";
import { addDays } from "./stockholm-time";

export const SUPPORTER_OUTREACH_TARGET = 1;

/** How far back a supporter may log a contact herself: a year and a little, so last December can still be filled in during January. */
export const LOG_DAYS_BACK = 400;

/**
 * Why a contact's local date cannot be stored, or null: a contact has happened (not after `today`), and is no earlier
 * than `earliest` — a date for an import of old records, or by default LOG_DAYS_BACK before today for the supporter's own log.
 */
export function contactDateProblem(contactedOn: string, today: string, earliest = addDays(today, -LOG_DAYS_BACK)): "future" | "tooOld" | null {
  if (contactedOn > today) return "future";
  return contactedOn < earliest ? "tooOld" : null;
}

/** A contact a supporter logged with a care unit, on a local Stockholm date (YYYY-MM-DD). */
export interface SupporterContact {
  personId: number;
  careUnitId: number;
  contactedOn: string;
}

export interface SupporterMonth {
  /** 1–12. */
  month: number;
  /** Whether a contact this month was the supporter's first ever with its unit. */
  met: boolean;
  /** The units first contacted this month. */
  newUnits: number;
}

export interface SupporterOutreachReport {
  supporters: number;
  supporterMonths: number;
  metMonths: number;
  share: number | null;
  target: number;
  met: boolean | null;
  newUnits: number;
}

const pad = (n: number) => String(n).padStart(2, "0");
const firstDay = (year: number, month: number) => `${year}-${pad(month)}-01`;
const lastDay = (year: number, month: number) => `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;

/**
 * The indexes of the contacts that were each supporter's first with their unit (the earliest date; on a tie, the one
 * listed first). Every later contact with the same unit, in any month or year, is not new.
 */
export function firstContacts(contacts: readonly SupporterContact[]): Set<number> {
  const first = new Map<string, number>();
  contacts.forEach((contact, index) => {
    const key = `${contact.personId}|${contact.careUnitId}`;
    const known = first.get(key);
    if (known === undefined || contact.contactedOn < contacts[known].contactedOn) first.set(key, index);
  });
  return new Set(first.values());
}

/** The last month of `year` that counts on `today` (a local date): 12 for a past year, 0 for a year not yet begun. */
export function monthsCounted(year: number, today: string): number {
  const thisYear = Number(today.slice(0, 4));
  if (year < thisYear) return 12;
  if (year > thisYear) return 0;
  return Number(today.slice(5, 7));
}

/**
 * The supporter-months of one supporter in `year`: the months up to and including today's in which they were a member
 * for at least one day (joined on or before the month's last day, and left on or after its first day: `left_on` is the
 * last day of membership, as in the book goal's "left_on ≥ 1 Jan").
 */
export function supporterMonths(person: GoalPerson, year: number, today: string, firstContactDates: readonly string[]): SupporterMonth[] {
  if (!person.roles.includes("supporter")) return [];
  const months: SupporterMonth[] = [];
  for (let month = 1; month <= monthsCounted(year, today); month++) {
    const from = firstDay(year, month);
    const to = lastDay(year, month);
    if (person.joinedOn > to || (person.leftOn !== null && person.leftOn < from)) continue;
    const newUnits = firstContactDates.filter((d) => d >= from && d <= to).length;
    months.push({ month, met: newUnits > 0, newUnits });
  }
  return months;
}

/** The first-contact dates per supporter, from every contact ever logged. */
export function firstContactDatesBySupporter(contacts: readonly SupporterContact[]): Map<number, string[]> {
  const dates = new Map<number, string[]>();
  for (const index of firstContacts(contacts)) {
    const { personId, contactedOn } = contacts[index];
    const list = dates.get(personId);
    if (list) list.push(contactedOn);
    else dates.set(personId, [contactedOn]);
  }
  return dates;
}

/** Each supporter with at least one supporter-month in `year`, and those months. */
export function outreachBySupporter(people: readonly GoalPerson[], contacts: readonly SupporterContact[], year: number, today: string) {
  const firsts = firstContactDatesBySupporter(contacts);
  return people
    .map((person) => ({ person, months: supporterMonths(person, year, today, firsts.get(person.id) ?? []) }))
    .filter((s) => s.months.length > 0);
}

/** The `supporterOutreach` object of the goal report. */
export function supporterOutreach(people: readonly GoalPerson[], contacts: readonly SupporterContact[], year: number, today: string): SupporterOutreachReport {
  const supporters = outreachBySupporter(people, contacts, year, today);
  const months = supporters.flatMap((s) => s.months);
  const metMonths = months.filter((m) => m.met).length;
  const whole = months.length;
  return {
    supporters: supporters.length,
    supporterMonths: whole,
    metMonths,
    share: whole === 0 ? null : metMonths / whole,
    target: SUPPORTER_OUTREACH_TARGET,
    met: whole === 0 ? null : metMonths >= whole,
    newUnits: months.reduce((sum, m) => sum + m.newUnits, 0),
  };
}

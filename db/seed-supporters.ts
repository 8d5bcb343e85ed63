// The demo region's two patient supporters (issue M) and their last year of contacts with care units, month by month.
import type { Kysely } from "kysely";
import { isDayOff } from "../app/domain/holidays";
import type { ContactKind } from "../app/domain/vocabulary";
import { insertPerson, insertUser } from "./insert-rows";
import type { Database } from "./schema";
import { addDays, stockholmToUtc, weekday } from "./seed-time";

/** The demo supporter login (stodjare@example.se) belongs to this person. */
export const DEMO_SUPPORTER = "Siv Stödberg";
export const DEMO_SUPPORTER_EMAIL = "stodjare@example.se";

/** One month of the plan: the unit contacted and how, or null for a month without a contact. */
type Month = [unit: string, kind: ContactKind] | null;
interface SupporterSeed {
  name: string;
  email: string;
  careArea: string;
  areas: string[];
  /**
   * The thirteen months from this month last year to this month, oldest first. A unit named again is a month without a
   * new unit, so the goal "a new unit each month" has misses to show next to the month without any contact.
   */
  months: Month[];
}

const SUPPORTERS: SupporterSeed[] = [
  {
    name: DEMO_SUPPORTER,
    email: DEMO_SUPPORTER_EMAIL,
    careArea: "Jönköping",
    areas: ["diabetes", "kronisk sjukdom"],
    months: [
      ["Vårdcentralen Huskvarna", "visit"],
      ["Medicinkliniken, Höglandssjukhuset Eksjö", "meeting"],
      ["Vårdcentralen Råslätt", "visit"],
      ["Vårdcentralen Huskvarna", "phone"],
      ["Smärtrehabiliteringen, Länssjukhuset Ryhov", "meeting"],
      ["Vårdcentralen Tenhult", "visit"],
      null,
      ["Vårdcentralen Eksjö", "visit"],
      ["Vårdcentralen Nässjö", "digital"],
      ["Medicinkliniken, Höglandssjukhuset Eksjö", "phone"],
      ["Vårdcentralen Tranås", "visit"],
      ["Onkologiska kliniken, Länssjukhuset Ryhov", "meeting"],
      ["Vårdcentralen Habo", "visit"],
    ],
  },
  {
    name: "Pål Kontaktsson",
    email: "pal.kontaktsson@example.se",
    careArea: "Värnamo",
    areas: ["psykisk ohälsa"],
    months: [
      ["Psykiatriska kliniken, Värnamo sjukhus", "meeting"],
      ["Vårdcentralen Värnamo", "visit"],
      null,
      ["Vårdcentralen Gislaved", "visit"],
      ["Vårdcentralen Vaggeryd", "phone"],
      ["Psykiatriska öppenvården Höglandet", "meeting"],
      ["Vårdcentralen Värnamo", "digital"],
      ["Vårdcentralen Vetlanda", "visit"],
      ["Vårdcentralen Aneby", "visit"],
      ["Psykiatriska kliniken, Länssjukhuset Ryhov", "meeting"],
      ["Vårdcentralen Gislaved", "other"],
      ["Beroendemottagningen Jönköping", "visit"],
      ["Vårdcentralen Mullsjö", "digital"],
    ],
  },
];

export interface SupporterSeedContext {
  db: Kysely<Database>;
  today: string;
  careAreaIds: Map<string, number>;
  areaIdByName: Map<string, number>;
  unitIdByName: Map<string, number>;
  coordinatorId: number;
  /** The demo password's hash, for the demo supporter's login. */
  passwordHash: string;
}

/** The first day of the month `back` months before `today`'s. */
function monthStart(today: string, back: number): string {
  const index = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1 - back;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}-01`;
}

/** A working day of the month near `day`, never after `today`: supporters meet units on weekdays that are not red days. */
function contactDate(start: string, day: number, today: string): string {
  const latest = today.slice(0, 7) === start.slice(0, 7) ? Math.min(day, Number(today.slice(8, 10))) : day;
  for (let d = latest; d >= 1; d--) {
    const date = addDays(start, d - 1);
    if (weekday(date) <= 5 && !isDayOff(date)) return date;
  }
  return addDays(start, latest - 1);
}

export async function seedSupporters(ctx: SupporterSeedContext): Promise<void> {
  const { db, today } = ctx;
  for (const [index, s] of SUPPORTERS.entries()) {
    // They joined at the start of their thirteen months: last year counts its last month, this year every month so far.
    const joined = monthStart(today, s.months.length - 1);
    const createdAt = stockholmToUtc(joined, 540);
    const personId = await insertPerson(db, {
      name: s.name,
      email: s.email,
      joined_on: joined,
      created_at: createdAt,
      updated_at: createdAt,
      approved_at: createdAt,
      roles: [{ role: "supporter" }],
      experienceAreaIds: s.areas.map((a) => ctx.areaIdByName.get(a)!),
      formats: [],
      serviceAreas: [{ careAreaId: ctx.careAreaIds.get(s.careArea)! }],
      training: [{ kind: "basic", completed_on: joined, note: "Utbildning för patientstödjare" }],
      windows: [],
    });
    const isDemo = s.email === DEMO_SUPPORTER_EMAIL;
    const userId = await insertUser(db, { role: "volunteer", person_id: personId, name: s.name, email: s.email, passwordHash: isDemo ? ctx.passwordHash : null, created_at: createdAt });
    const contacts = s.months.flatMap((month, i) => {
      if (!month) return [];
      const [unit, kind] = month;
      const unitId = ctx.unitIdByName.get(unit);
      if (unitId === undefined) throw new Error(`Okänd vårdenhet i seed-supporters: ${unit}`);
      const contactedOn = contactDate(monthStart(today, s.months.length - 1 - i), 4 + ((i * 5 + index * 3) % 22), today);
      // The demo supporter logs her own contacts; the coordinator logs the other supporter's, from his monthly report.
      return [{ person_id: personId, care_unit_id: unitId, contacted_on: contactedOn, kind, created_at: stockholmToUtc(contactedOn, 960), created_by_user_id: isDemo ? userId : ctx.coordinatorId }];
    });
    await db.insertInto("supporter_contacts").values(contacts).execute();
  }
}

// A history CSV in the DESIGN.md format (email,role,care_unit,offered_on,start,end,status) from the generated people and units.
import SQLite from "better-sqlite3";
import { createRng } from "../db/seed-time";
import { addDays, weekdayOf } from "../app/domain/stockholm-time";

const STATUSES: [string, number][] = [["completed", 70], ["declined", 10], ["expired", 5], ["withdrawn", 3], ["cancelled", 8], ["no_show", 4]];
const WITH_ASSIGNMENT = new Set(["completed", "cancelled", "no_show"]);

/**
 * Rows three to five years back (a baseline from before the system), on weekdays, one per person and day, so they
 * clash neither with each other nor with the generated history; each person only in a role they hold and after joining.
 */
export function historyCsv(file: string, rows: number, now: Date): string {
  const sqlite = new SQLite(file, { readonly: true });
  const people = sqlite
    .prepare("select p.email, p.joined_on, r.role from people p join person_roles r on r.person_id = p.id where p.email is not null order by p.id, r.role")
    .all() as { email: string; joined_on: string; role: string }[];
  const units = (sqlite.prepare("select name from care_units order by id").all() as { name: string }[]).map((u) => u.name);
  sqlite.close();
  const rng = createRng(0x1a9047);
  const today = now.toISOString().slice(0, 10);
  const used = new Set<string>();
  const weight = STATUSES.reduce((a, [, w]) => a + w, 0);
  const lines = ["email,role,care_unit,offered_on,start,end,status"];
  const quote = (v: string) => (/[",;\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  for (let attempt = 0; lines.length <= rows && attempt < rows * 50; attempt++) {
    const p = rng.pick(people);
    const day = addDays(today, -rng.int(3 * 365, 5 * 365));
    if (weekdayOf(day) > 5 || p.joined_on > addDays(day, -30) || used.has(`${p.email}:${day}`)) continue;
    used.add(`${p.email}:${day}`);
    let r = rng.next() * weight;
    const status = STATUSES.find(([, w]) => (r -= w) < 0)?.[0] ?? "completed";
    const hour = rng.int(9, 15);
    const minutes = rng.pick([60, 90, 120]);
    const end = `${String(hour + Math.floor(minutes / 60)).padStart(2, "0")}:${minutes % 60 === 0 ? "00" : "30"}`;
    const withTimes = WITH_ASSIGNMENT.has(status);
    lines.push([p.email, p.role, quote(rng.pick(units)), addDays(day, -rng.int(10, 40)), withTimes ? `${day}T${String(hour).padStart(2, "0")}:00` : "", withTimes ? `${day}T${end}` : "", status].join(","));
  }
  return `${lines.join("\n")}\n`;
}

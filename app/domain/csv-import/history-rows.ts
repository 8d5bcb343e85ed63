// The history format: one row per offer made before the system, with the assignment that followed, if any.
import { z } from "zod";
import { ROLES, type Role } from "../../../db/schema";
import { MINUTE_MS, localToInstant } from "../stockholm-time";
import { choiceCell, dateCell, emailCell, optionalDateTimeCell, textCell, type LocalDateTime } from "./cells";
import { ASSIGNMENT_OUTCOMES, HISTORY_COLUMNS, HISTORY_STATUSES, type HistoryStatus } from "./formats";
import type { ImportIssue } from "./issues";
import type { CsvTable } from "./read-csv";
import { parseRecords, type CrossCheck } from "./rows";

/** An offer's offered_on date becomes 09:00 that day in Stockholm. */
export const OFFER_MINUTE = 9 * 60;
/** The limits of a request's duration (the requests table checks the same). */
export const DURATION_MIN = 15;
export const DURATION_MAX = 480;

export function isAssignmentOutcome(status: HistoryStatus): status is (typeof ASSIGNMENT_OUTCOMES)[number] {
  return (ASSIGNMENT_OUTCOMES as readonly string[]).includes(status);
}

const instant = (t: LocalDateTime) => localToInstant(t.date, t.minute);
const wallText = (t: LocalDateTime | null) => (t ? `${t.date}T${String(Math.floor(t.minute / 60)).padStart(2, "0")}:${String(t.minute % 60).padStart(2, "0")}` : "");

const historyRowSchema = z.object({
  email: emailCell,
  role: choiceCell(ROLES, "imports.errors.role"),
  care_unit: textCell(120)
    .refine((v) => /\p{L}/u.test(v), { error: "imports.errors.careUnitName" })
    .transform((v) => v.replace(/\s+/g, " ")),
  offered_on: dateCell,
  start: optionalDateTimeCell,
  end: optionalDateTimeCell,
  status: choiceCell(HISTORY_STATUSES, "imports.errors.status"),
});

type ParsedRow = z.infer<typeof historyRowSchema>;

/** Times belong to assignments: both or neither, in order, of a sensible length, and not before the offer. */
const checkTimes: CrossCheck<ParsedRow> = (row) => {
  if (isAssignmentOutcome(row.status) && (!row.start || !row.end)) return [{ column: row.start ? "end" : "start", key: "imports.errors.timesRequired" }];
  if (!row.start !== !row.end) return [{ column: row.start ? "end" : "start", key: "imports.errors.bothTimes" }];
  if (!row.start || !row.end) return [];
  const problems: ReturnType<CrossCheck<ParsedRow>> = [];
  const minutes = (instant(row.end).getTime() - instant(row.start).getTime()) / MINUTE_MS;
  if (minutes <= 0) problems.push({ column: "end", key: "imports.errors.endBeforeStart" });
  else if (minutes < DURATION_MIN || minutes > DURATION_MAX) problems.push({ column: "end", key: "imports.errors.duration" });
  if (row.offered_on > row.start.date) problems.push({ column: "offered_on", key: "imports.errors.offeredAfterStart" });
  return problems;
};

export interface HistoryRow {
  line: number;
  email: string;
  role: Role;
  careUnit: string;
  status: HistoryStatus;
  /** ISO UTC instants. */
  offeredAt: string;
  startsAt: string | null;
  endsAt: string | null;
  /** The row with its values normalised, the same however the file wrote them; the model turns it into a stable key. */
  fingerprint: string;
}

export function parseHistoryRows(table: CsvTable): { rows: HistoryRow[]; issues: ImportIssue[] } {
  const parsed = parseRecords(table, HISTORY_COLUMNS, historyRowSchema, checkTimes);
  // Identical rows are distinct offers (declined twice on one day): the n-th copy gets its own key.
  const copies = new Map<string, number>();
  const rows = parsed.rows.map((r): HistoryRow => {
    const same = [r.email, r.role, r.care_unit.toLowerCase(), r.offered_on, wallText(r.start), wallText(r.end), r.status].join("\u001f");
    const n = copies.get(same) ?? 0;
    copies.set(same, n + 1);
    return {
      line: r.line,
      email: r.email,
      role: r.role,
      careUnit: r.care_unit,
      status: r.status,
      offeredAt: localToInstant(r.offered_on, OFFER_MINUTE).toISOString(),
      startsAt: r.start ? instant(r.start).toISOString() : null,
      endsAt: r.end ? instant(r.end).toISOString() : null,
      fingerprint: `${same}\u001f${n}`,
    };
  });
  return { rows, issues: parsed.issues };
}

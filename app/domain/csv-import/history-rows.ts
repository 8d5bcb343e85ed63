// The history format: one row per offer made before the system, with the assignment that followed, if any.
import { z } from "zod";
import { MINUTE_MS, existingLocalInstant, instantToLocal, localToInstant } from "../stockholm-time";
import { careUnitCell, choiceCell, dateCell, emailCell, optionalDateTimeCell, optionalMunicipalityCell, roleCell, type LocalDateTime } from "./cells";
import { ASSIGNMENT_OUTCOMES, HISTORY_COLUMNS, HISTORY_STATUSES, UNIT_MUNICIPALITY_COLUMNS, type HistoryStatus } from "./formats";
import type { ImportIssue } from "./issues";
import type { CsvTable } from "./read-csv";
import { parseRecords, type CrossCheck } from "./rows";
import type { Role } from "../vocabulary";

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
  role: roleCell,
  care_unit: careUnitCell,
  offered_on: dateCell,
  start: optionalDateTimeCell,
  end: optionalDateTimeCell,
  status: choiceCell(HISTORY_STATUSES, "imports.errors.status"),
  municipality: optionalMunicipalityCell,
});

type ParsedRow = z.infer<typeof historyRowSchema>;

/** History is what happened since 2000, and bookings up to the end of next year; 9999-12-31 and 1970-01-01 are typos. */
export const HISTORY_FIRST_DATE = "2000-01-01";

export function historyLastDate(now: Date): string {
  return `${Number(instantToLocal(now).date.slice(0, 4)) + 1}-12-31`;
}

type Problems = ReturnType<CrossCheck<ParsedRow>>;

/** Every date within the bounds, and every time one the clock really shows (the request form's rule, existingLocalInstant). */
function checkDates(row: ParsedRow, last: string): Problems {
  const problems: Problems = [];
  const outside = (date: string) => date < HISTORY_FIRST_DATE || date > last;
  if (outside(row.offered_on)) problems.push({ column: "offered_on", key: "imports.errors.dateOutOfRange" });
  for (const column of ["start", "end"] as const) {
    const time = row[column];
    if (!time) continue;
    if (outside(time.date)) problems.push({ column, key: "imports.errors.dateOutOfRange" });
    else if (existingLocalInstant(time.date, time.minute) === null) problems.push({ column, key: "imports.errors.timeSkipped" });
  }
  return problems;
}

/** Times belong to assignments: both or neither, in order, of a sensible length, and not before the offer. */
const checkRow =
  (last: string): CrossCheck<ParsedRow> =>
  (row) => {
    const dates = checkDates(row, last);
    if (dates.length) return dates;
    if (isAssignmentOutcome(row.status) && (!row.start || !row.end)) return [{ column: row.start ? "end" : "start", key: "imports.errors.timesRequired" }];
    if (!row.start !== !row.end) return [{ column: row.start ? "end" : "start", key: "imports.errors.bothTimes" }];
    if (!row.start || !row.end) return [];
    const problems: Problems = [];
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
  /** Where a new care unit is created; null: the municipality its name contains. Not part of the row's key. */
  municipality: string | null;
  status: HistoryStatus;
  /** ISO UTC instants. */
  offeredAt: string;
  startsAt: string | null;
  endsAt: string | null;
  /** The row with its values normalised, the same however the file wrote them; the model turns it into a stable key. */
  fingerprint: string;
}

/** `now` sets the last date a row may name: 31 December of the next year. */
export function parseHistoryRows(table: CsvTable, now: Date): { rows: HistoryRow[]; issues: ImportIssue[] } {
  const parsed = parseRecords(table, HISTORY_COLUMNS, historyRowSchema, checkRow(historyLastDate(now)), UNIT_MUNICIPALITY_COLUMNS);
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
      municipality: r.municipality,
      status: r.status,
      offeredAt: localToInstant(r.offered_on, OFFER_MINUTE).toISOString(),
      startsAt: r.start ? instant(r.start).toISOString() : null,
      endsAt: r.end ? instant(r.end).toISOString() : null,
      fingerprint: `${same}\u001f${n}`,
    };
  });
  return { rows, issues: parsed.issues };
}

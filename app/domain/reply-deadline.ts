// When an offer must be answered. A reply date that lands on a weekend, a public holiday, midsommarafton, julafton or
// nyårsafton moves to the next working day, as Swedish deadlines do (lag 1930:173 om beräkning av lagstadgad tid).
// Server-only through its callers: holidays.ts carries a library too large for the browser's bundle.
import { isDayOff } from "./holidays";
import { DEFAULT_REPLY_DAYS } from "./request-lifecycle";
import { addDays, localToInstant, weekdayOf } from "./stockholm-time";

export function isWorkingDay(localDate: string): boolean {
  return weekdayOf(localDate) <= 5 && !isDayOff(localDate);
}

/** The local date itself when it is a working day, otherwise the first working day after it. */
export function replyDay(localDate: string): string {
  let day = localDate;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/** The reply date the desk, the plan and the cascade suggest: the default number of days on, then onto a working day. */
export function suggestedReplyDay(today: string): string {
  return replyDay(addDays(today, DEFAULT_REPLY_DAYS));
}

/**
 * "Reply by 12 March" holds through the whole of that working day (its 24:00 local time, so DST is Stockholm's), but
 * never past the offered slot's start: the volunteer would otherwise see a deadline after the meeting itself.
 */
export function replyDeadline(localDate: string, slotStart?: Date): Date {
  const endOfDay = localToInstant(addDays(replyDay(localDate), 1), 0);
  return slotStart && slotStart.getTime() < endOfDay.getTime() ? slotStart : endOfDay;
}

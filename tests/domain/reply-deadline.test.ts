// Reply deadlines: the end of a working day in Stockholm time, moved past weekends and Swedish days off, never after the slot.
import { isWorkingDay, replyDay, replyDeadline, suggestedReplyDay } from "~/domain/reply-deadline";

describe("reply deadlines", () => {
  it.each([
    ["a winter working day", "2026-03-12", "2026-03-12T23:00:00.000Z"],
    ["the Friday before clocks go forward", "2026-03-27", "2026-03-27T23:00:00.000Z"],
    ["a summer working day", "2026-06-30", "2026-06-30T22:00:00.000Z"],
    ["the Friday before clocks go back", "2026-10-23", "2026-10-23T22:00:00.000Z"],
  ])("end %s at 24:00 Stockholm time", (_name, date, instant) => {
    expect(replyDeadline(date).toISOString()).toBe(instant);
    expect(replyDeadline(date, new Date("2027-06-01T08:00:00Z")).toISOString()).toBe(instant);
  });

  it.each([
    // Across a clock change the day ends at the new offset: 24:00 summer time is 22:00 UTC, winter time 23:00 UTC.
    ["a Saturday, the weekend clocks go forward", "2026-03-28", "2026-03-30", "2026-03-30T22:00:00.000Z"],
    ["the Sunday clocks go back", "2026-10-25", "2026-10-26", "2026-10-26T23:00:00.000Z"],
    ["midsommarafton", "2026-06-19", "2026-06-22", "2026-06-22T22:00:00.000Z"],
    ["midsommarafton 2027", "2027-06-25", "2027-06-28", "2027-06-28T22:00:00.000Z"],
    ["julafton", "2026-12-24", "2026-12-28", "2026-12-28T23:00:00.000Z"],
    ["nyårsafton, over the new year and its weekend", "2026-12-31", "2027-01-04", "2027-01-04T23:00:00.000Z"],
    ["nyårsafton 2025, over nyårsdagen into the next year", "2025-12-31", "2026-01-02", "2026-01-02T23:00:00.000Z"],
    ["trettondedag jul", "2027-01-06", "2027-01-07", "2027-01-07T23:00:00.000Z"],
    ["långfredagen, over Easter", "2026-04-03", "2026-04-07", "2026-04-07T22:00:00.000Z"],
    ["Kristi himmelsfärdsdag", "2026-05-14", "2026-05-15", "2026-05-15T22:00:00.000Z"],
  ])("a date on %s moves to the next working day", (_name, date, day, instant) => {
    expect(isWorkingDay(date)).toBe(false);
    expect(replyDay(date)).toBe(day);
    expect(isWorkingDay(day)).toBe(true);
    expect(replyDeadline(date).toISOString()).toBe(instant);
  });

  it("keeps a working day as it is, the day before a holiday too", () => {
    for (const day of ["2026-06-18", "2026-12-23", "2026-12-30", "2026-04-02", "2027-01-05"]) expect(replyDay(day)).toBe(day);
  });

  it("never runs past the start of the offered slot, even when the date moves", () => {
    const slot = new Date("2026-11-28T09:00:00Z");
    expect(replyDeadline("2026-11-28", slot)).toEqual(slot);
    expect(replyDeadline("2026-12-03", slot)).toEqual(slot);
    // Midsommarafton would move to Monday, after a slot on midsommardagen: the slot's start wins.
    const midsummerSlot = new Date("2026-06-20T10:00:00Z");
    expect(replyDeadline("2026-06-19", midsummerSlot)).toEqual(midsummerSlot);
  });

  it.each([
    ["a Monday: Saturday, moved to Monday", "2026-03-23", "2026-03-30"],
    ["an ordinary Tuesday: Sunday, moved to Monday", "2026-03-24", "2026-03-30"],
    ["a Wednesday: Monday", "2026-03-25", "2026-03-30"],
    ["the Sunday before midsommar: midsommarafton, moved to Monday", "2026-06-14", "2026-06-22"],
    ["the 26th of December: nyårsafton, moved into January", "2026-12-26", "2027-01-04"],
  ])("suggests five days on from %s", (_name, today, suggested) => {
    expect(suggestedReplyDay(today)).toBe(suggested);
  });
});

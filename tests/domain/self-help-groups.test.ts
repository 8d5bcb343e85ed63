// A self-help group's weekly two-hour meetings in Stockholm time (clock changes, year edges), how far ahead they are
// scheduled, the status that follows from the starter's fourth meeting, and the start form.
import { redactLinkTokens } from "~/domain/mail/delivery";
import { GROUP_MIN } from "~/domain/self-help";
import {
  firstLocal,
  groupStatusAt,
  meetingAt,
  meetingsToSchedule,
  startFormSchema,
  startProblem,
  STARTER_MEETINGS,
  WEEKS_AHEAD,
  weeklyTime,
} from "~/domain/self-help-groups";
import { instantToLocal } from "~/domain/stockholm-time";

const EIGHTEEN = 18 * 60;
const local = (d: Date) => {
  const l = instantToLocal(d);
  return `${l.date} ${String(Math.floor(l.minute / 60)).padStart(2, "0")}:${String(l.minute % 60).padStart(2, "0")}`;
};

describe("the weekly meetings", () => {
  it("are two hours, a week apart, the first four with the starter", () => {
    const meetings = [1, 2, 3, 4, 5].map((n) => meetingAt("2026-09-01", EIGHTEEN, n));
    expect(meetings.map((m) => local(m.start))).toEqual(["2026-09-01 18:00", "2026-09-08 18:00", "2026-09-15 18:00", "2026-09-22 18:00", "2026-09-29 18:00"]);
    expect(meetings.map((m) => (m.end.getTime() - m.start.getTime()) / 60_000)).toEqual([120, 120, 120, 120, 120]);
    expect(meetings.map((m) => m.withStarter)).toEqual([true, true, true, true, false]);
    expect(STARTER_MEETINGS).toBe(4);
  });

  it("stay at 18:00 local across the last Sunday of March, though the UTC hour moves", () => {
    const meetings = [1, 2, 3].map((n) => meetingAt("2026-03-17", EIGHTEEN, n));
    expect(meetings.map((m) => local(m.start))).toEqual(["2026-03-17 18:00", "2026-03-24 18:00", "2026-03-31 18:00"]);
    expect(meetings.map((m) => m.start.toISOString())).toEqual(["2026-03-17T17:00:00.000Z", "2026-03-24T17:00:00.000Z", "2026-03-31T16:00:00.000Z"]);
    expect(local(meetings[2].end)).toBe("2026-03-31 20:00");
  });

  it("stay at 18:00 local across the last Sunday of October", () => {
    const meetings = [1, 2].map((n) => meetingAt("2026-10-20", EIGHTEEN, n));
    expect(meetings.map((m) => m.start.toISOString())).toEqual(["2026-10-20T16:00:00.000Z", "2026-10-27T17:00:00.000Z"]);
    expect(meetings.map((m) => local(m.start))).toEqual(["2026-10-20 18:00", "2026-10-27 18:00"]);
  });

  it("meet on the clock-change Sundays themselves at the same local time", () => {
    expect(local(meetingAt("2026-03-22", EIGHTEEN, 2).start)).toBe("2026-03-29 18:00");
    expect(local(meetingAt("2026-10-18", 10 * 60, 2).start)).toBe("2026-10-25 10:00");
  });

  it("run on over the new year", () => {
    expect([1, 2, 3].map((n) => local(meetingAt("2026-12-22", EIGHTEEN, n).start))).toEqual(["2026-12-22 18:00", "2026-12-29 18:00", "2027-01-05 18:00"]);
  });

  it("give back the first meeting's local date and time, and the weekday and time for the public list", () => {
    const first = meetingAt("2026-10-27", EIGHTEEN, 1).start;
    expect(firstLocal(first)).toEqual({ date: "2026-10-27", minute: EIGHTEEN });
    expect(weeklyTime(first)).toEqual({ weekday: 2, time: "18:00" });
  });
});

describe("scheduling ahead", () => {
  const now = new Date("2026-09-01T08:00:00.000Z");

  it("plans at least the four meetings with the starter, and then every week up to 8 weeks ahead", () => {
    const planned = meetingsToSchedule("2026-09-08", EIGHTEEN, 0, now);
    expect(planned[0].number).toBe(1);
    expect(planned.map((m) => m.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(local(planned[planned.length - 1].start)).toBe("2026-10-27 18:00");
    expect(WEEKS_AHEAD).toBe(8);
  });

  it("adds nothing when already scheduled that far, and the next week once time has passed", () => {
    expect(meetingsToSchedule("2026-09-08", EIGHTEEN, 8, now)).toEqual([]);
    const aWeekLater = new Date("2026-09-08T08:00:00.000Z");
    expect(meetingsToSchedule("2026-09-08", EIGHTEEN, 8, aWeekLater).map((m) => [m.number, local(m.start), m.withStarter])).toEqual([[9, "2026-11-03 18:00", false]]);
  });

  it("plans the four with the starter even when the first meeting is further away than 8 weeks", () => {
    expect(meetingsToSchedule("2026-12-01", EIGHTEEN, 0, now).map((m) => m.number)).toEqual([1, 2, 3, 4]);
  });
});

describe("the group's status", () => {
  const fourthEnds = new Date("2026-09-22T18:00:00.000Z");

  it.each([
    ["starting before the 4th meeting has ended", "starting", fourthEnds, "2026-09-22T17:59:59.000Z", "starting"],
    ["self-running once the 4th meeting has ended", "starting", fourthEnds, "2026-09-22T18:00:00.000Z", "self_running"],
    ["self-running stays so", "self_running", fourthEnds, "2027-01-01T00:00:00.000Z", "self_running"],
    ["ended stays ended, even before the 4th meeting", "ended", fourthEnds, "2026-09-01T00:00:00.000Z", "ended"],
    ["starting while no 4th meeting exists", "starting", null, "2027-01-01T00:00:00.000Z", "starting"],
  ] as const)("%s", (_label, status, ends, now, expected) => {
    expect(groupStatusAt({ status, starterMeetingEndsAt: ends }, new Date(now))).toBe(expected);
  });
});

describe("starting a group", () => {
  const parse = (v: Record<string, string>) => startFormSchema().safeParse({ firstDate: "2027-01-12", time: "18:00", meetingPlace: "Stadsbiblioteket, rum 2", starterPersonId: "4", ...v });

  it("reads a date, a clock time, a meeting place and a starter", () => {
    expect(parse({}).data).toEqual({ firstDate: "2027-01-12", time: EIGHTEEN, meetingPlace: "Stadsbiblioteket, rum 2", starterPersonId: 4 });
  });

  it.each([
    ["firstDate", "12/1", "groups.errors.date"],
    ["time", "25:00", "groups.errors.time"],
    ["time", "24:00", "groups.errors.time"],
    ["meetingPlace", "  ", "groups.errors.meetingPlace"],
    ["starterPersonId", "", "groups.errors.starter"],
  ])("refuses %s %j", (field, value, key) => {
    const result = parse({ [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path[0], i.message])).toEqual([[field, key]]);
  });

  it("refuses fewer than 5 waiting and a first meeting that is not ahead", () => {
    const now = new Date("2027-01-12T17:00:00.000Z");
    expect(startProblem({ waiting: GROUP_MIN - 1, firstStart: new Date("2027-02-01T17:00:00.000Z"), now })).toEqual({ field: "firstDate", key: "groups.errors.tooFew" });
    expect(startProblem({ waiting: GROUP_MIN, firstStart: now, now })).toEqual({ field: "time", key: "groups.errors.past" });
    expect(startProblem({ waiting: GROUP_MIN, firstStart: new Date(now.getTime() + 60_000), now })).toBeNull();
  });
});

describe("the invitation link", () => {
  it("is hidden in the outbox as the other personal links are", () => {
    const token = "Ab3_".repeat(11);
    expect(redactLinkTokens(`Svara på inbjudan: https://levande.example.se/sjalvhjalp/grupp/${token}`)).toBe("Svara på inbjudan: https://levande.example.se/sjalvhjalp/grupp/[borttagen]");
  });
});

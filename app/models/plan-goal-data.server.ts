// What the plan's other goals read beside the library's: self-help groups and Lärcafé series with their meetings up to
// the year's end, every care area's name, and the year's survey answers. Small tables, read whole.
import { groupBy } from "~/domain/lists";
import { yearSpan } from "~/domain/goals";
import type { GroupMeeting, LarcafeSeriesFacts, PlanGroup } from "~/domain/plan-groups";
import type { DB } from "~/utils/db.server";
import { surveyAnswersIn } from "./survey.server";

const meetingOf = (row: { startsAt: string; cancelledAt: string | null }): GroupMeeting => ({ startsAt: row.startsAt, cancelled: row.cancelledAt !== null });

export async function loadPlanGoalData(db: DB, year: number) {
  const end = new Date(yearSpan(year).end).toISOString();
  const [groups, groupMeetings, series, sessions, careAreas, surveyAnswers] = await Promise.all([
    db.selectFrom("self_help_groups").select(["id", "digital"]).orderBy("id").execute(),
    db
      .selectFrom("self_help_group_meetings")
      .select(["group_id as ownerId", "starts_at as startsAt", "cancelled_at as cancelledAt"])
      .where("starts_at", "<", end)
      .execute(),
    db
      .selectFrom("larcafe_series")
      .innerJoin("care_units", "care_units.id", "larcafe_series.care_unit_id")
      .innerJoin("municipalities", "municipalities.id", "care_units.municipality_id")
      .innerJoin("care_areas", "care_areas.id", "municipalities.care_area_id")
      .select(["larcafe_series.id", "larcafe_series.digital", "care_areas.name as careAreaName"])
      .orderBy("larcafe_series.id")
      .execute(),
    db.selectFrom("larcafe_sessions").select(["series_id as ownerId", "starts_at as startsAt", "cancelled_at as cancelledAt"]).where("starts_at", "<", end).execute(),
    db.selectFrom("care_areas").select("name").execute(),
    surveyAnswersIn(db, year),
  ]);
  const meetingsBy = groupBy(groupMeetings, "ownerId");
  const sessionsBy = groupBy(sessions, "ownerId");
  const selfHelpGroups: PlanGroup[] = groups.map((g) => ({ digital: g.digital === 1, meetings: (meetingsBy.get(g.id) ?? []).map(meetingOf) }));
  const larcafeSeries: LarcafeSeriesFacts[] = series.map((s) => ({
    digital: s.digital === 1,
    careAreaName: s.careAreaName,
    meetings: (sessionsBy.get(s.id) ?? []).map(meetingOf),
  }));
  return { selfHelpGroups, larcafeSeries, careAreaNames: careAreas.map((a) => a.name), surveyAnswers };
}

// Reading self-help groups for the coordinator, the starter and the public, recording attendance under aliases, and
// a member's answer to the invitation. A starter's reads and writes are scoped to her own groups.
import { groupStatusAt, STARTER_MEETINGS, weeklyTime } from "~/domain/self-help-groups";
import type { GroupStatus } from "~/domain/vocabulary";
import { audit } from "~/utils/audit.server";
import type { DB } from "~/utils/db.server";
import { sha256 } from "~/utils/security.server";

/** A volunteer holding the starter role (igångsättare): her menu and her groups page. */
/** Who may see a group: a coordinator sees every group, a starter only those she starts. */
export type GroupScope = { coordinator: true } | { starterPersonId: number };

function groupsQuery(db: DB) {
  return db
    .selectFrom("self_help_groups as g")
    .innerJoin("self_help_themes as t", "t.id", "g.theme_id")
    .leftJoin("municipalities as mu", "mu.id", "g.municipality_id")
    .leftJoin("people as s", "s.id", "g.starter_person_id")
    .select(["g.id", "g.status", "g.digital", "g.meeting_place as meetingPlace", "g.ended_at as endedAt", "t.id as themeId", "t.name as theme", "t.name_en as themeEn", "mu.name as municipality", "s.name as starter"])
    .select((eb) => [
      eb.selectFrom("self_help_group_meetings as m").select("m.starts_at").whereRef("m.group_id", "=", "g.id").where("m.number", "=", 1).as("firstStart"),
      eb.selectFrom("self_help_group_meetings as m").select("m.ends_at").whereRef("m.group_id", "=", "g.id").where("m.number", "=", STARTER_MEETINGS).as("fourthEnds"),
    ]);
}

type GroupRow = Awaited<ReturnType<ReturnType<typeof groupsQuery>["execute"]>>[number];

/** The status shown is the domain's rule at `now`, whether or not the hourly job has written it yet. */
function summary(row: GroupRow, now: Date) {
  const status: GroupStatus = groupStatusAt({ status: row.status, starterMeetingEndsAt: row.fourthEnds ? new Date(row.fourthEnds) : null }, now);
  const weekly = row.firstStart ? weeklyTime(new Date(row.firstStart)) : null;
  return { id: row.id, themeId: row.themeId, theme: row.theme, themeEn: row.themeEn, place: { digital: row.digital === 1, municipality: row.municipality }, status, weekly, starter: row.starter };
}

/** Every group, running ones first, newest first. */
export async function listGroups(db: DB, now = new Date()) {
  const rows = await groupsQuery(db).orderBy((eb) => eb.case().when("g.status", "=", "ended").then(1).else(0).end()).orderBy("g.id", "desc").execute();
  return rows.map((r) => summary(r, now));
}

/** The starter's own groups that have not ended. */
export async function listStarterGroups(db: DB, personId: number, now = new Date()) {
  const rows = await groupsQuery(db).where("g.starter_person_id", "=", personId).where("g.status", "!=", "ended").orderBy("g.id", "desc").execute();
  return rows.map((r) => summary(r, now));
}

/** Where a theme's groups run, for the public page: place, weekday, time and status; never who is in them. */
export async function publicGroups(db: DB, themeId: number, now = new Date()) {
  const rows = await groupsQuery(db).where("g.theme_id", "=", themeId).where("g.status", "!=", "ended").orderBy("g.digital", "desc").orderBy("mu.name").execute();
  return rows.map((r) => {
    const { place, status, weekly } = summary(r, now);
    return { place, status, weekly };
  });
}

/** One group with its members (aliases; contact only for the coordinator), meetings and attendance; undefined outside the scope. */
export async function getGroup(db: DB, groupId: number, scope: GroupScope, now = new Date()) {
  let query = groupsQuery(db).where("g.id", "=", groupId);
  if ("starterPersonId" in scope) query = query.where("g.starter_person_id", "=", scope.starterPersonId);
  const row = await query.executeTakeFirst();
  if (!row) return undefined;
  const [members, meetings, attendance] = await Promise.all([
    db.selectFrom("self_help_group_members").select(["id", "alias", "email", "phone", "confirmed_at", "declined_at"]).where("group_id", "=", groupId).orderBy("position").execute(),
    db.selectFrom("self_help_group_meetings").select(["id", "number", "starts_at as startsAt", "ends_at as endsAt", "with_starter", "cancelled_at"]).where("group_id", "=", groupId).orderBy("number").execute(),
    db
      .selectFrom("self_help_attendance")
      .innerJoin("self_help_group_meetings as m", "m.id", "self_help_attendance.meeting_id")
      .select(["self_help_attendance.meeting_id as meetingId", "self_help_attendance.member_id as memberId", "self_help_attendance.present"])
      .where("m.group_id", "=", groupId)
      .execute(),
  ]);
  const coordinator = "coordinator" in scope;
  return {
    ...summary(row, now),
    meetingPlace: row.meetingPlace,
    endedAt: row.endedAt,
    members: members.map((m) => ({
      id: m.id,
      alias: m.alias,
      answer: m.confirmed_at ? ("confirmed" as const) : m.declined_at ? ("declined" as const) : ("invited" as const),
      // The phone to call is for whoever invites: the coordinator, and only for members without an e-mail address.
      phoneToCall: coordinator && m.email === null ? m.phone : null,
    })),
    meetings: meetings.map((m) => ({ id: m.id, number: m.number, startsAt: m.startsAt, endsAt: m.endsAt, withStarter: m.with_starter === 1, cancelled: m.cancelled_at !== null, held: m.cancelled_at === null && m.startsAt <= now.toISOString() })),
    present: attendance.filter((a) => a.present === 1).map((a) => [a.meetingId, a.memberId] as const),
    recorded: [...new Set(attendance.map((a) => a.meetingId))],
  };
}

export type AttendanceProblem = "unknown" | "meeting" | "ended";

/** Who came to one meeting that has begun: every member of the group gets a row, present or not. */
export async function recordAttendance(
  db: DB,
  { groupId, meetingId, presentMemberIds, scope, actorUserId, now = new Date() }: { groupId: number; meetingId: number; presentMemberIds: readonly number[]; scope: GroupScope; actorUserId: number | null; now?: Date },
): Promise<{ ok: true } | { ok: false; problem: AttendanceProblem }> {
  return db.transaction().execute(async (trx) => {
    let query = trx.selectFrom("self_help_groups").select(["id", "status"]).where("id", "=", groupId);
    if ("starterPersonId" in scope) query = query.where("starter_person_id", "=", scope.starterPersonId);
    const group = await query.executeTakeFirst();
    if (!group) return { ok: false as const, problem: "unknown" as const };
    const meeting = await trx
      .selectFrom("self_help_group_meetings")
      .select("id")
      .where("id", "=", meetingId)
      .where("group_id", "=", groupId)
      .where("cancelled_at", "is", null)
      .where("starts_at", "<=", now.toISOString())
      .executeTakeFirst();
    if (!meeting) return { ok: false as const, problem: "meeting" as const };
    const members = await trx.selectFrom("self_help_group_members").select("id").where("group_id", "=", groupId).execute();
    const present = new Set(presentMemberIds);
    for (const m of members) {
      const value = present.has(m.id) ? 1 : 0;
      await trx
        .insertInto("self_help_attendance")
        .values({ meeting_id: meetingId, member_id: m.id, present: value })
        .onConflict((oc) => oc.columns(["meeting_id", "member_id"]).doUpdateSet({ present: value }))
        .execute();
    }
    await audit(trx, { actorUserId, entity: "self_help_group", entityId: groupId, action: "attendance", details: { meetingId, present: present.size } }, now);
    return { ok: true as const };
  });
}

/** What the invitation page shows: the theme, the place, the meeting place, the first meeting and the member's own alias. */
export async function findInvitation(db: DB, token: string) {
  const row = await db
    .selectFrom("self_help_group_members as mem")
    .innerJoin("self_help_groups as g", "g.id", "mem.group_id")
    .innerJoin("self_help_themes as t", "t.id", "g.theme_id")
    .leftJoin("municipalities as mu", "mu.id", "g.municipality_id")
    .select(["mem.id", "mem.alias", "mem.confirmed_at", "mem.declined_at", "g.meeting_place as meetingPlace", "g.digital", "mu.name as municipality", "t.name as theme", "t.name_en as themeEn"])
    .select((eb) => eb.selectFrom("self_help_group_meetings as m").select("m.starts_at").whereRef("m.group_id", "=", "g.id").where("m.number", "=", 1).as("firstStart"))
    .where("mem.invite_token_hash", "=", sha256(token))
    .where("g.status", "!=", "ended")
    .executeTakeFirst();
  if (!row) return undefined;
  const answer = row.confirmed_at ? ("confirmed" as const) : row.declined_at ? ("declined" as const) : null;
  return { id: row.id, alias: row.alias, theme: row.theme, themeEn: row.themeEn, place: { digital: row.digital === 1, municipality: row.municipality }, meetingPlace: row.meetingPlace, firstStart: row.firstStart, answer };
}

/** Confirms or declines (either may be changed later); false when the link matches no member of a running group. */
export async function answerInvitation(db: DB, { token, answer, now = new Date() }: { token: string; answer: "confirm" | "decline"; now?: Date }): Promise<boolean> {
  const found = await findInvitation(db, token);
  if (!found) return false;
  const at = now.toISOString();
  await db
    .updateTable("self_help_group_members")
    .set(answer === "confirm" ? { confirmed_at: at, declined_at: null } : { confirmed_at: null, declined_at: at })
    .where("id", "=", found.id)
    .execute();
  return true;
}

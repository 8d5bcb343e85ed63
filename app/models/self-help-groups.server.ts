// Starting, ending and keeping self-help groups scheduled: a group takes the first in the interest queue as members,
// invites them by e-mail, and books its starter for the first four meetings.
import { rankStarters, type GroupPlace, type StarterRanking } from "~/domain/matching/starters";
import { groupQueue, type Place } from "~/domain/self-help";
import { contactsErasedBefore, firstLocal, groupStatusAt, meetingAt, meetingsToSchedule, startProblem, STARTER_MEETINGS } from "~/domain/self-help-groups";
import type { Locale } from "~/domain/vocabulary";
import { audit } from "~/utils/audit.server";
import type { DB } from "~/utils/db.server";
import { randomToken, sha256 } from "~/utils/security.server";
import { loadPeopleHolding } from "./matching.server";
import { enqueue } from "./outbox.server";
import { deleteInterest } from "./self-help.server";

/** The theme and place a group would start for, with the place as the starter ranking reads it; undefined when unknown. */
export async function findGroupPlace(db: DB, themeId: number, place: Place) {
  const theme = await db.selectFrom("self_help_themes").select(["id", "name"]).where("id", "=", themeId).executeTakeFirst();
  if (!theme) return undefined;
  if (place.digital) return { theme, municipality: null, ranking: { isDigital: true } as GroupPlace };
  const municipality = await db.selectFrom("municipalities").select(["id", "name", "care_area_id"]).where("id", "=", place.municipalityId).executeTakeFirst();
  if (!municipality) return undefined;
  return { theme, municipality: municipality.name, ranking: { isDigital: false, municipalityId: municipality.id, careAreaId: municipality.care_area_id } as GroupPlace };
}

/** Everyone holding the starter role against the first four meetings from `firstDate` at `minute`, best first. */
export async function rankStartersFor(db: DB, { place, firstDate, minute, now = new Date() }: { place: GroupPlace; firstDate: string; minute: number; now?: Date }) {
  const { people, today } = await loadPeopleHolding(db, "starter", now);
  const meetings = Array.from({ length: STARTER_MEETINGS }, (_, i) => meetingAt(firstDate, minute, i + 1));
  // Only the place, load, cap and free-time rules read the context: the goal's figures stay neutral.
  const ranking: StarterRanking = rankStarters(people, place, meetings, { now, today, yearProgress: 0, bookCoverage: 0, coverageTarget: 0 });
  const ids = [...ranking.candidates.map((c) => c.personId), ...ranking.excluded.map((e) => e.personId)];
  const names = ids.length === 0 ? [] : await db.selectFrom("people").select(["id", "name"]).where("id", "in", ids).execute();
  return { ranking, meetings, names: new Map(names.map((n) => [n.id, n.name])) };
}

/** The interest rows waiting for a theme × place, oldest first as groupQueue orders them. */
export async function waitingFor(db: DB, themeId: number, place: Place) {
  let query = db
    .selectFrom("self_help_interest")
    .select(["id", "alias", "email", "phone", "created_at as createdAt"])
    .where("theme_id", "=", themeId)
    .where("digital", "=", place.digital ? 1 : 0);
  if (!place.digital) query = query.where("municipality_id", "=", place.municipalityId);
  return groupQueue(await query.execute());
}

/** What the start page shows: the theme and place, who would be invited, and the starters ranked for the chosen first meeting. */
export async function startPage(db: DB, { themeId, place, when, now = new Date() }: { themeId: number; place: Place; when: { firstDate: string; minute: number } | null; now?: Date }) {
  const found = await findGroupPlace(db, themeId, place);
  if (!found) return undefined;
  const queue = await waitingFor(db, themeId, place);
  const ranked = when ? await rankStartersFor(db, { place: found.ranking, ...when, now }) : null;
  const name = (id: number) => ranked?.names.get(id) ?? "";
  return {
    theme: found.theme.name,
    place: { digital: place.digital, municipality: found.municipality },
    waiting: queue.waiting,
    invitees: queue.firstGroup.map((r) => r.alias),
    meetings: ranked ? ranked.meetings.map((m) => m.start.toISOString()) : [],
    candidates: ranked ? ranked.ranking.candidates.map((c) => ({ ...c, name: name(c.personId) })) : [],
    excluded: ranked ? ranked.ranking.excluded.map((e) => ({ ...e, name: name(e.personId) })) : [],
  };
}

export interface NewGroup {
  themeId: number;
  place: Place;
  firstDate: string;
  minute: number;
  meetingPlace: string;
  starterPersonId: number;
  actorUserId: number | null;
  locale?: Locale;
  now?: Date;
}
export type StartProblem = { field: "firstDate" | "time" | "starterPersonId"; key: string };

/**
 * In one transaction: the group and its meetings, the first GROUP_MAX waiting as members (their interest rows deleted,
 * so the queue moves on), an invitation mail to each with an e-mail address, and the audit entry.
 */
export async function startGroup(db: DB, input: NewGroup): Promise<{ ok: true; groupId: number } | { ok: false; problem: StartProblem | "unknown" }> {
  const { themeId, place, firstDate, minute, meetingPlace, starterPersonId, actorUserId, locale = "sv", now = new Date() } = input;
  return db.transaction().execute(async (trx) => {
    const found = await findGroupPlace(trx, themeId, place);
    if (!found) return { ok: false as const, problem: "unknown" as const };
    const queue = await waitingFor(trx, themeId, place);
    const problem = startProblem({ waiting: queue.waiting, firstStart: meetingAt(firstDate, minute, 1).start, now });
    if (problem) return { ok: false as const, problem };
    const { ranking } = await rankStartersFor(trx, { place: found.ranking, firstDate, minute, now });
    if (!ranking.candidates.some((c) => c.personId === starterPersonId)) return { ok: false as const, problem: { field: "starterPersonId" as const, key: "groups.errors.notCandidate" } };
    const at = now.toISOString();
    const { id: groupId } = await trx
      .insertInto("self_help_groups")
      .values({
        theme_id: themeId,
        digital: place.digital ? 1 : 0,
        municipality_id: place.digital ? null : place.municipalityId,
        meeting_place: meetingPlace,
        status: "starting",
        starter_person_id: starterPersonId,
        created_at: at,
        created_by_user_id: actorUserId,
        ended_at: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const meetings = meetingsToSchedule(firstDate, minute, 0, now);
    await insertMeetings(trx, groupId, meetings);
    for (const [i, row] of queue.firstGroup.entries()) {
      const token = randomToken();
      const { id: memberId } = await trx
        .insertInto("self_help_group_members")
        .values({ group_id: groupId, alias: row.alias, email: row.email, phone: row.phone, position: i + 1, invite_token_hash: sha256(token), invited_at: at, confirmed_at: null, declined_at: null })
        .returning("id")
        .executeTakeFirstOrThrow();
      if (row.email) {
        const event = { kind: "self_help_group_invite" as const, theme: found.theme.name, place: found.municipality, firstMeetingAt: meetings[0].start.toISOString(), token };
        await enqueue(trx, { to: [{ email: row.email, userId: null, locale }], event, key: `self_help_member:${memberId}`, now });
      }
    }
    await deleteInterest(trx, queue.firstGroup.map((r) => r.id));
    await audit(trx, { actorUserId, entity: "self_help_group", entityId: groupId, action: "start", details: { themeId, starterPersonId, members: queue.firstGroup.length } }, now);
    return { ok: true as const, groupId };
  });
}

async function insertMeetings(trx: DB, groupId: number, meetings: ReturnType<typeof meetingsToSchedule>) {
  if (meetings.length === 0) return;
  await trx
    .insertInto("self_help_group_meetings")
    .values(meetings.map((m) => ({ group_id: groupId, number: m.number, starts_at: m.start.toISOString(), ends_at: m.end.toISOString(), with_starter: m.withStarter ? 1 : 0, cancelled_at: null })))
    .execute();
}

/** Ends the group: its status and end time, and every meeting not yet begun cancelled. False when unknown or already ended. */
export async function endGroup(db: DB, { groupId, actorUserId, now = new Date() }: { groupId: number; actorUserId: number | null; now?: Date }): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const at = now.toISOString();
    const result = await trx.updateTable("self_help_groups").set({ status: "ended", ended_at: at }).where("id", "=", groupId).where("status", "!=", "ended").executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return false;
    await trx.updateTable("self_help_group_meetings").set({ cancelled_at: at }).where("group_id", "=", groupId).where("starts_at", ">", at).where("cancelled_at", "is", null).execute();
    await audit(trx, { actorUserId, entity: "self_help_group", entityId: groupId, action: "end" }, now);
    return true;
  });
}

/**
 * The hourly step for groups that have not ended: the status the domain derives (self-running once the 4th meeting has
 * ended), and the weekly meetings kept scheduled WEEKS_AHEAD ahead. Returns how many groups changed status.
 */
export async function refreshGroups(db: DB, now = new Date()): Promise<number> {
  const groups = await db
    .selectFrom("self_help_groups")
    .innerJoin("self_help_group_meetings as first", (join) => join.onRef("first.group_id", "=", "self_help_groups.id").on("first.number", "=", 1))
    .select(["self_help_groups.id", "self_help_groups.status", "first.starts_at as firstStart"])
    .select((eb) => [
      eb.selectFrom("self_help_group_meetings as m").select((m) => m.fn.max("m.number").as("n")).whereRef("m.group_id", "=", "self_help_groups.id").as("lastNumber"),
      eb.selectFrom("self_help_group_meetings as m").select("m.ends_at").whereRef("m.group_id", "=", "self_help_groups.id").where("m.number", "=", STARTER_MEETINGS).as("fourthEnds"),
    ])
    .where("self_help_groups.status", "!=", "ended")
    .execute();
  let changed = 0;
  for (const g of groups) {
    const status = groupStatusAt({ status: g.status, starterMeetingEndsAt: g.fourthEnds ? new Date(g.fourthEnds) : null }, now);
    const { date, minute } = firstLocal(new Date(g.firstStart));
    await db.transaction().execute(async (trx) => {
      if (status !== g.status) {
        await trx.updateTable("self_help_groups").set({ status }).where("id", "=", g.id).execute();
        changed++;
      }
      await insertMeetings(trx, g.id, meetingsToSchedule(date, minute, Number(g.lastNumber ?? 0), now));
    });
  }
  return changed;
}

/** Erases the e-mail and phone of members of groups ended CONTACT_DAYS_AFTER_END days ago or more. Returns how many members. */
export async function eraseEndedGroupContacts(db: DB, now = new Date()): Promise<number> {
  const ended = db.selectFrom("self_help_groups").select("id").where("status", "=", "ended").where("ended_at", "<=", contactsErasedBefore(now).toISOString());
  const result = await db
    .updateTable("self_help_group_members")
    .set({ email: null, phone: null, contacts_erased_at: now.toISOString() })
    .where("group_id", "in", ended)
    .where("contacts_erased_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

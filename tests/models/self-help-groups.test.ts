// Self-help groups in the database: starting one takes the first 8 waiting in order and deletes their interest rows,
// invites them by mail with a hashed personal link, books the starter (busy for the matching engine); refusals write
// nothing; the hourly refresh, ending, attendance under aliases and the members' answers.
import { rankCandidates } from "~/domain/matching/rank";
import { loadMatchingSnapshot } from "~/models/matching.server";
import { purgeStale } from "~/models/maintenance.server";
import { answerInvitation, findInvitation, getGroup, listStarterGroups, publicGroups, recordAttendance } from "~/models/self-help-group-pages.server";
import { endGroup, rankStartersFor, refreshGroups, startGroup, type NewGroup } from "~/models/self-help-groups.server";
import { registerInterest } from "~/models/self-help.server";
import { db } from "~/utils/db.server";
import { sha256 } from "~/utils/security.server";
import { ensureMunicipality, insertPerson, insertRequest } from "../../db/insert-rows";

/** Sunday 6 December 2026, 11:00 in Stockholm. */
const NOW = new Date("2026-12-06T10:00:00.000Z");
const EIGHTEEN = 18 * 60;
const EVENINGS = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start_minute: 16 * 60, end_minute: 21 * 60 }));

async function setup(waiting: number, { phoneOnly = [] as number[] } = {}) {
  const { id: municipalityId } = await ensureMunicipality(db());
  const themeId = (await db().insertInto("self_help_themes").values({ name: "Ensamhet", active: 1, created_at: NOW.toISOString() }).returning("id").executeTakeFirstOrThrow()).id;
  for (let i = 1; i <= waiting; i++) {
    const phone = phoneOnly.includes(i);
    const result = await registerInterest(db(), { themeId, place: { digital: false, municipalityId }, alias: `Alias${i}`, email: phone ? undefined : `a${i}@example.se`, phone: phone ? "070-111 22 33" : undefined, now: new Date(NOW.getTime() - (100 - i) * 60_000) });
    if (!result.ok) throw new Error(result.problem);
  }
  await db().deleteFrom("outbox").execute();
  const starterId = await insertPerson(db(), { name: "Stina Start", roles: [{ role: "starter" }, { role: "book" }], windows: EVENINGS, serves_digital: 0, serviceAreas: [{ municipalityId }] });
  const group: NewGroup = { themeId, place: { digital: false, municipalityId }, firstDate: "2026-12-15", minute: EIGHTEEN, meetingPlace: "Stadsbiblioteket", starterPersonId: starterId, actorUserId: null, now: NOW };
  return { themeId, municipalityId, starterId, group };
}

const started = async (input: NewGroup) => {
  const result = await startGroup(db(), input);
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return result.groupId;
};

describe("starting a group", () => {
  it("invites the first 8 in registration order, deletes their interest and leaves the 9th waiting", async () => {
    const { group } = await setup(9);
    const groupId = await started(group);
    const members = await db().selectFrom("self_help_group_members").select(["alias", "position", "email"]).where("group_id", "=", groupId).orderBy("position").execute();
    expect(members.map((m) => [m.position, m.alias])).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((n) => [n, `Alias${n}`]));
    expect((await db().selectFrom("self_help_interest").select("alias").execute()).map((r) => r.alias)).toEqual(["Alias9"]);
    const mails = await db().selectFrom("outbox").select(["kind", "recipient_email", "body_text"]).execute();
    expect(mails.map((m) => m.kind)).toEqual(Array(8).fill("self_help_group_invite"));
    expect(mails[0].body_text).toContain("Ensamhet");
  });

  it("stores only the hash of each member's link, and the mailed link finds that member's invitation", async () => {
    const { group } = await setup(5);
    await started(group);
    const [mail] = await db().selectFrom("outbox").select(["recipient_email", "body_text"]).where("recipient_email", "=", "a1@example.se").execute();
    const token = /\/sjalvhjalp\/grupp\/([A-Za-z0-9_-]+)/.exec(mail.body_text)![1];
    const [member] = await db().selectFrom("self_help_group_members").selectAll().where("alias", "=", "Alias1").execute();
    expect(member.invite_token_hash).toBe(sha256(token));
    expect(JSON.stringify(member)).not.toContain(token);
    expect(await findInvitation(db(), token)).toMatchObject({ alias: "Alias1", theme: "Ensamhet", meetingPlace: "Stadsbiblioteket", answer: null });
  });

  it("schedules weekly two-hour meetings 8 weeks ahead, the first four with the starter", async () => {
    const { group } = await setup(5);
    const groupId = await started(group);
    const meetings = await db().selectFrom("self_help_group_meetings").select(["number", "starts_at", "ends_at", "with_starter"]).where("group_id", "=", groupId).orderBy("number").execute();
    expect(meetings.map((m) => m.starts_at)).toEqual(["2026-12-15T17:00:00.000Z", "2026-12-22T17:00:00.000Z", "2026-12-29T17:00:00.000Z", "2027-01-05T17:00:00.000Z", "2027-01-12T17:00:00.000Z", "2027-01-19T17:00:00.000Z", "2027-01-26T17:00:00.000Z"]);
    expect(meetings.map((m) => m.with_starter)).toEqual([1, 1, 1, 1, 0, 0, 0]);
    expect(meetings[0].ends_at).toBe("2026-12-15T19:00:00.000Z");
  });

  it("lists a phone-only member's phone for the coordinator to call, sends them no mail, and shows the starter no contact details", async () => {
    const { group, starterId } = await setup(5, { phoneOnly: [2] });
    const groupId = await started(group);
    expect(await db().selectFrom("outbox").select("recipient_email").execute()).toHaveLength(4);
    const forCoordinator = await getGroup(db(), groupId, { coordinator: true }, NOW);
    expect(forCoordinator!.members.filter((m) => m.phoneToCall).map((m) => [m.alias, m.phoneToCall])).toEqual([["Alias2", "070-111 22 33"]]);
    expect(forCoordinator!.members.every((m) => m.answer === "invited")).toBe(true);
    const forStarter = await getGroup(db(), groupId, { starterPersonId: starterId }, NOW);
    expect(JSON.stringify(forStarter)).not.toMatch(/070|@example/);
    expect(await getGroup(db(), groupId, { starterPersonId: starterId + 1000 }, NOW)).toBeUndefined();
  });

  it.each([
    ["fewer than 5 waiting", 4, {}, { field: "firstDate", key: "groups.errors.tooFew" }],
    ["a first meeting in the past", 5, { firstDate: "2026-12-05" }, { field: "time", key: "groups.errors.past" }],
    ["a starter busy at the chosen time", 5, { minute: 8 * 60 }, { field: "starterPersonId", key: "groups.errors.notCandidate" }],
  ] as const)("refuses %s and writes nothing", async (_label, waiting, change, problem) => {
    const { group } = await setup(waiting);
    expect(await startGroup(db(), { ...group, ...change })).toEqual({ ok: false, problem });
    expect(await db().selectFrom("self_help_groups").select("id").execute()).toEqual([]);
    expect(await db().selectFrom("self_help_interest").select("id").execute()).toHaveLength(waiting);
    expect(await db().selectFrom("outbox").select("id").execute()).toEqual([]);
  });

  it("refuses someone who is not a starter, even when free", async () => {
    const { group, municipalityId } = await setup(5);
    const book = await insertPerson(db(), { windows: EVENINGS, serviceAreas: [{ municipalityId }] });
    expect(await startGroup(db(), { ...group, starterPersonId: book })).toMatchObject({ ok: false, problem: { key: "groups.errors.notCandidate" } });
  });
});

describe("the starter's time", () => {
  it("is busy for the matching engine during the group's meetings with her, and free again once the group ends", async () => {
    const { group, starterId, municipalityId } = await setup(5);
    const groupId = await started(group);
    const { id: requestId } = await insertRequest(db(), { slots: [{ starts_at: "2026-12-22T17:30:00.000Z", ends_at: "2026-12-22T18:30:00.000Z" }] });
    const excluded = async () => rankCandidates(await loadMatchingSnapshot(db(), { now: NOW, requestIds: [requestId] }), requestId)!.excluded.find((e) => e.personId === starterId);
    expect(await excluded()).toEqual({ personId: starterId, reason: "noFreeSlot" });
    // The same starter is no longer free for another group at that time either.
    const again = await rankStartersFor(db(), { place: { isDigital: false, municipalityId, careAreaId: (await ensureMunicipality(db())).careAreaId }, firstDate: "2026-12-15", minute: EIGHTEEN, now: NOW });
    expect(again.ranking.excluded).toEqual([{ personId: starterId, reason: "noFreeSlot" }]);
    expect(await endGroup(db(), { groupId, actorUserId: null, now: NOW })).toBe(true);
    expect(await excluded()).toBeUndefined();
  });
});

describe("after the start", () => {
  it("becomes self-running in the hourly job once the 4th meeting has ended, and keeps meetings 8 weeks ahead", async () => {
    const { group } = await setup(5);
    const groupId = await started(group);
    const status = async () => (await db().selectFrom("self_help_groups").select("status").where("id", "=", groupId).executeTakeFirstOrThrow()).status;
    expect(await refreshGroups(db(), new Date("2027-01-05T18:59:00.000Z"))).toBe(0);
    expect(await status()).toBe("starting");
    await purgeStale(db(), new Date("2027-01-05T19:00:00.000Z"));
    expect(await status()).toBe("self_running");
    const last = await db().selectFrom("self_help_group_meetings").select((eb) => eb.fn.max("number").as("n")).where("group_id", "=", groupId).executeTakeFirstOrThrow();
    // Eight weeks from 5 January: the meeting of 2 March 2027 is number 12.
    expect(last.n).toBe(12);
  });

  it("ends: future meetings cancelled, the invitation links stop working, and a second end changes nothing", async () => {
    const { group } = await setup(5);
    const groupId = await started(group);
    const [mail] = await db().selectFrom("outbox").select("body_text").limit(1).execute();
    const token = /\/sjalvhjalp\/grupp\/([A-Za-z0-9_-]+)/.exec(mail.body_text)![1];
    const at = new Date("2026-12-23T10:00:00.000Z");
    expect(await endGroup(db(), { groupId, actorUserId: null, now: at })).toBe(true);
    expect(await endGroup(db(), { groupId, actorUserId: null, now: at })).toBe(false);
    const meetings = await db().selectFrom("self_help_group_meetings").select(["number", "cancelled_at"]).where("group_id", "=", groupId).orderBy("number").execute();
    expect(meetings.filter((m) => m.cancelled_at === null).map((m) => m.number)).toEqual([1, 2]);
    expect(await findInvitation(db(), token)).toBeUndefined();
    expect(await answerInvitation(db(), { token, answer: "confirm" })).toBe(false);
  });

  it("erases the members' e-mail and phone a week after the group ended, keeping their aliases", async () => {
    const { group } = await setup(5, { phoneOnly: [5] });
    const groupId = await started(group);
    const ended = new Date("2026-12-23T10:00:00.000Z");
    await endGroup(db(), { groupId, actorUserId: null, now: ended });
    const contacts = () => db().selectFrom("self_help_group_members").select(["alias", "email", "phone"]).orderBy("position").execute();
    expect((await purgeStale(db(), new Date("2026-12-30T09:59:00.000Z"))).endedGroupContacts).toBe(0);
    expect((await contacts()).filter((m) => m.email !== null || m.phone !== null)).toHaveLength(5);
    expect((await purgeStale(db(), new Date("2026-12-30T10:00:00.000Z"))).endedGroupContacts).toBe(5);
    expect(await contacts()).toEqual(["Alias1", "Alias2", "Alias3", "Alias4", "Alias5"].map((alias) => ({ alias, email: null, phone: null })));
  });

  it("records attendance under aliases for a meeting that has begun, only in the starter's own group", async () => {
    const { group, starterId } = await setup(5);
    const groupId = await started(group);
    const after = new Date("2026-12-15T19:30:00.000Z");
    const page = (await getGroup(db(), groupId, { starterPersonId: starterId }, after))!;
    const [first, second] = page.meetings;
    const [a, b] = page.members;
    const record = (meetingId: number, scope: Parameters<typeof getGroup>[2], present = [a.id]) => recordAttendance(db(), { groupId, meetingId, presentMemberIds: present, scope, actorUserId: null, now: after });
    expect(await record(first.id, { starterPersonId: starterId })).toEqual({ ok: true });
    expect(await record(first.id, { coordinator: true }, [a.id, b.id])).toEqual({ ok: true });
    expect(await record(second.id, { coordinator: true })).toEqual({ ok: false, problem: "meeting" });
    expect(await record(first.id, { starterPersonId: starterId + 1000 })).toEqual({ ok: false, problem: "unknown" });
    const rows = await db().selectFrom("self_help_attendance").select(["member_id", "present"]).where("meeting_id", "=", first.id).orderBy("member_id").execute();
    expect(rows.map((r) => r.present)).toEqual([1, 1, 0, 0, 0]);
    expect((await getGroup(db(), groupId, { coordinator: true }, after))!.present).toEqual(expect.arrayContaining([[first.id, a.id], [first.id, b.id]]));
  });

  it("takes a member's confirmation, and a later change of mind", async () => {
    const { group } = await setup(5);
    const groupId = await started(group);
    const [mail] = await db().selectFrom("outbox").select("body_text").where("recipient_email", "=", "a3@example.se").execute();
    const token = /\/sjalvhjalp\/grupp\/([A-Za-z0-9_-]+)/.exec(mail.body_text)![1];
    expect(await answerInvitation(db(), { token, answer: "confirm", now: NOW })).toBe(true);
    expect((await getGroup(db(), groupId, { coordinator: true }, NOW))!.members.map((m) => m.answer)).toEqual(["invited", "invited", "confirmed", "invited", "invited"]);
    await answerInvitation(db(), { token, answer: "decline", now: NOW });
    expect((await findInvitation(db(), token))!.answer).toBe("declined");
    expect(await answerInvitation(db(), { token: "x".repeat(43), answer: "confirm" })).toBe(false);
  });

  it("shows the public where and when the theme's groups meet, never who", async () => {
    const { group, themeId, starterId } = await setup(5);
    await started(group);
    const groups = await publicGroups(db(), themeId, NOW);
    expect(groups).toEqual([{ place: { digital: false, municipality: "Jönköping" }, status: "starting", weekly: { weekday: 2, time: "18:00" } }]);
    expect(JSON.stringify(groups)).not.toMatch(/Alias|Stina|example/);
    expect((await listStarterGroups(db(), starterId, NOW)).map((g) => g.theme)).toEqual(["Ensamhet"]);
  });
});

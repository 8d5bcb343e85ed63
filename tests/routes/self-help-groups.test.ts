// Running self-help groups through the routes: the coordinator starts a group from the ranked starters (refusals as
// field errors), sees the members under aliases and ends the group after confirming; the starter's own page and
// attendance; the invited resident answers without an account; the public pages never name a participant.
import * as root from "~/root";
import * as personRoute from "~/routes/admin.people.$personId";
import * as groupRoute from "~/routes/coordinator.self-help_.groups.$groupId";
import * as startRoute from "~/routes/coordinator.self-help_.start";
import * as inviteRoute from "~/routes/sjalvhjalp.grupp.$token";
import * as themeRoute from "~/routes/sjalvhjalp.$themeId";
import * as starterRoute from "~/routes/volunteer.groups";
import { registerInterest } from "~/models/self-help.server";
import { db } from "~/utils/db.server";
import { ensureMunicipality, insertPerson, insertUser } from "../../db/insert-rows";
import { call, cookieFor, getRequest, postRequest } from "../setup/http";

// Sunday 6 December 2026, 11:00 in Stockholm: the start page proposes Sunday 13 December at 18:00.
const NOW = new Date("2026-12-06T10:00:00.000Z");
const EVENINGS = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start_minute: 17 * 60, end_minute: 21 * 60 }));

async function world(waiting = 5) {
  const { id: municipalityId } = await ensureMunicipality(db());
  const themeId = (await db().insertInto("self_help_themes").values({ name: "Ensamhet", active: 1, created_at: NOW.toISOString() }).returning("id").executeTakeFirstOrThrow()).id;
  for (let i = 1; i <= waiting; i++) {
    const r = await registerInterest(db(), { themeId, place: { digital: false, municipalityId }, alias: `Deltagare${i}`, email: i === 5 ? undefined : `d${i}@example.se`, phone: i === 5 ? "070-555 44 33" : undefined, now: new Date(NOW.getTime() - (10 - i) * 60_000) });
    if (!r.ok) throw new Error(r.problem);
  }
  const near = await insertPerson(db(), { name: "Nära Nilsson", roles: [{ role: "starter" }], windows: EVENINGS, serves_digital: 0, serviceAreas: [{ municipalityId }] });
  const far = await insertPerson(db(), { name: "Långt Bort", roles: [{ role: "starter" }], windows: EVENINGS, serves_digital: 0 });
  const busy = await insertPerson(db(), { name: "Upptagen Ulla", roles: [{ role: "starter" }], serviceAreas: [{ municipalityId }] });
  const coordinator = await cookieFor(await insertUser(db(), { role: "coordinator" }));
  const starterUser = await insertUser(db(), { role: "volunteer", person_id: near });
  const starterCookie = await cookieFor(starterUser);
  const start = `/coordinator/self-help/start?tema=${themeId}&plats=${municipalityId}`;
  return { themeId, municipalityId, near, far, busy, coordinator, starterUser, starterCookie, start };
}

const startGroupAs = async (w: Awaited<ReturnType<typeof world>>, fields: Record<string, string> = {}) =>
  call(startRoute.action as never, postRequest(w.start, { firstDate: "2026-12-13", time: "18:00", meetingPlace: "Stadsbiblioteket, rum 2", starterPersonId: String(w.near), ...fields }, { cookie: w.coordinator }));

const groupIdOf = (location: string) => Number(/groups\/(\d+)/.exec(location)![1]);

describe("the starter role on a person's page", () => {
  it("is given without a card title, shown as Igångsättare, and removed again", async () => {
    const cookie = await cookieFor(await insertUser(db(), { role: "coordinator" }));
    const personId = await insertPerson(db(), { roles: [{ role: "peer", title: "Peer-stöd" }] });
    const post = (fields: Record<string, string>) => call(personRoute.action as never, postRequest(`/admin/people/${personId}`, fields, { cookie }), { personId: String(personId) });
    expect((await post({ intent: "addRole", role: "starter", title: "" })).status).toBe(302);
    const roles = await db().selectFrom("person_roles").select(["role", "title"]).where("person_id", "=", personId).orderBy("role").execute();
    expect(roles).toEqual([{ role: "peer", title: "Peer-stöd" }, { role: "starter", title: "Igångsättare" }]);
    const page = await call(personRoute.loader as never, getRequest(`/admin/people/${personId}`, { cookie }), { personId: String(personId) });
    expect(page.data.profile).toMatchObject({ starter: true, roles: [{ role: "peer" }] });
    expect((await post({ intent: "removeRole", removeRole: "starter" })).status).toBe(302);
    expect((await db().selectFrom("person_roles").select("role").where("person_id", "=", personId).execute()).map((r) => r.role)).toEqual(["peer"]);
  });
});

describe("starting a self-help group", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ["Date"], now: NOW }));
  afterEach(() => vi.useRealTimers());

  it("ranks the starter of the municipality first, the care area's next, and explains who cannot come", async () => {
    const w = await world();
    const page = await call(startRoute.loader as never, getRequest(w.start, { cookie: w.coordinator }));
    expect(page.status).toBe(200);
    expect(page.data).toMatchObject({ theme: "Ensamhet", waiting: 5, ready: true, firstDate: "2026-12-13", time: "18:00" });
    expect(page.data.invitees).toEqual(["Deltagare1", "Deltagare2", "Deltagare3", "Deltagare4", "Deltagare5"]);
    expect(page.data.candidates.map((c: { name: string }) => c.name)).toEqual(["Nära Nilsson", "Långt Bort"]);
    expect(page.data.excluded).toEqual([{ personId: w.busy, name: "Upptagen Ulla", reason: "noFreeSlot" }]);
    expect(page.data.meetings).toHaveLength(4);
  });

  it("tells a bad date or time on the page instead of ranking", async () => {
    const w = await world();
    const page = await call(startRoute.loader as never, getRequest(`${w.start}&datum=13-12&tid=25:00`, { cookie: w.coordinator }));
    expect(page.data.whenErrors).toEqual({ datum: "groups.errors.date", tid: "groups.errors.time" });
    expect(page.data.candidates).toEqual([]);
  });

  it("starts the group and shows it with the five aliases invited and the phone-only one to call", async () => {
    const w = await world();
    const started = await startGroupAs(w);
    expect(started.status).toBe(302);
    const groupId = groupIdOf(started.location!);
    const page = await call(groupRoute.loader as never, getRequest(`/coordinator/self-help/groups/${groupId}`, { cookie: w.coordinator }), { groupId: String(groupId) });
    expect(page.data.group.members.map((m: { alias: string; answer: string }) => [m.alias, m.answer])).toEqual([1, 2, 3, 4, 5].map((n) => [`Deltagare${n}`, "invited"]));
    expect(page.data.group.members.find((m: { phoneToCall: string | null }) => m.phoneToCall)).toMatchObject({ alias: "Deltagare5", phoneToCall: "070-555 44 33" });
    expect(page.data.group).toMatchObject({ starter: "Nära Nilsson", status: "starting", weekly: { weekday: 7, time: "18:00" } });
  });

  it.each([
    ["a starter who cannot come", (w: Awaited<ReturnType<typeof world>>) => ({ starterPersonId: String(w.busy) }), { starterPersonId: "groups.errors.notCandidate" }],
    ["a first meeting in the past", () => ({ firstDate: "2026-12-05" }), { time: "groups.errors.past" }],
    ["no meeting place", () => ({ meetingPlace: "" }), { meetingPlace: "groups.errors.meetingPlace" }],
    ["a time that is no time", () => ({ time: "kväll" }), { time: "groups.errors.time" }],
  ])("refuses %s as a field error, starting nothing", async (_label, change, errors) => {
    const w = await world();
    const refused = await startGroupAs(w, change(w));
    expect(refused.status).toBe(400);
    expect(refused.data.errors).toEqual(errors);
    expect(await db().selectFrom("self_help_groups").select("id").execute()).toEqual([]);
  });

  it("refuses to start with only 4 waiting", async () => {
    const w = await world(4);
    expect((await startGroupAs(w)).data.errors).toEqual({ firstDate: "groups.errors.tooFew" });
  });

  it("ends the group only after the coordinator confirms", async () => {
    const w = await world();
    const groupId = groupIdOf((await startGroupAs(w)).location!);
    const url = `/coordinator/self-help/groups/${groupId}`;
    const asked = await call(groupRoute.action as never, postRequest(url, { intent: "end" }, { cookie: w.coordinator }), { groupId: String(groupId) });
    expect(asked.data).toMatchObject({ confirmEnd: true });
    expect((await db().selectFrom("self_help_groups").select("status").executeTakeFirstOrThrow()).status).toBe("starting");
    const ended = await call(groupRoute.action as never, postRequest(url, { intent: "end", confirm: "yes" }, { cookie: w.coordinator }), { groupId: String(groupId) });
    expect(ended.status).toBe(302);
    expect((await db().selectFrom("self_help_groups").select("status").executeTakeFirstOrThrow()).status).toBe("ended");
  });

  it("makes survey links to hand out only once the group has passed its 4th meeting or ended", async () => {
    const w = await world();
    const groupId = groupIdOf((await startGroupAs(w)).location!);
    const url = `/coordinator/self-help/groups/${groupId}`;
    const post = (fields: Record<string, string>) => call(groupRoute.action as never, postRequest(url, fields, { cookie: w.coordinator }), { groupId: String(groupId) });
    const early = await post({ intent: "surveyLinks", count: "1" });
    expect(early.status).toBe(409);
    expect(early.data.errors).toEqual({ count: "groups.errors.surveyTooEarly" });
    await post({ intent: "end", confirm: "yes" });
    const made = await post({ intent: "surveyLinks", count: "2" });
    expect(made.data.surveyLinks).toEqual([expect.stringMatching(/\/enkat\//), expect.stringMatching(/\/enkat\//)]);
    expect(await db().selectFrom("survey_links").select(["group_id", "occasion", "handed_out"]).execute()).toEqual(Array(2).fill({ group_id: groupId, occasion: "end", handed_out: 1 }));
    expect((await post({ intent: "surveyLinks", count: "99" })).data.errors).toEqual({ count: "survey.links.errors.count" });
  });
});

describe("the starter's groups", () => {
  afterEach(() => vi.useRealTimers());

  it("are in her menu and on her page under aliases only, and she records who came", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: NOW });
    const w = await world();
    const groupId = groupIdOf((await startGroupAs(w)).location!);
    expect((await call(root.loader as never, getRequest("/volunteer", { cookie: w.starterCookie }))).data.user).toMatchObject({ starter: true });
    // After the first meeting, signed in anew (a week-old session has expired).
    vi.setSystemTime(new Date("2026-12-13T19:30:00.000Z"));
    const cookie = await cookieFor(w.starterUser);
    const page = await call(starterRoute.loader as never, getRequest("/volunteer/groups", { cookie }));
    expect(page.data.groups.map((g: { id: number }) => g.id)).toEqual([groupId]);
    expect(JSON.stringify(page.data)).not.toMatch(/@example|555 44 33/);
    const [group] = page.data.groups;
    const fields = new URLSearchParams([["intent", "attendance"], ["groupId", String(groupId)], ["meetingId", String(group.meetings[0].id)], ["present", String(group.members[0].id)], ["present", String(group.members[2].id)]]);
    const request = new Request("http://localhost/volunteer/groups", { method: "POST", body: fields, headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "http://localhost", Cookie: cookie } });
    expect((await call(starterRoute.action as never, request)).data).toMatchObject({ saved: group.meetings[0].id });
    const rows = await db().selectFrom("self_help_attendance").select("present").orderBy("member_id").execute();
    expect(rows.map((r) => r.present)).toEqual([1, 0, 1, 0, 0]);
  });

  it("is 404 for another starter, who cannot record attendance in the group either", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: NOW });
    const w = await world();
    const groupId = groupIdOf((await startGroupAs(w)).location!);
    const meeting = await db().selectFrom("self_help_group_meetings").select("id").where("number", "=", 1).executeTakeFirstOrThrow();
    vi.setSystemTime(new Date("2026-12-13T19:30:00.000Z"));
    const other = await cookieFor(await insertUser(db(), { role: "volunteer", person_id: w.far }));
    expect((await call(starterRoute.loader as never, getRequest("/volunteer/groups", { cookie: other }))).data.groups).toEqual([]);
    const posted = await call(starterRoute.action as never, postRequest("/volunteer/groups", { intent: "attendance", groupId: String(groupId), meetingId: String(meeting.id) }, { cookie: other }));
    expect(posted.status).toBe(404);
  });
});

describe("the residents' side", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ["Date"], now: NOW }));
  afterEach(() => vi.useRealTimers());

  it("lets an invited resident confirm by the link, seeing only her own alias", async () => {
    const w = await world();
    await startGroupAs(w);
    const mail = await db().selectFrom("outbox").select("body_text").where("recipient_email", "=", "d2@example.se").executeTakeFirstOrThrow();
    const token = /\/sjalvhjalp\/grupp\/([A-Za-z0-9_-]+)/.exec(mail.body_text)![1];
    const page = await call(inviteRoute.loader as never, getRequest(`/sjalvhjalp/grupp/${token}`), { token });
    expect(page.data.invitation).toMatchObject({ alias: "Deltagare2", meetingPlace: "Stadsbiblioteket, rum 2", answer: null });
    expect(JSON.stringify(page.data)).not.toMatch(/Deltagare[13-5]|Nilsson|d2@/);
    expect((await call(inviteRoute.action as never, postRequest(`/sjalvhjalp/grupp/${token}`, { answer: "confirm" }), { token })).data).toEqual({ answered: true });
    expect((await call(inviteRoute.loader as never, getRequest(`/sjalvhjalp/grupp/${token}`), { token })).data.invitation.answer).toBe("confirmed");
    expect((await call(inviteRoute.action as never, postRequest(`/sjalvhjalp/grupp/${token}`, { answer: "maybe" }), { token })).status).toBe(400);
  });

  it("shows on the theme page where and when the group meets, and nothing about who is in it", async () => {
    const w = await world();
    await startGroupAs(w);
    const page = await call(themeRoute.loader as never, getRequest(`/sjalvhjalp/${w.themeId}`), { themeId: String(w.themeId) });
    expect(page.data.groups).toEqual([{ place: { digital: false, municipality: "Jönköping" }, status: "starting", weekly: { weekday: 7, time: "18:00" } }]);
    expect(JSON.stringify(page.data)).not.toMatch(/Deltagare|Nilsson|Stadsbiblioteket|@example|555/);
  });
});

import * as detailRoute from "~/routes/admin.people.$personId";
import * as listRoute from "~/routes/admin.people._index";
import * as newRoute from "~/routes/admin.people.new";
import { runImport } from "~/models/import.server";
import { loadWorkQueue } from "~/models/work-queue.server";
import { db } from "~/utils/db.server";
import { insertAssignment, insertCareUnit, insertOffer, insertPerson, insertRequest, insertUser } from "../../db/insert-rows";
import { call, cookieFor, getRequest, postRequest } from "../setup/http";

async function coordinator() {
  return cookieFor(await insertUser(db(), { role: "coordinator" }));
}

function postFields(path: string, cookie: string, fields: [string, string][]) {
  const request = postRequest(path, {}, { cookie });
  return new Request(request.url, { method: "POST", headers: request.headers, body: new URLSearchParams(fields) });
}

const create = (cookie: string, fields: [string, string][]) => call(newRoute.action as never, postFields("/admin/people/new", cookie, fields));
const update = (cookie: string, personId: number | string, fields: Record<string, string>) =>
  call(detailRoute.action as never, postFields(`/admin/people/${personId}`, cookie, Object.entries(fields)), { personId: String(personId) });
const show = (cookie: string, personId: number | string) => call(detailRoute.loader as never, getRequest(`/admin/people/${personId}`, { cookie }), { personId: String(personId) });
const list = (cookie: string, query = "") => call(listRoute.loader as never, getRequest(`/admin/people${query}`, { cookie }));

const NEW_PERSON: [string, string][] = [
  ["name", "Maja Månsson"],
  ["alias", "Maja"],
  ["email", "maja@example.se"],
  ["phone", "070-123 45 67"],
  ["joinedOn", "2025-03-01"],
  ["roles", "book"],
  ["roles", "peer"],
  ["title_book", "Att leva med bipolär sjukdom"],
  ["title_peer", "Peer-stöd vid psykisk ohälsa"],
  ["title_storyteller", ""],
];

const withField = (name: string, value: string) => NEW_PERSON.map(([n, v]): [string, string] => [n, n === name ? value : v]);

async function created(cookie: string) {
  const result = await create(cookie, NEW_PERSON);
  expect(result.status).toBe(302);
  return Number(result.location!.match(/\/admin\/people\/(\d+)/)![1]);
}

describe("people admin", () => {
  it("creates a person, lists and filters them, and shows their page", async () => {
    const cookie = await coordinator();
    const id = await created(cookie);
    const page = await show(cookie, id);
    expect(page.status).toBe(200);
    expect(page.data.profile.person).toMatchObject({ name: "Maja Månsson", alias: "Maja", email: "maja@example.se", joined_on: "2025-03-01", left_on: null });
    expect(page.data.profile.roles.map((r: { role: string; title: string }) => [r.role, r.title])).toEqual([["book", "Att leva med bipolär sjukdom"], ["peer", "Peer-stöd vid psykisk ohälsa"]]);
    await insertPerson(db(), { name: "Olle Berättare", email: "olle@example.se", roles: [{ role: "storyteller" }] });

    const all = await list(cookie);
    expect(all.data.people.map((p: { name: string }) => p.name)).toEqual(["Maja Månsson", "Olle Berättare"]);
    expect(all.data.people[0]).toMatchObject({ roles: ["book", "peer"], state: "active", joined_on: "2025-03-01" });
    expect((await list(cookie, "?role=storyteller")).data.people.map((p: { name: string }) => p.name)).toEqual(["Olle Berättare"]);
    expect((await list(cookie, "?q=m%C3%A5ns")).data.people.map((p: { name: string }) => p.name)).toEqual(["Maja Månsson"]);
    expect((await list(cookie, "?q=%25")).data.people).toEqual([]);
    // "å" typed as a + combining ring (NFD, as some keyboards and macOS file names send it) finds the stored "å".
    expect((await list(cookie, `?q=${encodeURIComponent("Ma\u030ans")}`)).data.people.map((p: { name: string }) => p.name)).toEqual(["Maja Månsson"]);
    expect((await list(cookie, "?status=paused")).data.people).toEqual([]);
    // An unknown filter value is ignored rather than an error.
    expect((await list(cookie, "?status=bogus&role=%F0%9F%98%80")).data.people).toHaveLength(2);

    const audit = await db().selectFrom("audit_log").select(["entity", "entity_id", "action"]).execute();
    expect(audit).toEqual([{ entity: "person", entity_id: String(id), action: "create" }]);
  });

  it("refuses a duplicate e-mail, a missing role, short titles and impossible dates, keeping the values", async () => {
    const cookie = await coordinator();
    await insertPerson(db(), { name: "Redan Här", email: "maja@example.se" });
    const duplicate = await create(cookie, withField("email", "MAJA@example.se"));
    expect(duplicate.status).toBe(400);
    expect(duplicate.data.errors).toEqual({ email: "peopleAdmin.errors.emailTaken" });
    expect(duplicate.data.values.name).toBe("Maja Månsson");

    // No role ticked: the book's too-short title is not checked, since the role it belongs to is not chosen.
    const bad = await create(cookie, withField("joinedOn", "2025-02-30").filter(([n]) => n !== "roles").map(([n, v]): [string, string] => [n, n === "title_book" ? "x" : v]));
    expect(bad.status).toBe(400);
    expect(bad.data.errors).toMatchObject({ joinedOn: "peopleAdmin.errors.date", roles: "peopleAdmin.errors.roleRequired" });

    const shortTitle = await create(cookie, withField("title_peer", "ab"));
    expect(shortTitle.data.errors).toEqual({ title_peer: "peopleAdmin.errors.titleShort" });
    expect((await create(cookie, [])).status).toBe(400);
    expect(await db().selectFrom("people").select("id").execute()).toHaveLength(1);
  });

  it("edits details, refusing another person's e-mail and impossible dates", async () => {
    const cookie = await coordinator();
    const id = await created(cookie);
    await insertPerson(db(), { name: "Annan", email: "annan@example.se" });
    const details = { intent: "details", name: "Maja M", alias: "", email: "maja.m@example.se", phone: "", joinedOn: "2024-12-31" };
    expect((await update(cookie, id, details)).location).toBe(`/admin/people/${id}?sparad=1`);
    expect((await show(cookie, id)).data.profile.person).toMatchObject({ name: "Maja M", alias: null, email: "maja.m@example.se", phone: null, joined_on: "2024-12-31" });

    const taken = await update(cookie, id, { ...details, email: "annan@example.se" });
    expect(taken.status).toBe(400);
    expect(taken.data.errors).toEqual({ email: "peopleAdmin.errors.emailTaken" });
    const dates = await update(cookie, id, { ...details, joinedOn: "2024-13-01", phone: "abc" });
    expect(dates.data.errors).toEqual({ joinedOn: "peopleAdmin.errors.date", phone: "requests.errors.phoneInvalid" });
    expect(dates.data.values.joinedOn).toBe("2024-13-01");
  });

  it("adds and removes roles but never the last one", async () => {
    const cookie = await coordinator();
    const id = await insertPerson(db(), { roles: [{ role: "book", title: "Min bok" }] });
    expect((await update(cookie, id, { intent: "removeRole", removeRole: "book" })).data.errors).toEqual({ removeRole: "peopleAdmin.errors.lastRole" });
    expect((await update(cookie, id, { intent: "addRole", role: "book", title: "Igen" })).data.errors).toEqual({ role: "peopleAdmin.errors.roleExists" });
    expect((await update(cookie, id, { intent: "addRole", role: "admin", title: "x" })).data.errors).toMatchObject({ role: "peopleAdmin.errors.role" });
    expect((await update(cookie, id, { intent: "addRole", role: "storyteller", title: "Berättelsen om mig" })).status).toBe(302);
    expect((await update(cookie, id, { intent: "removeRole", removeRole: "book" })).status).toBe(302);
    expect((await show(cookie, id)).data.profile.roles).toEqual([{ role: "storyteller", title: "Berättelsen om mig", presentation: "" }]);
    const actions = await db().selectFrom("audit_log").select(["action", "details"]).orderBy("id").execute();
    expect(actions.map((a) => a.action)).toEqual(["add_role", "remove_role"]);
  });

  it("adds and deletes training records, only the person's own", async () => {
    const cookie = await coordinator();
    const id = await insertPerson(db(), { training: [] });
    const other = await insertPerson(db(), { training: [{ kind: "basic", completed_on: "2024-01-01" }] });
    expect((await update(cookie, id, { intent: "addTraining", kind: "storytelling", completedOn: "2025-02-29" })).data.errors).toEqual({ completedOn: "peopleAdmin.errors.date" });
    expect((await update(cookie, id, { intent: "addTraining", kind: "basic", completedOn: "2025-05-02" })).status).toBe(302);
    const [record] = (await show(cookie, id)).data.profile.training;
    expect(record).toMatchObject({ kind: "basic", completed_on: "2025-05-02" });
    const [othersRecord] = (await show(cookie, other)).data.profile.training;
    expect((await update(cookie, id, { intent: "deleteTraining", trainingId: String(othersRecord.id) })).data.errors).toEqual({ trainingId: "peopleAdmin.errors.unknown" });
    expect((await update(cookie, id, { intent: "deleteTraining", trainingId: String(record.id) })).status).toBe(302);
    expect((await show(cookie, id)).data.profile.training).toEqual([]);
    expect((await show(cookie, other)).data.profile.training).toHaveLength(1);
    const actions = await db().selectFrom("audit_log").select("action").orderBy("id").execute();
    expect(actions.map((a) => a.action)).toEqual(["add_training", "delete_training"]);
  });

  it("pauses, resumes and ends a membership only after confirmation", async () => {
    const cookie = await coordinator();
    const id = await insertPerson(db(), { name: "Pia Paus", joined_on: "2024-01-01" });
    expect((await update(cookie, id, { intent: "pause", pausedUntil: "2099-02-30" })).data.errors).toEqual({ pausedUntil: "peopleAdmin.errors.date" });
    expect((await update(cookie, id, { intent: "pause", pausedUntil: "2099-06-30" })).status).toBe(302);
    expect((await show(cookie, id)).data.profile).toMatchObject({ state: "paused", person: { paused_until: "2099-06-30" } });
    expect((await list(cookie, "?status=paused")).data.people).toHaveLength(1);
    expect((await update(cookie, id, { intent: "resume" })).status).toBe(302);
    expect((await show(cookie, id)).data.profile.person).toMatchObject({ status: "active", paused_until: null });

    expect((await update(cookie, id, { intent: "end", leftOn: "2023-12-31" })).data.errors).toEqual({ leftOn: "peopleAdmin.errors.leftBeforeJoined" });
    const ask = await update(cookie, id, { intent: "end", leftOn: "2025-06-30" });
    expect(ask.status).toBe(200);
    expect(ask.data.confirmEnd).toBe("2025-06-30");
    expect((await show(cookie, id)).data.profile.person.left_on).toBeNull();
    expect((await update(cookie, id, { intent: "end", leftOn: "2025-06-30", confirm: "yes" })).status).toBe(302);
    expect((await show(cookie, id)).data.profile).toMatchObject({ state: "ended", person: { left_on: "2025-06-30" } });
    expect((await list(cookie, "?status=ended")).data.people).toHaveLength(1);
    expect((await update(cookie, id, { intent: "end", leftOn: "2025-07-30", confirm: "yes" })).data.errors).toEqual({ leftOn: "peopleAdmin.errors.ended" });

    const actions = await db().selectFrom("audit_log").select(["action", "details"]).orderBy("id").execute();
    expect(actions).toEqual([
      { action: "status_pause", details: null },
      { action: "status_resume", details: null },
      { action: "status_end", details: null },
    ]);
  });

  it("lets only coordinators in: requester and volunteer 403, anonymous to the login", async () => {
    const id = await insertPerson(db());
    const requester = await cookieFor(await insertUser(db(), { role: "requester" }));
    const volunteer = await cookieFor(await insertUser(db(), { role: "volunteer" }));
    for (const cookie of [requester, volunteer]) {
      expect((await list(cookie)).status).toBe(403);
      expect((await call(newRoute.loader as never, getRequest("/admin/people/new", { cookie }))).status).toBe(403);
      expect((await create(cookie, NEW_PERSON)).status).toBe(403);
      expect((await show(cookie, id)).status).toBe(403);
      expect((await update(cookie, id, { intent: "resume" })).status).toBe(403);
    }
    const anonymous = await call(listRoute.loader as never, getRequest("/admin/people"));
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toMatch(/^\/login\?redirectTo=/);
    expect((await call(detailRoute.action as never, postRequest(`/admin/people/${id}`, { intent: "resume" }), { personId: String(id) })).status).toBe(302);
    expect(await db().selectFrom("audit_log").select("id").execute()).toEqual([]);
  });

  it("answers hostile input with 400 or 404, never 500", async () => {
    const cookie = await coordinator();
    const id = await insertPerson(db());
    for (const bad of ["abc", "1e3", "-1", "99999999999999999999", "😀", "0x10", "999999"]) {
      expect((await show(cookie, bad)).status).toBe(404);
      expect((await update(cookie, bad, { intent: "resume" })).status).toBe(404);
    }
    const huge = "å".repeat(10_000);
    expect((await create(cookie, withField("name", huge))).data.errors).toMatchObject({ name: "errors.tooLong" });
    expect((await create(cookie, withField("email", "😀@😀"))).status).toBe(400);
    expect((await update(cookie, id, { intent: huge })).status).toBe(400);
    expect((await update(cookie, id, { intent: "details", name: huge, alias: "😀", email: "x", phone: "😀", joinedOn: "😀" })).status).toBe(400);
    expect((await update(cookie, id, { intent: "deleteTraining", trainingId: "abc" })).status).toBe(400);
    expect((await update(cookie, id, { intent: "removeRole", removeRole: "😀" })).status).toBe(400);
    expect((await update(cookie, id, { intent: "addTraining", kind: "basic", completedOn: "2025-1-1" })).status).toBe(400);
    expect((await update(cookie, id, {})).status).toBe(400);
    expect((await list(cookie, `?q=${encodeURIComponent(huge)}`)).status).toBe(200);
  });
});

describe("pausing a person over bookings and an open offer", () => {
  const HOUR = 3_600_000;
  const iso = (ms: number) => new Date(ms).toISOString();
  async function busyPerson() {
    const personId = await insertPerson(db());
    const unitId = await insertCareUnit(db());
    const unitUser = await insertUser(db(), { role: "requester", care_unit_id: unitId });
    const bookings: { assignmentId: number; requestId: number }[] = [];
    for (const days of [3, 10]) {
      const start = Date.now() + days * 24 * HOUR;
      const r = await insertRequest(db(), { status: "confirmed", care_unit_id: unitId, slots: [{ starts_at: iso(start), ends_at: iso(start + HOUR) }] });
      const offer = await insertOffer(db(), { request_id: r.id, person_id: personId, status: "accepted" });
      bookings.push({ assignmentId: await insertAssignment(db(), { offer_id: offer }), requestId: r.id });
    }
    const start = Date.now() + 5 * 24 * HOUR;
    const offered = await insertRequest(db(), { status: "offered", slots: [{ starts_at: iso(start), ends_at: iso(start + HOUR) }] });
    const offerId = await insertOffer(db(), { request_id: offered.id, person_id: personId });
    return { personId, unitUser, bookings, offerId, offeredRequest: offered.id };
  }
  const assignments = (p: { bookings: { assignmentId: number }[] }) =>
    db().selectFrom("assignments").select(["status", "cancelled_by", "status_reason"]).where("id", "in", p.bookings.map((b) => b.assignmentId)).orderBy("id").execute();
  const personStatus = async (id: number) => (await db().selectFrom("people").select("status").where("id", "=", id).executeTakeFirstOrThrow()).status;

  it("first shows both bookings and the offer, and pauses nothing yet", async () => {
    const cookie = await coordinator();
    const p = await busyPerson();
    const first = await update(cookie, p.personId, { intent: "pause", pausedUntil: "" });
    expect(first.status).toBe(200);
    expect(first.data.touches.bookings.map((b: { id: number }) => b.id)).toEqual(p.bookings.map((b) => b.assignmentId));
    expect(first.data.touches.offers.map((o: { id: number }) => o.id)).toEqual([p.offerId]);
    expect(await personStatus(p.personId)).toBe("active");
  });

  it("cancels both bookings with the reason, declines the offer as paused, reopens the requests and tells the unit", async () => {
    const cookie = await coordinator();
    const p = await busyPerson();
    const done = await update(cookie, p.personId, { intent: "pause", pausedUntil: "", step: "confirm", choice: "cancel", reason: "Pausad" });
    expect(done.status).toBe(302);
    expect(await personStatus(p.personId)).toBe("paused");
    expect(await assignments(p)).toEqual([
      { status: "cancelled", cancelled_by: "coordinator", status_reason: "Pausad" },
      { status: "cancelled", cancelled_by: "coordinator", status_reason: "Pausad" },
    ]);
    const offer = await db().selectFrom("offers").select(["status", "close_reason"]).where("id", "=", p.offerId).executeTakeFirstOrThrow();
    expect(offer).toEqual({ status: "declined", close_reason: "paused" });
    const requests = await db().selectFrom("requests").select("status").where("id", "in", [...p.bookings.map((b) => b.requestId), p.offeredRequest]).execute();
    expect(requests.map((r) => r.status)).toEqual(["open", "open", "open"]);
    const mails = await db().selectFrom("outbox").select("body_text").where("recipient_user_id", "=", p.unitUser).where("kind", "=", "cant_come").execute();
    expect(mails).toHaveLength(2);
    expect(mails[0].body_text).toContain("Anledning: Pausad");
  });

  it("keeps the bookings of a pause that ends before the second one, when asked to", async () => {
    const cookie = await coordinator();
    const p = await busyPerson();
    const until = new Date(Date.now() + 6 * 24 * HOUR).toISOString().slice(0, 10);
    const first = await update(cookie, p.personId, { intent: "pause", pausedUntil: until });
    expect(first.data.touches.bookings.map((b: { id: number }) => b.id)).toEqual([p.bookings[0].assignmentId]);
    const unchosen = await update(cookie, p.personId, { intent: "pause", pausedUntil: until, step: "confirm", reason: "Pausad" });
    expect(unchosen.status).toBe(400);
    expect(unchosen.data.errors).toEqual({ choice: "touches.errors.choice" });
    expect((await update(cookie, p.personId, { intent: "pause", pausedUntil: until, step: "confirm", choice: "keep", reason: "Pausad" })).status).toBe(302);
    expect((await assignments(p)).map((a) => a.status)).toEqual(["booked", "booked"]);
    expect(await personStatus(p.personId)).toBe("paused");
  });
});

describe("approving catalogue cards and seeing who is stuck", () => {
  const approval = (cookie: string) => list(cookie, "?godkannande=1");
  const names = (rows: { name: string }[]) => rows.map((r) => r.name);

  it("starts a new person unapproved, publishes on approval, takes the card out again, and audits both", async () => {
    const cookie = await coordinator();
    const id = await created(cookie);
    expect((await db().selectFrom("people").select("approved_at").where("id", "=", id).executeTakeFirstOrThrow()).approved_at).toBeNull();
    const page = await show(cookie, id);
    expect(page.data.approval).toEqual({ approvedAt: null, reasons: ["noAccount", "noPresentation", "noExperience", "noAvailability", "untrained"] });
    const queue = await approval(cookie);
    expect(queue.data.approval.waiting).toEqual([{ id, name: "Maja Månsson", alias: "Maja", joinedOn: "2025-03-01", roles: ["book", "peer"], reasons: ["noAccount", "noPresentation", "noExperience", "noAvailability", "untrained"] }]);
    expect(queue.data.people).toEqual([]);
    expect((await list(cookie)).data.people[0].approved_at).toBeNull();

    const approved = await update(cookie, id, { intent: "approve" });
    expect(approved.location).toBe(`/admin/people/${id}?kort=publicerat`);
    expect((await show(cookie, id)).data.approval.approvedAt).not.toBeNull();
    expect((await approval(cookie)).data.approval.waiting).toEqual([]);
    // A second click (or a resent form) changes nothing and logs nothing.
    expect((await update(cookie, id, { intent: "approve" })).status).toBe(302);

    expect((await update(cookie, id, { intent: "unpublish" })).location).toBe(`/admin/people/${id}?kort=avpublicerat`);
    expect((await show(cookie, id)).data.approval.approvedAt).toBeNull();
    expect(names((await approval(cookie)).data.approval.waiting)).toEqual(["Maja Månsson"]);
    const actions = await db().selectFrom("audit_log").select(["action", "actor_user_id"]).where("entity_id", "=", String(id)).orderBy("id").execute();
    expect(actions.map((a) => a.action)).toEqual(["create", "approve_card", "unpublish_card"]);
  });

  it("approves people imported from a file at once, since a coordinator imported them", async () => {
    const userId = await insertUser(db(), { role: "coordinator" });
    const csv = "email,name,roles,title,experience,municipality,languages,joined_on,left_on,trained_on\nimp@example.se,Ida Import,book,Att leva med smärta,,,sv,2025-01-01,,2025-01-10\n";
    const result = await runImport(db(), "people", csv, { actorUserId: userId });
    expect(result.ok).toBe(true);
    const row = await db().selectFrom("people").select("approved_at").where("email", "=", "imp@example.se").executeTakeFirstOrThrow();
    expect(row.approved_at).not.toBeNull();
  });

  it("lists published people who are stuck with a reason each, the most held-up first, and leaves out the paused and ended", async () => {
    const cookie = await coordinator();
    const areaId = (await db().insertInto("experience_areas").values({ name: "smärta" }).returning("id").executeTakeFirstOrThrow()).id;
    const ready = { experienceAreaIds: [areaId], roles: [{ role: "book" as const, presentation: "Om att leva med smärta." }] };
    const signedIn = async (personId: number) => insertUser(db(), { role: "volunteer", person_id: personId, last_login_at: "2026-01-01T10:00:00.000Z" });
    await signedIn(await insertPerson(db(), { ...ready, name: "Klar Karin" }));
    await signedIn(await insertPerson(db(), { ...ready, name: "Tidlös Tove", windows: [] }));
    await insertUser(db(), { role: "volunteer", person_id: await insertPerson(db(), { ...ready, name: "Inbjuden Ines" }) });
    await insertPerson(db(), { ...ready, name: "Kontolös Kim", training: [], windows: [] });
    await insertPerson(db(), { ...ready, name: "Pausad Per", status: "paused", windows: [] });
    await insertPerson(db(), { ...ready, name: "Slutat Sam", left_on: "2020-01-01", windows: [] });
    await signedIn(await insertPerson(db(), { ...ready, name: "Väntande Vera", approved_at: null }));

    const { waiting, stuck, stuckTotal } = (await approval(cookie)).data.approval;
    expect(names(waiting)).toEqual(["Väntande Vera"]);
    expect(waiting[0].reasons).toEqual([]);
    expect(stuck.map((r: { name: string; reasons: string[] }) => [r.name, r.reasons])).toEqual([
      ["Kontolös Kim", ["noAccount", "noAvailability", "untrained"]],
      ["Inbjuden Ines", ["neverSignedIn"]],
      ["Tidlös Tove", ["noAvailability"]],
    ]);
    expect(stuckTotal).toBe(3);
    // The start page's count is the same list.
    expect((await loadWorkQueue(db())).cardsToApprove).toBe(1);
  });

  it("refuses approval to requesters and volunteers and answers 404 for an unknown person", async () => {
    const id = await insertPerson(db(), { approved_at: null });
    for (const role of ["requester", "volunteer"] as const) {
      const cookie = await cookieFor(await insertUser(db(), { role }));
      expect((await update(cookie, id, { intent: "approve" })).status).toBe(403);
      expect((await approval(cookie)).status).toBe(403);
    }
    expect((await update(await coordinator(), "999999", { intent: "approve" })).status).toBe(404);
    expect((await db().selectFrom("people").select("approved_at").where("id", "=", id).executeTakeFirstOrThrow()).approved_at).toBeNull();
  });
});

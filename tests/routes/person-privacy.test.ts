// GDPR through the real routes: the register extract, erasure that leaves every goal figure as it was, and the change log.
import { localToInstant } from "~/domain/stockholm-time";
import { loadGoalReport } from "~/models/goals.server";
import { addWindow } from "~/models/availability.server";
import { updateDetails } from "~/models/people-admin.server";
import * as exportRoute from "~/routes/admin.people.$personId_.export[.]json";
import * as route from "~/routes/admin.people.$personId_.privacy";
import { db } from "~/utils/db.server";
import { insertAssignment, insertOffer, insertPerson, insertRequest, insertUser } from "../../db/insert-rows";
import { call, cookieFor, getRequest, postRequest } from "../setup/http";
import { area, expectCoordinatorOnly, signedIn, thisYear } from "./plan-helpers";

const at = (date: string) => localToInstant(date, 600).toISOString();

async function job(personId: number, role: "book" | "peer", date: string, status: "completed" | "booked" = "completed") {
  const start = at(date);
  const request = await insertRequest(db(), { wanted_role: role, slots: [{ starts_at: start, ends_at: new Date(Date.parse(start) + 3_600_000).toISOString() }] });
  const offerId = await insertOffer(db(), { person_id: personId, request_id: request.id, offered_at: at(date), status: "accepted" });
  const assignmentId = await insertAssignment(db(), { offer_id: offerId, status });
  await db().insertInto("feedback").values({ assignment_id: assignmentId, author: "care_unit", rating: 5, comment: "Anna berättade om sin cancer", created_at: start }).execute();
}

/** A book and peer with a profile, an account, offers and assignments last year and this year. */
async function volunteer() {
  const cancer = await area("cancer");
  const personId = await insertPerson(db(), {
    name: "Anna Andersson", alias: "Anna", email: "anna@example.se", phone: "070-111 22 33", joined_on: "2020-02-01",
    roles: [{ role: "book", title: "Att leva med cancer", presentation: "Jag fick cancer 2015." }, { role: "peer" }],
    experienceAreaIds: [cancer],
  });
  const userId = await insertUser(db(), { role: "volunteer", person_id: personId, email: "anna@example.se", name: "Anna Andersson" });
  await db()
    .insertInto("outbox")
    .values({
      kind: "offer_made", recipient_email: "anna@example.se", recipient_user_id: userId, subject: "Nytt erbjudande", body_text: "Hej Anna!", body_html: "<p>Hej Anna!</p>",
      created_at: new Date().toISOString(), next_attempt_at: new Date().toISOString(),
    })
    .execute();
  const year = thisYear();
  await job(personId, "peer", `${year - 1}-03-10`);
  await job(personId, "book", `${year - 1}-05-10`);
  await job(personId, "peer", `${year}-01-15`);
  await insertOffer(db(), { person_id: personId, request_id: (await insertRequest(db(), { wanted_role: "book" })).id, status: "declined", decline_reason: "Min mamma är sjuk", offered_at: at(`${year}-01-20`) });
  const offered = await insertRequest(db(), { wanted_role: "book", status: "offered" });
  await insertOffer(db(), { person_id: personId, request_id: offered.id, status: "pending" });
  return { personId, userId, offeredRequestId: offered.id };
}

const privacyPage = (personId: number, cookie: string) => call(route.loader as never, getRequest(`/admin/people/${personId}/privacy`, { cookie }), { personId: String(personId) });
const erase = (personId: number, cookie: string, fields: Record<string, string> = { intent: "erase", confirm: "yes" }) =>
  call(route.action as never, postRequest(`/admin/people/${personId}/privacy`, fields, { cookie }), { personId: String(personId) });

async function extract(personId: number, cookie: string) {
  const response = (await exportRoute.action({ request: postRequest(`/admin/people/${personId}/export.json`, {}, { cookie }), params: { personId: String(personId) }, context: {} } as never)) as Response;
  return { response, body: await response.json() };
}

describe("a person's privacy page", () => {
  it("exports everything about the person as JSON without secrets, and logs the export", async () => {
    const { personId } = await volunteer();
    const { cookie } = await signedIn("coordinator");
    const { response, body } = await extract(personId, cookie);
    expect(response.headers.get("Content-Disposition")).toBe(`attachment; filename="levande-person-${personId}.json"`);
    expect(body.person).toMatchObject({ name: "Anna Andersson", email: "anna@example.se", phone: "070-111 22 33" });
    expect(body.roles).toEqual(expect.arrayContaining([expect.objectContaining({ role: "book", presentation: "Jag fick cancer 2015." })]));
    expect(body.experienceAreas).toEqual(["cancer"]);
    expect(body.accounts).toEqual([expect.objectContaining({ email: "anna@example.se", role: "volunteer" })]);
    expect(body.offers).toHaveLength(5);
    expect(body.assignments).toHaveLength(3);
    expect(body.feedback).toHaveLength(3);
    expect(body.emails).toEqual([expect.objectContaining({ subject: "Nytt erbjudande", body_text: "Hej Anna!" })]);
    expect(JSON.stringify(body)).not.toMatch(/password_hash|token_hash|scrypt/);
    const page = await privacyPage(personId, cookie);
    expect(page.data.log.map((e: { action: string }) => e.action)).toContain("export");
  });

  it("erases the person's personal data while every goal figure stays exactly as before", async () => {
    const { personId, userId, offeredRequestId } = await volunteer();
    const volunteerCookie = await cookieFor(userId);
    const { cookie } = await signedIn("coordinator");
    const year = thisYear();
    const before = [await loadGoalReport(db(), year - 1), await loadGoalReport(db(), year)];

    const outcome = await erase(personId, cookie);
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe(`/admin/people/${personId}/privacy?anonymiserad=1`);
    expect([await loadGoalReport(db(), year - 1), await loadGoalReport(db(), year)]).toEqual(before);
    expect(before[0].peerAssignments.count).toBe(1);

    const { body } = await extract(personId, cookie);
    expect(body.person).toMatchObject({ name: `Anonymiserad #${personId}`, alias: null, email: null, phone: null, status: "paused" });
    expect(body.person.anonymised_at).not.toBeNull();
    expect(body.roles.map((r: { presentation: string }) => r.presentation)).toEqual(["", ""]);
    for (const key of ["experienceAreas", "formats", "languages", "serviceAreas", "training", "calendarFeeds"]) expect(body[key], key).toEqual([]);
    expect(body.availability).toEqual({ windows: [], exceptions: [] });
    expect(body.emails).toEqual([]);
    expect(body.accounts).toEqual([expect.objectContaining({ email: `anonymiserad-${userId}@example.invalid`, name: `Anonymiserad #${personId}` })]);
    expect(body.accounts[0].disabled_at).not.toBeNull();
    expect(body.offers.map((o: { status: string }) => o.status)).not.toContain("pending");
    // The request that waited on the person's answer is matched again.
    expect(await db().selectFrom("requests").select("status").where("id", "=", offeredRequestId).executeTakeFirstOrThrow()).toEqual({ status: "open" });
    expect(JSON.stringify(body)).not.toMatch(/Anna|anna@|070-111|cancer 2015|Min mamma|berättade om sin cancer/);
    // The account's session ended with it.
    const volunteerPage = await call(route.loader as never, getRequest(`/admin/people/${personId}/privacy`, { cookie: volunteerCookie }), { personId: String(personId) });
    expect(volunteerPage.status).toBe(302);

    const page = await privacyPage(personId, cookie);
    expect(page.data.log.map((e: { action: string; details: unknown }) => [e.action, e.details])).toEqual([["export", null], ["erase", null]]);
    expect((await erase(personId, cookie)).status).toBe(409);
  });

  it("asks for confirmation first and refuses while assignments are booked ahead, changing nothing", async () => {
    const { personId } = await volunteer();
    const { cookie } = await signedIn("coordinator");
    const unconfirmed = await erase(personId, cookie, { intent: "erase" });
    expect(unconfirmed.status).toBe(400);
    expect(unconfirmed.data.errors).toEqual({ confirm: "privacy.errors.confirm" });
    const unknown = await erase(personId, cookie, { intent: "drop", confirm: "yes" });
    expect(unknown.status).toBe(400);

    const next = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    await job(personId, "peer", next, "booked");
    const booked = await erase(personId, cookie);
    expect(booked.status).toBe(409);
    expect(booked.data.errors).toEqual({ form: "privacy.errors.futureAssignments" });
    const person = await db().selectFrom("people").select(["name", "anonymised_at"]).where("id", "=", personId).executeTakeFirstOrThrow();
    expect(person).toEqual({ name: "Anna Andersson", anonymised_at: null });
  });

  it("shows every change to the person in the change log, theirs too, newest first, with who made it", async () => {
    const { personId, userId: volunteerUserId } = await volunteer();
    const { userId, cookie } = await signedIn("coordinator");
    await updateDetails(db(), { personId, userId, input: { name: "Anna A.", alias: null, email: "anna@example.se", phone: null, joinedOn: "2020-02-01" } as never });
    await addWindow(db(), { personId, userId: volunteerUserId, weekday: 2, startMinute: 540, endMinute: 720 });
    const page = await privacyPage(personId, cookie);
    expect(page.data.log.slice(0, 2)).toMatchObject([
      { entity: "availability_window", action: "create", actor: "Anna Andersson" },
      { entity: "person", action: "update_details", actor: expect.any(String) },
    ]);
  });

  it("writes nothing on a GET of the extract: a cross-site link cannot forge audit rows", async () => {
    await volunteer();
    const before = await db().selectFrom("audit_log").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    const response = await exportRoute.loader();
    expect(response.status).toBe(405);
    expect(response.headers.get("Allow")).toBe("POST");
    const after = await db().selectFrom("audit_log").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it("answers 404 for an unknown person and is for coordinators only", async () => {
    const { cookie } = await signedIn("coordinator");
    expect((await privacyPage(999999, cookie)).status).toBe(404);
    expect((await call(exportRoute.action as never, postRequest("/admin/people/999999/export.json", {}, { cookie }), { personId: "999999" })).status).toBe(404);
    const personId = await insertPerson(db());
    await expectCoordinatorOnly(`/admin/people/${personId}/privacy`, route);
  });
});

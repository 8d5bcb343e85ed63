// Property: whatever a form posts — arbitrary text, any unicode, huge values, missing or unknown fields — every action
// answers below 500, and an answer of 400 or more leaves the database exactly as it was.
import path from "node:path";
import fc from "fast-check";
import { sql } from "kysely";
import { db } from "~/utils/db.server";
import { insertActivity, insertMeetingPlace } from "../../db/insert-meeting-places";
import { insertAssignment, insertCareUnit, insertOffer, insertPerson, insertRequest, insertUser } from "../../db/insert-rows";
import { call, cookieFor, postRequest } from "../setup/http";
import { everyRow } from "../setup/tables";

type Role = "coordinator" | "requester" | "volunteer" | "anonymous";

const modules = import.meta.glob<Record<string, any>>("../../app/routes/*.{ts,tsx}", { eager: true });
const actions = Object.entries(modules)
  .map(([file, mod]) => [path.basename(file).replace(/\.tsx?$/, ""), mod.action] as const)
  .filter(([, action]) => typeof action === "function");

/** Who posts to each route: the role it is for, so the input gets past the authorization check and is really parsed. */
function roleFor(route: string): Role {
  if (route.startsWith("admin.") || route.startsWith("coordinator.")) return "coordinator";
  if (route.startsWith("unit.")) return "requester";
  if (route.startsWith("volunteer.")) return "volunteer";
  if (route.startsWith("account.")) return "volunteer";
  return "anonymous";
}

/** Field names the forms use, a few they never use, and the intents they switch on. */
const FIELD_NAMES = [
  "intent", "offerId", "assignmentId", "requestId", "personId", "slotId", "trainingId", "windowId", "exceptionId", "messageId",
  "name", "alias", "email", "phone", "password", "confirm", "joinedOn", "leftOn", "pausedUntil", "completedOn", "kind", "role",
  "title", "presentation", "removeRole", "reason", "note", "status", "hours", "compensationSek", "travelKm", "rating", "comment",
  "format", "audience", "audienceSize", "municipalityId", "careAreaId", "address", "durationMinutes", "contactName", "contactPhone",
  "slots", "date", "start", "end", "weekday", "from", "to", "replyDays", "locale", "redirectTo", "submissionKey", "experienceAreaIds",
  "csv", "upload", "year", "q", "nameEn", "__proto__", "constructor", "x".repeat(300),
  "activityId", "visitors", "occursOn", "untilDate", "open1", "close1", "placeId", "careUnitId", "contactedOn", "consent", "website",
  "place", "themeId", "firstDate", "time", "meetingPlace", "starterPersonId", "meetingId", "present", "answer", "score", "count",
  "sessionId", "experienceAreaId", "schedule", "intervalWeeks", "dates", "startTime", "description",
];
const INTENTS = [
  "accept", "decline", "details", "addRole", "removeRole", "addTraining", "deleteTraining", "pause", "resume", "end", "erase",
  "preview", "commit", "withdraw", "cancel", "feedback", "offer", "outcome", "reminders", "retry", "create", "update", "delete",
  "invite", "rename", "english", "toggle", "send", "add", "remove", "rotate", "revoke", "save", "block", "extra",
  "join", "leave", "count", "addActivity", "endActivity", "surveyLinks", "attendance", "confirm", "addTheme", "hideTheme",
];

const text = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom("", " ", "0", "-1", "1e309", "NaN", "9".repeat(40), "2026-02-30", "2026-13-01", "25:99", "null", "<script>", "'; drop table people; --", "\u0000", "\uD800"),
  fc.integer().map(String),
  fc.string({ maxLength: 5 }).map((s) => s.repeat(20_000)),
);
const value = fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...INTENTS) }, { weight: 4, arbitrary: text });
const form = fc.dictionary(fc.constantFrom(...FIELD_NAMES), value, { maxKeys: 8 });


/** Rows every route can find: a unit with a request offered to a volunteer, an assignment, people to administer. */
async function world() {
  const unitId = await insertCareUnit(db());
  const personId = await insertPerson(db(), { roles: [{ role: "peer" }, { role: "book" }] });
  const request = await insertRequest(db(), { care_unit_id: unitId, status: "offered" });
  await insertOffer(db(), { person_id: personId, request_id: request.id });
  const assignmentId = await insertAssignment(db(), { status: "completed" });
  const assigned = await db().selectFrom("assignments").select(["person_id", "request_id"]).where("id", "=", assignmentId).executeTakeFirstOrThrow();
  const cookies: Record<Role, string | undefined> = {
    anonymous: undefined,
    coordinator: await cookieFor(await insertUser(db(), { role: "coordinator" })),
    requester: await cookieFor(await insertUser(db(), { role: "requester", care_unit_id: unitId })),
    volunteer: await cookieFor(await insertUser(db(), { role: "volunteer", person_id: assigned.person_id })),
  };
  const planIds = await planRows(unitId, assigned.person_id);
  const params = { personId: String(personId), requestId: String(request.id), unitId: String(unitId), assignmentId: String(assignmentId), token: "x".repeat(43), ...planIds };
  return { cookies, params };
}

/** A meeting place with a weekly activity, a self-help theme with a group the volunteer starts, and a unit's Lärcafé. */
async function planRows(unitId: number, volunteerId: number) {
  const placeId = await insertMeetingPlace(db());
  await insertActivity(db(), { placeId, title: "Öppet hus", kind: "weekly", weekday: 3, startMinute: 18 * 60, durationMinutes: 120, fromDate: "2026-01-01" });
  const at = "2026-11-01T08:00:00.000Z";
  const theme = await db().insertInto("self_help_themes").values({ name: "Ensamhet", created_at: at }).returning("id").executeTakeFirstOrThrow();
  await db().insertInto("person_roles").values({ person_id: volunteerId, role: "starter", title: "Igångsättare", presentation: "" }).execute();
  const group = await db()
    .insertInto("self_help_groups")
    .values({ theme_id: theme.id, digital: 1, municipality_id: null, meeting_place: "Länk", status: "self_running", starter_person_id: volunteerId, created_at: at })
    .returning("id")
    .executeTakeFirstOrThrow();
  const area = await db().insertInto("experience_areas").values({ name: "Diabetes" }).returning("id").executeTakeFirstOrThrow();
  const series = await db()
    .insertInto("larcafe_series")
    .values({ title: "Lärcafé", experience_area_id: area.id, care_unit_id: unitId, digital: 1, municipality_id: null, address: null, audience: "patients", audience_size: 10, contact_name: "Kim", contact_phone: "070-174 06 99", created_at: at })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { placeId: String(placeId), themeId: String(theme.id), groupId: String(group.id), seriesId: String(series.id) };
}

describe("bad input at every form action", () => {
  it("finds the actions to test", () => {
    expect(actions.length).toBeGreaterThanOrEqual(20);
  });

  it.each(actions)("%s: never a 500, and a refusal changes nothing", async (route, action) => {
    const { cookies, params } = await world();
    const role = roleFor(route);
    // A refused login is counted for throttling, and logging out ends the session: both by design.
    const except = route === "login" ? ["login_failures"] : route === "logout" ? ["sessions"] : [];
    await fc.assert(
      fc.asyncProperty(form, async (fields) => {
        const before = await everyRow(db(), except);
        const outcome = await call(action, postRequest(`/${route}`, fields, { cookie: cookies[role] }), params);
        expect(outcome.status, JSON.stringify(fields).slice(0, 300)).toBeLessThan(500);
        if (outcome.status >= 400) expect(await everyRow(db(), except)).toBe(before);
      }),
      { numRuns: 25, seed: 20261123 },
    );
  });

  /** Bodies no form of ours sends: other content types, broken multipart, control characters, a field twice. */
  const SHAPES: [string, Record<string, string>, BodyInit | undefined][] = [
    ["JSON", { "Content-Type": "application/json" }, JSON.stringify({ intent: "accept", email: "a@example.se" })],
    ["text/plain", { "Content-Type": "text/plain" }, "intent=accept"],
    ["multipart without boundary", { "Content-Type": "multipart/form-data" }, "--x\r\nContent-Disposition: form-data; name=\"intent\"\r\n\r\naccept\r\n--x--"],
    ["broken multipart", { "Content-Type": "multipart/form-data; boundary=x" }, "this is not multipart"],
    ["no content type", {}, "intent=accept"],
    ["no body at all", {}, undefined],
    ["NUL in a value", { "Content-Type": "application/x-www-form-urlencoded" }, "intent=accept&name=a%00b&title=a%00b"],
    ["bidi override in a value", { "Content-Type": "application/x-www-form-urlencoded" }, "intent=accept&name=gnp%E2%80%AEexe.png&title=gnp%E2%80%AEexe.png"],
  ];

  it.each(actions)("%s: a body in a shape no form sends is a 4xx and changes nothing", async (route, action) => {
    const { cookies, params } = await world();
    const role = roleFor(route);
    const except = route === "logout" ? ["sessions"] : [];
    for (const [shape, headers, body] of SHAPES) {
      const before = await everyRow(db(), except);
      const request = new Request(`http://localhost/${route}`, {
        method: "POST",
        body,
        headers: { Origin: "http://localhost", ...headers, ...(cookies[role] ? { Cookie: cookies[role]! } : {}) },
      });
      const outcome = await call(action, request, params);
      if (route === "logout") continue;
      expect(outcome.status, shape).toBeGreaterThanOrEqual(400);
      expect(outcome.status, shape).toBeLessThan(500);
      expect(await everyRow(db(), except), shape).toBe(before);
    }
  });
});

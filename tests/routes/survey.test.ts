// The anonymous self-efficacy survey: a one-time link takes one answer, stored without the link or a name; bad input
// keeps the answer unsent with its errors; a group's members get their links by e-mail after the 4th meeting and at its end.
import type { GroupStatus } from "~/domain/vocabulary";
import * as surveyPage from "~/routes/enkat.$token";
import { createSurveyLinks, groupsDueSurvey, handOutSurveyLinks, sendDueSurveys } from "~/models/survey.server";
import { db } from "~/utils/db.server";
import { call, getRequest, postRequest } from "../setup/http";

const NOW = new Date("2026-12-06T10:00:00.000Z");

async function group({ status = "starting", fourthEndsAt = "2026-12-01T19:00:00.000Z" }: { status?: GroupStatus; fourthEndsAt?: string } = {}) {
  const theme = await db().insertInto("self_help_themes").values({ name: "Ensamhet", created_at: "2026-10-01T08:00:00.000Z" }).returning("id").executeTakeFirstOrThrow();
  const { id } = await db()
    .insertInto("self_help_groups")
    .values({ theme_id: theme.id, digital: 1, municipality_id: null, meeting_place: "Länk per e-post", status, created_at: "2026-11-01T08:00:00.000Z" })
    .returning("id")
    .executeTakeFirstOrThrow();
  const meeting = (number: number, endsAt: string) => ({
    group_id: id,
    number,
    starts_at: new Date(Date.parse(endsAt) - 2 * 3600_000).toISOString(),
    ends_at: endsAt,
    with_starter: number <= 4 ? 1 : 0,
  });
  await db()
    .insertInto("self_help_group_meetings")
    .values([1, 2, 3].map((n) => meeting(n, `2026-11-${String(n * 7).padStart(2, "0")}T19:00:00.000Z`)).concat(meeting(4, fourthEndsAt)))
    .execute();
  const member = (position: number, alias: string, email: string | null, confirmed: boolean) => ({
    group_id: id,
    alias,
    email,
    phone: email ? null : "070-111 22 33",
    position,
    invite_token_hash: `hash-${id}-${position}`,
    invited_at: "2026-11-01T08:00:00.000Z",
    confirmed_at: confirmed ? "2026-11-02T08:00:00.000Z" : null,
  });
  await db()
    .insertInto("self_help_group_members")
    .values([member(1, "Gran", "gran@example.se", true), member(2, "Tall", null, true), member(3, "Ek", "ek@example.se", false), member(4, "Björk", "bjork@example.se", true)])
    .execute();
  return id;
}

async function link(now = NOW) {
  const groupId = await group();
  const [token] = await createSurveyLinks(db(), { owner: { source: "self_help", groupId }, occasion: "fourth_meeting", count: 1, now });
  return token;
}

const open = (token: string) => call(surveyPage.loader as never, getRequest(`/enkat/${token}`), { token });
const answer = (token: string, fields: Record<string, string>) => call(surveyPage.action as never, postRequest(`/enkat/${token}`, fields), { token });
const answers = () => db().selectFrom("survey_answers").selectAll().execute();

describe("the survey page", () => {
  it("opens without an account and takes one answer, stored without the link", async () => {
    const token = await link(new Date());
    expect((await open(token)).data).toEqual({ closed: null });
    const reply = await answer(token, { score: "4", comment: " Jag vågar mer nu. " });
    expect(reply.status).toBe(302);
    const thanks = await call(surveyPage.loader as never, getRequest(reply.headers.get("Location") as string), { token });
    expect(thanks).toMatchObject({ status: 200, data: { closed: "survey.thanks" } });
    const stored = await answers();
    expect(stored).toEqual([{ id: expect.any(Number), source: "self_help", score: 4, comment: "Jag vågar mer nu.", submitted_at: expect.any(String) }]);
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it("refuses a second answer through the same link, and says so on opening it", async () => {
    const token = await link(new Date());
    await answer(token, { score: "5", comment: "" });
    expect((await answer(token, { score: "1", comment: "" })).status).toBe(410);
    const reopened = await open(token);
    expect(reopened.status).toBe(410);
    expect(reopened.data).toEqual({ closed: "survey.used" });
    expect((await answers()).map((a) => a.score)).toEqual([5]);
  });

  it("stores one answer when the same link is posted ten times at once", async () => {
    const token = await link(new Date());
    const replies = await Promise.all(Array.from({ length: 10 }, () => answer(token, { score: "3", comment: "" })));
    expect(replies.filter((r) => r.status === 302)).toHaveLength(1);
    expect(await answers()).toHaveLength(1);
  });

  it("keeps a bad answer on the page with its errors and stores nothing", async () => {
    const token = await link(new Date());
    const reply = await answer(token, { score: "7", comment: "x".repeat(1001) });
    expect(reply.status).toBe(400);
    expect(reply.data.errors).toEqual({ score: "survey.errors.score", comment: "survey.errors.commentTooLong" });
    expect(await answers()).toEqual([]);
    expect((await open(token)).data).toEqual({ closed: null });
  });

  it("is 400 for a repeated field", async () => {
    const token = await link(new Date());
    const body = new URLSearchParams([["score", "5"], ["score", "1"], ["comment", ""]]);
    const request = new Request(`http://localhost/enkat/${token}`, { method: "POST", body, headers: { "Content-Type": "application/x-www-form-urlencoded" } });
    const reply = await call(surveyPage.action as never, request, { token });
    expect(reply.status).toBe(400);
    expect(await answers()).toEqual([]);
  });

  it("is 404 for a token that matches nothing or is malformed, and 410 for a link older than 60 days", async () => {
    for (const token of ["x".repeat(43), "../../etc", "a"]) expect((await open(token)).status).toBe(404);
    const old = await link(new Date(Date.now() - 61 * 86_400_000));
    expect((await open(old)).data).toEqual({ closed: "survey.expired" });
    expect((await answer(old, { score: "5", comment: "" })).status).toBe(410);
    expect(await answers()).toEqual([]);
  });
});

describe("a group's survey e-mails", () => {
  it("go after the 4th meeting to each member who confirmed and has an e-mail, once", async () => {
    const groupId = await group();
    expect(await groupsDueSurvey(db(), NOW)).toEqual([{ groupId, occasion: "fourth_meeting" }]);
    expect(await sendDueSurveys(db(), NOW)).toBe(2);
    const mail = await db().selectFrom("outbox").select(["recipient_email", "kind", "body_text"]).orderBy("recipient_email").execute();
    expect(mail.map((m) => [m.recipient_email, m.kind])).toEqual([
      ["bjork@example.se", "survey_invite"],
      ["gran@example.se", "survey_invite"],
    ]);
    expect(mail[0].body_text).toMatch(/\/enkat\/[A-Za-z0-9_-]{20,}/);
    expect(await sendDueSurveys(db(), NOW)).toBe(0);
    expect(await db().selectFrom("survey_links").select("id").execute()).toHaveLength(2);
  });

  it("go even when links were handed out first to the members without e-mail", async () => {
    const groupId = await group();
    const urls = await handOutSurveyLinks(db(), { owner: { source: "self_help", groupId }, count: 1, now: NOW });
    expect(urls).toEqual([expect.stringMatching(/^http.*\/enkat\/[A-Za-z0-9_-]{20,}$/)]);
    expect(await sendDueSurveys(db(), NOW)).toBe(2);
  });

  it("wait until the 4th meeting has ended", async () => {
    await group({ fourthEndsAt: "2026-12-06T19:00:00.000Z" });
    expect(await groupsDueSurvey(db(), NOW)).toEqual([]);
  });

  it("go again when the group ends", async () => {
    const groupId = await group({ status: "ended" });
    expect((await groupsDueSurvey(db(), NOW)).map((d) => d.occasion).sort()).toEqual(["end", "fourth_meeting"]);
    await sendDueSurveys(db(), NOW);
    expect(await groupsDueSurvey(db(), NOW)).toEqual([]);
    expect(await db().selectFrom("survey_links").select("occasion").where("group_id", "=", groupId).execute()).toHaveLength(4);
  });
});

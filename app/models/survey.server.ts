// The self-efficacy survey's data: one-time links (only their SHA-256 stored), answers that name no one, the e-mails
// to a self-help group's members after its 4th meeting and at its end, and the answers the goal counts.
import { linkExpired, type SurveyAnswer } from "~/domain/self-efficacy";
import { yearSpan } from "~/domain/goals";
import type { SurveyOccasion, SurveySource } from "~/domain/vocabulary";
import type { DB } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { randomToken, sha256 } from "~/utils/security.server";
import { enqueue } from "./outbox.server";

export type SurveyOwner = { source: "self_help"; groupId: number } | { source: "larcafe"; seriesId: number };
export type LinkState = "open" | "used" | "expired";

/** Makes `count` links for the group or series and returns their tokens, which are stored nowhere. */
export async function createSurveyLinks(
  trx: DB,
  { owner, occasion, count, handedOut = false, now = new Date() }: { owner: SurveyOwner; occasion: SurveyOccasion; count: number; handedOut?: boolean; now?: Date },
): Promise<string[]> {
  const tokens = Array.from({ length: count }, () => randomToken());
  if (tokens.length === 0) return tokens;
  await trx
    .insertInto("survey_links")
    .values(
      tokens.map((token) => ({
        token_hash: sha256(token),
        source: owner.source,
        group_id: owner.source === "self_help" ? owner.groupId : null,
        series_id: owner.source === "larcafe" ? owner.seriesId : null,
        occasion,
        handed_out: handedOut ? 1 : 0,
        created_at: now.toISOString(),
      })),
    )
    .execute();
  return tokens;
}

/**
 * Links to hand out to a Lärcafé's participants, or to a group's members without e-mail (after its 4th meeting, or its
 * end once ended): full addresses, shown once.
 */
export async function handOutSurveyLinks(db: DB, { owner, count, groupEnded = false, now = new Date() }: { owner: SurveyOwner; count: number; groupEnded?: boolean; now?: Date }): Promise<string[]> {
  const occasion: SurveyOccasion = owner.source === "larcafe" ? "session" : groupEnded ? "end" : "fourth_meeting";
  const tokens = await createSurveyLinks(db, { owner, occasion, count, handedOut: true, now });
  return tokens.map((token) => `${env().APP_URL}/enkat/${token}`);
}

/** The link's state, or undefined when no link has this token. */
export async function surveyLinkState(db: DB, token: string, now = new Date()): Promise<LinkState | undefined> {
  const link = await db.selectFrom("survey_links").select(["created_at", "used_at"]).where("token_hash", "=", sha256(token)).executeTakeFirst();
  if (!link) return undefined;
  if (link.used_at !== null) return "used";
  return linkExpired(link.created_at, now) ? "expired" : "open";
}

/**
 * Stores one answer per link: the link is marked used in the same transaction, by a conditional update, so two
 * concurrent posts of one link store one answer. The answer keeps only its source, never the link.
 */
export async function submitSurveyAnswer(
  db: DB,
  { token, score, comment, now = new Date() }: { token: string; score: number; comment: string; now?: Date },
): Promise<LinkState | "saved" | undefined> {
  return db.transaction().execute(async (trx) => {
    const state = await surveyLinkState(trx, token, now);
    if (state !== "open") return state;
    const link = await trx
      .updateTable("survey_links")
      .set({ used_at: now.toISOString() })
      .where("token_hash", "=", sha256(token))
      .where("used_at", "is", null)
      .returning("source")
      .executeTakeFirst();
    if (!link) return "used";
    await trx.insertInto("survey_answers").values({ source: link.source as SurveySource, score, comment: comment === "" ? null : comment, submitted_at: now.toISOString() }).execute();
    return "saved";
  });
}

/**
 * E-mails a personal link to each member of the group who confirmed and gave an e-mail address, once per occasion
 * (a second call finds the links made and sends nothing). Returns how many were sent.
 */
export async function inviteGroupToSurvey(db: DB, { groupId, occasion, now = new Date() }: { groupId: number; occasion: SurveyOccasion; now?: Date }): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const made = await trx.selectFrom("survey_links").select("id").where("group_id", "=", groupId).where("occasion", "=", occasion).where("handed_out", "=", 0).executeTakeFirst();
    if (made) return 0;
    const group = await trx
      .selectFrom("self_help_groups")
      .innerJoin("self_help_themes", "self_help_themes.id", "self_help_groups.theme_id")
      .select("self_help_themes.name as theme")
      .where("self_help_groups.id", "=", groupId)
      .executeTakeFirst();
    if (!group) return 0;
    const members = await trx
      .selectFrom("self_help_group_members")
      .select(["id", "email"])
      .where("group_id", "=", groupId)
      .where("confirmed_at", "is not", null)
      .where("declined_at", "is", null)
      .where("email", "is not", null)
      .orderBy("position")
      .execute();
    const tokens = await createSurveyLinks(trx, { owner: { source: "self_help", groupId }, occasion, count: members.length, now });
    for (const [i, member] of members.entries()) {
      await enqueue(trx, {
        to: [{ email: member.email as string, userId: null, locale: "sv" }],
        event: { kind: "survey_invite", theme: group.theme, token: tokens[i] },
        key: `survey:${groupId}:${occasion}:${member.id}`,
        now,
      });
    }
    return members.length;
  });
}

/** The groups due a survey: the 4th meeting has ended, or the group has ended, and its links are not yet made. */
export async function groupsDueSurvey(db: DB, now = new Date()): Promise<{ groupId: number; occasion: SurveyOccasion }[]> {
  const at = now.toISOString();
  const made = (occasion: SurveyOccasion) =>
    db.selectFrom("survey_links").select("group_id").where("occasion", "=", occasion).where("handed_out", "=", 0).where("group_id", "is not", null);
  const [fourth, ended] = await Promise.all([
    db
      .selectFrom("self_help_group_meetings")
      .select("group_id")
      .where("number", "=", 4)
      .where("cancelled_at", "is", null)
      .where("ends_at", "<=", at)
      .where("group_id", "not in", made("fourth_meeting") as never)
      .execute(),
    db.selectFrom("self_help_groups").select("id as group_id").where("status", "=", "ended").where("id", "not in", made("end") as never).execute(),
  ]);
  return [
    ...fourth.map((g) => ({ groupId: g.group_id, occasion: "fourth_meeting" as const })),
    ...ended.map((g) => ({ groupId: g.group_id, occasion: "end" as const })),
  ];
}

/** The hourly job's part: every survey due is sent. Returns how many e-mails were queued. */
export async function sendDueSurveys(db: DB, now = new Date()): Promise<number> {
  let sent = 0;
  for (const due of await groupsDueSurvey(db, now)) sent += await inviteGroupToSurvey(db, { ...due, now });
  return sent;
}

/** The answers submitted in the local year, for the goal. */
export async function surveyAnswersIn(db: DB, year: number): Promise<SurveyAnswer[]> {
  const { start, end } = yearSpan(year);
  return db
    .selectFrom("survey_answers")
    .select(["score", "submitted_at as submittedAt"])
    .where("submitted_at", ">=", new Date(start).toISOString())
    .where("submitted_at", "<", new Date(end).toISOString())
    .execute();
}

// The self-efficacy follow-up of Lärcafé and self-help groups: the survey's one item, its form, and the 80 % goal as
// DESIGN.md "The plan's other goals" defines it.
import { z } from "zod";
import { instantToLocal } from "./stockholm-time";

export const SELF_EFFICACY_TARGET = 0.8;
/** Below this many answers the share is not shown: too few to say anything, and too close to naming someone. */
export const MIN_ANSWERS = 5;
export const SCALE = [1, 2, 3, 4, 5] as const;
/** 4 and 5 on the scale: "higher confidence". */
export const POSITIVE_FROM = 4;
export const COMMENT_MAX = 1000;
/** A survey link is good for this many days after it was made. */
export const LINK_DAYS = 60;

export interface SurveyAnswer {
  score: number;
  /** ISO instant. */
  submittedAt: string;
}

export interface SelfEfficacyReport {
  answers: number;
  positive: number;
  share: number | null;
  target: number;
  met: boolean | null;
}

export const isPositive = (score: number) => score >= POSITIVE_FROM;

/** Answers submitted in the local (Stockholm) year; share and met are null below MIN_ANSWERS. */
export function selfEfficacy(answers: readonly SurveyAnswer[], year: number): SelfEfficacyReport {
  const prefix = `${year}-`;
  const inYear = answers.filter((a) => instantToLocal(new Date(a.submittedAt)).date.startsWith(prefix));
  const positive = inYear.filter((a) => isPositive(a.score)).length;
  const share = inYear.length >= MIN_ANSWERS ? positive / inYear.length : null;
  return { answers: inYear.length, positive, share, target: SELF_EFFICACY_TARGET, met: share === null ? null : share >= SELF_EFFICACY_TARGET };
}

/** The link's last moment: LINK_DAYS after it was made. */
export function linkExpired(createdAt: string, now: Date): boolean {
  return now.getTime() - Date.parse(createdAt) > LINK_DAYS * 86_400_000;
}

/** The survey form: one of the five steps (required), and an optional comment. */
export const surveyFormSchema = () =>
  z.object({
    score: z.coerce
      .number({ error: "survey.errors.score" })
      .int({ error: "survey.errors.score" })
      .min(1, { error: "survey.errors.score" })
      .max(5, { error: "survey.errors.score" }),
    comment: z.string().normalize("NFC").trim().max(COMMENT_MAX, { error: "survey.errors.commentTooLong" }),
  });

/** At most this many links at a time: a Lärcafé's or a group's participants, with room to spare. */
export const LINKS_MAX = 40;

/** How many links to make for the participants who answer on paper or by a link handed out. */
export const surveyLinksFormSchema = () =>
  z.object({
    count: z.coerce
      .number({ error: "survey.links.errors.count" })
      .int({ error: "survey.links.errors.count" })
      .min(1, { error: "survey.links.errors.count" })
      .max(LINKS_MAX, { error: "survey.links.errors.count" }),
  });

// The demo's self-efficacy answers (issue M): a dozen from this year's Lärcafé and self-help group participants, so
// the 80 % goal has a share to show (10 of 12 answer 4 or 5).
import type { Kysely } from "kysely";
import type { Database } from "./schema";
import { addDays, stockholmToUtc } from "./seed-time";

const ANSWERS: [daysAgo: number, source: "self_help" | "larcafe", score: number, comment: string | null][] = [
  [150, "larcafe", 5, "Skönt att höra hur andra gör."],
  [140, "larcafe", 4, null],
  [120, "self_help", 4, null],
  [118, "self_help", 5, "Jag vågar ta mer plats nu."],
  [100, "larcafe", 3, null],
  [90, "self_help", 4, null],
  [70, "larcafe", 5, null],
  [60, "self_help", 4, null],
  [45, "larcafe", 2, "Svårt att komma till tals."],
  [30, "self_help", 5, null],
  [20, "larcafe", 4, null],
  [10, "self_help", 4, null],
];

/** Answers on days before `today`, kept within its year so this year's goal shows them all. */
export async function seedSurveyAnswers(db: Kysely<Database>, today: string): Promise<void> {
  const yearStart = `${today.slice(0, 4)}-01-01`;
  const rows = ANSWERS.map(([daysAgo, source, score, comment]) => {
    const day = addDays(today, -daysAgo);
    return { source, score, comment, submitted_at: stockholmToUtc(day < yearStart ? yearStart : day, 20 * 60) };
  });
  await db.insertInto("survey_answers").values(rows).execute();
}

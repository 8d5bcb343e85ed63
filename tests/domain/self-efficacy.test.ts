// The self-efficacy goal (80 % answering 4–5, shown from five answers) and the survey form.
import { linkExpired, selfEfficacy, surveyFormSchema, type SurveyAnswer } from "~/domain/self-efficacy";

const answer = (score: number, submittedAt = "2026-05-01T10:00:00.000Z"): SurveyAnswer => ({ score, submittedAt });

describe("the self-efficacy goal", () => {
  it("is the share answering 4 or 5, met at 80 %", () => {
    expect(selfEfficacy([5, 4, 4, 5, 3].map((s) => answer(s)), 2026)).toEqual({ answers: 5, positive: 4, share: 0.8, target: 0.8, met: true });
    expect(selfEfficacy([5, 4, 3, 2, 1, 5].map((s) => answer(s)), 2026)).toMatchObject({ answers: 6, positive: 3, share: 0.5, met: false });
  });

  it("shows no share below five answers, but still the counts", () => {
    expect(selfEfficacy([5, 5, 5, 5].map((s) => answer(s)), 2026)).toEqual({ answers: 4, positive: 4, share: null, target: 0.8, met: null });
    expect(selfEfficacy([], 2026)).toMatchObject({ answers: 0, share: null, met: null });
  });

  it("counts answers by the Stockholm year they were submitted in", () => {
    const answers = [answer(5, "2025-12-31T23:30:00.000Z"), answer(5, "2025-12-31T22:59:00.000Z")];
    expect(selfEfficacy(answers, 2026).answers).toBe(1);
    expect(selfEfficacy(answers, 2025).answers).toBe(1);
  });
});

describe("a survey link", () => {
  it("is good for 60 days", () => {
    const made = "2026-01-01T10:00:00.000Z";
    expect(linkExpired(made, new Date("2026-03-02T10:00:00.000Z"))).toBe(false);
    expect(linkExpired(made, new Date("2026-03-02T10:00:01.000Z"))).toBe(true);
  });
});

describe("the survey form", () => {
  const parse = (values: Record<string, string>) => surveyFormSchema().safeParse(values);

  it("takes one of the five steps and an optional comment", () => {
    expect(parse({ score: "4", comment: "  Bra träffar " })).toMatchObject({ success: true, data: { score: 4, comment: "Bra träffar" } });
    expect(parse({ score: "1", comment: "" })).toMatchObject({ success: true, data: { score: 1, comment: "" } });
  });

  it.each(["", "0", "6", "4.5", "fyra", "-1"])("refuses the step %j", (score) => {
    const result = parse({ score, comment: "" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe("survey.errors.score");
  });

  it("refuses a comment over 1000 characters", () => {
    expect(parse({ score: "3", comment: "x".repeat(1001) }).error?.issues[0].message).toBe("survey.errors.commentTooLong");
  });
});

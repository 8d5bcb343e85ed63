// The plan's 80 % goal: the share of Lärcafé and self-help group participants answering 4–5 on the self-efficacy
// item, shown only from five answers.
import type { GoalsView } from "~/models/goals.server";
import { MIN_ANSWERS } from "~/domain/self-efficacy";
import { formatPercent } from "~/domain/format";
import { useLocale, useT } from "~/i18n";

export function GoalSelfEfficacy({ view }: { view: GoalsView }) {
  const t = useT();
  const locale = useLocale();
  const efficacy = view.report.selfEfficacy;
  return (
    <section aria-labelledby="goal-efficacy-title" className="card stack">
      <h2 id="goal-efficacy-title">{t("goals.efficacy.title")}</h2>
      {efficacy.share === null ? (
        <p>{t("goals.efficacy.tooFew", { answers: efficacy.answers, min: MIN_ANSWERS })}</p>
      ) : (
        <>
          <p className="goal-figure">
            <strong>{formatPercent(efficacy.share, locale)}</strong> <span>{t("goals.efficacy.figure")}</span>
          </p>
          <p>
            {t("goals.efficacy.answers", { positive: efficacy.positive, answers: efficacy.answers, target: formatPercent(efficacy.target, locale) })}{" "}
            <strong>{t(efficacy.met ? "goals.efficacy.met" : "goals.efficacy.notMet")}</strong>
          </p>
        </>
      )}
    </section>
  );
}

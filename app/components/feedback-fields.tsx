// The part every feedback form shares, the unit's and the volunteer's: a grade of 1-5 and a free comment.
import { ChoiceGroup, TextAreaField } from "~/components/form";
import { FEEDBACK_LIMITS, FEEDBACK_RATINGS } from "~/domain/offer-rules";
import { useT } from "~/i18n";

export function RatingAndComment({
  labels,
  commentHint,
  values,
  errors,
}: {
  labels: { rating: string; comment: string };
  commentHint: string;
  values: Partial<Record<string, string>>;
  errors: { rating?: string; comment?: string };
}) {
  const t = useT();
  return (
    <>
      <ChoiceGroup
        name="rating"
        type="radio"
        legend={labels.rating}
        options={FEEDBACK_RATINGS.map((r) => ({ value: r, label: t(`assignments.feedback.rating.${r}`) }))}
        selected={values.rating ? [values.rating] : []}
        error={errors.rating}
      />
      <TextAreaField name="comment" label={labels.comment} hint={commentHint} maxLength={FEEDBACK_LIMITS.commentMax} defaultValue={values.comment} error={errors.comment} />
    </>
  );
}

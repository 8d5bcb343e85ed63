// /enkat/<token>: the anonymous self-efficacy survey behind a one-time link (no account): the one item on a 5-point
// scale and a free comment; the link is used up by the answer. A token that matches nothing is 404.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ChoiceGroup, ErrorSummary, TextAreaField } from "~/components/form";
import { COMMENT_MAX, SCALE, surveyFormSchema } from "~/domain/self-efficacy";
import { useT, type MessageKey } from "~/i18n";
import { submitSurveyAnswer, surveyLinkState, type LinkState } from "~/models/survey.server";
import { db } from "~/utils/db.server";
import { readForm } from "~/utils/form.server";
import { pageTitle } from "~/utils/meta";
import { parseForm } from "~/utils/parse-form.server";
import { useFormErrors } from "~/utils/use-form-errors";
import "~/i18n/plan-parts";

const tokenSchema = () => z.string().regex(/^[A-Za-z0-9_-]{20,100}$/);
const FIELDS = ["score", "comment"] as const;
const CLOSED: Record<Exclude<LinkState, "open">, MessageKey> = { used: "survey.used", expired: "survey.expired" };

type State = LinkState | "saved" | undefined;
const closed = (state: State) => {
  if (state === "saved") return { closed: "survey.thanks" as MessageKey };
  if (state === undefined) return data({ closed: "survey.invalid" as MessageKey }, { status: 404 });
  return data({ closed: CLOSED[state as Exclude<LinkState, "open">] }, { status: 410 });
};

/** Where a saved answer lands (post, redirect, get): the link is used by then, and this says it was used just now. */
const SAVED = "tack";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const token = tokenSchema().safeParse(params.token);
  const state = token.success ? await surveyLinkState(db(), token.data) : undefined;
  if (state === "open") return { closed: null };
  return closed(state === "used" && new URL(request.url).searchParams.has(SAVED) ? "saved" : state);
}

export async function action({ request, params }: ActionFunctionArgs) {
  const token = tokenSchema().safeParse(params.token);
  if (!token.success) return closed(undefined);
  const parsed = parseForm(await readForm(request), surveyFormSchema(), FIELDS);
  if (!parsed.ok) return parsed.reply;
  const state = await submitSurveyAnswer(db(), { token: token.data, ...parsed.value });
  // Redirected, so that the thanks page is a 200 of its own and a reload does not post again.
  return state === "saved" ? redirect(`/enkat/${token.data}?${SAVED}`) : closed(state);
}

export default function Survey() {
  const t = useT();
  const loaded = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = useFormErrors(actionData && "errors" in actionData ? actionData.errors : undefined);
  const values: Partial<Record<string, string>> = actionData && "values" in actionData ? (actionData.values ?? {}) : {};
  const message = actionData && "closed" in actionData ? actionData.closed : loaded.closed;
  return (
    <section className="narrow stack" aria-labelledby="survey-title">
      <h1 id="survey-title">{t("survey.title")}</h1>
      {message ? (
        <p className={message === "survey.thanks" ? "notice notice--success" : "notice notice--warning"} role="status">
          {t(message)}
        </p>
      ) : (
        <>
          <p>{t("survey.lead")}</p>
          <ErrorSummary errors={errors} labels={{ score: t("survey.answer"), comment: t("survey.comment") }} />
          <Form method="post" className="stack">
            <ChoiceGroup
              name="score"
              type="radio"
              legend={t("survey.item")}
              options={SCALE.map((n) => ({ value: String(n), label: t(`survey.scale.${n}`) }))}
              selected={values.score ? [values.score] : []}
              error={errors.score}
            />
            <TextAreaField name="comment" label={t("survey.comment")} hint={t("survey.commentHint")} maxLength={COMMENT_MAX} defaultValue={values.comment} error={errors.comment} />
            <button type="submit" className="button">
              {t("survey.submit")}
            </button>
          </Form>
        </>
      )}
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "survey.title");

// /sjalvhjalp/<theme>: how a self-help group works and the interest form, for anyone without an account; on
// success, the thank-you with the personal withdrawal link (shown once: only its hash is stored).
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { SelfHelpInterestForm } from "~/components/self-help-interest-form";
import { SelfHelpOutcome, WithdrawalLink } from "~/components/self-help-outcome";
import { ThemeName, usePlaceText, useThemeText } from "~/components/self-help-place";
import { useSwedishContent } from "~/components/content-lang";
import { idField } from "~/domain/fields";
import { INTEREST_FIELDS, interestFormSchema } from "~/domain/self-help";
import { useT, type MessageKey } from "~/i18n";
import { getPublicTheme, listPlaceChoices, registerInterest } from "~/models/self-help.server";
import { publicGroups } from "~/models/self-help-group-pages.server";
import { RunningGroups } from "~/components/self-help-group";
import { notFoundUnless } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { readForm } from "~/utils/form.server";
import { getLocale } from "~/utils/locale.server";
import { pageTitle } from "~/utils/meta";
import { formReply, parseForm } from "~/utils/parse-form.server";
import { useFormErrors } from "~/utils/use-form-errors";
import "~/i18n/plan-parts";

const HOW: MessageKey[] = ["selfHelp.how.start", "selfHelp.how.weekly", "selfHelp.how.starter", "selfHelp.how.free", "selfHelp.how.anonymous", "selfHelp.how.confidential"];

function themeIdOf(params: LoaderFunctionArgs["params"]): number {
  const parsed = idField().safeParse(params.themeId);
  return notFoundUnless(parsed.success ? parsed.data : null);
}

export async function loader({ params }: LoaderFunctionArgs) {
  const theme = notFoundUnless(await getPublicTheme(db(), themeIdOf(params)));
  const [places, groups] = await Promise.all([listPlaceChoices(db()), publicGroups(db(), theme.id)]);
  return { theme, places, groups };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const themeId = themeIdOf(params);
  const parsed = parseForm(await readForm(request), interestFormSchema(), INTEREST_FIELDS);
  if (!parsed.ok) return parsed.reply;
  const { alias, email, phone, place } = parsed.value;
  const result = await registerInterest(db(), { themeId, place, alias, email, phone, locale: await getLocale(request), ip: context.clientIp });
  if (!result.ok && result.problem === "unknownTheme") return notFoundUnless(null);
  if (!result.ok && result.problem === "tooMany") return formReply({ form: "selfHelp.errors.tooMany" }, parsed.values, {}, 429);
  if (!result.ok) return formReply({ place: "selfHelp.errors.place" }, parsed.values);
  const path = `/sjalvhjalp/aterkalla/${result.token}`;
  return { errors: null, registered: { path, url: `${env().APP_URL}${path}`, mailed: email !== undefined, place: result.place } };
}

export default function SelfHelpTheme() {
  const t = useT();
  const sv = useSwedishContent();
  const { theme, places, groups } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = useFormErrors(actionData?.errors);
  const placeText = usePlaceText();
  const themeText = useThemeText();
  const registered = actionData && "registered" in actionData ? actionData.registered : null;
  if (registered) {
    return (
      <SelfHelpOutcome title={t("selfHelp.thanksTitle")}>
        <p>{t("selfHelp.thanksText", { theme: themeText(theme), place: placeText(registered.place) })}</p>
        <p>{t("selfHelp.withdrawLinkIntro")}</p>
        <p className="notice">
          <WithdrawalLink path={registered.path} url={registered.url} />
        </p>
        {registered.mailed ? <p>{t("selfHelp.withdrawLinkMailed")}</p> : null}
        <p>
          <Link to="/sjalvhjalp">{t("selfHelp.back")}</Link>
        </p>
      </SelfHelpOutcome>
    );
  }
  const values: Partial<Record<string, string>> = actionData && "values" in actionData ? (actionData.values ?? {}) : {};
  return (
    <article className="stack-lg" aria-labelledby="theme-title">
      <div className="prose">
        <p>
          <Link to="/sjalvhjalp">{t("selfHelp.back")}</Link>
        </p>
        <h1 id="theme-title">
          <ThemeName theme={theme} />
        </h1>
        {theme.description ? <p lang={sv}>{theme.description}</p> : null}
        <h2>{t("selfHelp.howHeading")}</h2>
        <ul>
          {HOW.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
        <RunningGroups groups={groups} />
        {theme.interest.length > 0 ? (
          <>
            <h2>{t("selfHelp.interestHeading")}</h2>
            <ul>
              {theme.interest.map((row) => (
                <li key={row.digital ? "digital" : row.municipality}>
                  {t(row.n === 1 ? "selfHelp.interestCount.one" : "selfHelp.interestCount.many", { place: placeText(row), n: row.n })}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
      <section className="card stack" aria-labelledby="interest-title">
        <h2 id="interest-title">{t("selfHelp.formHeading")}</h2>
        <SelfHelpInterestForm places={places} errors={errors} values={values} />
      </section>
    </article>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageTitle(matches, "selfHelp.title", { name: data?.theme.name });

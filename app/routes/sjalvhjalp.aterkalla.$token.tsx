// /sjalvhjalp/aterkalla/<token>: a resident withdraws their self-help registration: shown first, deleted for good on
// confirmation (then told so on the theme list). A token that matches nothing is 404, never existing or already used.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { usePlaceText, useThemeText } from "~/components/self-help-place";
import { useT } from "~/i18n";
import { findInterestByToken, withdrawInterest } from "~/models/self-help.server";
import { db } from "~/utils/db.server";
import { readForm } from "~/utils/form.server";
import { pageTitle } from "~/utils/meta";
import { parseForm } from "~/utils/parse-form.server";

const tokenSchema = () => z.string().regex(/^[A-Za-z0-9_-]{20,100}$/);
const confirmSchema = () => z.object({ confirm: z.literal("yes") });

const gone = () => data({ interest: null }, { status: 404 });

export async function loader({ params }: LoaderFunctionArgs) {
  const token = tokenSchema().safeParse(params.token);
  const interest = token.success ? await findInterestByToken(db(), token.data) : undefined;
  if (!interest) return gone();
  return { interest: { alias: interest.alias, theme: { name: interest.theme, nameEn: interest.themeEn }, place: interest.place } };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const token = tokenSchema().safeParse(params.token);
  if (!token.success) return data({ withdrawn: false }, { status: 404 });
  const parsed = parseForm(await readForm(request), confirmSchema(), ["confirm"]);
  if (!parsed.ok) return parsed.reply;
  if (!(await withdrawInterest(db(), token.data))) return data({ withdrawn: false }, { status: 404 });
  return redirect("/sjalvhjalp?aterkallad=1");
}

export default function WithdrawInterest() {
  const t = useT();
  const { interest } = useLoaderData<typeof loader>();
  const themeText = useThemeText();
  const placeText = usePlaceText();
  return (
    <section className="narrow stack" aria-labelledby="withdraw-title">
      <h1 id="withdraw-title">{t("selfHelp.withdrawTitle")}</h1>
      {interest ? (
        <>
          <p>{t("selfHelp.withdrawText", { theme: themeText(interest.theme), place: placeText(interest.place), alias: interest.alias })}</p>
          <Form method="post">
            <button type="submit" name="confirm" value="yes" className="button">
              {t("selfHelp.withdrawConfirm")}
            </button>
          </Form>
        </>
      ) : (
        <p className="notice notice--warning">{t("selfHelp.withdrawInvalid")}</p>
      )}
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "selfHelp.withdrawTitle");

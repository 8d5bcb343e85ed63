// GET/POST /reset-password/<token>: the one-time link from the e-mail; a new password ends every session and signs in here.
import { data, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { ErrorSummary } from "~/components/form";
import { NewPasswordFields } from "~/components/new-password-fields";
import { useT } from "~/i18n";
import { completePasswordReset } from "~/models/account-password.server";
import { getValidPasswordReset } from "~/models/password-resets.server";
import { ROLE_HOME } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { readForm } from "~/utils/form.server";
import { formReply, parseSecretForm } from "~/utils/parse-form.server";
import { pageTitle } from "~/utils/meta";
import { newPasswordSchema, PASSWORD_MIN_LENGTH } from "~/utils/password.server";
import { createUserSession } from "~/utils/session.server";
import { useFormErrors } from "~/utils/use-form-errors";

// randomToken(32): 43 base64url characters.
const tokenSchema = () => z.string().regex(/^[\w-]{43}$/);

async function loadReset(token: string | undefined) {
  const parsed = tokenSchema().safeParse(token);
  return parsed.success ? ((await getValidPasswordReset(db(), parsed.data)) ?? null) : null;
}

export async function loader({ params }: LoaderFunctionArgs) {
  const reset = await loadReset(params.token);
  if (!reset) return data({ email: null, minLength: PASSWORD_MIN_LENGTH }, { status: 410 });
  return { email: reset.email, minLength: PASSWORD_MIN_LENGTH };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const reset = await loadReset(params.token);
  if (!reset) return formReply({ form: "reset.invalid" }, null, {}, 410);
  const parsed = await parseSecretForm(await readForm(request), newPasswordSchema({ name: reset.name, email: reset.email }), ["password", "confirm"]);
  if (!parsed.ok) return parsed.reply;
  const user = await completePasswordReset(db(), params.token!, parsed.value.password);
  if (!user) return formReply({ form: "reset.invalid" }, null, {}, 410);
  return createUserSession(request, user.id, `${ROLE_HOME[user.role]}?notis=nytt-losenord`);
}

export default function ResetPassword() {
  const t = useT();
  const { email, minLength } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const errors = useFormErrors(actionData?.errors);
  if (!email || actionData?.errors.form === "reset.invalid") return <InvalidLink />;
  return (
    <section className="narrow" aria-labelledby="reset-title">
      <h1 id="reset-title">{t("reset.title")}</h1>
      <p>{t("reset.lead", { email })}</p>
      <ErrorSummary errors={errors} labels={{ password: t("password.new"), confirm: t("password.confirmNew") }} />
      <Form method="post" className="stack" noValidate>
        <NewPasswordFields email={email} minLength={minLength} errors={errors} labels={{ password: t("password.new"), confirm: t("password.confirmNew") }} />
        <button type="submit" className="button" disabled={navigation.state === "submitting"}>
          {t("reset.submit")}
        </button>
      </Form>
    </section>
  );
}

function InvalidLink() {
  const t = useT();
  return (
    <section className="narrow stack" aria-labelledby="reset-title">
      <h1 id="reset-title">{t("reset.invalidTitle")}</h1>
      <p className="notice notice--warning">{t("reset.invalid")}</p>
      <p>
        <Link to="/forgot-password" className="button">
          {t("reset.again")}
        </Link>
      </p>
    </section>
  );
}

/** The token is in the address: no Referer carries it anywhere, and no search engine keeps it. */
export const headers: HeadersFunction = () => ({ "Referrer-Policy": "no-referrer", "X-Robots-Tag": "noindex" });

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageTitle(matches, data?.email ? "reset.title" : "reset.invalidTitle");

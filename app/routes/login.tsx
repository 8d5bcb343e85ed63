import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { ErrorSummary, TextField } from "~/components/form";
import { useT } from "~/i18n";
import { isRegionSetUp } from "~/models/setup-status.server";
import { ROLE_HOME, signIn } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";
import { formReply } from "~/utils/parse-form.server";
import { clearedOidcCookie, oidcEnabled, oidcNoticeStatus, readOidcNotice } from "~/utils/oidc.server";
import { clearedSessionCookie, createUserSession, readUserSession } from "~/utils/session.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await readUserSession(request);
  if (session.state === "active") throw redirect(ROLE_HOME[session.user.role]);
  // Nobody can sign in yet: the home page says what the operator has to do.
  if (!(await isRegionSetUp(db()))) throw redirect("/");
  const oidc = { oidc: oidcEnabled(), oidcNotice: await readOidcNotice(request) };
  // A sign-in with SITHS/e-tjänstekort came back refused: say why, once, with a status that says so too.
  if (oidc.oidcNotice) {
    return data({ idle: false, ...oidc }, { status: oidcNoticeStatus(oidc.oidcNotice), headers: { "Set-Cookie": await clearedOidcCookie() } });
  }
  // A session that timed out from disuse: say why the user must sign in again, and drop its cookie.
  if (session.state === "idle") return data({ idle: true, ...oidc }, { headers: { "Set-Cookie": await clearedSessionCookie() } });
  return { idle: false, ...oidc };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const result = await signIn(request, context);
  if ("error" in result) {
    const throttled = result.error === "throttled";
    const errors = { form: throttled ? ("login.throttled" as const) : ("login.invalid" as const) };
    return formReply(errors, { email: result.email }, { minutes: "minutes" in result ? result.minutes : 0 }, throttled ? 429 : 400);
  }
  return createUserSession(request, result.userId, result.redirectTo);
}

export default function Login() {
  const t = useT();
  const actionData = useActionData<typeof action>();
  const { idle, oidc, oidcNotice } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const navigation = useNavigation();
  const message = actionData?.errors.form ? t(actionData.errors.form, { minutes: actionData.minutes }) : undefined;
  return (
    <section className="narrow" aria-labelledby="login-title">
      <h1 id="login-title">{t("login.title")}</h1>
      {idle && !actionData ? (
        <p className="notice notice--warning" role="status">
          {t("login.idle")}
        </p>
      ) : null}
      {oidcNotice && !actionData ? (
        <p className="notice notice--warning" role="alert">
          {t(`oidc.${oidcNotice.reason}`, { email: oidcNotice.email ?? "" })}
        </p>
      ) : null}
      <ErrorSummary errors={message ? { form: message } : undefined} labels={{}} />
      <Form method="post" className="stack" noValidate>
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
        <TextField
          name="email"
          label={t("login.email")}
          type="email"
          autoComplete="username"
          required
          defaultValue={actionData?.values.email ?? ""}
        />
        <TextField name="password" label={t("login.password")} type="password" autoComplete="current-password" required />
        <button type="submit" className="button" disabled={navigation.state === "submitting"}>
          {t("login.submit")}
        </button>
      </Form>
      <p>
        <Link to="/forgot-password">{t("login.forgot")}</Link>
      </p>
      {oidc ? (
        <form method="post" action="/auth/oidc" className="stack login-oidc">
          <p className="muted">{t("oidc.or")}</p>
          <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
          <button type="submit" className="button button--secondary">
            {t("oidc.button")}
          </button>
        </form>
      ) : null}
      <p className="muted">{t("login.help")}</p>
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "login.title");

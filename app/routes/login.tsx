import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { ErrorSummary, TextField } from "~/components/form";
import { useT } from "~/i18n";
import { getUserById } from "~/models/users.server";
import { ROLE_HOME, safeRedirect, signIn } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";
import { createUserSession, getUser } from "~/utils/session.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  if (user) throw redirect(ROLE_HOME[user.role]);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.clone().formData();
  const email = String(form.get("email") ?? "").slice(0, 254);
  const result = await signIn(request, context);
  if ("error" in result) {
    const status = result.error === "throttled" ? 429 : 400;
    return data({ error: result.error, minutes: "minutes" in result ? result.minutes : 0, email }, { status });
  }
  const user = await getUserById(db(), result.userId);
  const fallback = user ? ROLE_HOME[user.role] : "/";
  return createUserSession(request, result.userId, safeRedirect(form.get("redirectTo"), fallback));
}

export default function Login() {
  const t = useT();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const navigation = useNavigation();
  const message = actionData
    ? actionData.error === "throttled"
      ? t("login.throttled", { minutes: actionData.minutes })
      : t("login.invalid")
    : undefined;
  return (
    <section className="narrow" aria-labelledby="login-title">
      <h1 id="login-title">{t("login.title")}</h1>
      <ErrorSummary errors={message ? { form: message } : undefined} labels={{}} />
      <Form method="post" className="stack" noValidate>
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
        <TextField
          name="email"
          label={t("login.email")}
          type="email"
          autoComplete="username"
          required
          defaultValue={actionData?.email ?? ""}
        />
        <TextField name="password" label={t("login.password")} type="password" autoComplete="current-password" required />
        <button type="submit" className="button" disabled={navigation.state === "submitting"}>
          {t("login.submit")}
        </button>
      </Form>
      <p className="muted">{t("login.help")}</p>
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "login.title");

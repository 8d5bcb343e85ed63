// GET/POST /account/password: any signed-in user changes their own password; their other sessions end, this one goes on.
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorSummary, TextField } from "~/components/form";
import { NewPasswordFields } from "~/components/new-password-fields";
import { useT } from "~/i18n";
import { changeOwnPassword } from "~/models/account-password.server";
import { requireUser, ROLE_HOME } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { readForm } from "~/utils/form.server";
import { formReply, parseSecretForm } from "~/utils/parse-form.server";
import { pageTitle } from "~/utils/meta";
import { changePasswordSchema, PASSWORD_MIN_LENGTH } from "~/utils/password.server";
import { createUserSession } from "~/utils/session.server";
import { useFormErrors } from "~/utils/use-form-errors";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { email: user.email, minLength: PASSWORD_MIN_LENGTH };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const parsed = await parseSecretForm(await readForm(request), changePasswordSchema({ name: user.name, email: user.email }), ["current", "password", "confirm"], { minutes: 0 });
  if (!parsed.ok) return parsed.reply;
  const outcome = await changeOwnPassword(db(), {
    userId: user.id,
    email: user.email,
    ip: context.clientIp,
    current: parsed.value.current,
    next: parsed.value.password,
  });
  if (!outcome.changed && outcome.error === "throttled") {
    return formReply({ form: "account.password.throttled" }, null, { minutes: outcome.minutes }, 429);
  }
  if (!outcome.changed) return formReply({ current: "account.password.wrongCurrent" }, null, { minutes: 0 });
  return createUserSession(request, user.id, `${ROLE_HOME[user.role]}?notis=losenord-bytt`);
}

export default function ChangePassword() {
  const t = useT();
  const { email, minLength } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const errors = useFormErrors(actionData?.errors, { minutes: actionData?.minutes ?? 0 });
  return (
    <section className="narrow" aria-labelledby="change-password-title">
      <h1 id="change-password-title">{t("account.password.title")}</h1>
      <p>{t("account.password.lead")}</p>
      <ErrorSummary
        errors={errors}
        labels={{ current: t("account.password.current"), password: t("password.new"), confirm: t("password.confirmNew") }}
      />
      <Form method="post" className="stack" noValidate>
        <TextField name="current" type="password" label={t("account.password.current")} autoComplete="current-password" required error={errors.current} />
        <NewPasswordFields email={email} minLength={minLength} errors={errors} labels={{ password: t("password.new"), confirm: t("password.confirmNew") }} />
        <button type="submit" className="button" disabled={navigation.state === "submitting"}>
          {t("account.password.submit")}
        </button>
      </Form>
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "account.password.title");

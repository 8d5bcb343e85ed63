// GET/POST /forgot-password: asks for a reset link by e-mail, with the same answer whether or not the address has an account.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { ErrorSummary, TextField } from "~/components/form";
import { NotificationBanner } from "~/components/notification-banner";
import { useT } from "~/i18n";
import { requestPasswordReset } from "~/models/account-password.server";
import { ROLE_HOME } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { emailField } from "~/domain/fields";
import { readForm } from "~/utils/form.server";
import { pageTitle } from "~/utils/meta";
import { formReply, parseForm } from "~/utils/parse-form.server";
import { getUser } from "~/utils/session.server";
import { useFormErrors } from "~/utils/use-form-errors";

const schema = () => z.object({ email: emailField() });

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  if (user) throw redirect(ROLE_HOME[user.role]);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const parsed = parseForm(await readForm(request), schema(), ["email"]);
  if (!parsed.ok) return parsed.reply;
  const outcome = await requestPasswordReset(db(), { email: parsed.value.email, ip: context.clientIp });
  if (!outcome.accepted) return formReply({ form: "forgot.throttled" }, parsed.values, { minutes: outcome.minutes }, 429);
  return { sent: true as const };
}

export default function ForgotPassword() {
  const t = useT();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const failed = actionData && "errors" in actionData ? actionData : undefined;
  const errors = useFormErrors(failed?.errors, { minutes: failed && "minutes" in failed ? Number(failed.minutes) : 0 });
  return (
    <section className="narrow stack" aria-labelledby="forgot-title">
      <h1 id="forgot-title">{t("forgot.title")}</h1>
      {actionData && "sent" in actionData ? (
        <NotificationBanner>
          <p>{t("forgot.sent")}</p>
        </NotificationBanner>
      ) : (
        <>
          <p>{t("forgot.lead")}</p>
          <ErrorSummary errors={errors} labels={{ email: t("forgot.email") }} />
          <Form method="post" className="stack" noValidate>
            <TextField
              name="email"
              type="email"
              label={t("forgot.email")}
              autoComplete="username"
              required
              defaultValue={failed?.values.email ?? ""}
              error={errors.email}
            />
            <button type="submit" className="button" disabled={navigation.state === "submitting"}>
              {t("forgot.submit")}
            </button>
          </Form>
        </>
      )}
      <p>
        <Link to="/login">{t("forgot.back")}</Link>
      </p>
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "forgot.title");

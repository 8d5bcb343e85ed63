import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ErrorSummary } from "~/components/form";
import { NewPasswordFields } from "~/components/new-password-fields";
import { useT } from "~/i18n";
import { acceptInvite, getValidInvite } from "~/models/invites.server";
import { ROLE_HOME } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { readForm } from "~/utils/form.server";
import { formReply, parseSecretForm } from "~/utils/parse-form.server";
import { pageTitle } from "~/utils/meta";
import { hashPassword, newPasswordSchema, PASSWORD_MIN_LENGTH } from "~/utils/password.server";
import { createUserSession } from "~/utils/session.server";
import { useFormErrors } from "~/utils/use-form-errors";

const tokenSchema = () => z.string().min(20).max(100);

async function loadInvite(token: string | undefined) {
  const parsed = tokenSchema().safeParse(token);
  return parsed.success ? ((await getValidInvite(db(), parsed.data)) ?? null) : null;
}

export async function loader({ params }: LoaderFunctionArgs) {
  const invite = await loadInvite(params.token);
  if (!invite) return data({ invite: null, minLength: PASSWORD_MIN_LENGTH }, { status: 410 });
  return { invite: { name: invite.name, email: invite.email }, minLength: PASSWORD_MIN_LENGTH };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const invite = await loadInvite(params.token);
  if (!invite) return formReply({ form: "invite.invalid" }, null, {}, 410);
  const parsed = await parseSecretForm(await readForm(request), newPasswordSchema({ name: invite.name, email: invite.email }), ["password", "confirm"]);
  if (!parsed.ok) return parsed.reply;
  const userId = await acceptInvite(db(), params.token!, await hashPassword(parsed.value.password));
  if (!userId) return formReply({ form: "invite.invalid" }, null, {}, 410);
  return createUserSession(request, userId, ROLE_HOME[invite.role]);
}

export default function Invite() {
  const t = useT();
  const { invite, minLength } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = useFormErrors(actionData?.errors);
  return (
    <section className="narrow" aria-labelledby="invite-title">
      <h1 id="invite-title">{t("invite.title")}</h1>
      {invite ? (
        <>
          <p>{t("invite.lead", { name: invite.name, email: invite.email })}</p>
          <ErrorSummary errors={errors} labels={{ password: t("invite.password"), confirm: t("invite.confirm") }} />
          <Form method="post" className="stack" noValidate>
            <NewPasswordFields email={invite.email} minLength={minLength} errors={errors} labels={{ password: t("invite.password"), confirm: t("invite.confirm") }} />
            <button type="submit" className="button">
              {t("invite.submit")}
            </button>
          </Form>
        </>
      ) : (
        <p className="notice notice--warning">{t("invite.invalid")}</p>
      )}
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageTitle(matches, "invite.title", { name: data?.invite?.name });

import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { AccountTable } from "~/components/user-accounts";
import { InviteForm } from "~/components/user-invite-form";
import { NotificationBanner } from "~/components/notification-banner";
import { useLocale, useT, type MessageKey, type Vars } from "~/i18n";
import "~/i18n/staff";
import { disableAccount, enableAccount, endAccountSessions, listAccounts, reinviteAccount } from "~/models/accounts.server";
import { inviteUser, listPendingInvites } from "~/models/invites.server";
import { listCareUnitOptions, listPeopleWithoutLogin } from "~/models/users.server";
import { notFoundUnless, requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { emailField, idField, requiredText } from "~/domain/fields";
import { formValues, readForm } from "~/utils/form.server";
import { formatDateTime } from "~/domain/format";
import { pageTitle } from "~/utils/meta";
import { useFormErrors } from "~/utils/use-form-errors";
import { errorKeys, type ErrorKeys } from "~/utils/validation";

const FIELDS = ["intent", "email", "name", "role", "careUnitId", "personId", "userId"] as const;

/** An id chosen in a select, or nothing chosen. */
const optionalId = () =>
  z
    .string()
    .transform((v) => v || null)
    .pipe(idField().nullable());

// Requesters need a unit and volunteers a person; the action drops the other link.
const inviteSchema = () =>
  z
    .object({
      intent: z.literal("invite"),
      email: emailField(),
      name: requiredText(120),
      role: z.enum(["coordinator", "requester", "volunteer"], { error: "users.roleInvalid" }),
      careUnitId: optionalId(),
      personId: optionalId(),
    })
    .superRefine((v, ctx) => {
      if (v.role === "requester" && !v.careUnitId) ctx.addIssue({ code: "custom", path: ["careUnitId"], message: "users.unitRequired" });
      if (v.role === "volunteer" && !v.personId) ctx.addIssue({ code: "custom", path: ["personId"], message: "users.personRequired" });
    });

const accountIntent = <I extends string>(intent: I) => z.object({ intent: z.literal(intent), userId: idField() });

const actionSchema = () =>
  z.discriminatedUnion("intent", [inviteSchema(), accountIntent("disable"), accountIntent("enable"), accountIntent("endSessions"), accountIntent("reinvite")]);

interface ActionData {
  form: "invite" | "account";
  errors: ErrorKeys;
  values: Record<string, string> | null;
  invited: { email: string; link: string; again: boolean } | null;
  done: { key: MessageKey; vars: Vars } | null;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const coordinator = await requireUser(request, "coordinator");
  const [accounts, invites, units, people] = await Promise.all([
    listAccounts(db()),
    listPendingInvites(db()),
    listCareUnitOptions(db()),
    listPeopleWithoutLogin(db()),
  ]);
  return { accounts, me: coordinator.id, invites, units, people };
}

export async function action({ request }: ActionFunctionArgs) {
  const coordinator = await requireUser(request, "coordinator");
  const values = formValues(await readForm(request), FIELDS);
  // The invite form predates the intents; a post without one is an invite.
  const intent = values.intent || "invite";
  const reply = (status: number, rest: Partial<ActionData>) =>
    data<ActionData>({ form: intent === "invite" ? "invite" : "account", errors: {}, values: null, invited: null, done: null, ...rest }, { status });
  const parsed = actionSchema().safeParse({ ...values, intent });
  if (!parsed.success) {
    return intent === "invite" ? reply(400, { errors: errorKeys(parsed.error), values }) : reply(400, { errors: { form: "error.badRequestBody" } });
  }
  const link = (token: string) => `${new URL(request.url).origin}/invite/${token}`;
  const by = { actorUserId: coordinator.id };
  const input = parsed.data;
  switch (input.intent) {
    case "invite": {
      const result = await inviteUser(db(), {
        ...input,
        careUnitId: input.role === "requester" ? input.careUnitId : null,
        personId: input.role === "volunteer" ? input.personId : null,
        invitedBy: coordinator.id,
      });
      if ("error" in result) return reply(400, { errors: { [result.field]: result.error }, values });
      return reply(200, { invited: { email: input.email, link: link(result.token), again: false } });
    }
    case "disable": {
      const result = await disableAccount(db(), { userId: input.userId, ...by });
      if (!result.ok && result.reason === "self") return reply(400, { errors: { form: "accounts.errors.self" } });
      if (!result.ok) throw notFoundUnless(null);
      return reply(200, { done: { key: "accounts.disabled", vars: { name: result.name, count: result.sessionsEnded } } });
    }
    case "enable": {
      const result = await enableAccount(db(), { userId: input.userId, ...by });
      if (!result.ok) throw notFoundUnless(null);
      return reply(200, { done: { key: "accounts.enabled", vars: { name: result.name } } });
    }
    case "endSessions": {
      const result = await endAccountSessions(db(), { userId: input.userId, ...by });
      if (!result.ok) throw notFoundUnless(null);
      return reply(200, { done: { key: "accounts.sessionsEnded", vars: { name: result.name, count: result.sessionsEnded } } });
    }
    case "reinvite": {
      const result = await reinviteAccount(db(), { userId: input.userId, ...by });
      if (!result.ok && result.reason === "disabled") return reply(400, { errors: { form: "accounts.errors.disabledInvite" } });
      if (!result.ok) throw notFoundUnless(null);
      return reply(200, { invited: { email: result.email, link: link(result.token), again: true } });
    }
  }
}

export default function Users() {
  const t = useT();
  const locale = useLocale();
  const { accounts, me, invites, units, people } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const inviteErrors =
    useFormErrors(actionData?.form === "invite" ? actionData.errors : undefined);
  const accountError = actionData?.form === "account" ? actionData.errors.form : undefined;
  return (
    <section aria-labelledby="users-title" className="stack-lg">
      <div>
        <h1 id="users-title">{t("users.title")}</h1>
        <p className="lead">{t("users.lead")}</p>
      </div>
      {accountError ? (
        <NotificationBanner tone="important">
          <p>{t(accountError)}</p>
        </NotificationBanner>
      ) : null}
      {actionData?.done ? (
        <NotificationBanner>
          <p>{t(actionData.done.key, actionData.done.vars)}</p>
        </NotificationBanner>
      ) : null}
      {actionData?.invited ? (
        <NotificationBanner>
          <p>{t(actionData.invited.again ? "accounts.reinvited" : "users.invited", { email: actionData.invited.email })}</p>
          <p>
            <code className="break">{actionData.invited.link}</code>
          </p>
        </NotificationBanner>
      ) : null}
      <InviteForm
        units={units}
        people={people}
        errors={inviteErrors}
        values={actionData?.form === "invite" ? (actionData.values ?? {}) : {}}
        resetKey={actionData?.invited?.link ?? "form"}
      />
      {invites.length > 0 ? (
        <section aria-labelledby="pending-title">
          <h2 id="pending-title">{t("users.pending")}</h2>
          <ul className="plain-list">
            {invites.map((i) => (
              <li key={i.id}>
                {i.email} · {t(`role.${i.role}`)} · {t("users.expires", { date: formatDateTime(i.expires_at, locale) })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <AccountTable accounts={accounts} me={me} />
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "users.title");

// /admin/people/:personId/privacy: the register extract, erasure that keeps the goal figures, and the person's change log.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { ErrorSummary } from "~/components/form";
import { NotificationBanner } from "~/components/notification-banner";
import { isMessageKey, useLocale, useT, type MessageKey } from "~/i18n";
import "~/i18n/staff";
import { erasePerson, getPrivacySubject, listPersonAudit } from "~/models/person-privacy.server";
import { notFoundUnless, requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { formatDate, formatDateTime } from "~/utils/format";
import { pageTitle } from "~/utils/meta";
import { idField } from "~/utils/fields";
import { readForm } from "~/utils/form.server";

const eraseSchema = () => z.object({ intent: z.literal("erase", { error: "privacy.errors.intent" }), confirm: z.literal("yes", { error: "privacy.errors.confirm" }) });

async function findPerson(params: LoaderFunctionArgs["params"]) {
  const id = idField().safeParse(params.personId);
  return notFoundUnless(id.success ? await getPrivacySubject(db(), id.data) : undefined);
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request, "coordinator");
  const person = await findPerson(params);
  return { person, log: await listPersonAudit(db(), person.id) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request, "coordinator");
  const person = await findPerson(params);
  const form = await readForm(request);
  const parsed = eraseSchema().safeParse({ intent: form.get("intent"), confirm: form.get("confirm") ?? "" });
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message;
    const key: MessageKey = message && isMessageKey(message) ? message : "privacy.errors.intent";
    return data({ errors: { [key === "privacy.errors.confirm" ? "confirm" : "form"]: key } }, { status: 400 });
  }
  const result = await erasePerson(db(), { personId: person.id, userId: user.id });
  if (!result.ok) return data({ errors: { form: `privacy.errors.${result.reason}` as MessageKey } }, { status: result.reason === "notFound" ? 404 : 409 });
  return redirect(`/admin/people/${person.id}/privacy?anonymiserad=1`);
}

export default function PersonPrivacy() {
  const t = useT();
  const locale = useLocale();
  const { person, log } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const errors = Object.fromEntries(Object.entries(actionData?.errors ?? {}).map(([field, key]) => [field, t(key as MessageKey)]));
  const actionLabel = (entity: string, action: string) => {
    const key = `privacy.action.${entity === "person" ? action : `${entity}.${action}`}`;
    return isMessageKey(key) ? t(key) : `${entity}: ${action}`;
  };
  return (
    <section aria-labelledby="privacy-title" className="stack-lg">
      <p>
        <Link to={`/admin/people/${person.id}`}>{t("privacy.back")}</Link>
      </p>
      <div>
        <h1 id="privacy-title">
          {t("privacy.title")}: {person.name}
        </h1>
        <p className="lead">{t("privacy.lead")}</p>
        {params.get("anonymiserad") ? (
          <NotificationBanner>
            <p>{t("privacy.erase.done")}</p>
          </NotificationBanner>
        ) : null}
      </div>
      <ErrorSummary errors={errors} labels={{ confirm: t("privacy.erase.title") }} />
      <section aria-labelledby="export-title" className="card stack">
        <h2 id="export-title">{t("privacy.export.title")}</h2>
        <p>{t("privacy.export.text")}</p>
        <form method="post" action={`/admin/people/${person.id}/export.json`}>
          <button type="submit" className="button button--secondary">
            {t("privacy.export.link")}
          </button>
        </form>
      </section>
      <section aria-labelledby="erase-title" className="card stack">
        <h2 id="erase-title">{t("privacy.erase.title")}</h2>
        {person.anonymised_at ? (
          <p>{t("privacy.erase.already", { date: formatDate(person.anonymised_at, locale) })}</p>
        ) : (
          <Form method="post" className="stack" noValidate>
            <p>{t("privacy.erase.text", { id: person.id })}</p>
            <div className={`field choice-group${errors.confirm ? " field--error" : ""}`}>
              {errors.confirm ? (
                <p id="confirm-error" className="field__error">
                  {errors.confirm}
                </p>
              ) : null}
              <label className="choice" htmlFor="confirm">
                <input type="checkbox" id="confirm" name="confirm" value="yes" aria-describedby={errors.confirm ? "confirm-error" : undefined} />
                <span>{t("privacy.erase.confirm")}</span>
              </label>
            </div>
            <button type="submit" name="intent" value="erase" className="button button--danger">
              {t("privacy.erase.button")}
            </button>
          </Form>
        )}
      </section>
      <section aria-labelledby="log-title" className="stack">
        <h2 id="log-title">{t("privacy.log.title")}</h2>
        {log.length === 0 ? (
          <p className="empty">{t("privacy.log.empty")}</p>
        ) : (
          <div className="table-scroll" role="region" aria-labelledby="log-title" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("privacy.log.when")}</th>
                  <th scope="col">{t("privacy.log.what")}</th>
                  <th scope="col">{t("privacy.log.who")}</th>
                </tr>
              </thead>
              <tbody>
                {log.map((entry) => (
                  <tr key={entry.id}>
                    <td>{formatDateTime(entry.at, locale)}</td>
                    <td>{actionLabel(entry.entity, entry.action)}</td>
                    <td>{entry.actor ?? t("privacy.log.system")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "privacy.title");

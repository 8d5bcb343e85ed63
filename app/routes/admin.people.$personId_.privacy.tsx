// /admin/people/:personId/privacy: the register extract, erasure that keeps the goal figures, and the person's change log.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { ErrorSummary } from "~/components/form";
import { ListTable } from "~/components/list-table";
import { NotificationBanner } from "~/components/notification-banner";
import { isMessageKey, useLocale, useT, type MessageKey } from "~/i18n";
import "~/i18n/staff";
import { erasePerson, getPrivacySubject, listPersonAudit } from "~/models/person-privacy.server";
import { notFoundUnless, requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { formatDate, formatDateTime } from "~/domain/format";
import { pageTitle } from "~/utils/meta";
import { idField } from "~/domain/fields";
import { readForm } from "~/utils/form.server";
import { formReply, parseForm } from "~/utils/parse-form.server";
import { useFormErrors } from "~/utils/use-form-errors";

const eraseSchema = () => z.object({ intent: z.literal("erase"), confirm: z.literal("yes", { error: "privacy.errors.confirm" }) });

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
  const parsed = parseForm(form, eraseSchema(), ["intent", "confirm"]);
  if (parsed.values.intent !== "erase") return formReply({ form: "privacy.errors.intent" }, parsed.values);
  if (!parsed.ok) return parsed.reply;
  const result = await erasePerson(db(), { personId: person.id, userId: user.id });
  if (!result.ok) return formReply({ form: `privacy.errors.${result.reason}` as MessageKey }, parsed.values, {}, result.reason === "notFound" ? 404 : 409);
  return redirect(`/admin/people/${person.id}/privacy?anonymiserad=1`);
}

export default function PersonPrivacy() {
  const t = useT();
  const locale = useLocale();
  const { person, log } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const errors = useFormErrors(actionData?.errors);
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
          <ListTable
            labelledBy="log-title"
            rows={log}
            columns={[
              { label: t("privacy.log.when"), cell: (entry) => formatDateTime(entry.at, locale) },
              { label: t("privacy.log.what"), cell: (entry) => actionLabel(entry.entity, entry.action) },
              { label: t("privacy.log.who"), cell: (entry) => entry.actor ?? t("privacy.log.system") },
            ]}
          />
        )}
      </section>
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageTitle(matches, "privacy.title", { name: data?.person.name });

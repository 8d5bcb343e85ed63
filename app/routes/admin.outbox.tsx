// GET /admin/outbox: every e-mail Levande sent or will send, its status and errors; POST retries one now.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { useLocale, useT } from "~/i18n";
import "~/i18n/staff";
import { countFailed, listOutbox, retryAllFailed, retryOutboxMessage } from "~/models/outbox-admin.server";
import { notFoundUnless, requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { formatDateTime } from "~/domain/format";
import { pageTitle } from "~/utils/meta";
import { NotificationBanner } from "~/components/notification-banner";
import { readForm } from "~/utils/form.server";
import { formReply, parseForm } from "~/utils/parse-form.server";
import { idField } from "~/domain/fields";

const PAGE_SIZE = 50;
const querySchema = () => z.object({ fore: idField().optional().catch(undefined) });
const retrySchema = () => z.object({ intent: z.literal("retry"), id: idField() });
const retryAllSchema = () => z.object({ intent: z.literal("retryAll") });

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, "coordinator");
  const { fore } = querySchema().parse(Object.fromEntries(new URL(request.url).searchParams));
  const [page, failed] = await Promise.all([listOutbox(db(), { limit: PAGE_SIZE, before: fore }), countFailed(db())]);
  return { ...page, failed };
}

export async function action({ request }: ActionFunctionArgs) {
  const coordinator = await requireUser(request, "coordinator");
  const form = await readForm(request);
  if (form.get("intent") === "retryAll") {
    const all = parseForm(form, retryAllSchema(), ["intent"]);
    if (!all.ok) return formReply({ form: "error.badRequestBody" }, all.values);
    const count = await retryAllFailed(db(), { coordinatorId: coordinator.id });
    return redirect(`/admin/outbox?allaIgen=${count}`);
  }
  const parsed = parseForm(form, retrySchema(), ["intent", "id"]);
  if (!parsed.ok) return formReply({ form: "error.badRequestBody" }, parsed.values);
  notFoundUnless((await retryOutboxMessage(db(), { id: parsed.value.id, coordinatorId: coordinator.id })) || null);
  return redirect("/admin/outbox?igen=1");
}

export default function Outbox() {
  const t = useT();
  const locale = useLocale();
  const [params] = useSearchParams();
  const { messages, olderFrom, failed } = useLoaderData<typeof loader>();
  const retriedAll = /^\d{1,9}$/.test(params.get("allaIgen") ?? "") ? Number(params.get("allaIgen")) : null;
  const actionData = useActionData<typeof action>();
  return (
    <section aria-labelledby="outbox-title" className="stack-lg">
      <div>
        <h1 id="outbox-title">{t("outbox.title")}</h1>
        <p className="lead">{t("outbox.lead")}</p>
        {params.get("igen") ? (
          <NotificationBanner>
            <p>{t("outbox.retried")}</p>
          </NotificationBanner>
        ) : null}
        {retriedAll !== null ? (
          <NotificationBanner>
            <p>{t("outbox.retriedAll", { n: retriedAll })}</p>
          </NotificationBanner>
        ) : null}
        {failed > 0 ? (
          <Form method="post" className="stack">
            <p>{t("outbox.failedCount", { n: failed })}</p>
            <button type="submit" name="intent" value="retryAll" className="button button--secondary">
              {t("outbox.retryAll")}
            </button>
          </Form>
        ) : null}
        {actionData?.errors.form ? (
          <NotificationBanner tone="important">
            <p>{t(actionData.errors.form)}</p>
          </NotificationBanner>
        ) : null}
      </div>
      {messages.length === 0 ? (
        <p className="empty">{t("outbox.empty")}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="outbox-title" tabIndex={0}>
          <table className="stacked-table">
            <thead>
              <tr>
                <th scope="col">{t("outbox.col.created")}</th>
                <th scope="col">{t("outbox.col.status")}</th>
                <th scope="col">{t("outbox.col.recipient")}</th>
                <th scope="col">{t("outbox.col.subject")}</th>
                <th scope="col">{t("outbox.col.attempts")}</th>
                <th scope="col">{t("outbox.col.lastError")}</th>
                <th scope="col">{t("outbox.col.nextAttempt")}</th>
              </tr>
            </thead>
            <tbody>
              {messages.map((m) => (
                <tr key={m.id}>
                  <td data-label={t("outbox.col.created")}>{formatDateTime(m.createdAt, locale)}</td>
                  <td data-label={t("outbox.col.status")}>
                    <span className="badge">{t(`outbox.status.${m.status}`)}</span>
                    {m.sentAt ? <div className="muted">{t("outbox.sentAt", { at: formatDateTime(m.sentAt, locale) })}</div> : null}
                  </td>
                  <td className="break" data-label={t("outbox.col.recipient")}>{m.recipient}</td>
                  <td data-label={t("outbox.col.subject")}>
                    <details>
                      <summary>{m.subject}</summary>
                      <pre className="mail-text">{m.text}</pre>
                    </details>
                  </td>
                  <td data-label={t("outbox.col.attempts")}>{m.attempts}</td>
                  <td data-label={t("outbox.col.lastError")}>{m.lastError}</td>
                  <td data-label={t("outbox.col.nextAttempt")}>
                    {m.nextAttemptAt && m.status !== "sent" ? (
                      <Form method="post" className="stack">
                        {m.status === "pending" ? <span>{formatDateTime(m.nextAttemptAt, locale)}</span> : null}
                        <input type="hidden" name="intent" value="retry" />
                        <input type="hidden" name="id" value={m.id} />
                        <button type="submit" className="button button--quiet" aria-label={`${t("outbox.retry")}: ${m.subject}`}>
                          {t("outbox.retry")}
                        </button>
                      </Form>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {olderFrom ? <Link to={`/admin/outbox?fore=${olderFrom}`}>{t("outbox.more")}</Link> : null}
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "outbox.title");
